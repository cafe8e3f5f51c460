import type { AnalysisPool } from "#app/analysis-pool/pool.server";
import { analyzeOffers, TaxonomyUnavailable } from "#app/analysis-service/analyze-offers.server";
import type { Lang } from "#app/analysis/taxonomy";
import { offerErrorStatus, saveWithinQuota, type FormOutcome } from "#app/intake/offer-form.server";
import type { DB } from "#app/db.server";
import type { CompareErrorCode } from "#app/i18n/compare";
import { saveComparison } from "#app/models/comparison.server";
import { compareWithProfile, findProfile } from "./compare-with-profile";
import type { CompareValues } from "./compare-values";
import { viewerWorkspaceId } from "#app/workspaces/require-member.server";
import { readCompareForm } from "./read-compare-form.server";
import type { Comparison } from "./types";

export type CompareActionData =
  | { status: "error"; code: CompareErrorCode; slot: number | null; values: CompareValues }
  | { status: "ok"; values: CompareValues; slots: number[]; comparisons: Comparison[] };

export type CompareOutcome = FormOutcome<CompareActionData & { status: "ok" }, CompareActionData & { status: "error" }>;

function failure(code: CompareErrorCode, values: CompareValues, slot: number | null = null, retryAfter?: number): CompareOutcome {
  return { kind: "error", status: offerErrorStatus(code), data: { status: "error", code, slot, values }, retryAfter };
}

/**
 * The /compare form: read up to five offers, compare each with the chosen role (or its
 * title's), then show the result, or store it only when the candidate asked to.
 */
export async function handleCompareForm(db: DB, request: Request, uiLang: Lang, clientIp: string, pool?: AnalysisPool): Promise<CompareOutcome> {
  const read = await readCompareForm(request);
  if (!read.ok) return failure(read.code, read.values, read.slot);
  const { values, offers } = read;

  let analysed;
  try {
    analysed = await analyzeOffers(db, offers.map((o) => o.text), { pool });
  } catch (error) {
    if (error instanceof TaxonomyUnavailable) return failure("db_down", values);
    throw error;
  }
  const { analyses, taxonomy } = analysed;
  if (values.profile && !findProfile(taxonomy, values.profile)) return failure("unknown_profile", { ...values, profile: "" });

  const comparisons = analyses.map((analysis) => compareWithProfile(analysis, values.profile || null, taxonomy));
  if (values.save) {
    const saved = await saveWithinQuota(db, clientIp, async () =>
      saveComparison(db, {
        lang: uiLang,
        profileId: values.profile || null,
        taxonomyVersion: taxonomy.version,
        offers: offers.map((o) => ({ text: o.text })),
        comparisons,
        // Saved while signed in: it belongs to the workspace, not to anyone with the link.
        workspaceId: await viewerWorkspaceId(request, db),
      }),
    );
    if (saved.ok) return { kind: "saved", id: saved.id };
    return failure(saved.code, values, null, saved.code === "rate_limited" ? saved.retryAfter : undefined);
  }
  return { kind: "shown", data: { status: "ok", values, slots: offers.map((o) => o.slot), comparisons } };
}
