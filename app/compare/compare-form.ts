import { z } from "zod";
import type { ApiFieldError } from "~/i18n/api";
import { AnalyzeRequest, Checkbox } from "~/check/check-schema";

/** Offer slots of the /compare form: one form, five textareas, so it works without JS. */
export const MAX_OFFERS = 5;
export const SLOTS = Array.from({ length: MAX_OFFERS }, (_, i) => i + 1);

// The /compare form as the server reads it and sends it back to refill the fields.
export const CompareFields = z.object({
  /** "" lets each offer's title decide. */
  profile: z.string().catch(""),
  texts: z.array(z.string().catch("")).length(MAX_OFFERS),
  save: Checkbox,
});

export type CompareValues = z.output<typeof CompareFields>;

export const BLANK_COMPARE: CompareValues = { profile: "", texts: SLOTS.map(() => ""), save: false };

/** POST /api/compare: the contract its clients rely on. */
export const CompareRequest = AnalyzeRequest.extend({
  profile: z
    .string({ error: (): ApiFieldError => "profile_type" })
    .nullable()
    .optional(),
});
