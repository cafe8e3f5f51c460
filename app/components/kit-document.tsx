import type { Kit } from "#app/cards/kit";
import { kit as kitMessages } from "#app/i18n/kit";

/** The kit itself, in its own language: the page shows it, print and PDF follow its order. */
export function KitDocument({ kit }: { kit: Kit }) {
  const t = kitMessages[kit.lang].doc;
  const total = kit.competencies.length;
  return (
    <article className="kit-document" lang={kit.lang}>
      <header className="kit-header">
        <p className="kit-kicker">{t.heading}</p>
        <h1>{t.forRole(kit.title)}</h1>
        {kit.profileLabel ? <p className="muted">{t.meta(kit.profileLabel, kit.seniority)}</p> : null}
        <ul className="kit-howto">
          {t.howTo.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <dl className="kit-fill">
          <div>
            <dt>{t.candidate}</dt>
            <dd />
          </div>
          <div>
            <dt>{t.interviewer}</dt>
            <dd />
          </div>
          <div>
            <dt>{t.date}</dt>
            <dd />
          </div>
        </dl>
      </header>
      {kit.competencies.map((c, i) => (
        <section key={c.id} className="kit-competency" aria-labelledby={`kit-${i}`} data-competency={c.id}>
          <p className="kit-kicker">{t.competency(i + 1, total)}</p>
          <h2 id={`kit-${i}`}>
            <span className="family-swatch" style={{ background: `var(--fam-${c.familyId}, #999)` }} aria-hidden="true" />
            {c.label}
          </h2>
          <p>{c.description}</p>
          {c.basis.length ? <p className="muted small">{t.basis(c.basis.join(", "))}</p> : null}
          <h3>{t.behavioural}</h3>
          <ol className="kit-questions behavioural">
            {c.behavioural.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
          <h3>{t.situational}</h3>
          <ol className="kit-questions situational">
            {c.situational.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
          {c.technical.length ? (
            <>
              <h3>{t.technical}</h3>
              <ol className="kit-questions technical">
                {c.technical.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ol>
            </>
          ) : null}
          <h3>{t.probes}</h3>
          <ul className="kit-probes">
            {c.probes.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          {c.exercise ? (
            <div className="kit-exercise">
              <h3>{t.exercise(c.exercise.durationMinutes)}</h3>
              <p>
                <strong>{c.exercise.title}.</strong> {c.exercise.brief}
              </p>
            </div>
          ) : null}
          <h3>{t.scale}</h3>
          <table className="kit-scale">
            <tbody>
              {c.scale.map((s) => (
                <tr key={s.rating}>
                  <th scope="row">
                    {s.rating} — {t.ratingNames[s.rating]}
                  </th>
                  <td>{s.anchor}</td>
                  <td className="kit-box" aria-hidden="true">
                    ☐
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="kit-notes">
            <h3>{t.notes}</h3>
            <div className="kit-lines" aria-hidden="true" />
          </div>
        </section>
      ))}
      <section className="kit-competency kit-decision">
        <h2>{t.recommendation}</h2>
        <ul className="kit-recommendations">
          {(["strong_no", "no", "yes", "strong_yes"] as const).map((r) => (
            <li key={r}>☐ {t.recommendations[r]}</li>
          ))}
        </ul>
        <div className="kit-lines" aria-hidden="true" />
        <p className="muted small">{t.generated}</p>
      </section>
    </article>
  );
}
