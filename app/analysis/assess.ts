// The scope step, shared by the offer analyzer and the role-card builder: from a
// list of demands (family, depth, weight) to family depths and shares, the minimal
// set of standard profiles that covers them, and the verdict.

import type { CompiledProfile, CompiledTaxonomy } from "./compile";
import type { TitleField } from "./scope";
import type { FamilyId } from "./taxonomy";
import type { Assessment, Demand, FamilyDemand, OtherDemand, OtherWork, RoleAssignment, Thresholds, Verdict, Workload } from "./types";

/** The working week a full-time person works, in hours. */
export const WEEK_HOURS = 35;

/** For offers: a single stray mention is not a demand, one plain mention is a light one. */
export const OFFER_THRESHOLDS: Thresholds = {
  present: 1,
  presentPeak: 0.5,
  core: 1.5,
  substantial: 1.5,
  edgesOverload: 4,
  breadth: 8,
  confirmHours: 10,
  overloadHours: WEEK_HOURS / 2,
};

/** For role cards: every duty the manager picked is deliberate and counts at its own depth. */
export const CARD_THRESHOLDS: Thresholds = {
  present: 0.001,
  presentPeak: 0.001,
  core: 0.001,
  substantial: 0.001,
  edgesOverload: 3,
  breadth: 8,
  confirmHours: 0,
  overloadHours: WEEK_HOURS / 2,
};

/** Making crafts asked at their core from which a post describes an agency, not a job. */
const AGENCY_CRAFTS = 3;
/** Body core evidence of one marketing craft that outweighs a title in another trade's words. */
const OTHER_TITLE_MIN_CORE = 4;
/** Marketing families, and their total evidence, that bring a title naming marketing beside another trade into the field. */
const MIXED_MIN_FAMILIES = 3;
const MIXED_MIN_SCORE = 3;
/** Marketing crafts the hire does by hand that bring a title naming no field into it. */
const NEUTRAL_MIN_CRAFTS = 2;
/** Lines of the duties asking for no marketing work that show another job beside the marketing. */
const ASIDE_OTHER_LINES = 2;
/** Below this total, with no core demand and no profile in the title, an offer is not about digital marketing. */
const IN_SCOPE_MIN = 2;
/** Duty lines asking for marketing work that make a post whose title names no field a marketing job, when they are most of its duties. */
const NEUTRAL_MIN_DUTY_LINES = 2;
const MAX_EXACT_COVER = 5;
/** Repeating one passage adds little: the 2nd and 3rd mentions of an entry count for this much. */
const REPEAT_WEIGHTS = [1, 0.35, 0.15];
/** Further passages of a family on a line already counted. */
const SAME_GROUP_WEIGHT = 0.5;
/**
 * Making crafts: each takes a trained maker (design, image, code), so asking for their
 * core tools or techniques is asking for that job, not for a skill a marketer picks up.
 */
/** Other trades' work done by hand that makes a marketing manager's post the whole team. */
const ONE_PERSON_TEAM_TRADES = 4;
/** Bodies of work asked by hand from which a junior or part-time post is stretched, however light each is. */
const SPREAD_FAMILIES = 4;
/** Tracking one's own results, part of any job rather than a body of work of its own. */
const OWN_RESULTS_FAMILY: FamilyId = "analytics";
/** The crafts that make something: visuals, films, screens, code. */
export const PRODUCTION_CRAFTS: ReadonlySet<FamilyId> = new Set(["graphic_design", "photo_video", "web_design_ux", "web_development"]);
/** The making craft furthest from marketing: no neighbouring job absorbs code asked with its languages. */
const CODE_FAMILY: FamilyId = "web_development";
/** Design and video: each asked with its own tools, they take two makers (a designer's Photoshop is not an editor's Premiere). */
const IMAGE_AND_FILM: readonly FamilyId[] = ["graphic_design", "photo_video"];

/**
 * Estimated hours a week of one plainly required duty, by depth, when the demand does not
 * say; a family demanded at core takes a day a week before its duties add up.
 */
const DUTY_HOURS = { core: 2.5, light: 2 } as const;
const CORE_BASE_HOURS = 7;
/** Another trade's work a job may take next to its own: its core base and two duties. */
const NEAR_TRADE_MAX_HOURS = CORE_BASE_HOURS + 2 * DUTY_HOURS.core;
/** A title naming a job is about a third of a week of that job before any duty is listed. */
const TITLE_HOURS = WEEK_HOURS * 0.3;
/** Light work is light: however many light duties of one family, about a day a week. */
const FAMILY_HOURS_CAP = { core: WEEK_HOURS, light: 7 } as const;
/**
 * Light work of neighbouring jobs that one post takes on before the rest is another
 * person's week: about two days, the share a profile's time split leaves beside its own
 * crafts; about one for an apprentice, intern or assistant, who learns one job and is at
 * school or supervised part of the week. Many light demands add up (death by a thousand cuts).
 */
const ABSORB_HOURS = { post: 14, junior: 7 } as const;
/** The shortest part-time week the work outside the main job is weighed against. */
const PART_TIME_MIN_HOURS = 14;

export interface AssessOptions {
  /** Lines of the offer's duties that ask for marketing work, and lines that ask for none. */
  dutyLines?: { marketing: number; other: number };
  /** The title names only a contract, date and place ("Stage – 6 mois – Paris"): the duties say what the job is. */
  titleNamesNoJob?: boolean;
  /** Other trades (ids) the title names in its own words ("Community & Support Manager"). */
  titleTrades?: string[];
  titleProfile?: string | null;
  /** The title names a post that leads a team or a function ("Head of…", "Responsable…"). */
  titleHead?: boolean;
  /** The title names a post that assists or learns (apprentice, intern, assistant). */
  junior?: boolean;
  /** What the offer's title says about its field; absent for role cards, which are marketing by construction. */
  titleField?: TitleField;
  thresholds?: Partial<Thresholds>;
  /** Passages asking for other trades' work (customer support, sales, office…). */
  otherWork?: OtherDemand[];
  /** The hours a week of a part-time post (absent: full time). */
  weekHours?: number;
}

interface FamilyStats {
  score: number;
  coreScore: number;
  /** Core evidence from the body alone (the title's own demand left out). */
  bodyCore: number;
  peak: number;
  /** A plainly required tool or technique of the craft in the body. */
  craft: boolean;
  /** Some demand of the family names the craft itself, not only a generic word read from its context. */
  anchored: boolean;
  /** Entries asked plainly at core in the body (what a job that owns the family must do). */
  coreEntries: Set<string>;
  /** Some specific demand names the family's core work (or a role card states its hours). */
  coreAnchored: boolean;
  /** The title's words name the family: it is the post's own field. */
  titled: boolean;
  /** Passages of the family the hire makes rather than steers. */
  made: number;
  /** Some passage of the body asks the hire for a task of the family, not a tool or a skill to know. */
  worked: boolean;
  /** Some passage of the body names the family's work, asked or required: not only its tools and skills. */
  namesWork: boolean;
  /** Some plainly required passage names the family's core work, made by the hire. */
  coreAsked: boolean;
  /** Hours a week: stated by the demands (role cards), or estimated from them. */
  statedHours: number;
  estimatedHours: number;
  stated: boolean;
}

