import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { cardKit, cardTitle, loadCardContext } from "#app/cards/pages.server";
import { KitDocument } from "#app/components/kit-document";
import { cards } from "#app/i18n/cards";
import { kit as kitMessages } from "#app/i18n/kit";
import { useLang, useMessages } from "#app/i18n/locale";
import { listCandidates } from "#app/models/candidate.server";
import styles from "#app/styles/cards.css";
import { formatDate } from "#app/i18n/format";
import { DataTable } from "#app/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? "RoleScope" }];

export async function loader(args: LoaderFunctionArgs) {
  const ctx = await loadCardContext(args);
  const { db, scope, card, lang } = ctx;
  const kit = await cardKit(ctx);
  const candidates = await listCandidates(db, scope, card.id);
  return json({
    id: card.id,
    kit,
    candidates: candidates.map((c) => ({ id: c.id, name: c.name, submitted: c.submitted, updatedAt: c.updatedAt.toISOString() })),
    metaTitle: kitMessages[lang].page.metaTitle(cardTitle(card, lang)),
  });
}

export default function KitPage() {
  const { id, kit, candidates } = useLoaderData<typeof loader>();
  const t = useMessages(kitMessages).page;
  const tc = useMessages(cards);
  const lang = useLang();
  return (
    <div className="kit-page">
      <nav className="kit-toolbar no-print" aria-label={t.title}>
        <Link to={`/cards/${id}`}>← {t.backToCard}</Link>
        <span className="kit-langs">
          {t.kitLanguage} :{" "}
          {(["fr", "en"] as const).map((l) => (
            <Link key={l} to={`?lang=${l}`} aria-current={kit.lang === l ? "true" : undefined} className={kit.lang === l ? "current" : ""}>
              {tc.langName[l]}
            </Link>
          ))}
        </span>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t.print}
        </button>
        <a className="button" href={`/cards/${id}/kit.pdf?lang=${kit.lang}`}>
          {t.pdf}
        </a>
        <Link className="button primary" to={`/cards/${id}/candidates`}>
          {t.fillScorecard}
        </Link>
      </nav>
      {kit.competencies.length ? <KitDocument kit={kit} /> : <p className="notice error">{t.emptyBank}</p>}
      <section className="panel no-print kit-candidates">
        <h2>{t.candidates}</h2>
        {candidates.length ? (
          <DataTable head={[t.candidateColumn, t.scorecardsColumn, t.updatedColumn, <span className="visually-hidden">{t.compare(0)}</span>]}>
            {candidates.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.submitted}</td>
                <td>{formatDate(c.updatedAt, lang)}</td>
                <td>
                  <Link to={`/cards/${id}/candidates/${c.id}?lang=${kit.lang}`}>{t.compare(c.submitted)}</Link>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="muted">{t.noCandidates}</p>
        )}
      </section>
    </div>
  );
}
