// A comparison carries every label in both languages; API callers want one.

import type { Lang } from "#app/analysis/taxonomy";

type IsLocalized<T> = T extends { fr: infer F; en: infer E } ? ([keyof T] extends ["fr" | "en"] ? (F extends E ? true : false) : false) : false;

/** The type of `value` with every `{ fr, en }` pair replaced by one side. */
export type Localize<T> =
  IsLocalized<T> extends true
    ? T extends { fr: infer F }
      ? F
      : never
    : T extends (infer U)[]
      ? Localize<U>[]
      : T extends object
        ? { [K in keyof T]: Localize<T[K]> }
        : T;

function isLocalizedPair(value: object): value is { fr: unknown; en: unknown } {
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes("fr") && keys.includes("en");
}

export function localize<T>(value: T, lang: Lang): Localize<T> {
  if (Array.isArray(value)) return value.map((v) => localize(v, lang)) as Localize<T>;
  if (value === null || typeof value !== "object") return value as Localize<T>;
  if (isLocalizedPair(value)) return value[lang] as Localize<T>;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, lang)])) as Localize<T>;
}
