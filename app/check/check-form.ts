import { z } from "zod";

// The /check form's fields, shared by the server (to read and to refill the form) and
// the browser (to post the same fields for the live preview).
export const CheckFields = z.object({
  intent: z.enum(["analyze", "preview"]).catch("analyze"),
  text: z.string(),
  language: z.enum(["", "fr", "en"]).catch(""),
  drop: z
    .union([z.literal("on"), z.literal("true"), z.undefined(), z.null()])
    .transform((v) => v === "on" || v === "true")
    .catch(false),
});

export type CheckValues = z.output<typeof CheckFields>;

/** The JSON API's request: the contract every client of POST /api/analyze relies on. */
export const AnalyzeRequest = z.object({
  text: z.string({ error: (issue) => (issue.input === undefined ? "Required." : "Must be a string.") }),
  language: z.enum(["fr", "en"], { error: () => "Must be \"fr\" or \"en\" when given." }).optional(),
});
