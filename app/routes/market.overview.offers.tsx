import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { OfferList } from "~/components/market/offer-list";
import { dbFrom } from "~/db.server";
import { market } from "~/i18n/market";
import { useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { OVERVIEW_PATH, readDrillFilter } from "~/market/drill";
import { taxonomyLabels } from "~/market/run-page.server";
import { listOffers } from "~/models/market-result.server";
import { requireMember } from "~/workspaces/require-member.server";
import styles from "~/styles/market.css";

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
