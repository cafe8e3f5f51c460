import type { Verdict } from "#app/analysis/index";

/** What the figures need of one analysed offer. */
export interface FigureRow {
  verdict: string;
  titleProfile: string | null;
  families: string[];
  roles: string[];
  location: string | null;
  /** YYYY-MM, or null when the offer had no date. */
  month: string | null;
}

export const VERDICTS: Verdict[] = ["overloaded", "stretched", "focused", "out_of_scope"];

export type VerdictCounts = Record<Verdict, number>;

export interface Group {
  /** What the drill-down filters on; null means "not given". */
  key: string | null;
  label: string | null;
  count: number;
  verdicts: VerdictCounts;
}

export interface TitleGroup extends Group {
  /** Offers of this title demanding each family. */
  families: Record<string, number>;
  /** Jobs the covering set adds beyond the one the title announces, most frequent first. */
  extras: Array<{ role: string; count: number }>;
}

export interface Figures {
  total: number;
  verdicts: VerdictCounts;
  byTitle: TitleGroup[];
  byLocation: Group[];
  /** Groups left out of byLocation (it keeps the largest). */
  otherLocations: number;
  byMonth: Group[];
  /** Offers demanding both families of a pair; the diagonal is offers demanding the family at all. */
  cooccurrence: { families: string[]; counts: number[][] };
}

export const TOP_LOCATIONS = 15;
export const TOP_EXTRAS = 5;

function noVerdicts(): VerdictCounts {
  return { overloaded: 0, stretched: 0, focused: 0, out_of_scope: 0 };
}

function isVerdict(value: string): value is Verdict {
  return (VERDICTS as string[]).includes(value);
}

/** Locations group case- and space-insensitively; the drill-down uses the same key. */
export function locationKey(location: string | null): string | null {
  const key = location?.trim().replace(/\s+/g, " ").toLowerCase();
  return key ? key : null;
}

function bump<G extends Group>(groups: Map<string | null, G>, key: string | null, make: () => G, verdict: string): G {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = make()));
  group.count += 1;
  if (isVerdict(verdict)) group.verdicts[verdict] += 1;
  return group;
}

const byCount = (a: Group, b: Group) => b.count - a.count || String(a.key).localeCompare(String(b.key));

/** The picture of a run (or of several): one pass over its analysed offers. */
export function computeFigures(rows: Iterable<FigureRow>, familyOrder: string[]): Figures {
  const verdicts = noVerdicts();
  const titles = new Map<string | null, TitleGroup & { extraCounts: Map<string, number> }>();
  const locations = new Map<string | null, Group>();
  const months = new Map<string | null, Group>();
  const index = new Map(familyOrder.map((f, i) => [f, i]));
  const counts = familyOrder.map(() => familyOrder.map(() => 0));
  let total = 0;

  for (const row of rows) {
    total += 1;
    if (isVerdict(row.verdict)) verdicts[row.verdict] += 1;
    const title = bump(
      titles,
      row.titleProfile,
      () => ({ key: row.titleProfile, label: row.titleProfile, count: 0, verdicts: noVerdicts(), families: {}, extras: [], extraCounts: new Map() }),
      row.verdict,
    );
    for (const family of row.families) title.families[family] = (title.families[family] ?? 0) + 1;
    if (row.titleProfile) {
      for (const role of row.roles) if (role !== row.titleProfile) title.extraCounts.set(role, (title.extraCounts.get(role) ?? 0) + 1);
    }
    const location = locationKey(row.location);
    bump(locations, location, () => ({ key: location, label: row.location?.trim() ?? null, count: 0, verdicts: noVerdicts() }), row.verdict);
    bump(months, row.month, () => ({ key: row.month, label: row.month, count: 0, verdicts: noVerdicts() }), row.verdict);

    const present = [...new Set(row.families)].map((f) => index.get(f)).filter((i): i is number => i !== undefined);
    for (const a of present) for (const b of present) counts[a]![b]! += 1;
  }

  const byTitle = [...titles.values()]
    .map(({ extraCounts, ...group }) => ({
      ...group,
      extras: [...extraCounts]
        .map(([role, count]) => ({ role, count }))
        .sort((a, b) => b.count - a.count || a.role.localeCompare(b.role))
        .slice(0, TOP_EXTRAS),
    }))
    .sort(byCount);
  const allLocations = [...locations.values()].sort(byCount);
  const byMonth = [...months.values()].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)));
  return {
    total,
    verdicts,
    byTitle,
    byLocation: allLocations.slice(0, TOP_LOCATIONS),
    otherLocations: Math.max(0, allLocations.length - TOP_LOCATIONS),
    byMonth,
    cooccurrence: { families: familyOrder, counts },
  };
}

/** A count as a share of a whole, 0 when the whole is empty. */
export function share(count: number, of: number): number {
  return of ? count / of : 0;
}
