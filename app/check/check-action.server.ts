import type { AnalysisPool } from "#app/analysis-pool/pool.server";
import type { Lang } from "#app/analysis/taxonomy";
import type { DB } from "#app/db.server";
import type { CheckErrorCode } from "#app/i18n/check";
import { saveAnalysis } from "#app/models/analysis.server";
import { analyzeOffers, TaxonomyUnavailable } from "#app/analysis-service/analyze-offers.server";
import type { CheckValues } from "./check-values";
import { buildCheckView, type CheckView } from "./check-view";
import { explanationFor } from "./explanation";
import { offerErrorStatus, saveWithinQuota, type FormOutcome } from "#app/intake/offer-form.server";
import { viewerWorkspaceId } from "#app/workspaces/require-member.server";
import { readCheckForm } from "./read-check-form.server";

export type CheckActionData =
  | { status: "error"; code: CheckErrorCode; values: CheckValues }
  | { status: "ok"; view: CheckView; values: CheckValues; preview: boolean; fromFile: boolean };

export type CheckOutcome = FormOutcome<CheckActionData & { status: "ok" }, CheckActionData & { status: "error" }>;

function failure(code: CheckErrorCode, values: CheckValues, retryAfter?: number): CheckOutcome {
  return { kind: "error", status: offerErrorStatus(code), data: { status: "error", code, values }, retryAfter };
}

/**
 * The /check form's whole job: read the text or file, analyze it, then either store it
 * (a permalink to redirect to) or only show it (a preview, or "don't keep this offer").
 */
export async function handleCheckForm(db: DB, request: Request, uiLang: Lang, clientIp: string, pool?: AnalysisPool): Promise<CheckOutcome> {
  const read = await readCheckForm(request);
  if (!read.ok) return failure(read.code, read.values);
  const { fromFile, ...values } = read.input;
  let result;
  try {
    result = await analyzeOffers(db, [values.text], { language: values.language || undefined, pool, compliance: true });
  } catch (error) {
    if (error instanceof TaxonomyUnavailable) return failure("db_down", values);
    throw error;
  }
  const { analyses: [analysis], taxonomy } = result;
  const preview = values.intent === "preview";
  if (!preview && !values.drop) {
    const saved = await saveWithinQuota(db, clientIp, async () =>
      saveAnalysis(db, {
        text: values.text,
        result: analysis,
        analyzerVersion: analysis.analyzerVersion,
        taxonomyVersion: analysis.taxonomyVersion,
        language: analysis.language,
        // Saved while signed in: it belongs to the workspace, not to anyone with the link.
        workspaceId: await viewerWorkspaceId(request, db),
      }),
    );
    if (saved.ok) return { kind: "saved", id: saved.id };
    return failure(saved.code, values, saved.code === "rate_limited" ? saved.retryAfter : undefined);
  }
  const view = { ...buildCheckView(analysis, taxonomy, uiLang, explanationFor(analysis, uiLang)), compliance: analysis.compliance };
  return { kind: "shown", data: { status: "ok", view, values, preview, fromFile } };
}
