import type { WeekView } from "#app/check/check-view";
import { check } from "#app/i18n/check";
import { useLang, useMessages } from "#app/i18n/locale";
import { FamilySwatch } from "./highlighted-offer";
import { formatNumber } from "#app/i18n/format";

function useHours() {
  const lang = useLang();
  return (hours: number) => formatNumber(Math.round(hours), lang);
}

/** The analyzer's one-sentence answer: how many hours, how many jobs, how much outside the announced one. */
export function WeekAnswer({ week }: { week: WeekView }) {
  const t = useMessages(check).week;
  const hours = useHours();
  return (
    <p className="week-answer" data-testid="week-answer">
      {t.answer({
        hours: hours(week.hours),
        jobs: week.roles.length,
        announced: week.announced?.label ?? null,
        outside: hours(week.outsideHours),
        outsideHours: Math.round(week.outsideHours),
        aside: week.aside,
      })}
    </p>
  );
}

/**
 * The estimated week as one stacked bar, a segment per job, against a full-time week;
 * the announced job solid, the others hatched, so colour is never the only cue. The bar
 * is plain HTML (no chart library: a few sized boxes, no axes to compute) and the table
 * below says the same in words and numbers for screen readers and print.
 */
export function WeekChart({ week }: { week: WeekView }) {
  const t = useMessages(check).week;
  const hours = useHours();
  const scale = Math.max(week.hours, week.weekHours) || 1;
  const pct = (h: number) => `${(h / scale) * 100}%`;
  return (
    <section className="panel week" aria-labelledby="week-heading" data-testid="week-chart">
      <h2 id="week-heading">{t.heading}</h2>
      <WeekAnswer week={week} />
      <div className={`week-bar${week.partTimeHours ? " week-bar--part-time" : ""}`} aria-hidden="true">
        {week.roles.map((role) => (
          <div
            key={role.id}
            className={`week-seg${role.announced ? " week-seg--announced" : ""}`}
            style={{ width: pct(role.hours), ["--seg" as string]: `var(--fam-${role.families[0]?.id ?? "none"}, var(--accent))` }}
            data-role={role.id}
            title={`${role.label} — ${t.hoursValue(hours(role.hours))}`}
          />
        ))}
        <div className="week-fulltime" style={{ left: pct(week.weekHours) }}>
          {/* Past the middle the label hangs to the left of its line, so it never leaves the bar. */}
          <span className={week.weekHours / scale > 0.5 ? "to-left" : undefined}>{t.fullTime(hours(week.weekHours))}</span>
        </div>
        {week.partTimeHours ? (
          // Above the bar, so that its label never runs into the full-time one below.
          <div className="week-fulltime week-parttime" style={{ left: pct(week.partTimeHours) }} data-testid="week-part-time">
            <span className={week.partTimeHours / scale > 0.5 ? "to-left" : undefined}>{t.partTime(hours(week.partTimeHours))}</span>
          </div>
        ) : null}
      </div>
      {/* On a phone the lines' labels would run off the bar: they are listed here instead. */}
      <ul className="week-marks" aria-hidden="true">
        {week.partTimeHours ? (
          <li>
            <span className="week-mark week-mark--part-time" />
            {t.partTime(hours(week.partTimeHours))}
          </li>
        ) : null}
        <li>
          <span className="week-mark" />
          {t.fullTime(hours(week.weekHours))}
        </li>
      </ul>
      <ul className="week-legend" aria-hidden="true">
        {week.roles.map((role) => (
          <li key={role.id}>
            <span
              className={`week-key${role.announced ? " week-seg--announced" : ""}`}
              style={{ ["--seg" as string]: `var(--fam-${role.families[0]?.id ?? "none"}, var(--accent))` }}
            />
            {role.label} · {t.hoursValue(hours(role.hours))}
            <span className="muted"> ({role.announced ? t.announced : t.outside})</span>
          </li>
        ))}
      </ul>
      <table className="week-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.job}</th>
            <th scope="col">{t.families}</th>
            <th scope="col" className="num">
              {t.hours}
            </th>
          </tr>
        </thead>
        <tbody>
          {week.roles.map((role) => (
            <tr key={role.id} data-role={role.id}>
              <th scope="row">
                {role.label}
                <span className="muted small"> · {role.announced ? t.announced : t.outside}</span>
              </th>
              <td>
                {role.families.map((f, i) => (
                  <span key={f.id}>
                    {i ? ", " : null}
                    <FamilySwatch id={f.id} />
                    {f.label}
                  </span>
                ))}
              </td>
              <td className="num">{hours(role.hours)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t.total}
            </th>
            <td className="num">{hours(week.hours)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
