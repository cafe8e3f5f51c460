import { z } from "zod";
import { VERDICTS } from "./figures";

/** The figures across the workspace's finished runs. */
export const OVERVIEW_PATH = "/market/overview";

/** "none" stands for offers without the value (no recognised title, no location, no date). */
export const NONE = "none";

const key = z.string().trim().min(1).max(200).optional();

/** The filters a figure drills down with; the same schema reads the offers page's query string. */
export const DrillFilter = z.object({
  verdict: z.enum(VERDICTS).optional(),
  title: key,
  location: key,
  month: z.union([z.literal(NONE), z.string().regex(/^\d{4}-\d{2}$/)]).optional(),
  family: key,
  /** With `family`: offers demanding both (co-occurrence). */
  family2: key,
  /** With `title`: offers whose covering roles include this one. */
  extra: key,
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

export type DrillFilter = z.infer<typeof DrillFilter>;

export function readDrillFilter(params: URLSearchParams): DrillFilter {
  const raw = Object.fromEntries([...params].filter(([, v]) => v !== ""));
  const parsed = DrillFilter.safeParse(raw);
  // A hand-edited query string falls back to no filter rather than an error page.
  return parsed.success ? parsed.data : {};
}

/** `base` is the figures' page: a run's (/market/runs/7) or the workspace's (/market/overview). */
export function drillHref(base: string, filter: Omit<DrillFilter, "page">, page?: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value !== undefined && value !== null) params.set(name, String(value));
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return `${base}/offers${query ? `?${query}` : ""}`;
}

/** A group key as the drill-down spells it. */
export function keyParam(key: string | null): string {
  return key ?? NONE;
}
