import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { cardToOffer, offerBlocks } from "#app/cards/offer";
import { loadCardContext } from "#app/cards/pages.server";
import { JobPostingForm } from "#app/components/job-posting-form";
import { VerdictBadge } from "#app/components/scope-guard-panel";
import { cards } from "#app/i18n/cards";
import { kit as kitMessages } from "#app/i18n/kit";
import { useMessages } from "#app/i18n/locale";
import { analyzeOffers } from "#app/analysis-service/analyze-offers.server";
import styles from "#app/styles/cards.css";
import complianceStyles from "#app/styles/compliance.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }, { rel: "stylesheet", href: complianceStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

export async function loader(args: LoaderFunctionArgs) {
  const { db, card, docLang: lang, compiled } = await loadCardContext(args);
  const offer = cardToOffer(card.content, compiled.taxonomy, lang, { postedOn: new Date() });
  // The exported offer goes through the same overload check as any pasted offer.
  const verdict = (await analyzeOffers(db, [offer.markdown], { language: lang })).analyses[0].verdict;
  return json({ id: card.id, lang, title: offer.title, blocks: offerBlocks(offer.markdown), verdict });
}

export default function OfferPage() {
  const { id, lang, blocks, verdict } = useLoaderData<typeof loader>();
  const t = useMessages(cards);
  const tk = useMessages(kitMessages);
  return (
    <div className="offer-page">
      <nav className="kit-toolbar no-print" aria-label={t.view.exportTitle}>
        <Link to={`/cards/${id}`}>← {t.history.back}</Link>
        <span className="kit-langs">
          {(["fr", "en"] as const).map((l) => (
            <Link key={l} to={`?lang=${l}`} aria-current={lang === l ? "true" : undefined} className={lang === l ? "current" : ""}>
              {t.langName[l]}
            </Link>
          ))}
        </span>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {tk.page.print}
        </button>
        <a className="button" href={`/cards/${id}/offer.md?lang=${lang}`} download>
          {t.view.exportMd(t.langName[lang])}
        </a>
        <span>
          {t.guard.verdictIntro} <VerdictBadge verdict={verdict} />
        </span>
      </nav>
      <JobPostingForm cardId={id} lang={lang} />
      <article className="offer-document panel" lang={lang}>
        {blocks.map((b, i) => {
          switch (b.kind) {
            case "h1":
              return <h1 key={i}>{b.text}</h1>;
            case "h2":
              return <h2 key={i}>{b.text}</h2>;
            case "h3":
              return <h3 key={i}>{b.text}</h3>;
            case "strong":
              return (
                <p key={i}>
                  <strong>{b.text}</strong>
                </p>
              );
            case "em":
              return (
                <p key={i} className="muted">
                  <em>{b.text}</em>
                </p>
              );
            case "ul":
              return (
                <ul key={i}>
                  {b.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              );
            default:
              return <p key={i}>{b.text}</p>;
          }
        })}
      </article>
    </div>
  );
}
