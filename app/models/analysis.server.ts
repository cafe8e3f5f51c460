import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { StoredAnalysis } from "#app/check/explanation";
import { SEVERITIES } from "#app/compliance/rule-schema";
import type { Compliance } from "#app/compliance/types";
import type { DB } from "#app/db.server";
import type { Lang } from "#app/i18n/locale";
import { DepthJson, jsonValue, LangJson, LocalizedText, readJson, VerdictJson } from "./json.server";

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

// The text has its own column: a result that carries it too (an Analysis does) would store
// and read a large offer twice. Its place is kept as null and filled again on the way out.
function withoutText<Result>(result: Result): Result {
  const isObject = typeof result === "object" && result !== null && !Array.isArray(result);
  return isObject && typeof (result as { text?: unknown }).text === "string" ? { ...result, text: null } : result;
}

function withText(result: unknown, text: string): unknown {
  const isObject = typeof result === "object" && result !== null && !Array.isArray(result);
  return isObject && (result as { text?: unknown }).text === null ? { ...result, text } : result;
}

export async function saveAnalysis<Result>(db: DB, analysis: NewSavedAnalysis<Result>): Promise<SavedAnalysis<Result>> {
  const row = await db
    .insertInto("analyses")
    .values({
      id: newAnalysisId(),
      text: analysis.text,
      result: JSON.stringify(withoutText(analysis.result)),
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
export async function findAnalysis<Result>(db: DB, schema: z.ZodType<Result>, id: string, viewerWorkspaceId: number | null = null): Promise<SavedAnalysis<Result> | null> {
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
    result: readJson(schema, withText(jsonValue(row.result), row.text)),
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

// The analyzer's output as the analyses table keeps it (see StoredAnalysis for what older rows lack).
const EvidenceJson = z.object({ text: z.string(), start: z.number(), end: z.number() });
export const TitleJson = z.object({
  text: z.string(),
  profile: z.string().nullable(),
  start: z.number().optional(),
  end: z.number().optional(),
  profiles: z.array(z.string()).optional(),
});
/** A demanded family: what a market run keeps of it; a full analysis adds its scores. */
export const FamilyShareJson = z.object({ id: z.string(), depth: DepthJson, share: z.number(), evidence: z.array(EvidenceJson) });
const SECTION_KINDS = ["title", "intro", "duties", "requirements", "nice", "other", "company", "benefits", "apply", "meta", "keywords"] as const;
const MatchJson = z.looseObject({
  ...EvidenceJson.shape,
  entryId: z.string(),
  familyId: z.string(),
  depth: DepthJson,
  weight: z.number(),
  modifier: z.enum(["required", "nice", "negated", "not_a_demand"]),
  sectionKind: z.enum(SECTION_KINDS),
  line: z.number(),
  ambiguousId: z.string().optional(),
  byObject: z.boolean().optional(),
  steered: z.boolean().optional(),
});
const FindingJson = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  start: z.number().optional(),
  end: z.number().optional(),
  passage: z.string().optional(),
  reason: LocalizedText,
  article: LocalizedText,
  sourceUrl: z.string(),
  fix: LocalizedText,
  status: z.object({ value: z.string(), since: z.string() }),
});
const ComplianceJson: z.ZodType<Compliance> = z.object({ rulesVersion: z.string(), findings: z.array(FindingJson) });

/**
 * A saved /check result: the analysis, with the compliance check of the rules of its day when it had one.
 * The analysis, its passages, families and workload keep fields this schema does not name: a field the
 * analyzer adds later is checked nowhere here yet must still read back as it was stored.
 */
export const StoredAnalysisJson: z.ZodType<StoredAnalysis & { compliance?: Compliance }> = z.looseObject({
  analyzerVersion: z.string(),
  taxonomyVersion: z.string(),
  language: LangJson,
  title: TitleJson.nullable(),
  families: z.array(FamilyShareJson.extend({ score: z.number(), coreScore: z.number() }).loose()),
  roles: z.array(z.string()),
  roleCount: z.number(),
  verdict: VerdictJson,
  text: z.string(),
  format: z.enum(["text", "html"]),
  sections: z.array(z.object({ kind: z.enum(SECTION_KINDS), heading: z.string().nullable(), start: z.number(), end: z.number() })),
  lines: z.array(z.object({ start: z.number(), end: z.number(), section: z.number() })),
  matches: z.array(MatchJson),
  coreRoles: z.array(z.string()),
  edgeFamilies: z.array(z.string()),
  assignment: z
    .array(
      z.object({
        profile: z.string(),
        families: z.array(z.object({ id: z.string(), depth: DepthJson, hours: z.number() })),
        hours: z.number(),
        weekShare: z.number(),
      }),
    )
    .optional(),
  workload: z
    .object({
      weekHours: z.number(),
      hours: z.number(),
      weeks: z.number(),
      mainRole: z.string().nullable(),
      outsideMainHours: z.number(),
      otherTradeHours: z.number().optional(),
    })
    .loose()
    .optional(),
  otherWork: z.array(z.object({ trade: z.string(), depth: DepthJson, hours: z.number(), near: z.boolean().optional(), evidence: z.array(EvidenceJson) })).optional(),
  marketingAside: z.boolean().optional(),
  spreadThin: z.object({ families: z.array(z.string()), by: z.enum(["junior", "part_time"]), pastOnePerson: z.literal(true).optional() }).optional(),
  agency: z.array(z.string()).optional(),
  explanation: z
    .object({
      parts: z.array(z.looseObject({ kind: z.string(), text: z.object({ fr: z.string().optional(), en: z.string().optional() }).optional() })).optional(),
      sentences: z.object({ fr: z.array(z.string()).optional(), en: z.array(z.string()).optional() }).optional(),
    })
    .optional(),
  compliance: ComplianceJson.optional(),
});