/**
 * `anchorWeight`: least weight of a specific (not generic) demand for a family to be demanded at all.
 * `namedJob`: the title names a job, whose head leads its own trade's people.
 */
function aggregate(demands: Demand[], anchorWeight: number, namedJob: boolean): Map<FamilyId, FamilyStats> {
  // Strongest (and core) first, so dampening only ever trims the weaker mentions.
  const valid = demands
    .map((d, i) => ({ d, i, w: d && Number.isFinite(d.weight) ? Math.max(0, d.weight) : 0 }))
    .filter((x) => x.w > 0 && typeof x.d.familyId === "string")
    .sort((a, b) => b.w - a.w || (a.d.depth === "core" ? 0 : 1) - (b.d.depth === "core" ? 0 : 1) || a.i - b.i);
  // "Take photos and videos and retouch them": on a line that asks for a making craft's
  // core work, the plainer words of that craft describe the same core demand.
  const coreLines = new Set<string>();
  for (const { d, w } of valid) {
    if (d.depth === "core" && w >= 1 && d.group !== undefined && !d.fromTitle && PRODUCTION_CRAFTS.has(d.familyId)) coreLines.add(`${d.familyId}|${d.group}`);
  }
  const entrySeen = new Map<string, number>();
  const groupSeen = new Set<string>();
  const stats = new Map<FamilyId, FamilyStats>();
  for (const { d, i, w } of valid) {
    const entryKey = `${d.familyId}|${d.entryId ?? `#${i}`}`;
    const n = entrySeen.get(entryKey) ?? 0;
    entrySeen.set(entryKey, n + 1);
    const repeat = REPEAT_WEIGHTS[n] ?? 0;
    // A list of tools on one line is one demand, not five.
    let sameLine = 1;
    if (d.group !== undefined) {
      const groupKey = `${d.familyId}|${d.group}`;
      if (groupSeen.has(groupKey)) sameLine = SAME_GROUP_WEIGHT;
      else groupSeen.add(groupKey);
    }
    const contribution = w * repeat * sameLine;
    const s = stats.get(d.familyId) ?? { score: 0, coreScore: 0, bodyCore: 0, peak: 0, craft: false, anchored: false, coreEntries: new Set<string>(), coreAnchored: false, titled: false, made: 0, worked: false, namesWork: false, coreAsked: false, statedHours: 0, estimatedHours: 0, stated: false };
    const core = d.depth === "core" || (d.group !== undefined && coreLines.has(`${d.familyId}|${d.group}`));
    s.score += contribution;
    if (core) s.coreScore += contribution;
    if (core && !d.fromTitle) s.bodyCore += contribution;
    s.peak = Math.max(s.peak, w);
    if (d.craft && !d.fromTitle) s.craft = true;
    if (d.inTitle) s.titled = true;
    if (!d.steered) s.made++;
    if (!d.steered && d.task && !d.fromTitle) s.worked = true;
    if (!d.fromTitle && (d.task || d.duty)) s.namesWork = true;
    if (d.depth === "core" && w >= 1 && !d.generic && !d.steered) {
      s.coreAsked = true;
      if (d.entryId && !d.fromTitle) s.coreEntries.add(d.entryId);
    }
    // A demand with stated hours is a role card's deliberate duty or requirement: it anchors whatever its share.
    // Leading people is done in every trade (a lead designer mentors designers): under a
    // title naming a job, alone it demands no marketing management.
    const anchors = !d.generic && !(namedJob && d.entryId && LEADS_PEOPLE.has(d.entryId));
    if (anchors && (w >= anchorWeight || d.hours !== undefined)) s.anchored = true;
    if (anchors && ((d.depth === "core" && w >= anchorWeight) || d.hours !== undefined)) s.coreAnchored = true;
    if (typeof d.hours === "number" && Number.isFinite(d.hours)) {
      s.stated = true;
      s.statedHours += Math.max(0, d.hours);
    } else if (n === 0) s.estimatedHours += (d.fromTitle && d.depth === "core" ? TITLE_HOURS : DUTY_HOURS[d.depth === "core" ? "core" : "light"]) * Math.min(1, w);
    stats.set(d.familyId, s);
  }
  return stats;
}

const owns = (p: CompiledProfile, f: FamilyId) => p.core.has(f);
const lists = (p: CompiledProfile, f: FamilyId) => p.core.has(f) || p.light.has(f);

/**
 * Neighbours: one of the two can take on some of the other's core work at light depth.
 * `apart`: crafts through which the offer links no one (see the offer's cover).
 */
export function areAdjacent(a: CompiledProfile, b: CompiledProfile, apart: (f: FamilyId) => boolean = () => false): boolean {
  return reaches(a, b, apart) || reaches(b, a, apart);
}

/** `x` owns some craft that `y` lists, through no craft kept `apart`. */
function reaches(x: CompiledProfile, y: CompiledProfile, apart: (f: FamilyId) => boolean): boolean {
  for (const f of x.core) if (lists(y, f) && !apart(f)) return true;
  return false;
}

/** The classic pair of one stretched job: community management and social media marketing. */
const CLASSIC_PAIR: ReadonlySet<FamilyId> = new Set(["community_management", "social_media_marketing"]);

/** Both jobs hold only the classic pair's work: the community manager's social media posts are no second job. */
function classicPair(a: CompiledProfile, b: CompiledProfile | undefined): boolean {
  return !!b && [...a.core, ...b.core].every((f) => CLASSIC_PAIR.has(f));
}

/** The family of steering work: strategy, budget, team and agency management. */
const STEERING_FAMILY = "digital_strategy";

interface CoverGoal {
  /** Families that a chosen profile must own (core). */
  mustOwn: FamilyId[];
  /** Families that a chosen profile must at least list. */
  mustList: FamilyId[];
}

/**
 * The families a cover search weighs, one bit each (a goal names at most the taxonomy's
 * families, far fewer than 31), and what every candidate profile owns and lists of them:
 * the search tries up to C(n, 5) sets of profiles, and OR-ing a set's masks costs far
 * less than a Set lookup per family and profile.
 */
interface CoverBits {
  mustOwn: number;
  mustList: number;
  bonus: number;
  /** Per candidate profile. */
  owned: Int32Array;
  listed: Int32Array;
  /** What the candidates from each index on own and list between them. */
  ownedFrom: Int32Array;
  listedFrom: Int32Array;
  /** The families the ranking sums, in its order (a family in two lists counts twice), with their weights. */
  rankBits: number[];
  rankWeights: number[];
}

