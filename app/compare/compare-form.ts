import { z } from "zod";

/** Offer slots of the /compare form: one form, five textareas, so it works without JS. */
export const MAX_OFFERS = 5;
export const SLOTS = Array.from({ length: MAX_OFFERS }, (_, i) => i + 1);

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.undefined(), z.null()])
  .transform((v) => v === "on" || v === "true")
  .catch(false);

// The /compare form as the server reads it and sends it back to refill the fields.
export const CompareFields = z.object({
  /** "" lets each offer's title decide. */
  profile: z.string().catch(""),
  texts: z.array(z.string().catch("")).length(MAX_OFFERS),
  save: checkbox,
});

export type CompareValues = z.output<typeof CompareFields>;

export const BLANK_COMPARE: CompareValues = { profile: "", texts: SLOTS.map(() => ""), save: false };

/** POST /api/compare: the contract its clients rely on. */
export const CompareRequest = z.object({
  text: z.string({ error: (issue) => (issue.input === undefined ? "Required." : "Must be a string.") }),
  profile: z
    .string({ error: () => "Must be a profile id (string) when given." })
    .nullable()
    .optional(),
  language: z.enum(["fr", "en"], { error: () => "Must be \"fr\" or \"en\" when given." }).optional(),
});
