import { z } from "zod";
import type { ApiFieldError } from "#app/i18n/api";
import { AnalyzeRequest, Checkbox } from "#app/check/check-schema";
import { MAX_OFFERS, type CompareValues } from "./compare-values";

// The /compare form as the server reads it and sends it back to refill the fields.
export const CompareFields = z.object({
  profile: z.string().catch(""),
  texts: z.array(z.string().catch("")).length(MAX_OFFERS),
  save: Checkbox,
}) satisfies z.ZodType<CompareValues>;

/** POST /api/compare: the contract its clients rely on. */
export const CompareRequest = AnalyzeRequest.extend({
  profile: z
    .string({ error: (): ApiFieldError => "profile_type" })
    .nullable()
    .optional(),
});