function coverBits(useful: CompiledProfile[], goal: CoverGoal, bonus: FamilyId[], demanded: readonly FamilyDemand[]): CoverBits {
  const ranked = [...goal.mustOwn, ...goal.mustList, ...bonus];
  const bit = new Map<FamilyId, number>();
  for (const f of ranked) if (!bit.has(f)) bit.set(f, 1 << bit.size);
  const owned = new Int32Array(useful.length);
  const listed = new Int32Array(useful.length);
  useful.forEach((p, i) => {
    for (const [f, b] of bit) {
      if (owns(p, f)) owned[i] |= b;
      if (lists(p, f)) listed[i] |= b;
    }
  });
  const ownedFrom = new Int32Array(useful.length + 1);
  const listedFrom = new Int32Array(useful.length + 1);
  for (let i = useful.length - 1; i >= 0; i--) {
    ownedFrom[i] = ownedFrom[i + 1] | owned[i];
    listedFrom[i] = listedFrom[i + 1] | listed[i];
  }
  return {
    mustOwn: maskOf(bit, goal.mustOwn),
    mustList: maskOf(bit, goal.mustList),
    bonus: maskOf(bit, bonus),
    owned,
    listed,
    ownedFrom,
    listedFrom,
    rankBits: ranked.map((f) => bit.get(f)!),
    rankWeights: ranked.map((f) => scoreOf(demanded, f)),
  };
}

function maskOf(bit: ReadonlyMap<FamilyId, number>, families: FamilyId[]): number {
  let mask = 0;
  for (const f of families) mask |= bit.get(f)!;
  return mask;
}

