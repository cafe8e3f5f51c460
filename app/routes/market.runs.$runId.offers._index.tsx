import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { OfferList } from "#app/components/market/offer-list";
import { dbFrom } from "#app/db.server";
import { market } from "#app/i18n/market";
import { useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { readDrillFilter } from "#app/market/drill";
import { requireRun, taxonomyLabels } from "#app/market/run-page.server";
import { listOffers } from "#app/models/market-result.server";
import styles from "#app/styles/market.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.run.name} — RoleScope` : "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId);
  const lang = await langFromRequest(request);
  const filter = readDrillFilter(new URL(request.url).searchParams);
  const [list, labels] = await Promise.all([listOffers(db, { runId: run.id }, filter), taxonomyLabels(db, lang)]);
  return json({ run: { id: run.id, name: run.name }, filter, ...list, labels: { profiles: labels.profiles, families: labels.families } });
}

export default function MarketOffers() {
  const { run, ...list } = useLoaderData<typeof loader>();
  const t = useMessages(market);
  return <OfferList heading={run.name} back={{ href: `/market/runs/${run.id}`, label: t.drill.back }} base={`/market/runs/${run.id}`} {...list} />;
}
