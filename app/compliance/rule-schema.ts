// The compliance rules as data: what the seed files, the database and the admin editor
// hold. The zod schemas are the single truth for all three.

import { z } from "zod";

export const SEVERITIES = ["illegal", "risky", "recommended"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LAW_STATUSES = ["in_force", "adopted", "draft"] as const;
export const DETECTORS = ["phrases", "absent", "title_gender", "foreign_language"] as const;

const localized = z.object({ fr: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
const termList = z.array(z.string().trim().min(1).max(200)).max(500);
const terms = z.object({ fr: termList, en: termList });

export const LawSchema = z.object({
  article: localized,
  sourceUrl: z.string().url().max(500),
  status: z.enum(LAW_STATUSES),
  /** When the rule took its status: in force since, adopted on, drafted on (ISO date). */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: localized.optional(),
  /** How the rule was checked against the official text; "unverified" when it was not. */
  verification: z.object({
    status: z.enum(["verified", "secondary", "unverified"]),
    checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    note: z.string().max(2000),
  }),
});

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-zA-Z0-9._-]{3,80}$/),
  severity: z.enum(SEVERITIES),
  detector: z.enum(DETECTORS),
  /** title_gender: which title form the rule is about and whether the offer says "H/F". */
  gender: z.object({ form: z.enum(["m", "f", "any"]), marked: z.boolean() }).optional(),
  /** foreign_language: the named list whose words place a job in France. */
  list: z.string().optional(),
  law: LawSchema,
  reason: localized,
  fix: localized,
  /** phrases: what to find; absent: what proves the element is there. */
  terms: terms,
  /** Passages that look like a term but are not one ("jeune entreprise"). */
  except: terms,
  retired: z.boolean().optional(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const WordListSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{3,60}$/),
  note: z.string().max(2000),
  terms: terms,
});
export type WordList = z.infer<typeof WordListSchema>;

export interface RuleSet {
  version: string;
  rules: Rule[];
  lists: WordList[];
}

/** The lists the detectors read by name. */
export const LIST_IDS = {
  genderedTitles: "gendered_titles",
  genderMarkers: "gender_markers",
  inclusiveSuffixes: "inclusive_suffixes",
  equalityStatements: "equality_statements",
} as const;
