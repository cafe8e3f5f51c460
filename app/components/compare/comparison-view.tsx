import { Link } from "@remix-run/react";
import type { CSSProperties } from "react";
import type { Comparison, QuotedLine, Ref } from "#app/compare/types";
import { compareUi } from "#app/i18n/compare";
import { useLang, useMessages } from "#app/i18n/locale";

const pct = (share: number) => Math.round(share * 100);
const OPEN_MISSING = 6;

export function FamilyName({ family }: { family: Ref }) {
  const lang = useLang();
  const swatch: CSSProperties = { background: `var(--fam-${family.id}, var(--ink-soft))` };
  return (
    <span className="compare-family">
      <span className="family-swatch" style={swatch} aria-hidden="true" />
      {family.label[lang]}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: Comparison["verdict"] }) {
  const t = useMessages(compareUi);
  return <span className={`badge verdict-${verdict}`}>{t.verdicts[verdict]}</span>;
}

function Quotes({ lines, more }: { lines: QuotedLine[]; more?: number }) {
  const t = useMessages(compareUi);
  if (!lines.length) return null;
  return (
    <ul className="quotes">
      {lines.map((line) => (
        <li key={line.start}>
          <q>{line.text}</q>
        </li>
      ))}
      {more ? <li className="muted">{t.extras.moreLines(more)}</li> : null}
    </ul>
  );
}

