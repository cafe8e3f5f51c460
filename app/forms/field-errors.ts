import type { z } from "zod";

/**
 * The first issue per top-level field. Schemas put message keys (not sentences) in their
 * issues, so the route can show them in the UI language.
 */
export function fieldErrors<K extends string = string>(error: z.ZodError): Partial<Record<string, K>> {
  const out: Partial<Record<string, K>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    if (!(key in out)) out[key] = issue.message as K;
  }
  return out;
}

/** A form field's string value, "" when absent or a file. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