/** The score the offer demands of a family (0 when it demands none). */
function scoreOf(demanded: readonly FamilyDemand[], f: FamilyId): number {
  return demanded.find((x) => x.id === f)?.score ?? 0;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/**
 * The best set of `k` profiles that covers the goal, or null. Sets are tried in
 * lexicographic order and only a strictly better one replaces the best, so ties keep the
 * earliest. Ranking: the title's profile (then the announced one), the `bonus` families
 * absorbed, the demanded score owned.
 */
function bestCombination(useful: CompiledProfile[], k: number, bits: CoverBits, titleProfile: string | null, announced: string | null): CompiledProfile[] | null {
  const search = new CoverSearch(useful, k, bits, titleProfile, announced);
  search.walk(0, 0, 0, 0);
  if (!search.best) return null;
  // A loop: Array.from over a typed array with a mapping function takes V8's slow generic path.
  const set: CompiledProfile[] = [];
  for (const i of search.best) set.push(useful[i]);
  return set;
}

/** The search of bestCombination; methods, so that no closure is made per search. */
class CoverSearch {
  private readonly chosen: Int32Array;
  best: Int32Array | null = null;
  private rank: [number, number, number] = [0, 0, 0];

  constructor(
    private readonly useful: CompiledProfile[],
    private readonly k: number,
    private readonly bits: CoverBits,
    private readonly titleProfile: string | null,
    private readonly announced: string | null,
  ) {
    this.chosen = new Int32Array(k);
  }

  /**
   * Depth-first over increasing indices, carrying the set's masks; a branch that cannot
   * reach the goal even with every profile left is not walked.
   */
  walk(depth: number, from: number, owned: number, listed: number): void {
    const bits = this.bits;
    if (depth === this.k) return this.consider(owned, listed);
    if (((owned | bits.ownedFrom[from]) & bits.mustOwn) !== bits.mustOwn || ((listed | bits.listedFrom[from]) & bits.mustList) !== bits.mustList) return;
    for (let i = from; i <= this.useful.length - (this.k - depth); i++) {
      this.chosen[depth] = i;
      this.walk(depth + 1, i + 1, owned | bits.owned[i], listed | bits.listed[i]);
    }
  }

  private consider(owned: number, listed: number): void {
    const bits = this.bits;
    if ((owned & bits.mustOwn) !== bits.mustOwn || (listed & bits.mustList) !== bits.mustList) return;
    let hasTitle = 0;
    let hasAnnounced = 0;
    for (const i of this.chosen) {
      if (this.titleProfile && this.useful[i].id === this.titleProfile) hasTitle = 1;
      if (this.announced && this.useful[i].id === this.announced) hasAnnounced = 0.5;
    }
    const first = hasTitle + hasAnnounced;
    const absorbed = bitCount(listed & bits.bonus);
    let score = 0;
    for (let r = 0; r < bits.rankBits.length; r++) if (owned & bits.rankBits[r]) score += bits.rankWeights[r];
    const [b0, b1, b2] = this.rank;
    if (!this.best || first > b0 || (first === b0 && (absorbed > b1 || (absorbed === b1 && score > b2 + 1e-9)))) {
      this.best = this.chosen.slice();
      this.rank = [first, absorbed, score];
    }
  }
}

/**
 * A minimal set of profiles for the goal. Ties: the title's profile first, then the set
 * that absorbs the most `bonus` families, then the most demanded score owned, then
 * taxonomy order.
 */
function minimalCover(
  pool: CompiledProfile[],
  goal: CoverGoal,
  titleProfile: string | null,
  bonus: FamilyId[],
  demanded: readonly FamilyDemand[],
  announced: string | null = null,
): CompiledProfile[] {
  if (!goal.mustOwn.length && !goal.mustList.length) return [];
  const useful = pool.filter((p) => servesGoal(p, goal));
  const bits = coverBits(useful, goal, bonus, demanded);
  for (let k = 1; k <= Math.min(MAX_EXACT_COVER, useful.length); k++) {
    const best = bestCombination(useful, k, bits, titleProfile, announced);
    if (best) return orderRoles(best, titleProfile, goal, demanded);
  }
  // Greedy fallback for goals no five profiles cover.
  const chosen: CompiledProfile[] = [];
  const left = { mustOwn: [...goal.mustOwn], mustList: [...goal.mustList] };
  while (left.mustOwn.length || left.mustList.length) {
    let best: CompiledProfile | null = null;
    let gain = 0;
    for (const p of useful) {
      if (chosen.includes(p)) continue;
      const g = left.mustOwn.filter((f) => owns(p, f)).length + left.mustList.filter((f) => lists(p, f)).length;
      if (g > gain) {
        gain = g;
        best = p;
      }
    }
    if (!best) break;
    chosen.push(best);
    left.mustOwn = left.mustOwn.filter((f) => !owns(best!, f));
    left.mustList = left.mustList.filter((f) => !lists(best!, f));
  }
  return orderRoles(chosen, titleProfile, goal, demanded);
}

/** The profile owns a family the goal must own, or lists one it must list. */
function servesGoal(p: CompiledProfile, goal: CoverGoal): boolean {
  for (const f of goal.mustOwn) if (owns(p, f)) return true;
  for (const f of goal.mustList) if (lists(p, f)) return true;
  return false;
}

/** The title's profile first, then by the demanded score each one owns. */
function orderRoles(set: CompiledProfile[], titleProfile: string | null, goal: CoverGoal, demanded: readonly FamilyDemand[]): CompiledProfile[] {
  return [...set].sort((a, b) => (b.id === titleProfile ? 1 : 0) - (a.id === titleProfile ? 1 : 0) || ownedGoalScore(b, goal, demanded) - ownedGoalScore(a, goal, demanded));
}

/** The demanded score of the goal's families that `p` owns. */
function ownedGoalScore(p: CompiledProfile, goal: CoverGoal, demanded: readonly FamilyDemand[]): number {
  let sum = 0;
  for (const f of goal.mustOwn) if (owns(p, f)) sum += scoreOf(demanded, f);
  for (const f of goal.mustList) if (owns(p, f)) sum += scoreOf(demanded, f);
  return sum;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function familyHours(s: FamilyStats | undefined, depth: FamilyDemand["depth"]): number {
  if (!s) return 0;
  if (s.stated) return round1(s.statedHours);
  return round1(Math.min(FAMILY_HOURS_CAP[depth], s.estimatedHours + (depth === "core" ? CORE_BASE_HOURS : 0)));
}

/**
 * Hours of the demanded work that one person in `role` cannot take on. A neighbour's core
 * work (a social media manager asked for community replies) stretches the job; work the
 * role does not even list is another person's. Steering and reporting come with any
 * marketing post: outside it they weigh at most like light work. A making craft asked at
 * core (Illustrator, Premiere, PHP) is a trained maker's job even where the role may touch
 * it lightly: past a day a week of it, the rest is another person's week. The light work
 * the role absorbs from its neighbours counts past `absorbCap` hours.
 */
function outsideHours(families: FamilyDemand[], hours: Map<FamilyId, number>, role: CompiledProfile | undefined, strict = false, absorbCap = Infinity): number {
  let sum = 0;
  let absorbed = 0;
  for (const f of families) {
    const h = hours.get(f.id) ?? 0;
    if (f.steered && f.depth === "light") continue;
    const beyondLight = f.depth === "core" && (strict || PRODUCTION_CRAFTS.has(f.id)) && !owns(role!, f.id);
    if (role && lists(role, f.id)) {
      if (beyondLight) sum += Math.max(0, h - FAMILY_HOURS_CAP.light);
      if (!owns(role, f.id) && !BUSINESS_FAMILIES.has(f.id)) absorbed += Math.min(FAMILY_HOURS_CAP.light, h);
    } else sum += BUSINESS_FAMILIES.has(f.id) ? Math.min(FAMILY_HOURS_CAP.light, h) : h;
  }
  return round1(sum + Math.max(0, absorbed - absorbCap));
}

/** The week the demands add up to, per role of the cover and in total. */
function weekOf(
  families: FamilyDemand[],
  roles: CompiledProfile[],
  owner: Map<FamilyId, string>,
  hours: Map<FamilyId, number>,
  mainRole: CompiledProfile | undefined,
  strict = false,
  absorbCap = Infinity,
): { assignment: RoleAssignment[]; workload: Workload } {
  const assignment = roles.map((r): RoleAssignment => {
    const own = families.filter((f) => owner.get(f.id) === r.id).map((f) => ({ id: f.id, depth: f.depth, hours: hours.get(f.id) ?? 0 }));
    const total = round1(own.reduce((sum, f) => sum + f.hours, 0));
    return { profile: r.id, families: own, hours: total, weekShare: Math.round((total / WEEK_HOURS) * 100) / 100 };
  });
  const total = round1([...hours.values()].reduce((sum, h) => sum + h, 0));
  return {
    assignment,
    workload: {
      weekHours: WEEK_HOURS,
      hours: total,
      weeks: round1(total / WEEK_HOURS),
      mainRole: mainRole?.id ?? null,
      outsideMainHours: outsideHours(families, hours, mainRole, strict, absorbCap),
    },
  };
}

/** Families that any trade may ask for: steering, figures, building software and screens. */
const SHARED_WITH_OTHER_TRADES: ReadonlySet<FamilyId> = new Set(["digital_strategy", "analytics", "web_development", "web_design_ux"]);
/**
 * Families whose light work any marketer or manager does: a CMS back-office, a landing-page
 * builder, an online shop's admin; a hand in the strategy. Asked only that way, they are
 * not the craft: a web developer writes code, a strategist owns the strategy.
 */
const NEEDS_CORE: ReadonlySet<FamilyId> = new Set(["web_development", "digital_strategy"]);
/**
 * A hand in the strategy asked twice ("mettre en œuvre la stratégie", "suivi budgétaire"),
 * even in the same words, is part of the job: two plain mentions, the second a repeat.
 */
const STEERING_LISTED = REPEAT_WEIGHTS[0] + REPEAT_WEIGHTS[1];
const BUSINESS_FAMILIES: ReadonlySet<FamilyId> = new Set(["digital_strategy", "analytics"]);

const SITE_FAMILY = "web_development";
/** Building a site on the content or shop platforms marketing teams run. */
const CMS_SITE_WORK: ReadonlySet<string> = new Set(
  ["wordpress_theme_development", "wordpress_plugin_development", "cms_development", "ecommerce_development"].map((id) => `${SITE_FAMILY}.${id}`),
);

/**
 * Is the offer a digital marketing job at all? A title in another trade ("MLOps
 * Engineer", "Account Executive") says no. A title in both or neither needs the body to
 * ask for a marketing craft itself, at core: for a title that names another trade, not
 * one it shares with it (an engineer's code, a manager's strategy and figures).
 * "aside": a title that names no field ("Virtual Assistant", "Chargé de développement")
 * whose duties also ask for work of no marketing craft (partners to prospect, a diary to
 * keep), while the hire is asked the tasks of two marketing crafts, not only steered and not
 * a tool or a skill to know (social media updates and blog proofreading): the marketing
 * comes beside another job.
 */
function fieldOfOffer(
  field: TitleField,
  titleProfile: string | null,
  families: FamilyDemand[],
  stats: Map<FamilyId, FamilyStats>,
  th: Thresholds,
  besideAnother: boolean,
  duties: AssessOptions["dutyLines"],
  noJob: boolean,
): "in" | "aside" | "out" {
  const effective = titleProfile ? (field === "other" || field === "role" ? "mixed" : "marketing") : field;
  if (effective === "marketing") return "in";
  if (effective === "role") return "out";
  // A title in another trade's words whose body is overwhelmingly one marketing craft
  // ("Customer Relationship Management Specialist" running CRM campaigns) is that craft's job.
  if (effective === "other") return families.some((f) => !SHARED_WITH_OTHER_TRADES.has(f.id) && (stats.get(f.id)?.bodyCore ?? 0) >= OTHER_TITLE_MIN_CORE) ? "in" : "out";
  // A developer titled in software words ("Développeur web full stack") who builds the
  // themes and plugins of WordPress or PrestaShop sites makes marketing sites: a web developer.
  if (effective === "mixed" && [...(stats.get(SITE_FAMILY)?.coreEntries ?? [])].some((e) => CMS_SITE_WORK.has(e))) return "in";
  const excluded = effective === "mixed" ? SHARED_WITH_OTHER_TRADES : BUSINESS_FAMILIES;
  const own = families.filter((f) => !excluded.has(f.id));
  // Under a title naming no field, beside another job's duties, a craft known only by its
  // tools and skills ("Salesforce, Pardot, Slack" among the software to use), none of its
  // work, is no marketing work asked.
  const onlyWorkCounts = effective === "neutral" && besideAnother;
  if (own.some((f) => (stats.get(f.id)?.bodyCore ?? 0) >= th.core && !(onlyWorkCounts && !stats.get(f.id)?.namesWork))) return "in";
  // A title that names marketing beside another trade ("Assistant commercial et
  // marketing") is in the field when the body asks for several marketing tasks, even light ones;
  // under a title naming no field, beside another job's duties, they come aside.
  const several = own.length >= MIXED_MIN_FAMILIES && own.reduce((sum, f) => sum + f.score, 0) >= MIXED_MIN_SCORE;
  if (several && !(effective === "neutral" && besideAnother)) return "in";
  // Under a title naming no job at all ("Stage – 6 mois – Paris"), duties that are mostly marketing work make a marketing job.
  if (effective === "neutral" && noJob && duties && duties.marketing >= NEUTRAL_MIN_DUTY_LINES && duties.marketing >= 2 * duties.other) return "in";
  if (effective !== "neutral" || !besideAnother) return "out";
  const handMade = families.filter((f) => !SHARED_WITH_OTHER_TRADES.has(f.id) && !f.steered && f.score >= 1 && stats.get(f.id)?.worked);
  return several || handMade.length >= NEUTRAL_MIN_CRAFTS ? "aside" : "out";
}

/** Leading and growing a team: the part of steering that heads of every trade do. */
const LEADS_PEOPLE: ReadonlySet<string> = new Set(
  ["team_management", "team_building", "junior_supervision", "cross_functional_leadership"].map((id) => `${STEERING_FAMILY}.${id}`),
);

/** Steering any manager does in any trade: leading people, projects and agencies, tracking a budget, watching the market. */
const ANY_MANAGERS_STEERING: ReadonlySet<string> = new Set(
  [
    ...LEADS_PEOPLE,
    ...["agency_management", "agency_coordination", "digital_project_management", "executive_reporting", "budget_tracking", "strategy_drafting", "competitive_watch", "market_research",
    "digital_transformation", "digital_acculturation",
    ].map((id) => `${STEERING_FAMILY}.${id}`),
  ],
);

/** Pieces of the marketing strategy itself, asked at core, that make steering marketing more than a plan a manager delivers. */
const MARKETING_STEERING_MIN = 2;

/** The body asks the hire, at core, to steer marketing itself: two of its strategy, budget, brand or launches. */
function steersMarketing(stats: Map<FamilyId, FamilyStats>): boolean {
  const s = stats.get(STEERING_FAMILY);
  return !!s && [...s.coreEntries].filter((e) => !ANY_MANAGERS_STEERING.has(e)).length >= MARKETING_STEERING_MIN;
}

/**
 * Other trades' work, weighed and timed like a family's: repeats add little, a trade
 * named in the title and asked in the body, or asked twice, is a job of its own (a day a
 * week before its duties add up), otherwise at most a day a week.
 */
function otherTradesWork(demands: OtherDemand[], th: Thresholds): Omit<OtherWork, "evidence">[] {
  const seen = new Map<string, number>();
  const byTrade = new Map<string, { score: number; peak: number; bodyPeak: number; hours: number }>();
  const groupsSeen = new Set<string>();
  for (const d of demands) {
    const w = Number.isFinite(d.weight) ? Math.max(0, d.weight) : 0;
    if (w <= 0) continue;
    const key = `${d.trade}|${d.phrase}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const t = byTrade.get(d.trade) ?? { score: 0, peak: 0, bodyPeak: 0, hours: 0 };
    // Its words listed on one line ("hardware and network troubleshooting") are one demand.
    let sameLine = 1;
    if (d.group !== undefined) {
      const groupKey = `${d.trade}|${d.group}`;
      if (groupsSeen.has(groupKey)) sameLine = 0;
      else groupsSeen.add(groupKey);
    }
    t.score += w * (REPEAT_WEIGHTS[n] ?? 0) * sameLine;
    t.peak = Math.max(t.peak, w);
    if (!d.fromTitle) t.bodyPeak = Math.max(t.bodyPeak, w);
    if (n === 0) t.hours += (d.fromTitle ? TITLE_HOURS : DUTY_HOURS.core) * Math.min(1, w);
    byTrade.set(d.trade, t);
  }
  return [...byTrade.entries()]
    .filter(([, t]) => t.score >= th.present && t.peak >= th.presentPeak)
    .map(([trade, t]) => {
      // A trade the title names but no duty of the body asks for ("Graphic Designer /
      // Trainer", teaching only "preferred") is a promise, not a second job's week.
      const depth = t.score >= th.core && t.bodyPeak >= 1 ? ("core" as const) : ("light" as const);
      return { trade, depth, hours: round1(Math.min(FAMILY_HOURS_CAP[depth], t.hours + (depth === "core" ? CORE_BASE_HOURS : 0))) };
    });
}

function roundShares(families: FamilyDemand[]): void {
  const total = families.reduce((s, f) => s + f.score, 0);
  if (total <= 0) return;
  for (const f of families) f.share = Math.round((f.score / total) * 1000) / 1000;
  const sum = families.reduce((s, f) => s + f.share, 0);
  const largest = families.reduce((a, b) => (b.share > a.share ? b : a));
  largest.share = Math.round((largest.share + (1 - sum)) * 1000) / 1000;
}

/**
 * The profile as the offer's core entries leave it: core families whose asked work it
 * excludes become light, light ones whose asked work it owns become core. Most profiles
 * and offers change nothing, and then nothing is copied.
 */
function fitToOffer(p: CompiledProfile, stats: Map<FamilyId, FamilyStats>): CompiledProfile {
  if (!p.excludes.size && !p.alsoOwns.size) return p;
  const unowned: FamilyId[] = [];
  for (const f of p.core) if (anyIn(stats.get(f)?.coreEntries, p.excludes)) unowned.push(f);
  const borrowed: FamilyId[] = [];
  for (const f of p.light) {
    const asked = stats.get(f)?.coreEntries;
    if (asked?.size && allIn(asked, p.alsoOwns)) borrowed.push(f);
  }
  if (!unowned.length && !borrowed.length) return p;
  return {
    ...p,
    core: new Set([...[...p.core].filter((f) => !unowned.includes(f)), ...borrowed]),
    light: new Set([...[...p.light].filter((f) => !borrowed.includes(f)), ...unowned]),
  };
}

function anyIn(items: ReadonlySet<string> | undefined, set: ReadonlySet<string>): boolean {
  if (items) for (const x of items) if (set.has(x)) return true;
  return false;
}

function allIn(items: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const x of items) if (!set.has(x)) return false;
  return true;
}

/** How many of `families` the profile owns. */
function ownedCount(p: CompiledProfile, families: readonly FamilyId[]): number {
  let n = 0;
  for (const f of families) if (owns(p, f)) n++;
  return n;
}

/** A family's place in the taxonomy, for ties; unknown families last. */
function familyOrder(familyIds: FamilyId[], f: FamilyId): number {
  const i = familyIds.indexOf(f);
  return i === -1 ? familyIds.length : i;
}

/** A making craft asked with its own tools that the title's job does not even list. */
function foreignCraft(title: CompiledProfile | undefined, id: FamilyId, s: FamilyStats): boolean {
  return !!title && s.craft && PRODUCTION_CRAFTS.has(id) && !lists(title, id);
}

/**
 * Out of scope, the offer demands no marketing family: the words that matched stay in
 * the analysis's matches, but listing them as demands would contradict the verdict.
 */
function outOfScope(): Assessment {
  return {
    families: [],
    roles: [],
    roleCount: 0,
    verdict: "out_of_scope",
    coreRoles: [],
    edgeFamilies: [],
    ...weekOf([], [], new Map(), new Map(), undefined),
    otherWork: [],
  };
}

/** The demanded score of the families `p` owns; -1 with no profile. */
function ownedScore(families: FamilyDemand[], p: CompiledProfile | undefined): number {
  return p ? families.reduce((sum, f) => sum + (owns(p, f.id) ? f.score : 0), 0) : -1;
}

/** The core score of the core families the cover hands to `p`. */
function coreScoreTaken(families: FamilyDemand[], ownerOf: ReadonlyMap<FamilyId, string>, p: CompiledProfile): number {
  return families.filter((f) => f.depth === "core" && ownerOf.get(f.id) === p.id).reduce((s, f) => s + f.coreScore, 0);
}

/** What the cover of an offer asks: the core families to own, the light ones to list, and who comes first. */
interface CoverRequest {
  coreFams: FamilyId[];
  lightFams: FamilyId[];
  preferred: string | null;
  titleProfile: string | null;
  families: FamilyDemand[];
}

/**
 * Roles that own the core demands (with none, the roles that list the light ones), then
 * roles for the light work they leave at their edges.
 */
function coverFrom(candidates: CompiledProfile[], { coreFams, lightFams, preferred, titleProfile, families }: CoverRequest): { core: CompiledProfile[]; edges: FamilyId[]; roles: CompiledProfile[] } {
  const core = coreFams.length
    ? minimalCover(candidates, { mustOwn: coreFams, mustList: [] }, preferred, lightFams, families, titleProfile)
    : minimalCover(candidates, { mustOwn: [], mustList: lightFams }, preferred, [], families, titleProfile);
  const edges = lightFams.filter((f) => !core.some((p) => lists(p, f)));
  const extra = minimalCover(candidates.filter((p) => !core.includes(p)), { mustOwn: [], mustList: edges }, preferred, [], families);
  return { core, edges, roles: [...core, ...extra] };
}

export function assessDemands(demands: Demand[], compiled: Pick<CompiledTaxonomy, "profiles" | "familyIds">, options: AssessOptions = {}): Assessment {
  const th: Thresholds = { ...OFFER_THRESHOLDS, ...(options.thresholds ?? {}) };
  const titleProfile = options.titleProfile ?? null;
  const demandsOf = Array.isArray(demands) ? demands.filter((d) => !!d) : [];
  const stats = aggregate(demandsOf, th.presentPeak, !!titleProfile);

  // A community manager asked for PHP is asked for another job, even once. A craft the
  // title's profile already absorbs at light depth (a CM with Photoshop) keeps the usual
  // threshold: one tool there is a stretch, and calling it overload would accuse a fair offer.
  // A job owns a family only for the work of it the job does: asked for print production
  // at core, a content creator no longer owns graphic design, only absorbs its light part.
  // It also owns the work of a family it only lists when the offer asks for no more of it
  // than the job does itself: a web designer asked for HTML and CSS builds its own pages.
  const fitted = compiled.profiles.map((p) => fitToOffer(p, stats));
  const title = titleProfile ? fitted.find((p) => p.id === titleProfile) : undefined;
  const families: FamilyDemand[] = [...stats.entries()]
    .filter(([id, s]) => s.score >= th.present && s.peak >= th.presentPeak && s.anchored && (s.coreAnchored || !NEEDS_CORE.has(id) || (id === STEERING_FAMILY && s.score >= STEERING_LISTED)))
    .map(([id, s]) => ({
      id,
      depth: s.coreScore >= th.core || foreignCraft(title, id, s) ? ("core" as const) : ("light" as const),
      score: Math.round(s.score * 1000) / 1000,
      coreScore: Math.round(s.coreScore * 1000) / 1000,
      share: 0,
      ...(s.made === 0 ? { steered: true } : {}),
    }))
    .sort((a, b) => b.score - a.score || familyOrder(compiled.familyIds, a.id) - familyOrder(compiled.familyIds, b.id));
  roundShares(families);

  // Steering alone (strategy, budget, team) is any manager's job: the offer is about
  // digital marketing only if it asks for some marketing craft, or its title names a profile.
  const crafts = families.filter((f) => f.id !== STEERING_FAMILY);
  // A marketer's web chores (CMS updates, landing pages) demand no developer, yet they are marketing work.
  let chores = 0;
  for (const [id, s] of stats) if (id !== STEERING_FAMILY && NEEDS_CORE.has(id) && s.anchored && !s.coreAnchored) chores += s.score;
  const craftTotal = crafts.reduce((s, f) => s + f.score, chores);
  const craftCore = crafts.some((f) => f.depth === "core");
  const field = options.titleField ?? "marketing";
  const duties = options.dutyLines;
  const besideAnother = !!duties && duties.other >= ASIDE_OTHER_LINES && duties.other * 2 >= duties.marketing;
  // A title naming no field whose body owns the marketing strategy itself ("Own the marketing
  // budget", "go-to-market strategy": a country manager) has marketing work beside its own job.
  const marketingSteering = field === "neutral" && !titleProfile && besideAnother && steersMarketing(stats);
  // "Head of Digital Marketing" leading strategy, budget and team: the function it leads is marketing.
  const leadsMarketing = field === "marketing" && !!options.titleHead && families.some((f) => f.id === STEERING_FAMILY && f.depth === "core");
  if (!families.length || (!craftCore && craftTotal < IN_SCOPE_MIN && !titleProfile && !marketingSteering && !leadsMarketing)) return outOfScope();
  const found = fieldOfOffer(field, titleProfile, families, stats, th, besideAnother, duties, !!options.titleNamesNoJob);
  const scope = found === "out" && marketingSteering ? "aside" : found;
  if (scope === "out") return outOfScope();

  // A manager's post (the title names a steering profile and the body asks for steering
  // itself) oversees the channels that profile lists: "piloter le SEA, le CRM et les RP"
  // is not three more jobs. A head of any channel ("Head of Performance Marketing")
  // steers the others the same way: the title itself says the post leads.
  const steering = title?.core.has(STEERING_FAMILY) ? title : options.titleHead ? fitted.find((p) => p.core.has(STEERING_FAMILY)) : undefined;
  const steers = (stats.get(STEERING_FAMILY)?.bodyCore ?? 0) >= th.core || (options.titleHead ?? false);
  // A head or manager whose body shows the steering (strategy, or work it coordinates)
  // steers even the crafts outside that list, unless the offer asks for the craft's own
  // tools or techniques; what the title's own job or words name stays core. A "Responsable
  // communication" whose body only lists hands-on work is the one who does it.
  const bodySteers = (stats.get(STEERING_FAMILY)?.bodyCore ?? 0) >= th.core || demandsOf.some((d) => d.steered && d.weight > 0);
  // A making craft asked with its own tools ("développer les modules en PHP") is made, not
  // steered, even under a manager who oversees the site or the studio.
  if (steering && steers) {
    for (const f of families) {
      if (f.depth !== "core" || f.id === STEERING_FAMILY || (title && owns(title, f.id)) || stats.get(f.id)?.titled) continue;
      const madeByHand = PRODUCTION_CRAFTS.has(f.id) && !!stats.get(f.id)?.craft;
      if ((steering.light.has(f.id) && !madeByHand) || (options.titleHead && bodySteers && !stats.get(f.id)?.craft)) f.depth = "light";
    }
  }

  // Three making crafts asked in earnest (design, video, code…) describe an agency
  // whatever the hours: no one trains in three of them, so each is a maker's core work.
  // Not when a real hybrid maker owns two of them and the post is no stranger to making:
  // a UI/UX developer who draws a few icons, a web designer who builds in WordPress and
  // retouches in Photoshop, is one maker stretched, and the week judges the third craft.
  const making = families.filter((f) => PRODUCTION_CRAFTS.has(f.id) && stats.get(f.id)?.coreAsked);
  const makingIds = making.map((f) => f.id);
  const hybridMaker = fitted.some((p) => ownedCount(p, makingIds) >= 2);
  const titleMakes = !title || making.some((f) => owns(title, f.id));
  const agency = making.length >= AGENCY_CRAFTS && !(hybridMaker && titleMakes);
  if (agency) for (const f of making) f.depth = "core";

  // A head leads its own function: its team, budget and agencies are the head's work,
  // not a manager's beside it ("Head of Content" managing six writers is one job).
  const job = title && options.titleHead && !owns(title, STEERING_FAMILY) ? { ...title, core: new Set([...title.core, STEERING_FAMILY]) } : title;
  const profiles = fitted.map((p) => (p === title && job ? job : p));
  // A core demand nobody owns (a gap in the data) is at least something a profile lists.
  const coreFams = families.filter((f) => f.depth === "core" && profiles.some((p) => owns(p, f.id))).map((f) => f.id);
  // Work the hire only steers needs no one in the cover to make it, unless it is all the offer asks.
  const listed = families.filter((f) => !coreFams.includes(f.id) && profiles.some((p) => lists(p, f.id)));
  const made = listed.filter((f) => !f.steered);
  const lightFams = (coreFams.length || made.length ? made : listed).map((f) => f.id);
  if (!coreFams.length && !lightFams.length) return outOfScope();

  // The job the week is measured against: the title's, unless another single job takes
  // on more of the demanded work (an "SEO specialist" who keeps a WordPress site is a
  // webmaster by a day a week or more); the cover then starts from it. Choosing it, any
  // core work the job only touches lightly counts past a day a week.
  const hours = new Map(families.map((f) => [f.id, familyHours(stats.get(f.id), f.depth)]));
  let fit = job;
  // Another job beats the title's only by more than a day a week of work.
  let fitOutside = job ? outsideHours(families, hours, job, true) - FAMILY_HOURS_CAP.light : Infinity;
  // Between jobs that leave as much outside, the one whose own crafts the offer asks most
  // (a press officer asked for light press and writing work is no community manager).
  for (const p of profiles) {
    if (!families.some((f) => (f.depth === "core" ? owns(p, f.id) : lists(p, f.id)))) continue;
    const o = outsideHours(families, hours, p, true);
    if (o < fitOutside - 1e-9 || (!job && Math.abs(o - fitOutside) <= 1e-9 && ownedScore(families, p) > ownedScore(families, fit))) {
      fit = p;
      fitOutside = o;
    }
  }
  const preferred = fit?.id ?? null;
  // A hybrid is one job because it owns two crafts: asked for one of them only, the
  // specialist of that craft is the job ("a print designer", not "a communication
  // officer who designs"), unless the title names the hybrid or fewer people cover the work with it.
  // A job that only borrows a second craft for the work it does itself (a media buyer's ad
  // copy) stays a specialist: its own crafts, not the borrowed ones, make it a hybrid.
  const pool = profiles.filter((p) => p.profile.core.length < 2 || p === job || p === fit || ownedCount(p, coreFams) >= 2);

  const request: CoverRequest = { coreFams, lightFams, preferred, titleProfile, families };
  const bySpecialists = coverFrom(pool, request);
  const byAnyone = pool.length < profiles.length ? coverFrom(profiles, request) : bySpecialists;
  const { core: coreSet, edges, roles } = bySpecialists.roles.length <= byAnyone.roles.length ? bySpecialists : byAnyone;
  if (job && preferred !== titleProfile && roles.includes(job)) roles.sort((a, b) => (b === job ? 1 : 0) - (a === job ? 1 : 0));

  const ownerOf = new Map<FamilyId, string>();
  for (const f of families) {
    const owner = roles.find((p) => owns(p, f.id)) ?? roles.find((p) => lists(p, f.id));
    if (owner) ownerOf.set(f.id, owner.id);
  }

  let shape: Verdict;
  const k = coreSet.length;
  if (!coreFams.length) shape = roles.length <= 1 ? "focused" : "stretched";
  else if (k >= 3) shape = "overloaded";
  // Breadth: a post spread over many bodies of work that takes three profiles to cover.
  else if (roles.length >= 3 && families.length >= th.breadth) shape = "overloaded";
  else if (k === 2) {
    const [a, b] = coreSet;
    const heavy = coreScoreTaken(families, ownerOf, a) >= th.substantial && coreScoreTaken(families, ownerOf, b) >= th.substantial;
    // Two jobs are neighbours when one could do lightly the work the offer gives the other:
    // not through a craft the offer does not ask, nor through a making craft it asks at core
    // with its own tools when that craft takes its maker: code (PHP, JavaScript), or design
    // beside video when both are asked that way. A communication officer who lays out the
    // print in InDesign stays one job stretched.
    const crafted = families.filter((d) => d.depth === "core" && PRODUCTION_CRAFTS.has(d.id) && stats.get(d.id)?.craft).map((d) => d.id);
    const imageAndFilm = IMAGE_AND_FILM.every((f) => crafted.includes(f));
    if (areAdjacent(a, b, (f) => !families.some((d) => d.id === f) || (crafted.includes(f) && (f === CODE_FAMILY || (imageAndFilm && IMAGE_AND_FILM.includes(f)))))) shape = edges.length >= th.edgesOverload ? "overloaded" : "stretched";
    else shape = heavy || edges.length >= th.edgesOverload - 1 ? "overloaded" : "stretched";
  } else {
    // Many light extras only add up to another job when they weigh like one.
    const edgeWeight = edges.reduce((sum, f) => sum + scoreOf(families, f), 0);
    shape = edges.length === 0 ? "focused" : edges.length >= th.edgesOverload && edgeWeight >= th.edgesOverload ? "overloaded" : "stretched";
  }

  // The week is measured against the title's job when the cover keeps it, else against
  // the profile that covers the core (a real hybrid the title did not name).
  // The announced job stays the one the week is measured against whenever the cover keeps it.
  const main = [job, fit].find((p) => p && roles.includes(p)) ?? coreSet[0] ?? roles[0];
  // Recast as another job, the offer is judged as strictly as that job was chosen.
  // A head steers the channels it lists; any other post does the light work it absorbs.
  // A role card states its hours, and its own guard weighs the week.
  const forOffer = options.titleField !== undefined;
  // Work outside the main job weighs against the week the post is offered for: ten hours of
  // it are half of a 20-hour part-time post. The estimates stay in full-time hours (a duty
  // is listed the same whatever the contract), and the light work a post absorbs is not
  // scaled down: a part-time post is no less able to do its neighbours' small tasks.
  // Under two days a week (a volunteer's "5–10 hours"), the duties are written to the hours:
  // estimated in full-time hours they would make any extra task a second job.
  const weekHours = forOffer && options.weekHours && options.weekHours >= PART_TIME_MIN_HOURS && options.weekHours < WEEK_HOURS ? options.weekHours : WEEK_HOURS;
  const partShare = weekHours / WEEK_HOURS;
  const absorbCap = !forOffer || options.titleHead ? Infinity : ABSORB_HOURS[options.junior ? "junior" : "post"];
  const week = weekOf(families, roles, ownerOf, hours, main, main !== job, absorbCap);

  // Another trade's work (support, sales, office, training) is outside any marketing
  // job. Under a title of that trade it is the job itself and the marketing is the
  // extra, which the families above already weigh. Under a title naming no field whose
  // duties are another job's ("aside"), the trade that takes most of the week is that
  // job; the others still come on top of it.
  // Some of it comes with the job the week is measured against: an events officer pays the events' invoices.
  // A little of the work next to the job (a couple of support duties for a community manager)
  // is light work of it, like a neighbouring craft's: it stretches the post rather than
  // making a second job. Not when the title names it too, nor when it takes more of the week.
  const titledTrades = new Set([...(options.titleTrades ?? []), ...(options.otherWork ?? []).filter((d) => d.fromTitle && d.weight > 0).map((d) => d.trade)]);
  const near = (w: { trade: string; depth: "core" | "light"; hours: number }) =>
    w.depth === "core" && w.hours <= NEAR_TRADE_MAX_HOURS && !!main?.nearTrades.has(w.trade) && !titledTrades.has(w.trade);
  const traded =
    options.titleField === "other" || options.titleField === "role"
      ? []
      : otherTradesWork(options.otherWork ?? [], th)
          .filter((w) => !main?.absorbs.has(w.trade))
          .map((w) => (near(w) ? { ...w, depth: "light" as const, hours: Math.min(w.hours, FAMILY_HOURS_CAP.light), near: true } : w));
  const theJob = scope === "aside" ? traded.reduce<(typeof traded)[number] | null>((best, w) => (!best || w.hours > best.hours ? w : best), null) : null;
  const otherWork = traded.filter((w) => w !== theJob);
  const otherHours = round1(otherWork.reduce((sum, w) => sum + w.hours, 0));
  if (otherWork.some((w) => w.depth === "core") && shape !== "overloaded") {
    // A trade asked at core next to real marketing work is two jobs; next to a few light
    // marketing chores it stretches the post.
    shape = coreFams.length || week.workload.hours >= th.confirmHours ? "overloaded" : "stretched";
  } else if (shape === "focused" && otherWork.some((w) => w.near)) {
    shape = "stretched";
  }
  const workload: Workload = {
    ...week.workload,
    hours: round1(week.workload.hours + otherHours),
    weeks: round1((week.workload.hours + otherHours) / WEEK_HOURS),
    outsideMainHours: round1(week.workload.outsideMainHours + otherHours),
    otherTradeHours: otherHours,
    ...(weekHours < WEEK_HOURS ? { partTimeHours: weekHours } : {}),
  };

  // The week decides in the end: work the main role neither owns nor absorbs must add
  // up to a real share of a second person before an employer is told the post is
  // several jobs, and light demands outside it that add up to half a week are one.
  const outside = workload.outsideMainHours;
  // A post that does more than its title's job even where one profile covers it: a making
  // craft the job does not own, asked at core ("Chargé de communication" laying out the
  // print material), or a marketing manager's post that steers nothing but asks four
  // other trades' work by hand (the whole marketing team in one person).
  const pastTheTitle =
    forOffer &&
    !!job &&
    (families.some((f) => f.depth === "core" && PRODUCTION_CRAFTS.has(f.id) && !owns(job, f.id)) ||
      (owns(job, STEERING_FAMILY) && !bodySteers && families.filter((f) => f.id !== STEERING_FAMILY && !f.steered && !owns(job, f.id)).length >= ONE_PERSON_TEAM_TRADES));
  // Covered by another job than the one the title names, a post whose body asks by hand work
  // that job does not even do lightly is that job stretched: a "Graphiste" who writes the
  // blog articles and the newsletters is a communication designer only in the cover.
  const recast = forOffer && !!job && !roles.includes(job) && families.some((f) => stats.get(f.id)?.worked && !lists(job, f.id));
  // An apprentice or a half-time post asked to write, post, make the visuals and send the
  // newsletter beside its own craft takes on its neighbours' work, each lightly, and no
  // such post has the week for all of it: it is stretched. Only work the body asks by
  // hand outside the job's own crafts counts: not what the post steers, nor its core.
  const spreadFamilies = families.filter((f) => stats.get(f.id)?.worked && !(main && owns(main, f.id)) && f.id !== OWN_RESULTS_FAMILY).map((f) => f.id);
  const spread = forOffer && (options.junior || weekHours < WEEK_HOURS) && spreadFamilies.length >= SPREAD_FAMILIES;
  const byShape: Verdict =
    agency
      ? "overloaded"
      : shape === "overloaded"
        ? outside >= th.confirmHours * partShare
          ? "overloaded"
          : "stretched"
        : outside >= th.overloadHours * partShare
          ? "overloaded"
          : shape === "focused" && (pastTheTitle || recast || scope === "aside" || spread)
            ? "stretched"
            : shape;
  // Spread that thin and asked besides for a day or more of a second job's core work, such a
  // post is more than one person: the apprentice "content manager" who also shoots and
  // edits the videos, runs the ads and sends the emailings. The classic pair is no second
  // job: the community manager's social media posts.
  const secondJobHours = week.assignment
    .filter((r) => r.profile !== main?.id && !(main && classicPair(main, roles.find((p) => p.id === r.profile))))
    .reduce((sum, r) => sum + r.families.filter((f) => f.depth === "core").reduce((s2, f) => s2 + f.hours, 0), 0);
  const spreadOverloads = spread && byShape !== "overloaded" && secondJobHours >= th.confirmHours * partShare;
  const verdict: Verdict = spreadOverloads ? "overloaded" : byShape;
  // The spread is named where it alone decides the verdict.
  const spreadDecides = spreadOverloads || (spread && shape === "focused" && verdict === "stretched" && !pastTheTitle && !recast && scope !== "aside");

  return {
    families,
    roles: roles.map((r) => r.id),
    roleCount: roles.length,
    verdict,
    coreRoles: coreSet.map((r) => r.id),
    edgeFamilies: edges,
    assignment: week.assignment,
    workload,
    otherWork,
    ...(scope === "aside" ? { marketingAside: true } : {}),
    ...(agency ? { agency: making.map((f) => f.id) } : {}),
    ...(spreadDecides
      ? { spreadThin: { families: spreadFamilies, by: options.junior ? ("junior" as const) : ("part_time" as const), ...(spreadOverloads ? { pastOnePerson: true as const } : {}) } }
      : {}),
  };
}
