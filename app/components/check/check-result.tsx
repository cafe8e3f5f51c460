import { Link } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import type { CheckView } from "#app/check/check-view";
import { check } from "#app/i18n/check";
import { formatPercent } from "#app/i18n/format";
import { useLang, useMessages } from "#app/i18n/locale";
import { CompliancePanel } from "./compliance-panel";
import { FamilyList, FamilySwatch, HighlightedOffer } from "./highlighted-offer";
import { RewrittenOfferPanel } from "./rewritten-offer";
import { WeekChart } from "./week-chart";
import { DataTable } from "#app/components/data-table";
import { Panel } from "#app/components/panel";

function VerdictCard({ view }: { view: CheckView }) {
  const t = useMessages(check).result;
  const names = useMessages(check).form.languageNames;
  const verdict = t.verdicts[view.verdict];
  return (
    <section className={`panel verdict-card verdict-card--${view.verdict}`} aria-labelledby="verdict-heading" data-testid="verdict-card">
      <h2 id="verdict-heading" className="visually-hidden">
        {t.heading}
      </h2>
      <p className="jobs-count" data-testid="jobs-count">
        {view.verdict === "out_of_scope" ? t.noJob : t.jobsInOne(view.jobCount)}
      </p>
      <p>
        <span className="visually-hidden">{t.verdictLabel} </span>
        <span className={`badge verdict-${view.verdict}`} data-testid="verdict" data-verdict={view.verdict}>
          {verdict.label}
        </span>
      </p>
      <p>{verdict.summary}</p>
      <dl>
        <dt>{t.offerLanguage}</dt>
        <dd>{names[view.language]}</dd>
        <dt>{t.detectedTitle}</dt>
        <dd>
          {view.title ? (
            <>
              {t.quote(view.title.text)}
              {view.title.profile ? (
                <>
                  {" → "}
                  <Link to={`/roles/${encodeURIComponent(view.title.profile.id)}`}>{view.title.profile.label}</Link>
                </>
              ) : null}
            </>
          ) : (
            t.noTitle
          )}
        </dd>
      </dl>
    </section>
  );
}

function Explanation({ view }: { view: CheckView }) {
  const t = useMessages(check).explanation;
  if (!view.explanation.sentences.length && !view.explanation.fixes.length) return null;
  return (
    <Panel id="why-heading" title={t.heading}>
      {view.explanation.sentences.map((sentence, i) => (
        <p key={i}>{sentence}</p>
      ))}
      {view.explanation.fixes.length ? (
        <>
          <h3>{t.fixes}</h3>
          <ul data-testid="fixes">
            {view.explanation.fixes.map((fix, i) => (
              <li key={i}>{fix}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Panel>
  );
}

function Shares({ view }: { view: CheckView }) {
  const t = useMessages(check).shares;
  const lang = useLang();
  return (
    <section aria-labelledby="shares-heading">
      <h2 id="shares-heading">{t.heading}</h2>
      {view.families.length ? (
        <DataTable className="shares" caption={t.caption} head={[t.family, t.depth, t.share, t.passages]}>
          {view.families.map((f) => (
            <tr key={f.id} data-family={f.id}>
              <th scope="row">
                <FamilySwatch id={f.id} />
                {f.label}
              </th>
              <td>{t.depths[f.depth]}</td>
              <td className="share-cell">
                <div className="share-value">
                  <div className="bar-track" aria-hidden="true">
                    <div className="bar" style={{ width: `${Math.round(Math.max(0, Math.min(1, f.share)) * 100)}%`, background: `var(--fam-${f.id}, var(--accent))` }} />
                  </div>
                  <span className="pct">{formatPercent(f.share, lang)}</span>
                </div>
              </td>
              <td>
                <details>
                  <summary>{f.evidence.length}</summary>
                  <ul>
                    {f.evidence.map((e) => (
                      <li key={`${e.start}-${e.end}`}>{e.text}</li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="muted">{t.empty}</p>
      )}
    </section>
  );
}

function Roles({ view }: { view: CheckView }) {
  const t = useMessages(check).roles;
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t.heading}</h2>
      {view.roles.length ? (
        <>
          <p className="muted">{t.intro}</p>
          <ul className="role-list" data-testid="roles">
            {view.roles.map((role) => (
              <li key={role.id} className="panel" data-role={role.id}>
                <h3>
                  <Link to={`/roles/${encodeURIComponent(role.id)}`}>{role.label}</Link>
                </h3>
                {role.families.length ? (
                  <p>
                    {t.owns} {role.families.map((f) => f.label).join(", ")}
                  </p>
                ) : null}
                <Link className="button" to={role.cardHref}>
                  {t.openCard(role.label)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t.none}</p>
      )}
    </section>
  );
}

function TitleVsBody({ view }: { view: CheckView }) {
  const t = useMessages(check).titleVsBody;
  const { profile, covers, asks, beyond } = view.titleVsBody;
  if (!asks.length && !profile) return null;
  const rows = [
    [t.covers, covers],
    [t.asks, asks],
    [t.beyond, profile ? beyond : []],
  ] as const;
  return (
    <section className="panel title-vs-body" aria-labelledby="title-body-heading" data-testid="title-vs-body">
      <h2 id="title-body-heading">{t.heading}</h2>
      <p>{!view.title ? t.noTitle : profile ? t.promises(profile.label) : t.noProfile}</p>
      <dl>
        {rows.map(([term, families]) =>
          families.length ? (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>
                <FamilyList className="family-chips" families={families} />
              </dd>
            </Fragment>
          ) : null,
        )}
      </dl>
      {profile && covers.length && !beyond.length ? <p>{t.allWithin}</p> : null}
    </section>
  );
}

/**
 * The answer first (the verdict and where the week goes), then the evidence. `afterVerdict`
 * slots page-specific content (the share box) right below the answer.
 */
export function CheckResult({ view, afterVerdict }: { view: CheckView; afterVerdict?: ReactNode }) {
  return (
    <div className="check-result" data-testid="check-result">
      <VerdictCard view={view} />
      {view.week && view.week.roles.length ? <WeekChart week={view.week} /> : null}
      {afterVerdict}
      <CompliancePanel view={view} />
      <Explanation view={view} />
      {view.rewrite ? <RewrittenOfferPanel rewrite={view.rewrite} language={view.language} /> : null}
      <HighlightedOffer text={view.text} marks={view.marks} families={[...view.families, ...view.otherFamilies]} />
      <Shares view={view} />
      <Roles view={view} />
      <TitleVsBody view={view} />
    </div>
  );
}
