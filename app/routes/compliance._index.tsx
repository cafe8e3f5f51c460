import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { dbFrom } from "#app/db.server";
import { compliance } from "#app/i18n/compliance";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { currentRulesVersion, readRules } from "#app/models/compliance-rules.server";
import { getUser } from "#app/session.server";
import styles from "#app/styles/compliance.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const [stored, version, user, lang] = await Promise.all([readRules(db), currentRulesVersion(db), getUser(request, db), langFromRequest(request)]);
  return json({ ...stored, version, isAdmin: user?.isAdmin ?? false, title: compliance[lang].rules.title });
}

export default function ComplianceRules() {
  const { rules, lists, version, isAdmin } = useLoaderData<typeof loader>();
  const t = useMessages(compliance);
  const lang = useLang();
  return (
    <article className="stack compliance-rules">
      <h1>{t.rules.title}</h1>
      <p className="lead">{t.rules.intro}</p>
      <p className="notice">{t.disclaimer}</p>
      <p>
        <Link to="/compliance/history">{t.rules.history}</Link> · <code>{version}</code>
      </p>
      <ul className="compliance-findings">
        {rules.map(({ rule, edited }) => (
          <li key={rule.id} id={rule.id} className={`compliance-finding compliance-${rule.severity}`} data-rule={rule.id}>
            <p>
              <span className={`badge compliance-badge compliance-${rule.severity}`}>{t.severities[rule.severity]}</span> <code>{rule.id}</code>
              {rule.retired ? ` (${t.rules.fields.retired.toLowerCase()})` : ""}
              {edited ? <em className="muted"> — {t.rules.edited}</em> : null}
            </p>
            <p>{rule.reason[lang]}</p>
            <p className="muted compliance-law">
              {rule.law.article[lang]} ({t.statuses[rule.law.status]} {rule.law.since}) —{" "}
              <a href={rule.law.sourceUrl} rel="noopener noreferrer external">
                {t.source}
              </a>{" "}
              · {t.rules.verification[rule.law.verification.status]} ({rule.law.verification.checkedOn})
            </p>
            {rule.law.note ? <p className="muted">{rule.law.note[lang]}</p> : null}
            {rule.terms.fr.length + rule.terms.en.length ? (
              <details>
                <summary>
                  {t.rules.terms} ({rule.terms.fr.length + rule.terms.en.length})
                </summary>
                <p lang="fr">{rule.terms.fr.join(" · ")}</p>
                <p lang="en">{rule.terms.en.join(" · ")}</p>
                {rule.except.fr.length + rule.except.en.length ? (
                  <p>
                    <strong>{t.rules.except} :</strong> {[...rule.except.fr, ...rule.except.en].join(" · ")}
                  </p>
                ) : null}
              </details>
            ) : null}
            {isAdmin ? <Link to={`/compliance/rules/${encodeURIComponent(rule.id)}`}>{t.rules.edit}</Link> : null}
          </li>
        ))}
      </ul>
      <h2>{t.rules.lists}</h2>
      <ul className="compliance-findings">
        {lists.map((list) => (
          <li key={list.id} className="compliance-finding compliance-recommended" data-list={list.id}>
            <p>
              <code>{list.id}</code>
              {list.edited ? <em className="muted"> — {t.rules.edited}</em> : null}
            </p>
            <p className="muted">{list.note}</p>
            <details>
              <summary>
                {t.rules.terms} ({list.terms.fr.length + list.terms.en.length})
              </summary>
              <p>{[...list.terms.fr, ...list.terms.en].join(" · ")}</p>
            </details>
            {isAdmin ? <Link to={`/compliance/rules/${encodeURIComponent(list.id)}`}>{t.rules.edit}</Link> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
