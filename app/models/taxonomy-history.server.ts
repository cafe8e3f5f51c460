import type { DB } from "#app/db.server";
import { JsonRecord, readJson } from "./json.server";

export interface Revision {
  id: number;
  createdAt: string;
  userEmail: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** The entry the change concerns, for a link (a synonym's entry, or the entry itself). */
  entryId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The revision log, newest first, `limit` rows older than the `before` id. */
export async function listRevisions(db: DB, options: { before?: number; limit?: number } = {}): Promise<Revision[]> {
  let query = db
    .selectFrom("taxonomy_revisions as r")
    .leftJoin("users as u", "u.id", "r.user_id")
    .select(["r.id", "r.created_at", "r.action", "r.target_type", "r.target_id", "r.before", "r.after", "u.email"])
    .orderBy("r.id", "desc")
    .limit(options.limit ?? 50);
  if (options.before) query = query.where("r.id", "<", options.before);
  const rows = await query.execute();
  return rows.map((r) => {
    const before = readJson(JsonRecord, r.before);
    const after = readJson(JsonRecord, r.after);
    const entryId = r.target_type === "entry" ? r.target_id : String((after ?? before)?.entryId ?? "") || null;
    return {
      id: r.id,
      createdAt: new Date(r.created_at).toISOString(),
      userEmail: r.email,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      entryId,
      before,
      after,
    };
  });
}
