import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MarketFigures } from "#app/components/market/market-figures";
import { dbFrom } from "#app/db.server";
import { fill, market } from "#app/i18n/market";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { drillHref, OVERVIEW_PATH } from "#app/market/drill";
import { computeFigures } from "#app/market/figures";
import { taxonomyLabels } from "#app/market/run-page.server";
import { figureRows } from "#app/models/market-result.server";
import { listMarketRuns } from "#app/models/market-run.server";
import { requireMember } from "#app/workspaces/require-member.server";
import styles from "#app/styles/market.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

/** The picture across every finished run of the current workspace. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { workspace } = await requireMember(request, db);
  const lang = await langFromRequest(request);
  const [runs, labels, rows] = await Promise.all([listMarketRuns(db, workspace.id), taxonomyLabels(db, lang), figureRows(db, { workspaceId: workspace.id })]);
  const finished = runs.filter((r) => r.status === "done");
  const imported = finished.reduce((sum, r) => sum + r.total, 0);
  return json({
    title: market[lang].overview.heading,
    runs: finished.length,
    // Copies of an offer that a later finished run imported again: not counted.
    duplicates: imported - rows.length,
    figures: rows.length ? computeFigures(rows, labels.familyOrder) : null,
    labels: { profiles: labels.profiles, families: labels.families },
  });
}

export default function MarketOverview() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(market);
  const lang = useLang();
  return (
    <div className="market-page">
      <p>
        <Link to="/market">← {t.run.back}</Link>
      </p>
      <h1>{t.overview.heading}</h1>
      <p className="lead">{t.overview.intro}</p>
      {data.figures ? (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t.figures.heading}</h2>
          <p className="muted">
            {fill(t.overview.counted, { analysed: data.figures.total, runs: data.runs })} <Link to={drillHref(OVERVIEW_PATH, {})}>{t.drill.all}</Link>
          </p>
          <p className="muted" data-testid="overview-duplicates">
            {fill(t.overview.duplicates, { count: data.duplicates })}
          </p>
          <MarketFigures key={lang} base={OVERVIEW_PATH} figures={data.figures} labels={data.labels} />
        </section>
      ) : (
        <p className="muted">{t.overview.empty}</p>
      )}
    </div>
  );
}
