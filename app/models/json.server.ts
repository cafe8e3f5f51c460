import { z } from "zod";
import type { Depth, Lang, Localized } from "#app/analysis/taxonomy";
import type { Verdict } from "#app/analysis/types";

// jsonb columns come back as `unknown`: every model reads them through a schema of the
// shape it stores, so a row that no longer has that shape is refused where it is read,
// with what is wrong, instead of breaking a page further on. The schemas check shapes,
// not the business rules of the forms: a value saved under older rules still reads.

/** pg and PGlite hand jsonb back parsed; a string is JSON stored as text. */
export function jsonValue(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/** The stored value checked against `schema`, for a reader that skips what does not fit. */
export function parseJson<S extends z.ZodType>(schema: S, value: unknown) {
  return schema.safeParse(jsonValue(value));
}

/** A class of its own, so that a caller (or a log reader) tells bad stored data from a bug in the reader. */
export class StoredJsonError extends Error {
  override name = "StoredJsonError";
}

/** The stored value as `schema` gives it; a StoredJsonError naming each mismatch when it does not fit. */
export function readJson<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = parseJson(schema, value);
  if (!parsed.success) throw new StoredJsonError(`stored JSON does not have the expected shape:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const localized = <T extends z.ZodType>(value: T) => z.object({ fr: value, en: value });
export const LocalizedText: z.ZodType<Localized> = localized(z.string());
export const LangJson: z.ZodType<Lang> = z.enum(["fr", "en"]);
export const DepthJson: z.ZodType<Depth> = z.enum(["core", "light"]);
export const VerdictJson: z.ZodType<Verdict> = z.enum(["focused", "stretched", "overloaded", "out_of_scope"]);
/** A revision's before or after: whatever the row was, as an object, or nothing. */
export const JsonRecord = z.record(z.string(), z.unknown()).nullable();