function OfferSide({ c, h, hh }: { c: Comparison; h: "h3" | "h4"; hh: "h4" | "h5" }) {
  const t = useMessages(compareUi);
  const lang = useLang();
  const H = h;
  const HH = hh;
  return (
    <section className="panel compare-side" data-testid="offer-side">
      <H>{t.offerSide.heading}</H>
      {c.profile ? (
        <div className="share-line">
          <div className="bar-track" aria-hidden="true">
            <div className="bar" style={{ width: `${pct(c.inRoleShare)}%` }} />
          </div>
          <p>{t.offerSide.inRoleShare(pct(c.inRoleShare))}</p>
        </div>
      ) : null}
      <HH className="sub">{t.inRole.heading}</HH>
      {c.inRole.length ? (
        <ul className="family-list">
          {c.inRole.map((f) => (
            <li key={f.id}>
              <FamilyName family={f} /> <span className="muted">— {`${pct(f.share)}\u00a0%`}</span>
              {f.edge ? <span className="muted"> ({t.inRole.edge})</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.inRole.none}</p>
      )}
      <HH className="sub">{t.extras.heading}</HH>
      {c.extras.length ? (
        <>
          <p className="muted">{t.extras.intro}</p>
          <div className="extras" data-testid="extras">
            {c.extras.map((group) => (
              <div className="extra-group" key={group.profile?.id ?? "none"}>
                <p className="extra-role">
                  <strong>{group.profile ? t.extras.group(group.profile.label[lang]) : t.extras.groupNone}</strong>{" "}
                  <span className="muted">— {t.extras.share(pct(group.share))}</span>
                </p>
                {group.families.map((f) => (
                  <div key={f.id} className="extra-family">
                    <p>
                      <FamilyName family={f} /> <span className="muted">({t.extras.reason[f.reason]})</span>
                    </p>
                    <Quotes lines={f.lines} more={f.moreLines} />
                  </div>
                ))}
              </div>
            ))}
          </div>
        </>
      ) : (
        <p>{t.extras.none}</p>
      )}
    </section>
  );
}

function RoleSide({ c, h, hh }: { c: Comparison; h: "h3" | "h4"; hh: "h4" | "h5" }) {
  const t = useMessages(compareUi);
  const lang = useLang();
  const H = h;
  const HH = hh;
  if (!c.profile) {
    return (
      <section className="panel compare-side">
        <H>{t.coverage.heading}</H>
        <p className="muted">{t.roleSide.none}</p>
      </section>
    );
  }
  return (
    <section className="panel compare-side" data-testid="role-side">
      <H>{t.roleSide.heading(c.profile.label[lang])}</H>
      {c.role ? (
        <>
          {c.role.summary[lang] ? <p>{c.role.summary[lang]}</p> : null}
          <dl className="role-families">
            <dt>{t.roleSide.owns}</dt>
            <dd>
              {c.role.core.map((f, i) => (
                <span key={f.id}>
                  {i > 0 ? ", " : null}
                  <FamilyName family={f} />
                </span>
              ))}
            </dd>
            {c.role.light.length ? (
              <>
                <dt>{t.roleSide.absorbs}</dt>
                <dd>{c.role.light.map((f) => f.label[lang]).join(", ")}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
      <p>
        <Link to={`/roles/${c.profile.id}`}>{t.seeRole(c.profile.label[lang])}</Link>
      </p>
      <HH className="sub">{t.coverage.heading}</HH>
      <p className="coverage-score" data-testid="coverage">
        <strong>{t.coverage.score(pct(c.coverage.score))}</strong>
      </p>
      <details className="definition">
        <summary>{t.coverage.how}</summary>
        <p>{t.coverage.definition(c.coverage.target)}</p>
      </details>
      {c.coverage.families.map((f) => (
        <div className="coverage-family" key={f.id}>
          <HH className="sub">
            <FamilyName family={f} /> <span className="muted">— {t.coverage.familyScore(pct(f.score))}</span>
          </HH>
          {f.covered.length ? (
            <>
              <p className="list-label">{t.coverage.mentioned}</p>
              <ul className="duties covered">
                {f.covered.map((d) => (
                  <li key={d.id} title={d.lines.map((l) => l.text).join("\n")}>
                    <span aria-hidden="true">✓ </span>
                    {d.label[lang]}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">{t.coverage.nothingMentioned}</p>
          )}
          {f.missing.length ? (
            // A long catalogue of absent duties would bury the rest: open only when short.
            <details className="missing-duties" open={f.missing.length <= OPEN_MISSING}>
              <summary className="list-label">{t.missing.count(f.missing.length)}</summary>
              <ul className="duties missing" data-testid="missing">
                {f.missing.map((d) => (
                  <li key={d.id}>
                    <span aria-hidden="true">○ </span>
                    {d.label[lang]}
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <p className="muted">{t.missing.none}</p>
          )}
          {c.missing.find((m) => m.id === f.id)?.absent ? <p className="notice">{t.missing.absent}</p> : null}
        </div>
      ))}
    </section>
  );
}

function TitleVsBody({ c, h }: { c: Comparison; h: "h3" | "h4" }) {
  const t = useMessages(compareUi);
  const lang = useLang();
  const H = h;
  const { title } = c;
  return (
    <section className="panel" data-testid="title-vs-body">
      <H>{t.titleBody.heading}</H>
      {title.text ? <p>{t.titleBody.says(title.text)}</p> : <p className="muted">{t.titleBody.noTitle}</p>}
      {title.text ? <p>{title.profile ? t.titleBody.namesRole(title.profile.label[lang], pct(title.profileShare)) : t.titleBody.namesNoRole}</p> : null}
      {title.body ? <p>{t.titleBody.bodyAsks(title.body.label[lang], pct(title.bodyShare))}</p> : null}
      {title.profile && title.body ? <p className={title.mismatch ? "mismatch" : "agree"}>{title.mismatch ? t.titleBody.disagree : t.titleBody.agree}</p> : null}
    </section>
  );
}

/** One offer set against one role: summary, the two sides, title vs body, questions. */
export function ComparisonView({ comparison: c, level = 2 }: { comparison: Comparison; level?: 2 | 3 }) {
  const t = useMessages(compareUi);
  const lang = useLang();
  const H = level === 2 ? "h2" : "h3";
  const sub = level === 2 ? "h3" : "h4";
  const inner = level === 2 ? "h4" : "h5";
  return (
    <div className="comparison" data-testid="comparison">
      <section className={`panel compare-summary verdict-card verdict-${c.verdict}`} data-testid="summary">
        <H>{t.summaryHeading}</H>
        <p>
          <VerdictBadge verdict={c.verdict} />
        </p>
        {c.profile ? (
          <p>
            {t.comparedWith} <strong>{c.profile.label[lang]}</strong> <span className="muted">({t.source[c.profileSource]})</span>
          </p>
        ) : null}
        <p className="summary-text">{c.summary[lang]}</p>
      </section>
      <div className="compare-sides">
        <OfferSide c={c} h={sub} hh={inner} />
        <RoleSide c={c} h={sub} hh={inner} />
      </div>
      <TitleVsBody c={c} h={sub} />
      <section className="panel" data-testid="questions">
        <H>{t.questions.heading}</H>
        <p className="muted">{t.questions.intro}</p>
        {c.questions.length ? (
          <ol className="questions">
            {c.questions.map((q) => (
              <li key={`${q.id}:${q.familyId ?? ""}`}>{q.text[lang]}</li>
            ))}
          </ol>
        ) : (
          <p>{t.questions.none}</p>
        )}
      </section>
    </div>
  );
}
