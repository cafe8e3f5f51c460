import type { z } from "zod";

/**
 * The first issue of each field. Schemas put message keys (not sentences) in their issues,
 * so the page shows them in the UI language. A field is named by its top-level key, or with
 * `nested` by its whole path ("duties.2.share"), for forms with lists.
 */
export function fieldErrors<K extends string = string>(error: z.ZodError, { nested = false } = {}): Record<string, K> {
  const out: Record<string, K> = {};
  for (const issue of error.issues) {
    const key = (nested ? issue.path.map(String).join(".") : String(issue.path[0] ?? "")) || "_form";
    out[key] ??= issue.message as K;
  }
  return out;
}
