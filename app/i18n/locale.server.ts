import { createCookie } from "@remix-run/node";
import { DEFAULT_LANG, isLang, type Lang } from "./locale";

export const langCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** Prefers the first of fr/en in Accept-Language by its q weight. */
export function langFromAcceptLanguage(header: string | null): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => isLang(x.lang))
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Lang | undefined) ?? null;
}

/** The language cookie first, then Accept-Language, then French. */
export async function langFromHeaders(cookie: string | null, acceptLanguage: string | null): Promise<Lang> {
  const fromCookie = await langCookie.parse(cookie);
  if (isLang(fromCookie)) return fromCookie;
  return langFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANG;
}

export function langFromRequest(request: Request): Promise<Lang> {
  return langFromHeaders(request.headers.get("Cookie"), request.headers.get("Accept-Language"));
}
