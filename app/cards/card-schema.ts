import { z } from "zod";

// The role card form's single source of truth: react-hook-form validates with it in the
// browser and the action with it on the server. Field names are the form's input names;
// issue messages are keys of `cards.errors` (app/i18n/cards.ts), shown in the UI language.

export const SENIORITIES = ["junior", "mid", "senior"] as const;
export const CONTRACTS = ["permanent", "fixed_term", "freelance", "internship", "apprenticeship"] as const;
export const REMOTE = ["onsite", "hybrid", "remote"] as const;
export const CURRENCIES = ["EUR", "XOF", "XAF", "CAD", "CHF", "MAD", "TND", "USD", "GBP"] as const;
export const SALARY_PERIODS = ["year", "month"] as const;
export const MAX_DUTIES = 20;
export const MAX_LIST_ITEMS = 30;

export type CardErrorKey =
  | "required"
  | "invalid"
  | "tooLong"
  | "number"
  | "integer"
  | "hoursRange"
  | "shareRange"
  | "sharesTotal"
  | "dutiesRequired"
  | "tooManyDuties"
  | "duplicateDuty"
  | "unknownDuty"
  | "unknownProfile"
  | "salaryRange"
  | "salaryBoth"
  | "salaryOrder"
  | "tooManyItems";

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

const text = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }),
  );

const requiredText = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z.string({ error: "invalid" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" }),
  );

/** A form number: "35", "35,5" or 35; blank is "required" (or undefined when optional). */
function toNumber(v: unknown): unknown {
  if (isBlank(v)) return undefined;
  if (typeof v === "string") return Number(v.trim().replace(",", "."));
  return v;
}

const integer = (min: number, max: number, rangeKey: CardErrorKey) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: (iss) => (iss.input === undefined ? "required" : "number") })
      .int({ error: "integer" })
      .min(min, { error: rangeKey })
      .max(max, { error: rangeKey }),
  );

const optionalInteger = (min: number, max: number, rangeKey: CardErrorKey) =>
  z.preprocess(
    toNumber,
    z.number({ error: "number" }).int({ error: "integer" }).min(min, { error: rangeKey }).max(max, { error: rangeKey }).optional(),
  );

/** A textarea of one item per line, or an array (JSON callers). */
const list = (maxItem: number) =>
  z.preprocess(
    (v) =>
      v === undefined || v === null
        ? []
        : typeof v === "string"
          ? v
              .split(/\r?\n|;/)
              .map((s) => s.trim())
              .filter(Boolean)
          : v,
    z
      .array(z.string({ error: "invalid" }).trim().min(1, { error: "required" }).max(maxItem, { error: "tooLong" }), {
        error: "invalid",
      })
      .max(MAX_LIST_ITEMS, { error: "tooManyItems" }),
  );

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (isBlank(v) ? undefined : v), z.enum(values, { error: (iss) => (iss.input === undefined ? "required" : "invalid") }));

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const DutySchema = z.object({
  entryId: requiredText(120),
  share: integer(1, 100, "shareRange"),
});

const shareOf = (d: unknown): number => {
  const raw = (d as { share?: unknown } | null)?.share;
  const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.replace(",", ".")) : NaN;
  return Number.isFinite(n) ? n : NaN;
};

const numberOrNull = (v: unknown): number | null => {
  const n = toNumber(v);
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};

// `when: () => true`: cross-field rules run even when another field already failed, so
// the form shows every problem at once instead of one round-trip per problem.
const crossField = (fn: z.core.CheckFn<unknown>) => z.core._check(fn, { when: () => true });

export const RoleCardSchema = z
  .object({
    titleFr: requiredText(120),
    titleEn: requiredText(120),
    profileId: requiredText(80),
    seniority: choice(SENIORITIES),
    contract: choice(CONTRACTS),
    hours: integer(1, 60, "hoursRange"),
    duties: z.preprocess((v) => (v === undefined || v === null ? [] : v), z.array(DutySchema, { error: "invalid" })),
    skillsRequired: list(120),
    skillsNice: list(120),
    toolsRequired: list(80),
    toolsNice: list(80),
    languages: list(80),
    team: text(200),
    reportsTo: text(120),
    salaryMin: optionalInteger(0, 100_000_000, "salaryRange"),
    salaryMax: optionalInteger(0, 100_000_000, "salaryRange"),
    salaryCurrency: choice(CURRENCIES),
    salaryPeriod: choice(SALARY_PERIODS),
    location: text(160),
    remote: choice(REMOTE),
    scopeAccepted: checkbox,
  })
  .check(
    crossField((ctx) => {
    const value = ctx.value as Record<string, unknown>;
    const duties = Array.isArray(value.duties) ? (value.duties as unknown[]) : [];
    if (duties.length === 0) {
      ctx.issues.push({ code: "custom", message: "dutiesRequired", path: ["dutiesTotal"], input: duties });
    } else if (duties.length > MAX_DUTIES) {
      ctx.issues.push({ code: "custom", message: "tooManyDuties", path: ["dutiesTotal"], input: duties });
    } else {
      const shares = duties.map(shareOf);
      if (shares.every(Number.isFinite) && shares.reduce((a, b) => a + b, 0) !== 100) {
        ctx.issues.push({ code: "custom", message: "sharesTotal", path: ["dutiesTotal"], input: duties });
      }
    }
    const seen = new Set<string>();
    duties.forEach((d, i) => {
      const id = (d as { entryId?: unknown } | null)?.entryId;
      if (typeof id !== "string" || !id) return;
      if (seen.has(id)) ctx.issues.push({ code: "custom", message: "duplicateDuty", path: ["duties", i, "entryId"], input: id });
      seen.add(id);
    });
    const min = numberOrNull(value.salaryMin);
    const max = numberOrNull(value.salaryMax);
    if (min !== null && max === null && isBlank(value.salaryMax)) {
      ctx.issues.push({ code: "custom", message: "salaryBoth", path: ["salaryMax"], input: value.salaryMax });
    } else if (max !== null && min === null && isBlank(value.salaryMin)) {
      ctx.issues.push({ code: "custom", message: "salaryBoth", path: ["salaryMin"], input: value.salaryMin });
    } else if (min !== null && max !== null && min > max) {
      ctx.issues.push({ code: "custom", message: "salaryOrder", path: ["salaryMax"], input: value.salaryMax });
    }
  }),
  );

export type RoleCardInput = z.output<typeof RoleCardSchema>;

/** The order fields appear in the form: the first error in it gets the focus. */
export const FIELD_ORDER = [
  "titleFr",
  "titleEn",
  "profileId",
  "seniority",
  "contract",
  "hours",
  "duties",
  "dutiesTotal",
  "skillsRequired",
  "skillsNice",
  "toolsRequired",
  "toolsNice",
  "languages",
  "team",
  "reportsTo",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "location",
  "remote",
] as const;

export function firstErrorPath(errors: Record<string, unknown>): string | null {
  const paths = Object.keys(errors);
  if (!paths.length) return null;
  const rank = (p: string) => {
    const i = (FIELD_ORDER as readonly string[]).indexOf(p.split(".")[0]!);
    return i === -1 ? FIELD_ORDER.length : i;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true }))[0]!;
}
