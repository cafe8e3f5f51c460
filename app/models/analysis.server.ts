import { randomBytes } from "node:crypto";
import type { DB } from "~/db.server";
import type { Lang } from "~/i18n/locale";

export interface SavedAnalysis<Result = unknown> {
  id: string;
  text: string;
  result: Result;
  analyzerVersion: string;
  taxonomyVersion: string;
  language: Lang;
  createdAt: Date;
  /** Saved while signed in: only that workspace's members open it. Null: anyone with the link. */
  workspaceId: number | null;
}

export type NewSavedAnalysis<Result> = Omit<SavedAnalysis<Result>, "id" | "createdAt" | "workspaceId"> & { workspaceId?: number | null };

/** 18 random bytes: 24 URL-safe characters, far beyond guessing or enumeration. */
export function newAnalysisId(): string {
  return randomBytes(18).toString("base64url");
}

const ID_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;

export async function saveAnalysis<Result>(db: DB, analysis: NewSavedAnalysis<Result>): Promise<SavedAnalysis<Result>> {
  const row = await db
    .insertInto("analyses")
    .values({
      id: newAnalysisId(),
      text: analysis.text,
      result: JSON.stringify(analysis.result),
      analyzer_version: analysis.analyzerVersion,
      taxonomy_version: analysis.taxonomyVersion,
      language: analysis.language,
      workspace_id: analysis.workspaceId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...analysis, id: row.id, createdAt: new Date(row.created_at), workspaceId: row.workspace_id };
}

/**
 * The analysis behind a permalink: open ones for anyone, a workspace's only for a viewer
 * whose current workspace it is (others get nothing, as if it did not exist).
 */
export async function findAnalysis<Result = unknown>(db: DB, id: string, viewerWorkspaceId: number | null = null): Promise<SavedAnalysis<Result> | null> {
  // Malformed ids cannot exist: answer without a query.
  if (!ID_SHAPE.test(id)) return null;
  const row = await db
    .selectFrom("analyses")
    .selectAll()
    .where("id", "=", id)
    .where((eb) => (viewerWorkspaceId === null ? eb("workspace_id", "is", null) : eb.or([eb("workspace_id", "is", null), eb("workspace_id", "=", viewerWorkspaceId)])))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    text: row.text,
    result: (typeof row.result === "string" ? JSON.parse(row.result) : row.result) as Result,
    analyzerVersion: row.analyzer_version,
    taxonomyVersion: row.taxonomy_version,
    language: row.language,
    createdAt: new Date(row.created_at),
    workspaceId: row.workspace_id,
  };
}

export async function countAnalyses(db: DB): Promise<number> {
  const row = await db.selectFrom("analyses").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
