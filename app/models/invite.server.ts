import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { DB } from "#app/db.server";
import type { WorkspaceRole } from "#app/workspaces/roles";

export const INVITE_DAYS = 7;

export interface OpenInvite {
  id: number;
  role: WorkspaceRole;
  createdByEmail: string | null;
  expiresAt: Date;
}

export type AcceptResult =
  | { status: "joined" | "already_member"; workspace: { id: number; name: string }; role: WorkspaceRole }
  | { status: "invalid" };

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,64}$/;
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A new single-use link token; only its hash is stored, so it is shown once. */
export async function createInvite(db: DB, input: { workspaceId: number; role: WorkspaceRole; createdBy: number }): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db
    .insertInto("workspace_invites")
    .values({
      workspace_id: input.workspaceId,
      token_hash: hashToken(token),
      role: input.role,
      created_by: input.createdBy,
      expires_at: sql<Date>`now() + make_interval(days => ${INVITE_DAYS})`,
    })
    .execute();
  return token;
}

/** What the link offers, when it is still good (unused, unexpired); nothing is consumed. */
export async function peekInvite(db: DB, token: string): Promise<{ workspace: { id: number; name: string }; role: WorkspaceRole } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db
    .selectFrom("workspace_invites as i")
    .innerJoin("workspaces as w", "w.id", "i.workspace_id")
    .select(["w.id", "w.name", "i.role"])
    .where("i.token_hash", "=", hashToken(token))
    .where("i.used_at", "is", null)
    .where("i.expires_at", ">", sql<Date>`now()`)
    .executeTakeFirst();
  return row ? { workspace: { id: row.id, name: row.name }, role: row.role } : null;
}

/**
 * Uses the link: one conditional update marks it used, so two people racing for the same
 * link cannot both get in. Someone already a member keeps their role and the link stays good.
 */
export async function acceptInvite(db: DB, token: string, userId: number): Promise<AcceptResult> {
  const offered = await peekInvite(db, token);
  if (!offered) return { status: "invalid" };
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("workspace_members")
      .select("role")
      .where("workspace_id", "=", offered.workspace.id)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (existing) return { status: "already_member", workspace: offered.workspace, role: existing.role };
    const used = await trx
      .updateTable("workspace_invites")
      .set({ used_at: sql<Date>`now()`, used_by: userId })
      .where("token_hash", "=", hashToken(token))
      .where("used_at", "is", null)
      .where("expires_at", ">", sql<Date>`now()`)
      .returning(["workspace_id", "role"])
      .executeTakeFirst();
    if (!used) return { status: "invalid" };
    await trx.insertInto("workspace_members").values({ workspace_id: used.workspace_id, user_id: userId, role: used.role }).execute();
    return { status: "joined", workspace: offered.workspace, role: used.role };
  });
}

export async function listOpenInvites(db: DB, workspaceId: number): Promise<OpenInvite[]> {
  const rows = await db
    .selectFrom("workspace_invites as i")
    .leftJoin("users as u", "u.id", "i.created_by")
    .select(["i.id", "i.role", "u.email", "i.expires_at"])
    .where("i.workspace_id", "=", workspaceId)
    .where("i.used_at", "is", null)
    .where("i.expires_at", ">", sql<Date>`now()`)
    .orderBy("i.id", "desc")
    .execute();
  return rows.map((r) => ({ id: r.id, role: r.role, createdByEmail: r.email ?? null, expiresAt: new Date(r.expires_at) }));
}

export async function revokeInvite(db: DB, workspaceId: number, inviteId: number): Promise<boolean> {
  const result = await db.deleteFrom("workspace_invites").where("workspace_id", "=", workspaceId).where("id", "=", inviteId).where("used_at", "is", null).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
