import type { Lang } from "~/analysis/taxonomy";
import type { Analysis } from "~/analysis/types";
import type { DB } from "~/db.server";
import { findAnalysis } from "~/models/analysis.server";
import { getTaxonomy } from "~/models/taxonomy.server";
import { buildCheckView, type CheckView } from "./check-view";
import { explanationFor } from "./explanation";

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
  try {
    saved = await findAnalysis<Analysis>(db, id, viewerWorkspaceId);
    if (!saved) return null;
    taxonomy = await getTaxonomy(db);
  } catch {
    return "db_down";
  }
  const result: Analysis = { ...saved.result, text: saved.result.text ?? saved.text };
  const createdOn = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(saved.createdAt);
  return { id: saved.id, view: buildCheckView(result, taxonomy, lang, explanationFor(result, lang)), createdOn: `${createdOn} UTC` };
}
