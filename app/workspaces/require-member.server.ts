import { redirect } from "@remix-run/node";
import type { DB } from "#app/db.server";
import { findMembership, listMemberships, type Membership } from "#app/models/workspace.server";
import { getUser, readSessionValue, redirectWithSessionValue, requireUser, type User } from "#app/session.server";
import { hasRole, type WorkspaceRole } from "./roles";

const WORKSPACE_KEY = "workspaceId";

/**
 * The signed-in user's current workspace: the one kept in the session while they still
 * belong to it, else their oldest membership. Null when they belong to none.
 */
export async function currentMembership(request: Request, db: DB, user: User): Promise<Membership | null> {
  const kept = await readSessionValue(request, db, WORKSPACE_KEY);
  const chosen = typeof kept === "number" ? await findMembership(db, user.id, kept) : null;
  return chosen ?? (await listMemberships(db, user.id))[0] ?? null;
}

/** The current workspace of whoever is signed in, or null (anonymous, or in no workspace). */
export async function viewerWorkspaceId(request: Request, db: DB): Promise<number | null> {
  const user = await getUser(request, db);
  return user ? ((await currentMembership(request, db, user))?.workspace.id ?? null) : null;
}

/**
 * A member of the current workspace. Anonymous visitors go to the login page (as with
 * requireUser); someone without any workspace goes to /workspaces to make one; a role
 * outside `roles` is refused with 403.
 */
export async function requireMember(
  request: Request,
  db: DB,
  roles?: readonly WorkspaceRole[],
): Promise<{ user: User; workspace: { id: number; name: string }; role: WorkspaceRole }> {
  const user = await requireUser(request, db);
  const membership = await currentMembership(request, db, user);
  if (!membership) throw redirect("/workspaces");
  if (roles && !hasRole(membership.role, roles)) throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  return { user, workspace: membership.workspace, role: membership.role };
}

/** Makes `workspaceId` the current workspace and goes on to `redirectTo`. */
export function switchWorkspace(request: Request, db: DB, workspaceId: number, redirectTo: string): Promise<Response> {
  return redirectWithSessionValue(request, db, WORKSPACE_KEY, workspaceId, redirectTo);
}
