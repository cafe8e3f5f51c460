import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { DB } from "#app/db.server";
import type { Lang } from "#app/i18n/locale";
import type { Comparison } from "#app/compare/types";
import { DepthJson, LangJson, LocalizedText, readJson, VerdictJson } from "./json.server";

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

const Ref = z.object({ id: z.string(), label: LocalizedText });
const QuotedLines = z.array(z.object({ text: z.string(), start: z.number(), end: z.number() }));
const ComparisonJson: z.ZodType<Comparison> = z.object({
  profile: Ref.nullable(),
  role: Ref.extend({ summary: LocalizedText, core: z.array(Ref), light: z.array(Ref) }).nullable(),
  profileSource: z.enum(["chosen", "title", "body", "none"]),
  language: LangJson,
  verdict: VerdictJson,
  roles: z.array(Ref),
  roleCount: z.number(),
  title: z.object({
    text: z.string().nullable(),
    profile: Ref.nullable(),
    profileShare: z.number(),
    body: Ref.nullable(),
    bodyShare: z.number(),
    mismatch: z.boolean(),
  }),
  inRoleShare: z.number(),
  extraShare: z.number(),
  inRole: z.array(Ref.extend({ depth: DepthJson, share: z.number(), edge: z.boolean() })),
  coverage: z.object({
    score: z.number(),
    target: z.number(),
    families: z.array(
      Ref.extend({ score: z.number(), covered: z.array(Ref.extend({ lines: QuotedLines })), missing: z.array(Ref), share: z.number() }),
    ),
  }),
  extras: z.array(
    z.object({
      profile: Ref.nullable(),
      share: z.number(),
      families: z.array(
        Ref.extend({ depth: DepthJson, share: z.number(), reason: z.enum(["outside", "beyond_light"]), lines: QuotedLines, moreLines: z.number() }),
      ),
    }),
  ),
  missing: z.array(Ref.extend({ absent: z.boolean(), duties: z.array(Ref) })),
  redFlags: z.array(
    z.object({
      kind: z.enum(["out_of_scope", "title_mismatch", "extra_role", "beyond_light", "low_coverage", "no_profile"]),
      text: LocalizedText,
    }),
  ),
  questions: z.array(z.object({ id: z.string(), familyId: z.string().nullable(), text: LocalizedText })),
  summary: LocalizedText,
});
const OffersJson = z.array(z.object({ text: z.string() }));
const ResultJson = z.object({ comparisons: z.array(ComparisonJson) });

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
    offers: readJson(OffersJson, row.offers),
    comparisons: readJson(ResultJson, row.result).comparisons,
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
