import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DepthBadge, familyStyle } from "#app/components/taxonomy-bits";
import { dbFrom } from "#app/db.server";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { taxonomyText } from "#app/i18n/taxonomy";
import { getTaxonomy } from "#app/models/taxonomy.server";
import styles from "#app/styles/taxonomy.css";
import { searchTaxonomy } from "#app/taxonomy/search";
import { familyList } from "#app/taxonomy/views";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [taxonomy, lang] = await Promise.all([getTaxonomy(dbFrom(context)), langFromRequest(request)]);
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 200);
  const hits = q
    ? searchTaxonomy(taxonomy, q).map((h) => ({
        id: h.entry.id,
        label: h.entry.label,
        kind: h.entry.kind,
        depth: h.entry.depth,
        family: { id: h.family.id, label: h.family.label },
        matched: h.matched,
      }))
    : null;
  return json({ q, hits, families: familyList(taxonomy), title: taxonomyText[lang].taxonomy.pageTitle });
}

export default function TaxonomyIndex() {
  const { q, hits, families } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useMessages(taxonomyText);
  return (
    <>
      <h1>{t.taxonomy.title}</h1>
      <p className="lead">{t.taxonomy.intro}</p>

      <Form method="get" role="search" className="search-form panel">
        <div className="field">
          <label htmlFor="q">{t.taxonomy.searchLabel}</label>
          <p className="hint" id="q-hint">
            {t.taxonomy.searchHint}
          </p>
          <input id="q" name="q" type="search" defaultValue={q} aria-describedby="q-hint" key={q} />
        </div>
        <button type="submit">{t.taxonomy.searchButton}</button>
        {q ? <Link to="/taxonomy">{t.taxonomy.clear}</Link> : null}
      </Form>

      {hits ? (
        <section aria-labelledby="results" className="stack">
          <h2 id="results" aria-live="polite">
            {hits.length ? t.taxonomy.results(hits.length, q) : t.taxonomy.noResults(q)}
          </h2>
          <ol className="search-hits">
            {hits.map((hit) => (
              <li key={hit.id} style={familyStyle(hit.family.id)} data-entry={hit.id}>
                <div className="entry-line">
                  <Link to={`/taxonomy/entries/${hit.id}`}>
                    <strong>{hit.label[lang]}</strong>
                  </Link>
                  <Link to={`/taxonomy/${hit.family.id}`} className="fam-chip">
                    <span className="family-swatch" aria-hidden="true" />
                    {hit.family.label[lang]}
                  </Link>
                  <span className="kind-label">{t.kind[hit.kind]}</span>
                  <DepthBadge depth={hit.depth} />
                </div>
                {hit.matched.isLabel && hit.matched.lang === lang ? null : (
                  <p className="synonyms">
                    {t.taxonomy.matchedOn} <q lang={hit.matched.lang}>{hit.matched.text}</q>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="families">
        <h2 id="families">{t.taxonomy.families}</h2>
        <ul className="cards-grid">
          {families.map((f) => (
            <li key={f.id} className="panel family-head" style={familyStyle(f.id)}>
              <h3>
                <Link to={`/taxonomy/${f.id}`}>{f.label[lang]}</Link>
              </h3>
              <p className="muted">{t.taxonomy.entryCount(f.entryCount)}</p>
              <p>{f.definition[lang]}</p>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link to="/taxonomy/history">{t.taxonomy.history}</Link>
      </p>
    </>
  );
}
