/**
 * Whether a request's Origin header names a site other than `ownHost`. No Origin at all
 * (old clients, curl) passes; "null" is what browsers send from sandboxed frames, data:
 * URLs and cross-site redirects, so it counts as another site.
 */
export function isCrossOrigin(origin: string | null | undefined, ownHost: string | null | undefined): boolean {
  if (!origin) return false;
  if (origin === "null" || !ownHost) return true;
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
  if (isCrossOrigin(request.headers.get("Origin"), ownHost(request.headers.get("X-Forwarded-Host"), new URL(request.url).host))) {
    throw new Response("Forbidden", { status: 403 });
  }
}

/** The host a request was sent to, as Remix's own check reads it: X-Forwarded-Host first, else Host. */
export function ownHost(forwardedHost: string | null | undefined, host: string | null | undefined): string | null {
  return forwardedHost?.split(",")[0]?.trim() || host || null;
}
