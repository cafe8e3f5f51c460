import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { market } from "#app/i18n/market";
import { fill } from "#app/compare/wording";
import { formatPercent } from "#app/i18n/format";
import { useLang, type Lang } from "#app/i18n/locale";
import { drillHref, keyParam, type DrillFilter } from "#app/market/drill";
import { share, VERDICTS, type Figures, type Group } from "#app/market/figures";
import { DataTable } from "#app/components/data-table";
import { BarChart, type BarChartProps, type BarRow } from "./bar-chart";

const VERDICT_COLORS: Record<string, string> = { overloaded: "#a3202b", stretched: "#b86e00", focused: "#1f6f43", out_of_scope: "#6b7280" };
const verdictColor = (key: string) => VERDICT_COLORS[key] ?? "#3346c4";
const familyColor = (key: string) => `var(--fam-${key}, #3346c4)`;
const ACCENT = () => "#3346c4";

export interface Labels {
  profiles: Record<string, string>;
  families: Record<string, string>;
}

/** A bar of one segment, `title` its tooltip. */
function bar(label: string, key: string, value: number, href: string, title = `${label} : ${value}`): BarRow {
  return { label, segments: [{ key, value, href, label: title }] };
}

function percent(count: number, of: number, lang: Lang): string {
  return formatPercent(share(count, of), lang);
}

