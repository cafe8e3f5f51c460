/**
 * Refuses a POST whose Origin names another site. The session cookie is SameSite=Lax,
 * which already keeps it off cross-site POSTs; this also covers the login and signup
 * forms, which need no cookie to be abused (login CSRF).
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("Origin");
  if (!origin || origin === "null") return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new Response("Forbidden", { status: 403 });
  }
  const own = request.headers.get("X-Forwarded-Host")?.split(",")[0]?.trim() || new URL(request.url).host;
  if (host !== own) throw new Response("Forbidden", { status: 403 });
}
