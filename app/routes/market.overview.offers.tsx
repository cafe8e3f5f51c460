import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { OfferList } from "#app/components/market/offer-list";
import { dbFrom } from "#app/db.server";
import { market } from "#app/i18n/market";
import { useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { OVERVIEW_PATH, readDrillFilter } from "#app/market/drill";
import { taxonomyLabels } from "#app/market/run-page.server";
import { listOffers } from "#app/models/market-result.server";
import { requireMember } from "#app/workspaces/require-member.server";
import styles from "#app/styles/market.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

/** The offers behind a figure of /market/overview, across the workspace's finished runs. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { workspace } = await requireMember(request, db);
  const lang = await langFromRequest(request);
  const filter = readDrillFilter(new URL(request.url).searchParams);
  const [list, labels] = await Promise.all([listOffers(db, { workspaceId: workspace.id }, filter), taxonomyLabels(db, lang)]);
  return json({ title: market[lang].overview.heading, filter, ...list, labels: { profiles: labels.profiles, families: labels.families } });
}

export default function MarketOverviewOffers() {
  const { title: _title, ...list } = useLoaderData<typeof loader>();
  const t = useMessages(market);
  return <OfferList heading={t.run.back} back={{ href: OVERVIEW_PATH, label: t.overview.drillBack }} base={OVERVIEW_PATH} acrossRuns {...list} />;
}
