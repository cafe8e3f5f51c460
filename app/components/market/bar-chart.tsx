import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export interface Segment {
  key: string;
  value: number;
  /** Where clicking the segment drills down to. */
  href: string;
  /** Accessible name of the segment ("Overloaded: 12 offers"). */
  label: string;
}

export interface BarRow {
  label: string;
  segments: Segment[];
}

// Narrow on purpose: the label sits above its bar, so the chart stays legible when a
// 390 px phone scales it down and does not grow huge in a desktop column.
const WIDTH = 400;
const LABEL_HEIGHT = 16;
const BAR_HEIGHT = 14;
const ROW = LABEL_HEIGHT + BAR_HEIGHT + 10;
const VALUE_WIDTH = 70;

function shorten(text: string, max = 52): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Horizontal (stacked) bars drawn as plain SVG, so the server renders the chart and a
 * page without JavaScript shows it; each segment is a link to the offers behind it.
 */
export interface BarChartProps {
  rows: BarRow[];
  title: string;
  colorOf: (key: string) => string;
  total?: (row: BarRow) => string;
}

export function BarChart({ rows, title, colorOf, total }: BarChartProps) {
  const height = Math.max(1, rows.length) * ROW;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((sum, s) => sum + s.value, 0)));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - VALUE_WIDTH] });
  const y = scaleBand<number>({ domain: rows.map((_, i) => i), range: [0, height] });
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={title}>
      {rows.map((row, i) => {
        let start = 0;
        const top = y(i) ?? 0;
        const sum = row.segments.reduce((s, seg) => s + seg.value, 0);
        return (
          <Group key={i} top={top}>
            <text x={0} y={LABEL_HEIGHT - 4} className="bar-label">
              <title>{row.label}</title>
              {shorten(row.label)}
            </text>
            {row.segments.map((segment) => {
              const left = x(start);
              start += segment.value;
              if (!segment.value) return null;
              return (
                <a key={segment.key} href={segment.href} aria-label={segment.label}>
                  <Bar x={left} y={LABEL_HEIGHT} width={Math.max(1, x(segment.value))} height={BAR_HEIGHT} fill={colorOf(segment.key)}>
                    <title>{segment.label}</title>
                  </Bar>
                </a>
              );
            })}
            <text x={x(sum) + 6} y={LABEL_HEIGHT + BAR_HEIGHT / 2} dominantBaseline="middle" className="bar-value">
              {total ? total(row) : sum}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
