import { z } from "zod";
import { normalizeTerm } from "./normalize";

// Issue messages are keys of `taxonomyText.errors` (app/i18n/taxonomy.ts).
export type EditErrorKey =
  | "required"
  | "tooLong"
  | "invalidChoice"
  | "escoUri"
  | "synonymEmpty"
  | "tooManySynonyms"
  | "duplicateSynonym"
  | "synonymClaimed"
  | "notFound"
  | "retired"
  | "unknownFamily";

const Label = z.string().trim().min(1, { error: "required" }).max(160, { error: "tooLong" });
const Kind = z.enum(["duty", "skill", "tool"], { error: "invalidChoice" });
const Depth = z.enum(["core", "light"], { error: "invalidChoice" });
const Lang = z.enum(["fr", "en"], { error: "invalidChoice" });

/** Empty means none; otherwise a concept URI of the ESCO classification. */
const EscoUri = z
  .string()
  .trim()
  .max(300, { error: "tooLong" })
  .refine((v) => v === "" || /^https?:\/\/data\.europa\.eu\/esco\/[A-Za-z]+\/[\w-]+$/.test(v), { error: "escoUri" })
  .transform((v) => (v === "" ? null : v.replace(/^https:/, "http:")));

const SynonymText = z
  .string()
  .trim()
  .max(160, { error: "tooLong" })
  .refine((v) => normalizeTerm(v).length >= 2, { error: "synonymEmpty" });

/** One synonym per line (a textarea); blank lines are ignored. */
const SynonymLines = z
  .string()
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(SynonymText).max(100, { error: "tooManySynonyms" }));

/** What an entry is: the same fields whether it is added or edited. */
const entryFields = { kind: Kind, depth: Depth, labelFr: Label, labelEn: Label };

export const AddEntrySchema = z.object({
  familyId: z.string().trim().min(1, { error: "required" }),
  ...entryFields,
  synonymsFr: SynonymLines,
  synonymsEn: SynonymLines,
  escoUri: EscoUri,
});
export type AddEntryInput = z.output<typeof AddEntrySchema>;

export const UpdateEntrySchema = z.object({ ...entryFields, escoUri: EscoUri });
export type UpdateEntryInput = z.output<typeof UpdateEntrySchema>;

export const AddSynonymSchema = z.object({
  lang: Lang,
  text: SynonymText,
});
export type AddSynonymInput = z.output<typeof AddSynonymSchema>;

export const RetireSynonymSchema = z.object({
  synonymId: z.coerce.number({ error: "notFound" }).int({ error: "notFound" }).positive({ error: "notFound" }),
});
