import { randomBytes } from "node:crypto";
import type { DB } from "~/db.server";
import type { Lang } from "~/i18n/locale";
import type { Comparison } from "~/compare/types";

/** What a saved comparison holds: the offers as pasted and the result as it was shown. */
export interface SavedComparison {
  id: string;
  createdAt: Date;
  lang: Lang;
  /** The role the candidate picked; null when each title decided. */
  profileId: string | null;
  taxonomyVersion: string;
  offers: { text: string }[];
  comparisons: Comparison[];
  /** Saved while signed in: only that workspace's members open it. Null: anyone with the link. */
  workspaceId: number | null;
}

export type NewSavedComparison = Omit<SavedComparison, "id" | "createdAt" | "workspaceId"> & { workspaceId?: number | null };

/** 18 random bytes: 24 URL-safe characters, beyond guessing or enumeration. */
export function newComparisonId(): string {
  return randomBytes(18).toString("base64url");
}

const ID_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;

export function isComparisonId(id: string): boolean {
  return ID_SHAPE.test(id);
}

// jsonb comes back parsed from pg and from PGlite; a string would be an older driver's habit.
const parsed = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

export async function saveComparison(db: DB, comparison: NewSavedComparison): Promise<SavedComparison> {
  const row = await db
    .insertInto("comparisons")
    .values({
      id: newComparisonId(),
      lang: comparison.lang,
      profile_id: comparison.profileId,
      taxonomy_version: comparison.taxonomyVersion,
      offers: JSON.stringify(comparison.offers),
      result: JSON.stringify({ comparisons: comparison.comparisons }),
      workspace_id: comparison.workspaceId ?? null,
    })
    .returning(["id", "created_at", "workspace_id"])
    .executeTakeFirstOrThrow();
  return { ...comparison, id: row.id, createdAt: new Date(row.created_at), workspaceId: row.workspace_id };
}

/** Open comparisons for anyone with the link; a workspace's only for the viewer whose current workspace it is. */
function visibleComparisons(db: DB, viewerWorkspaceId: number | null) {
  return db
    .selectFrom("comparisons")
    .where((eb) => (viewerWorkspaceId === null ? eb("workspace_id", "is", null) : eb.or([eb("workspace_id", "is", null), eb("workspace_id", "=", viewerWorkspaceId)])));
}

export async function findComparison(db: DB, id: string, viewerWorkspaceId: number | null = null): Promise<SavedComparison | null> {
  // Malformed ids cannot exist: answer without a query.
  if (!isComparisonId(id)) return null;
  const row = await visibleComparisons(db, viewerWorkspaceId).selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    createdAt: new Date(row.created_at),
    lang: row.lang,
    profileId: row.profile_id,
    taxonomyVersion: row.taxonomy_version,
    offers: parsed<{ text: string }[]>(row.offers),
    comparisons: parsed<{ comparisons: Comparison[] }>(row.result).comparisons,
    workspaceId: row.workspace_id,
  };
}

/**
 * An open comparison: whoever holds the link may take it back. A workspace's: only from
 * that workspace (the route checks the role first).
 */
export async function deleteComparison(db: DB, id: string, viewerWorkspaceId: number | null = null): Promise<boolean> {
  if (!isComparisonId(id)) return false;
  const result = await db
    .deleteFrom("comparisons")
    .where("id", "=", id)
    .where("id", "in", visibleComparisons(db, viewerWorkspaceId).select("id"))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
