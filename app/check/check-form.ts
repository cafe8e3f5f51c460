import { z } from "zod";
import type { ApiFieldError } from "~/i18n/api";

/** A checkbox as browsers post it ("on", or nothing), or "true" from a script. */
export const Checkbox = z
  .union([z.literal("on"), z.literal("true"), z.undefined(), z.null()])
  .transform((v) => v === "on" || v === "true")
  .catch(false);

// The /check form's fields, shared by the server (to read and to refill the form) and
// the browser (to post the same fields for the live preview).
export const CheckFields = z.object({
  intent: z.enum(["analyze", "preview"]).catch("analyze"),
  text: z.string(),
  language: z.enum(["", "fr", "en"]).catch(""),
  drop: Checkbox,
});

export type CheckValues = z.output<typeof CheckFields>;

export const BLANK_CHECK: CheckValues = { intent: "analyze", text: "", language: "", drop: false };

/** The JSON API's request: the contract every client of POST /api/analyze relies on. */
export const AnalyzeRequest = z.object({
  text: z.string({ error: (issue): ApiFieldError => (issue.input === undefined ? "required" : "must_be_string") }),
  language: z.enum(["fr", "en"], { error: (): ApiFieldError => "language" }).optional(),
});

/**
 * A short fingerprint of the values the server sent back: the forms remount their fields
 * when it changes, so that uncontrolled inputs take those values.
 */
export function fingerprint(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (hash * 33 + text.charCodeAt(i)) | 0;
  return `${hash}:${text.length}`;
}
