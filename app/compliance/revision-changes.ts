// A rule edit as the history shows it: nested fields by path ("terms.fr", "law.status"),
// and for a word list only the words removed and added, not the whole list twice.

import type { FieldChange } from "#app/taxonomy/revision-diff";

function flatten(value: Record<string, unknown> | null, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, v] of Object.entries(value ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v && typeof v === "object" && !Array.isArray(v) && path.split(".").length < 3) flatten(v as Record<string, unknown>, path, out);
    else out[path] = v;
  }
  return out;
}

export function ruleChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: FieldChange[] = [];
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (field === "id" || JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    if (Array.isArray(a[field]) && Array.isArray(b[field])) {
      const was = new Set(a[field] as unknown[]);
      const now = new Set(b[field] as unknown[]);
      changes.push({ field, before: [...was].filter((x) => !now.has(x)), after: [...now].filter((x) => !was.has(x)) });
    } else changes.push({ field, before: a[field], after: b[field] });
  }
  return changes;
}
