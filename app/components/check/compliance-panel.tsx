import { Link } from "@remix-run/react";
import { Fragment, useMemo } from "react";
import type { CheckView } from "#app/check/check-view";
import { markedLines, segmentText } from "#app/check/highlight";
import type { ComplianceFinding } from "#app/compliance/types";
import { compliance as messages } from "#app/i18n/compliance";
import { formatDate } from "#app/i18n/format";
import { useLang, useMessages, type Lang } from "#app/i18n/locale";

/** A law's "since" (YYYY-MM-DD) as a date; anything else as written. */
function sinceDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(date, lang, { dateStyle: "long" });
}

function Finding({ finding }: { finding: ComplianceFinding }) {
  const t = useMessages(messages);
  const lang = useLang();
  return (
    <li className={`compliance-finding compliance-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <p>
        <span className={`badge compliance-badge compliance-${finding.severity}`}>{t.severities[finding.severity]}</span>{" "}
        {finding.passage !== undefined ? <q className="compliance-passage">{finding.passage}</q> : <em>{t.missing}</em>}
      </p>
      <p>{finding.reason[lang]}</p>
      <p>
        <strong>{t.fix}</strong> {finding.fix[lang]}
      </p>
      <p className="muted compliance-law">
        {finding.article[lang]} ({t.statuses[finding.status.value as keyof typeof t.statuses] ?? finding.status.value} {sinceDate(finding.status.since, lang)}) —{" "}
        <a href={finding.sourceUrl} rel="noopener noreferrer external" target="_blank">
          {t.source}
        </a>
      </p>
    </li>
  );
}

/**
 * The offer's lines that the compliance check points at, with its passages marked: its own
 * highlights, apart from the families', and a few lines rather than a long offer a second time.
 */
function ComplianceHighlights({ text, findings }: { text: string; findings: ComplianceFinding[] }) {
  const t = useMessages(messages);
  const excerpts = useMemo(() => {
    const marks = findings.filter((f) => f.start !== undefined && f.end !== undefined).map((f) => ({ start: f.start!, end: f.end!, familyId: f.severity, entryId: f.rule }));
    return markedLines(text, marks).map((line) => ({
      start: line.start,
      segments: segmentText(
        text.slice(line.start, line.end),
        marks.map((m) => ({ ...m, start: m.start - line.start, end: m.end - line.start })),
      ),
    }));
  }, [text, findings]);
  if (!excerpts.length) return null;
  return (
    <details className="compliance-highlights">
      <summary>{t.highlights}</summary>
      <div className="offer-text" tabIndex={0} role="region" aria-label={t.highlightsLegend} data-testid="compliance-text">
        {excerpts.map((excerpt, i) => (
          <Fragment key={excerpt.start}>
            {i > 0 ? <span className="compliance-gap" aria-hidden="true">{"\n…\n"}</span> : null}
            {excerpt.segments.map((segment) =>
              segment.marks.length ? (
                <mark key={segment.start} className={`compliance-mark compliance-${segment.marks[0]!.familyId}`} title={t.severities[segment.marks[0]!.familyId as keyof typeof t.severities]}>
                  {segment.text}
                </mark>
              ) : (
                <Fragment key={segment.start}>{segment.text}</Fragment>
              ),
            )}
          </Fragment>
        ))}
      </div>
    </details>
  );
}

export function CompliancePanel({ view }: { view: CheckView }) {
  const t = useMessages(messages);
  const result = view.compliance;
  if (!result) return null;
  const { findings } = result;
  const count = (s: ComplianceFinding["severity"]) => findings.filter((f) => f.severity === s).length;
  return (
    <section className="panel compliance-panel" aria-labelledby="compliance-heading" data-testid="compliance-panel">
      <h2 id="compliance-heading">{t.heading}</h2>
      <p className="notice compliance-disclaimer">{t.disclaimer}</p>
      {findings.length ? (
        <>
          <p data-testid="compliance-counts">{t.counts({ illegal: count("illegal"), risky: count("risky"), recommended: count("recommended") })}</p>
          <ul className="compliance-findings">
            {findings.map((f, i) => (
              <Finding key={`${f.rule}-${f.start ?? "missing"}-${i}`} finding={f} />
            ))}
          </ul>
          <ComplianceHighlights text={view.text} findings={findings} />
        </>
      ) : (
        <p>{t.none}</p>
      )}
      <p className="muted">
        {t.notChecked} <Link to="/compliance">{t.rules.rulesLink}</Link>
      </p>
    </section>
  );
}
