import type { DB } from "#app/db.server";

export type AuditAction =
  | "candidate.create"
  | "candidate.view"
  | "candidate.update"
  | "candidate.export"
  | "candidate.erase"
  | "scorecard.save"
  | "scorecard.submit"
  | "member.remove"
  | "retention.erase";

export interface AuditEvent {
  id: number;
  createdAt: Date;
  userEmail: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
}

/** One line of the workspace's log: who touched which candidate data, by id only. */
export async function recordAudit(
  db: DB,
  input: { workspaceId: number; userId: number | null; action: AuditAction; targetType: string; targetId: string | number },
): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({ workspace_id: input.workspaceId, user_id: input.userId, action: input.action, target_type: input.targetType, target_id: String(input.targetId) })
    .execute();
}

/** Newest first, `limit` events older than the `before` id. */
export async function listAudit(db: DB, workspaceId: number, options: { before?: number; limit?: number } = {}): Promise<AuditEvent[]> {
  let query = db
    .selectFrom("audit_events as a")
    .leftJoin("users as u", "u.id", "a.user_id")
    .select(["a.id", "a.created_at", "u.email", "a.action", "a.target_type", "a.target_id"])
    .where("a.workspace_id", "=", workspaceId)
    .orderBy("a.id", "desc")
    .limit(options.limit ?? 100);
  if (options.before) query = query.where("a.id", "<", options.before);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    createdAt: new Date(r.created_at),
    userEmail: r.email ?? null,
    action: r.action as AuditAction,
    targetType: r.target_type,
    targetId: r.target_id,
  }));
}
