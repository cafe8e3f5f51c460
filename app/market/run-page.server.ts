import type { DB } from "#app/db.server";
import { getCompiledTaxonomy } from "#app/analysis-service/analyze-offers.server";
import { findMarketRun, type MarketRun } from "#app/models/market-run.server";
import type { Lang } from "#app/i18n/locale";
import { requireMember } from "#app/workspaces/require-member.server";
import type { WorkspaceRole } from "#app/workspaces/roles";

/**
 * The run named in the URL, if it belongs to the member's workspace; 404 otherwise
 * (another workspace's run included); 403 for a role outside `roles`.
 */
export async function requireRun(request: Request, db: DB, runIdParam: string | undefined, roles?: readonly WorkspaceRole[]): Promise<MarketRun> {
  const { workspace } = await requireMember(request, db, roles);
  const runId = Number(runIdParam);
  const run = Number.isSafeInteger(runId) && runId > 0 ? await findMarketRun(db, workspace.id, runId) : null;
  if (!run) throw new Response("Not found", { status: 404, statusText: "Not found" });
  return run;
}

/** Profile and family names in the page's language, for figures and lists. */
export async function taxonomyLabels(db: DB, lang: Lang) {
  const { taxonomy } = await getCompiledTaxonomy(db);
  return {
    profiles: Object.fromEntries(taxonomy.profiles.map((p) => [p.id, p.label[lang]])),
    families: Object.fromEntries(taxonomy.families.map((f) => [f.id, f.label[lang]])),
    familyOrder: taxonomy.families.map((f) => f.id),
  };
}
