// What the /compare page holds and refills, without zod: the browser loads this module.

/** Offer slots of the /compare form: one form, five textareas, so it works without JS. */
export const MAX_OFFERS = 5;
export const SLOTS = Array.from({ length: MAX_OFFERS }, (_, i) => i + 1);

export interface CompareValues {
  /** "" lets each offer's title decide. */
  profile: string;
  texts: string[];
  save: boolean;
}

export const BLANK_COMPARE: CompareValues = { profile: "", texts: SLOTS.map(() => ""), save: false };
