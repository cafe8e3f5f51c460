import { z } from "zod";
import type { ApiFieldError } from "#app/i18n/api";

// The schemas the server reads /check and the JSON APIs with. Kept apart from check-values.ts,
// which the browser loads, so that zod stays out of the /check page's JavaScript.

/** A checkbox as browsers post it ("on", or nothing), or "true" from a script. */
export const Checkbox = z
  .union([z.literal("on"), z.literal("true"), z.undefined(), z.null()])
  .transform((v) => v === "on" || v === "true")
  .catch(false);

// The /check form's fields, as the server reads them to analyze and to refill the form.
export const CheckFields = z.object({
  intent: z.enum(["analyze", "preview"]).catch("analyze"),
  text: z.string(),
  language: z.enum(["", "fr", "en"]).catch(""),
  drop: Checkbox,
});

/** The JSON API's request: the contract every client of POST /api/analyze relies on. */
export const AnalyzeRequest = z.object({
  text: z.string({ error: (issue): ApiFieldError => (issue.input === undefined ? "required" : "must_be_string") }),
  language: z.enum(["fr", "en"], { error: (): ApiFieldError => "language" }).optional(),
});
