// Turns a revision's before/after snapshots into the lines the history page shows.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const IGNORED = new Set(["id", "entryId"]);

/** The fields whose value differs; for a creation, every field of the new value. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !IGNORED.has(k));
  return keys
    .map((field) => ({ field, before: before ? before[field] : undefined, after: after ? after[field] : undefined }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

/** A short text for one snapshot value: labels and synonyms per language, booleans as words. */
export function formatValue(value: unknown, words: { yes: string; no: string; none: string }): string {
  if (value === undefined || value === null || value === "") return words.none;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v, words)).join(", ") : words.none;
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k.toUpperCase()}: ${formatValue(v, words)}`)
      .join(" · ");
  }
  return String(value);
}