/** One figure: its chart (the figure's title names it), and the same numbers as a table to unfold. */
function Figure({ id, title, intro, chart, table }: { id: string; title: string; intro?: string; chart: Omit<BarChartProps, "title">; table: ReactNode }) {
  const f = market[useLang()].figures;
  return (
    <section className="figure panel" aria-labelledby={`${id}-title`} id={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      {intro ? <p className="muted">{intro}</p> : null}
      <BarChart title={title} {...chart} />
      <details>
        <summary>{f.table}</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </section>
  );
}

/** The figures of a run or of the workspace; `base` is the page they are on, which their drill-down links extend. */
export function MarketFigures({ base, figures, labels }: { base: string; figures: Figures; labels: Labels }) {
  const lang = useLang();
  const t = market[lang];
  const f = t.figures;
  const href = (filter: Omit<DrillFilter, "page">) => drillHref(base, filter);
  const profile = (key: string | null) => (key ? labels.profiles[key] ?? key : f.none.title);
  const family = (key: string) => labels.families[key] ?? key;

  const verdictSegments = (group: Group, base: Omit<DrillFilter, "page">) =>
    VERDICTS.map((v) => ({
      key: v,
      value: group.verdicts[v],
      href: href({ ...base, verdict: v }),
      label: `${t.verdicts[v]} : ${group.verdicts[v]} / ${group.count}`,
    }));

  const groupRows = (groups: Group[], name: "title" | "location" | "month", labelOf: (g: Group) => string): BarRow[] =>
    groups.map((g) => ({ label: labelOf(g), segments: verdictSegments(g, { [name]: keyParam(g.key) }) }));

  const groupTable = (groups: Group[], name: "title" | "location" | "month", labelOf: (g: Group) => string) => (
    <DataTable head={[f[name], f.offers, ...VERDICTS.map((v) => t.verdicts[v])]}>
      {groups.map((g) => (
        <tr key={String(g.key)}>
          <th scope="row">
            <Link to={href({ [name]: keyParam(g.key) })}>{labelOf(g)}</Link>
          </th>
          <td>{g.count}</td>
          {VERDICTS.map((v) => (
            <td key={v}>
              <Link to={href({ [name]: keyParam(g.key), verdict: v })}>
                {g.verdicts[v]} ({percent(g.verdicts[v], g.count, lang)})
              </Link>
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );

  const legend = (
    <ul className="legend" aria-hidden="true">
      {VERDICTS.map((v) => (
        <li key={v}>
          <span className="swatch" style={{ background: verdictColor(v) }} />
          {t.verdicts[v]}
        </li>
      ))}
    </ul>
  );

  const titled = figures.byTitle.filter((g) => g.key !== null);
  const topTitles = figures.byTitle.slice(0, 10);
  const mainTitle = titled[0];
  const familyIds = figures.cooccurrence.families;
  const locationLabel = (g: Group) => g.label ?? f.none.location;
  const monthLabel = (g: Group) => g.label ?? f.none.month;
  const extraPairs = titled.flatMap((g) => g.extras.map((e) => ({ title: g.key!, role: e.role, count: e.count, of: g.count })));
  const pairs = familyIds
    .flatMap((a, i) => familyIds.slice(i + 1).map((b, j) => ({ a, b, count: figures.cooccurrence.counts[i]![i + 1 + j]! })))
    .filter((p) => p.count > 0)
    .sort((p, q) => q.count - p.count)
    .slice(0, 10);
  const maxCell = Math.max(1, ...figures.cooccurrence.counts.flat());

  return (
    <div className="market-figures">
      {legend}
      <Figure
        id="fig-verdicts"
        title={f.verdicts}
        chart={{
          colorOf: verdictColor,
          rows: VERDICTS.map((v) => bar(t.verdicts[v], v, figures.verdicts[v], href({ verdict: v }))),
          total: (row) => {
            const n = row.segments[0]!.value;
            return `${n} · ${percent(n, figures.total, lang)}`;
          },
        }}
        table={
          <DataTable head={[f.verdict, f.offers, f.share]}>
            {VERDICTS.map((v) => (
              <tr key={v}>
                <th scope="row">
                  <Link to={href({ verdict: v })}>{t.verdicts[v]}</Link>
                </th>
                <td>{figures.verdicts[v]}</td>
                <td>{percent(figures.verdicts[v], figures.total, lang)}</td>
              </tr>
            ))}
          </DataTable>
        }
      />
      <Figure
        id="fig-titles"
        title={f.byTitle}
        chart={{ colorOf: verdictColor, rows: groupRows(topTitles, "title", (g) => profile(g.key)) }}
        table={groupTable(figures.byTitle, "title", (g) => profile(g.key))}
      />
      {mainTitle ? (
        <Figure
          id="fig-title-families"
          title={`${f.titleFamilies} — ${profile(mainTitle.key)}`}
          intro={f.titleFamiliesIntro}
          chart={{
            colorOf: familyColor,
            rows: familyIds
              .filter((id) => mainTitle.families[id])
              .map((id) => bar(family(id), id, mainTitle.families[id]!, href({ title: mainTitle.key!, family: id }), `${family(id)} : ${mainTitle.families[id]} / ${mainTitle.count}`)),
            total: (row) => percent(row.segments[0]!.value, mainTitle.count, lang),
          }}
          table={
            <DataTable head={[f.title, f.offers, ...familyIds.map(family)]}>
              {titled.slice(0, 10).map((g) => (
                <tr key={g.key}>
                  <th scope="row">{profile(g.key)}</th>
                  <td>{g.count}</td>
                  {familyIds.map((id) => (
                    <td key={id}>{g.families[id] ? <Link to={href({ title: g.key!, family: id })}>{percent(g.families[id]!, g.count, lang)}</Link> : "–"}</td>
                  ))}
                </tr>
              ))}
            </DataTable>
          }
        />
      ) : null}
      <Figure
        id="fig-extras"
        title={f.extras}
        intro={f.extrasIntro}
        chart={{
          colorOf: ACCENT,
          rows: extraPairs
            .slice()
            .sort((a, b) => b.count - a.count)
            .slice(0, 10)
            .map((p) => bar(`${profile(p.title)} + ${profile(p.role)}`, "extra", p.count, href({ title: p.title, extra: p.role }))),
        }}
        table={
          <DataTable head={[f.title, f.offers, f.extraJob]}>
            {titled.map((g) => (
              <tr key={g.key}>
                <th scope="row">{profile(g.key)}</th>
                <td>{g.count}</td>
                <td>
                  {g.extras.length
                    ? g.extras.map((e, i) => (
                        <span key={e.role}>
                          {i ? ", " : ""}
                          <Link to={href({ title: g.key!, extra: e.role })}>
                            {profile(e.role)} ({e.count}, {percent(e.count, g.count, lang)})
                          </Link>
                        </span>
                      ))
                    : f.noExtras}
                </td>
              </tr>
            ))}
          </DataTable>
        }
      />
      <Figure
        id="fig-locations"
        title={f.byLocation}
        intro={figures.otherLocations ? fill(f.otherLocations, { count: figures.otherLocations }) : undefined}
        chart={{ colorOf: verdictColor, rows: groupRows(figures.byLocation, "location", locationLabel) }}
        table={groupTable(figures.byLocation, "location", locationLabel)}
      />
      <Figure
        id="fig-months"
        title={f.byMonth}
        chart={{ colorOf: verdictColor, rows: groupRows(figures.byMonth, "month", monthLabel) }}
        table={groupTable(figures.byMonth, "month", monthLabel)}
      />
      <Figure
        id="fig-cooccurrence"
        title={f.cooccurrence}
        intro={f.cooccurrenceIntro}
        chart={{
          colorOf: ACCENT,
          rows: pairs.map((p) => bar(`${family(p.a)} + ${family(p.b)}`, "pair", p.count, href({ family: p.a, family2: p.b }))),
        }}
        table={
          <table className="matrix">
            <thead>
              <tr>
                <td />
                {familyIds.map((id) => (
                  <th scope="col" key={id}>
                    {family(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {familyIds.map((a, i) => (
                <tr key={a}>
                  <th scope="row">{family(a)}</th>
                  {familyIds.map((b, j) => {
                    const n = figures.cooccurrence.counts[i]![j]!;
                    return (
                      <td key={b} style={{ background: `rgba(51, 70, 196, ${(0.3 * n) / maxCell})` }}>
                        {n ? <Link to={href(i === j ? { family: a } : { family: a, family2: b })}>{n}</Link> : "·"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
