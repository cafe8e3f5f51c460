import { z } from "zod";
import { MAX_TEXT_BYTES, utf8Length } from "#app/intake/limits";

/** Most offers one run takes; rows past it are reported, not imported. */
export const MAX_OFFERS_PER_RUN = 100_000;

/** Why a row was not imported; the UI and the CLI say it in words (app/i18n/market.ts). */
export const BAD_ROW_REASONS = [
  "missing_text",
  "text_too_long",
  "field_too_long",
  "bad_date",
  "bad_url",
  "bad_json",
  "not_an_object",
  "bad_csv",
  "no_text_column",
  "file_too_big",
  "unsupported_file",
  "unreadable_file",
  "not_text",
  "bad_encoding",
  "too_many_offers",
] as const;
export type BadRowReason = (typeof BAD_ROW_REASONS)[number];

export interface BadRow {
  /** CSV / JSON Lines: the line in the file; zip: the entry's position. */
  line: number;
  reason: BadRowReason;
  field?: string;
  /** The zip entry's name, to find the file. */
  name?: string;
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const shortText = (max: number) =>
  z.preprocess(blankToUndefined, z.string({ error: "field_too_long" }).trim().max(max, { error: "field_too_long" }).optional());

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const FR_DAY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** A posting date as YYYY-MM-DD from ISO (with or without time), DD/MM/YYYY or YYYY-MM. */
export function parsePostingDate(raw: string): string | null {
  const text = raw.trim();
  let y: string, m: string, d: string;
  let match = ISO_DAY.exec(text);
  if (match) [, y, m, d] = match as unknown as [string, string, string, string];
  else if ((match = FR_DAY.exec(text))) [y, m, d] = [match[3]!, match[2]!.padStart(2, "0"), match[1]!.padStart(2, "0")];
  else if ((match = MONTH.exec(text))) [y, m, d] = [match[1]!, match[2]!, "01"];
  else return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m}-${d}`;
}

export const OfferRow = z.object({
  text: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "missing_text" })
      .trim()
      .refine((text) => utf8Length(text) <= MAX_TEXT_BYTES, { error: "text_too_long" }),
  ),
  title: shortText(300),
  company: shortText(300),
  location: shortText(200),
  id: z.preprocess((v) => (typeof v === "number" ? String(v) : v), shortText(200)),
  date: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "bad_date" })
      .transform((value, ctx) => parsePostingDate(value) ?? (ctx.addIssue({ code: "custom", message: "bad_date" }), z.NEVER))
      .optional(),
  ),
  url: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "bad_url" })
      .trim()
      .max(2000, { error: "bad_url" })
      .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), { error: "bad_url" })
      .optional(),
  ),
});

export type OfferRow = z.infer<typeof OfferRow>;

export type ParsedRow = { ok: true; line: number; row: OfferRow } | { ok: false; bad: BadRow };

// PostgreSQL text cannot hold U+0000, and in an export it is noise, never content.
function withoutNul(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === "string" ? value.replaceAll("\u0000", "") : value]));
}

/** Checks one record; a failure names the first field at fault and why. */
export function validateOfferRow(line: number, record: unknown): ParsedRow {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return { ok: false, bad: { line, reason: "not_an_object" } };
  }
  const parsed = OfferRow.safeParse(withoutNul(record as Record<string, unknown>));
  if (parsed.success) return { ok: true, line, row: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? "");
  return { ok: false, bad: { line, field, reason: reasonOf(issue.message, field) } };
}

const REASONS = new Set<string>(["missing_text", "text_too_long", "field_too_long", "bad_date", "bad_url"]);

function reasonOf(message: string, field: string): BadRowReason {
  if (REASONS.has(message)) return message as BadRowReason;
  return field === "text" ? "missing_text" : "field_too_long";
}
