import { createCookieSessionStorage, redirect, type SessionStorage } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import type { DB } from "~/db.server";
import { findUserById, type User } from "~/models/user.server";

export type { User };

const USER_KEY = "userId";
const MAX_AGE = 60 * 60 * 24 * 30;

/**
 * SESSION_SECRET when set; otherwise a random secret created once and kept in the
 * database, so restarts and several processes share it and sessions survive.
 */
async function sessionSecret(db: DB): Promise<string> {
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv) return fromEnv;
  await db
    .insertInto("app_settings")
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.selectFrom("app_settings").select("value").where("key", "=", "session_secret").executeTakeFirstOrThrow();
  return row.value;
}

const storages = new WeakMap<DB, Promise<SessionStorage>>();

function storageFor(db: DB): Promise<SessionStorage> {
  let storage = storages.get(db);
  if (!storage) {
    storage = sessionSecret(db).then((secret) =>
      createCookieSessionStorage({
        cookie: {
          name: "__session",
          path: "/",
          httpOnly: true,
          // Lax keeps the cookie off cross-site POSTs, which is what makes the POST-only forms CSRF-safe.
          sameSite: "lax",
          maxAge: MAX_AGE,
          secrets: [secret],
        },
      }),
    );
    storage.catch(() => storages.delete(db));
    storages.set(db, storage);
  }
  return storage;
}

/** Secure cookies in production over https only, so a plain http://localhost keeps working. */
function cookieOptions(request: Request) {
  const proto = request.headers.get("X-Forwarded-Proto")?.split(",")[0]?.trim();
  const https = new URL(request.url).protocol === "https:" || proto === "https";
  return { secure: https && process.env.NODE_ENV === "production" };
}

async function getSession(request: Request, db: DB) {
  const storage = await storageFor(db);
  return { storage, session: await storage.getSession(request.headers.get("Cookie")) };
}

export async function getUser(request: Request, db: DB): Promise<User | null> {
  const { session } = await getSession(request, db);
  const id = session.get(USER_KEY);
  if (typeof id !== "number") return null;
  return findUserById(db, id);
}

/** Only same-site paths: an open redirect would let a link send users anywhere. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  return redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

export async function requireUser(request: Request, db: DB): Promise<User> {
  const user = await getUser(request, db);
  if (!user) throw loginRedirect(request);
  return user;
}

/**
 * Admins only. Anonymous GETs go to the login page; anything else (a non-admin, or an
 * anonymous POST, which a redirect would silently drop) is refused with 403.
 */
export async function requireAdmin(request: Request, db: DB): Promise<User> {
  const user = await getUser(request, db);
  if (!user && (request.method === "GET" || request.method === "HEAD")) throw loginRedirect(request);
  if (!user?.isAdmin) throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  return user;
}

export async function createUserSession({
  request,
  db,
  userId,
  redirectTo,
}: {
  request: Request;
  db: DB;
  userId: number;
  redirectTo: string;
}): Promise<Response> {
  const { storage, session } = await getSession(request, db);
  session.set(USER_KEY, userId);
  return redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": await storage.commitSession(session, cookieOptions(request)) },
  });
}

/** A value another module keeps in the session (the current workspace), as stored. */
export async function readSessionValue(request: Request, db: DB, key: string): Promise<unknown> {
  const { session } = await getSession(request, db);
  return session.get(key);
}

/** Keeps `value` under `key` in the session and redirects; the response carries the cookie. */
export async function redirectWithSessionValue(request: Request, db: DB, key: string, value: unknown, redirectTo: string): Promise<Response> {
  const { storage, session } = await getSession(request, db);
  session.set(key, value);
  return redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": await storage.commitSession(session, cookieOptions(request)) },
  });
}

export async function logout(request: Request, db: DB, redirectTo = "/"): Promise<Response> {
  const { storage, session } = await getSession(request, db);
  return redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": await storage.destroySession(session, cookieOptions(request)) },
  });
}
