import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EscoLink, FamilyChip, familyStyle } from "#app/components/taxonomy-bits";
import { dbFrom } from "#app/db.server";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { taxonomyText } from "#app/i18n/taxonomy";
import { getTaxonomy } from "#app/models/taxonomy.server";
import styles from "#app/styles/taxonomy.css";
import { roleDetail } from "#app/taxonomy/views";
import { DataTable } from "#app/components/data-table";
import { Panel } from "#app/components/panel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const [taxonomy, lang] = await Promise.all([getTaxonomy(dbFrom(context)), langFromRequest(request)]);
  const detail = roleDetail(taxonomy, params.id ?? "");
  if (!detail) throw new Response("Not found", { status: 404 });
  return json({ ...detail, title: taxonomyText[lang].role.pageTitle(detail.profile.label[lang]) });
}

export default function Role() {
  const { profile, coreFamilies, lightFamilies, neighbours } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useMessages(taxonomyText);
  const levels = ["junior", "mid", "senior"] as const;
  return (
    <article className="stack">
      <p>
        <Link to="/roles">← {t.role.back}</Link>
      </p>
      <header>
        <h1>{profile.label[lang]}</h1>
        {profile.titles[lang].length ? (
          <p className="muted">
            {t.role.alsoCalled} {profile.titles[lang].join(" · ")}
          </p>
        ) : null}
        <ul className="chips" aria-label={t.role.families}>
          {profile.core.map((f) => (
            <li key={f.id}>
              <FamilyChip id={f.id} label={f.label} depth="core" />
            </li>
          ))}
          {profile.light.map((f) => (
            <li key={f.id}>
              <FamilyChip id={f.id} label={f.label} depth="light" />
            </li>
          ))}
        </ul>
      </header>

      <div className="row">
        <Panel id="does" title={t.role.does}>
          <p>{profile.summary[lang]}</p>
        </Panel>
        <Panel id="does-not" title={t.role.doesNot}>
          <ul className="does-not">
            {profile.doesNot[lang].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Panel>
      </div>

      <section aria-labelledby="time-split">
        <h2 id="time-split">{t.role.timeSplit}</h2>
        <DataTable className="time-split" style={profile.core[0] ? familyStyle(profile.core[0].id) : undefined} caption={t.role.timeSplitCaption} head={[t.role.activity, t.role.share]}>
          {profile.timeSplit.map((slice) => (
            <tr key={slice.label.en}>
              <th scope="row">{slice.label[lang]}</th>
              <td className="share-cell">
                <div className="bar-track">
                  <span className="bar-value">{slice.share} %</span>
                  <div className="bar" style={{ width: `${slice.share}%` }} aria-hidden="true" />
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <div className="row">
        <Panel id="seniority" title={t.role.seniority}>
          <dl className="seniority">
            {levels.map((level) => (
              <div key={level}>
                <dt>{t.role.levels[level]}</dt>
                <dd>{profile.seniority[level][lang]}</dd>
              </div>
            ))}
          </dl>
        </Panel>
        <Panel id="tools" title={t.role.tools}>
          <ul>
            {profile.tools.map((tool) => (
              <li key={tool}>{tool}</li>
            ))}
          </ul>
        </Panel>
      </div>

      <section aria-labelledby="families">
        <h2 id="families">{t.role.families}</h2>
        {[
          { title: t.role.coreFamilies, list: coreFamilies },
          { title: t.role.lightFamilies, list: lightFamilies },
        ].map((group) =>
          group.list.length ? (
            <div key={group.title}>
              <h3>{group.title}</h3>
              <ul className="family-list">
                {group.list.map((f) => (
                  <li key={f.id} className="family-head" style={familyStyle(f.id)}>
                    <h4>
                      <Link to={`/taxonomy/${f.id}`}>{f.label[lang]}</Link>
                    </h4>
                    <p>{f.definition[lang]}</p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null,
        )}
      </section>

      <section aria-labelledby="neighbours">
        <h2 id="neighbours">{t.role.neighbours}</h2>
        {neighbours.length ? (
          <>
            <p className="muted">{t.role.neighboursIntro}</p>
            <ul className="cards-grid">
              {neighbours.map((n) => (
                <li key={n.id} className="panel">
                  <h3>
                    <Link to={`/roles/${n.id}`}>{n.label[lang]}</Link>
                  </h3>
                  <p className="chip-legend">{t.role.sharedFamilies}</p>
                  <ul className="chips">
                    {n.shared.map((f) => (
                      <li key={f.id}>
                        <FamilyChip id={f.id} label={f.label} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t.role.noNeighbours}</p>
        )}
      </section>

      <section aria-labelledby="esco" className="panel">
        <h2 id="esco">ESCO</h2>
        <p>{profile.escoUri ? <EscoLink uri={profile.escoUri} label={t.esco.occupation} /> : t.esco.none}</p>
        <p className="muted">{t.esco.acknowledgement}</p>
      </section>
    </article>
  );
}
