import { useRouteLoaderData } from "@remix-run/react";
import type { Lang, Localized } from "#app/analysis/taxonomy";

export type { Lang, Localized };
export const DEFAULT_LANG: Lang = "fr";

export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}

/** The UI language chosen by the root loader (cookie, else Accept-Language). */
export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang?: Lang }>("root");
  return isLang(data?.lang) ? data.lang : DEFAULT_LANG;
}

/** Each feature keeps its strings beside it as `{ fr: {...}, en: {...} }`; this picks one side. */
export function useMessages<T>(messages: Localized<T>): T {
  return messages[useLang()];
}

export function pick<T>(value: Localized<T>, lang: Lang): T {
  return value[lang];
}
