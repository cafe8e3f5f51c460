import type { DB } from "#app/db.server";
import type { WorkspaceRole } from "#app/workspaces/roles";

export interface Workspace {
  id: number;
  name: string;
  retentionMonths: number | null;
}

export interface Membership {
  workspace: { id: number; name: string };
  role: WorkspaceRole;
}

export interface Member {
  userId: number;
  email: string;
  role: WorkspaceRole;
  since: Date;
}

/** The name a new account's first workspace gets: the address's local part, editable later. */
export function defaultWorkspaceName(email: string): string {
  return email.split("@")[0]!.slice(0, 80) || email;
}

/** A new workspace with `ownerId` as its owner. */
export async function createWorkspace(db: DB, input: { name: string; ownerId: number }): Promise<{ id: number; name: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto("workspaces").values({ name: input.name, retention_months: null }).returning(["id", "name"]).executeTakeFirstOrThrow();
    await trx.insertInto("workspace_members").values({ workspace_id: row.id, user_id: input.ownerId, role: "owner" }).execute();
    return row;
  });
}

function membershipsOf(db: DB, userId: number) {
  return db
    .selectFrom("workspace_members as m")
    .innerJoin("workspaces as w", "w.id", "m.workspace_id")
    .select(["w.id", "w.name", "m.role"])
    .where("m.user_id", "=", userId);
}

const toMembership = (r: { id: number; name: string; role: WorkspaceRole }): Membership => ({ workspace: { id: r.id, name: r.name }, role: r.role });

/** Every workspace the user belongs to, oldest membership first (the default one). */
export async function listMemberships(db: DB, userId: number): Promise<Membership[]> {
  const rows = await membershipsOf(db, userId).orderBy("m.created_at").orderBy("w.id").execute();
  return rows.map(toMembership);
}

export async function findMembership(db: DB, userId: number, workspaceId: number): Promise<Membership | null> {
  if (!Number.isSafeInteger(workspaceId) || workspaceId <= 0 || workspaceId > 2_147_483_647) return null;
  const row = await membershipsOf(db, userId).where("m.workspace_id", "=", workspaceId).executeTakeFirst();
  return row ? toMembership(row) : null;
}

export async function findWorkspace(db: DB, id: number): Promise<Workspace | null> {
  const row = await db.selectFrom("workspaces").select(["id", "name", "retention_months"]).where("id", "=", id).executeTakeFirst();
  return row ? { id: row.id, name: row.name, retentionMonths: row.retention_months } : null;
}

export async function updateWorkspaceSettings(db: DB, id: number, input: { name: string; retentionMonths: number | null }): Promise<void> {
  await db.updateTable("workspaces").set({ name: input.name, retention_months: input.retentionMonths }).where("id", "=", id).execute();
}

export async function listMembers(db: DB, workspaceId: number): Promise<Member[]> {
  const rows = await db
    .selectFrom("workspace_members as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "m.role", "m.created_at"])
    .where("m.workspace_id", "=", workspaceId)
    .orderBy("m.created_at")
    .orderBy("u.id")
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, role: r.role, since: new Date(r.created_at) }));
}

/**
 * Removes a member and their card assignments in this workspace. The last owner stays:
 * a workspace nobody can manage would hold its candidates' data out of anyone's reach.
 */
export async function removeMember(db: DB, workspaceId: number, userId: number): Promise<"removed" | "last_owner" | "not_member"> {
  return db.transaction().execute(async (trx) => {
    const members = await trx.selectFrom("workspace_members").select(["user_id", "role"]).where("workspace_id", "=", workspaceId).forUpdate().execute();
    const target = members.find((m) => m.user_id === userId);
    if (!target) return "not_member";
    if (target.role === "owner" && members.filter((m) => m.role === "owner").length === 1) return "last_owner";
    await trx
      .deleteFrom("card_assignments")
      .where("user_id", "=", userId)
      .where("card_id", "in", trx.selectFrom("role_cards").select("id").where("workspace_id", "=", workspaceId))
      .execute();
    await trx.deleteFrom("workspace_members").where("workspace_id", "=", workspaceId).where("user_id", "=", userId).execute();
    return "removed";
  });
}

/** Adds a member, or leaves an existing one as they are (an invite never demotes anyone). */
export async function addMember(db: DB, input: { workspaceId: number; userId: number; role: WorkspaceRole }): Promise<boolean> {
  const row = await db
    .insertInto("workspace_members")
    .values({ workspace_id: input.workspaceId, user_id: input.userId, role: input.role })
    .onConflict((oc) => oc.columns(["workspace_id", "user_id"]).doNothing())
    .returning("user_id")
    .executeTakeFirst();
  return row !== undefined;
}
