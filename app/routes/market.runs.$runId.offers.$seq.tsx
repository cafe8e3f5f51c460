import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { dbFrom } from "#app/db.server";
import { fill, market } from "#app/i18n/market";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { requireRun, taxonomyLabels } from "#app/market/run-page.server";
import { findRunOffer } from "#app/models/market-result.server";
import styles from "#app/styles/market.css";
import { formatPercent } from "#app/i18n/format";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.offer.title ?? data.run.name} — RoleScope` : "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId);
  const seq = Number(params.seq);
  const offer = Number.isSafeInteger(seq) ? await findRunOffer(db, run.id, seq) : null;
  if (!offer) throw new Response("Not found", { status: 404, statusText: "Not found" });
  const labels = await taxonomyLabels(db, await langFromRequest(request));
  return json({ run: { id: run.id, name: run.name }, offer, labels: { profiles: labels.profiles, families: labels.families } });
}

export default function MarketOffer() {
  const { run, offer, labels } = useLoaderData<typeof loader>();
  const t = useMessages(market);
  const lang = useLang();
  const a = offer.analysis;
  const profile = (id: string) => labels.profiles[id] ?? id;
  return (
    <div className="market-page market-offer">
      <p>
        <Link to={`/market/runs/${run.id}/offers`}>← {t.offer.back}</Link>
      </p>
      <h1>{offer.title ?? a.title?.text ?? `#${offer.seq}`}</h1>
      <dl className="offer-meta">
        <dt>{t.run.line}</dt>
        <dd>{fill(t.offer.line, { line: offer.line })}</dd>
        {offer.company ? (
          <>
            <dt>{t.offer.company}</dt>
            <dd>{offer.company}</dd>
          </>
        ) : null}
        {offer.location ? (
          <>
            <dt>{t.offer.location}</dt>
            <dd>{offer.location}</dd>
          </>
        ) : null}
        {offer.postedOn ? (
          <>
            <dt>{t.offer.date}</dt>
            <dd>{offer.postedOn}</dd>
          </>
        ) : null}
        {offer.url ? (
          <>
            <dt>{t.offer.source}</dt>
            <dd>
              <a href={offer.url} rel="noopener noreferrer nofollow">
                {offer.url}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t.offer.detectedTitle}</dt>
        <dd>{a.title?.profile ? profile(a.title.profile) : t.figures.none.title}</dd>
      </dl>
      <section className={`panel verdict-panel verdict-panel--${a.verdict}`} aria-labelledby="verdict-title">
        <h2 id="verdict-title" className={`verdict-${a.verdict}`}>
          {t.verdicts[a.verdict]}
        </h2>
        <p>
          {t.offer.roles} : {a.roles.map(profile).join(", ") || "–"}
        </p>
      </section>
      <section aria-labelledby="families-title">
        <h2 id="families-title">{t.offer.families}</h2>
        <ul className="family-list">
          {a.families.map((f) => (
            <li key={f.id}>
              <strong>{labels.families[f.id] ?? f.id}</strong> — {f.depth === "core" ? t.offer.core : t.offer.light} · {formatPercent(f.share, lang)}
              {f.evidence.length ? (
                <span className="evidence">
                  {" "}
                  {t.offer.evidence} : {f.evidence.map((e) => `« ${e.text} »`).join(" ; ")}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="explanation-title">
        <h2 id="explanation-title">{t.offer.explanation}</h2>
        {a.explanation[lang].map((sentence, i) => (
          <p key={i}>{sentence}</p>
        ))}
      </section>
      <section aria-labelledby="text-title">
        <h2 id="text-title">{t.offer.text}</h2>
        <pre className="offer-text">{offer.text}</pre>
      </section>
    </div>
  );
}
