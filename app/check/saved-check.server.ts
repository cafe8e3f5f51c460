import type { Lang } from "#app/analysis/taxonomy";
import type { Compliance } from "#app/compliance/types";
import { withCompliance } from "#app/analysis-service/analyze-offers.server";
import type { DB } from "#app/db.server";
import { findAnalysis, StoredAnalysisJson } from "#app/models/analysis.server";
import { getTaxonomy } from "#app/models/taxonomy.server";
import { buildCheckView, type CheckView } from "./check-view";
import { explanationFor, type StoredAnalysis } from "./explanation";
import { formatDate } from "#app/i18n/format";

export interface SavedCheck {
  id: string;
  view: CheckView;
  /** Formatted here, in UTC, so that the server's and the browser's renderings agree. */
  createdOn: string;
}

/**
 * A stored analysis as its result page shows it: the stored result, today's labels. One
 * saved in a workspace shows only to a viewer whose current workspace it is.
 */
export async function loadSavedCheck(db: DB, id: string, lang: Lang, viewerWorkspaceId: number | null): Promise<SavedCheck | null | "db_down"> {
  let saved;
  let taxonomy;
  let result: StoredAnalysis & { compliance: Compliance };
  try {
    saved = await findAnalysis(db, StoredAnalysisJson, id, viewerWorkspaceId);
    if (!saved) return null;
    taxonomy = await getTaxonomy(db);
    const stored = { ...saved.result, text: saved.result.text ?? saved.text };
    // Analyses saved before the compliance check existed get it with today's rules.
    result = stored.compliance ? { ...stored, compliance: stored.compliance } : await withCompliance(db, stored);
  } catch {
    return "db_down";
  }
  const createdOn = formatDate(saved.createdAt, lang, { dateStyle: "long", timeStyle: "short" });
  return { id: saved.id, view: { ...buildCheckView(result, taxonomy, lang, explanationFor(result, lang)), compliance: result.compliance }, createdOn };
}
