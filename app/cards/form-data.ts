/**
 * A FormData as a nested object: "duties.2.share" becomes { duties: [, , { share }] }.
 * Indexes come from the client, so they are compacted (holes dropped) and capped.
 */
export function formDataToObject(form: FormData, maxIndex = 100): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const parts = key.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const index = /^\d+$/.test(part) ? Number(part) : null;
      if (index !== null && (!Array.isArray(node) || index > maxIndex)) {
        ok = false;
        break;
      }
      if (index === null && Array.isArray(node)) {
        ok = false;
        break;
      }
      const slot = index ?? part;
      if (part === "__proto__" || part === "constructor" || part === "prototype") {
        ok = false;
        break;
      }
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[slot] = value;
      } else {
        const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
        if (container[slot] === undefined) container[slot] = nextIsIndex ? [] : {};
        node = container[slot] as Record<string, unknown> | unknown[];
        if (typeof node !== "object" || node === null) ok = false;
      }
    }
  }
  return compact(root) as Record<string, unknown>;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  }
  return value;
}
