// The administrator's rule form: plain text fields (word lists one per line) merged into
// the stored definition, then checked by the same schema as the seed files, and each
// word compiled once so that a typo ("{agee}") is refused before it reaches a check.

import { z } from "zod";
import { fieldErrors } from "#app/forms/field-errors";
import { termSource } from "./patterns";
import { LAW_STATUSES, RuleSchema, SEVERITIES, WordListSchema, type Rule, type WordList } from "./rule-schema";

export type RuleEditError = "required" | "invalid" | "tooLong" | "badTerm";

const lines = (v: string) =>
  v
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

const text = z.string({ error: "invalid" }).trim().max(2000, { error: "tooLong" });
const required = text.min(1, { error: "required" });
const terms = z
  .string({ error: "invalid" })
  .max(20_000, { error: "tooLong" })
  .transform(lines)
  .refine((list) => list.length <= 500 && list.every((t) => t.length <= 200), { error: "tooLong" })
  .refine(
    (list) =>
      list.every((t) => {
        try {
          return t.split("|").every((part) => termSource(part) !== null);
        } catch {
          return false;
        }
      }),
    { error: "badTerm" },
  );

export const RuleEditSchema = z.object({
  severity: z.enum(SEVERITIES, { error: "invalid" }),
  status: z.enum(LAW_STATUSES, { error: "invalid" }),
  since: z.string({ error: "invalid" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" }),
  reasonFr: required,
  reasonEn: required,
  fixFr: required,
  fixEn: required,
  termsFr: terms,
  termsEn: terms,
  exceptFr: terms,
  exceptEn: terms,
  retired: z.preprocess((v) => v === "on", z.boolean()),
});

export const ListEditSchema = z.object({ note: text, termsFr: terms, termsEn: terms });

export type EditResult = { ok: true; definition: Rule | WordList } | { ok: false; errors: Partial<Record<string, RuleEditError>> };

/** The stored rule or list with the form's values, or the fields to correct. */
export function applyEdit(current: { kind: "rule"; rule: Rule } | { kind: "list"; list: WordList }, values: Record<string, string>): EditResult {
  if (current.kind === "list") {
    const form = ListEditSchema.safeParse(values);
    if (!form.success) return { ok: false, errors: fieldErrors<RuleEditError>(form.error) };
    const list = WordListSchema.safeParse({ ...current.list, note: form.data.note, terms: { fr: form.data.termsFr, en: form.data.termsEn } });
    return list.success ? { ok: true, definition: list.data } : { ok: false, errors: { _form: "invalid" } };
  }
  const form = RuleEditSchema.safeParse(values);
  if (!form.success) return { ok: false, errors: fieldErrors<RuleEditError>(form.error) };
  const f = form.data;
  const rule = RuleSchema.safeParse({
    ...current.rule,
    severity: f.severity,
    law: { ...current.rule.law, status: f.status, since: f.since },
    reason: { fr: f.reasonFr, en: f.reasonEn },
    fix: { fr: f.fixFr, en: f.fixEn },
    terms: { fr: f.termsFr, en: f.termsEn },
    except: { fr: f.exceptFr, en: f.exceptEn },
    retired: f.retired || undefined,
  });
  return rule.success ? { ok: true, definition: rule.data } : { ok: false, errors: { _form: "invalid" } };
}
