/** Whether a request's Origin header names a site other than `ownHost` ("null" and absent count as same-site). */
export function isCrossOrigin(origin: string | null | undefined, ownHost: string): boolean {
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).host !== ownHost;
  } catch {
    return true;
  }
}

/**
 * Refuses a POST whose Origin names another site. The session cookie is SameSite=Lax,
 * which already keeps it off cross-site POSTs; this also covers the login and signup
 * forms, which need no cookie to be abused (login CSRF).
 */
export function assertSameOrigin(request: Request): void {
  const own = request.headers.get("X-Forwarded-Host")?.split(",")[0]?.trim() || new URL(request.url).host;
  if (isCrossOrigin(request.headers.get("Origin"), own)) throw new Response("Forbidden", { status: 403 });
}
