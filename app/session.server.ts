import { createSessionStorage, redirect, type SessionStorage } from "@remix-run/node";
import type { DB } from "#app/db.server";
import { safeRedirect } from "#app/http/safe-redirect";
import {
  createSessionRecord,
  deleteExpiredSessions,
  deleteSessionRecord,
  deleteUserSessions,
  readSessionRecord,
  storedSessionSecret,
  updateSessionRecord,
} from "#app/models/session.server";
import { findUserById, type User } from "#app/models/user.server";

export type { User };

const USER_KEY = "userId";
const MAX_AGE = 60 * 60 * 24 * 30;

/**
 * SESSION_SECRET when set; otherwise a random secret created once and kept in the
 * database, so restarts and several processes share it and sessions survive.
 */
async function sessionSecret(db: DB): Promise<string> {
  return process.env.SESSION_SECRET || storedSessionSecret(db);
}

const storages = new WeakMap<DB, Promise<SessionStorage>>();

function storageFor(db: DB): Promise<SessionStorage> {
  let storage = storages.get(db);
  if (!storage) {
    storage = sessionSecret(db).then((secret) =>
      createSessionStorage({
        // The cookie holds only the signed random id; the data lives in the sessions table,
        // so a logout (or "log out everywhere") really ends the session.
        cookie: {
          name: "__session",
          path: "/",
          httpOnly: true,
          // Lax keeps the cookie off cross-site POSTs, which is what makes the POST-only forms CSRF-safe.
          sameSite: "lax",
          maxAge: MAX_AGE,
          secrets: [secret],
        },
        createData: (data, expires) => createSessionRecord(db, data, expires ?? new Date(Date.now() + MAX_AGE * 1000)),
        readData: (id) => readSessionRecord(db, id),
        updateData: (id, data, expires) => updateSessionRecord(db, id, data, expires ?? new Date(Date.now() + MAX_AGE * 1000)),
        deleteData: (id) => deleteSessionRecord(db, id),
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
  const { storage, session: previous } = await getSession(request, db);
  // A new id at every login, so that an id planted before it (session fixation) is worth nothing.
  const session = await storage.getSession();
  for (const [key, value] of Object.entries(previous.data)) session.set(key, value);
  session.set(USER_KEY, userId);
  if (previous.id) await storage.destroySession(previous);
  // Expired rows are only clutter (they are never read); a login is a rare enough moment to sweep them.
  await deleteExpiredSessions(db);
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

/** Ends this session, or with `everywhere` every session of its user (other devices too). */
export async function logout(request: Request, db: DB, { everywhere = false, redirectTo = "/" } = {}): Promise<Response> {
  const { storage, session } = await getSession(request, db);
  const userId = session.get(USER_KEY);
  if (everywhere && typeof userId === "number") await deleteUserSessions(db, userId);
  return redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": await storage.destroySession(session, cookieOptions(request)) },
  });
}
