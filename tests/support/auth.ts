import type { DB } from "#db/client";
import { createUser } from "#app/models/user.server";
import { addMember, createWorkspace } from "#app/models/workspace.server";
import type { Scope, WorkspaceRole } from "#app/workspaces/roles";
import { createUserSession } from "#app/session.server";

let counter = 0;

/**
 * A new account as signing up makes it (owner of a workspace of its own) and the Cookie
 * header of a signed-in session for it.
 */
export async function signedIn(db: DB, options: { isAdmin?: boolean } = {}) {
  counter += 1;
  const email = `${options.isAdmin ? "admin" : "user"}-${process.pid}-${counter}@example.com`;
  const user = await createUser(db, { email, password: "correct horse battery", isAdmin: options.isAdmin ?? false });
  const workspace = await createWorkspace(db, { name: `ws-${counter}`, ownerId: user.id });
  const response = await createUserSession({ request: new Request("http://localhost/"), db, userId: user.id, redirectTo: "/" });
  const cookie = (response.headers.get("Set-Cookie") ?? "").split(";")[0]!;
  const scope: Scope = { workspaceId: workspace.id, userId: user.id, role: "owner" };
  return { user, cookie, workspace, scope };
}

/** A new account invited into an existing workspace with `role` (it has no workspace of its own). */
export async function signedInMember(db: DB, workspaceId: number, role: WorkspaceRole) {
  counter += 1;
  const email = `${role}-${process.pid}-${counter}@example.com`;
  const user = await createUser(db, { email, password: "correct horse battery" });
  await addMember(db, { workspaceId, userId: user.id, role });
  const response = await createUserSession({ request: new Request("http://localhost/"), db, userId: user.id, redirectTo: "/" });
  const cookie = (response.headers.get("Set-Cookie") ?? "").split(";")[0]!;
  const scope: Scope = { workspaceId, userId: user.id, role };
  return { user, cookie, scope };
}

/** A form POST as the browser would send it, optionally with a session cookie. */
export function formPost(url: string, fields: Record<string, string>, cookie?: string): Request {
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(url).origin });
  if (cookie) headers.set("Cookie", cookie);
  return new Request(url, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}

/** Runs a loader or action; a thrown Response (redirect, 403, 404) comes back as the result. */
export async function settle(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    if (result instanceof Response) return result;
    throw new Error("expected a Response");
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
