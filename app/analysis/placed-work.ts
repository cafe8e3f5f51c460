// Passes over an offer's matches that read where made work goes and what is only read:
// the made thing's owner or purpose ("les visuels des campagnes display", "for our paid
// social campaigns"), the metrics a measuring clause names, the networks a maker's or a
// buyer's work is placed on. Each reads its clause in one pass.

import { PRODUCTION_CRAFTS } from "./assess";
import type { CompiledTaxonomy } from "./compile";
import { lexiconBit, wordClasses } from "./lexicon";
import { CONJUNCTIONS, STOPWORDS } from "./stopwords";
import { Gap, type Token } from "./tokenize";
import type { Match } from "./types";

/** Words that end the object of an ambiguous verb: what follows is where or how, not what. */
export const PLACE_WORDS = new Set(["sur", "via", "dans", "avec", "on", "across", "in", "with", "through"]);
/**
 * Words that end the object too, naming what the work serves: "des visuels pour nos réseaux
 * et notre site" makes visuals, not the site. The line around still speaks ("des contenus
 * pour le site et le blog" are texts).
 */
export const PURPOSE_WORDS = new Set(["pour", "for"]);

/** Words from "for" / "pour" to the passage it names: "for our paid social and display campaigns". */
const PURPOSE_REACH = 6;
/** "Les visuels des campagnes display", "videos of our events": what the made thing belongs to. */
const OF_WORDS = new Set(["de", "des", "du", "d", "of"]);
/** Words from the end of the made thing to what it belongs to: "des", "de nos", "of our". */
const OWNER_REACH = 3;

/** A passage that joins two things ("événements et relations presse"): the made thing owns only the first. */
function joinsTwo(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0 + 1; k < t1 - 1; k++) if (CONJUNCTIONS.has(tokens[k].norm)) return true;
  return false;
}

/** The tokens between a made thing and a passage read "of …" unbroken: "visuels des campagnes display". */
function belongsTo(tokens: Token[], makerEnd: number, passageStart: number): boolean {
  if (passageStart <= makerEnd || passageStart - makerEnd > OWNER_REACH || !OF_WORDS.has(tokens[makerEnd].norm)) return false;
  for (let k = makerEnd; k <= passageStart; k++) if (tokens[k].gap >= Gap.Punct) return false;
  // Only an article or a possessive between: "des campagnes", "de nos campagnes", not "des événements et relations presse".
  for (let k = makerEnd + 1; k < passageStart; k++) if (!STOPWORDS.has(tokens[k].norm) || CONJUNCTIONS.has(tokens[k].norm)) return false;
  return true;
}

/**
 * "Design static ads and hero images for our paid social and display campaigns", "créer
 * les visuels des campagnes Meta Ads": what a piece of making is for, or whose it is, names
 * where it goes, not a second craft the hire practises. After "for" / "pour" in a clause
 * that makes something, or right after "of" / "des" following the made thing (a maker read
 * without its context, "développement du référencement", grows the work instead), another
 * trade's passages are light.
 */
export function lightenWhatMakingServes(matches: Match[], clauseOf: number[], firstToken: number[], endToken: number[], tokens: Token[], compiled: CompiledTaxonomy): void {
  const served = new Set<number>();
  // The clause's last piece of making so far: one pass, whatever the clause's length.
  let j = -1;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (j >= 0 && clauseOf[j] !== clauseOf[i]) j = -1;
    if (m.weight > 0 && PRODUCTION_CRAFTS.has(m.familyId)) {
      j = i;
      continue;
    }
    if (m.weight <= 0 || m.depth !== "core" || m.sectionKind === "title") continue;
    if (j >= 0) {
      const maker = matches[j];
      let serves = !maker.ambiguousId && belongsTo(tokens, endToken[j], firstToken[i]) && !joinsTwo(tokens, firstToken[i], endToken[i]);
      // The purpose phrase runs unbroken up to the passage: "…pour nos campagnes, puis gérer le budget" is work again.
      for (let k = firstToken[i] - 1; k > firstToken[j] && k >= firstToken[i] - PURPOSE_REACH && !serves; k--) {
        if (tokens[k + 1].gap >= Gap.Punct) break;
        serves = PURPOSE_WORDS.has(tokens[k].norm);
      }
      if (serves) m.depth = "light";
    }
    // "…des campagnes display et social ads": the coordinated passage of the same family shares
    // the owner; a duty after the "and" ("… et relations presse", "and community management") is work again.
    const prev = matches[i - 1];
    if (m.depth === "core" && served.has(i - 1) && prev.familyId === m.familyId && clauseOf[i - 1] === clauseOf[i] && !isDuty(m, compiled) && coordinated(tokens, endToken[i - 1], firstToken[i])) m.depth = "light";
    if (m.depth === "light") served.add(i);
  }
}

const isDuty = (m: Match, compiled: CompiledTaxonomy) => compiled.entries.get(m.entryId)?.kind === "duty";

/** Only "and" / "or" between two passages: "display et social ads". */
function coordinated(tokens: Token[], end: number, start: number): boolean {
  return start === end + 1 && tokens[start].gap <= Gap.Space && tokens[end].gap <= Gap.Space && CONJUNCTIONS.has(tokens[end].norm);
}

/** Passages of measuring results: a clause holding one names the metrics it reads. */
const MEASURING_ENTRIES = new Set(
  ["performance_analysis", "kpi_tracking", "results_measurement", "reporting_performance", "social_media_stats"].map((id) => `analytics.${id}`),
);
/** A channel's own metrics: a craft when the hire steers by them, a reading when they are what is measured. */
const METRIC_ENTRIES = new Set(["paid_media.paid_kpis", "email_crm.email_kpis", "community_management.community_metrics", "web_design_ux.ux_metrics"]);

/**
 * "Analyser la performance de chaque créa (hook rate, taux de clic, CPA)": metrics named in
 * a clause that measures results are what is read, not the channel's work; they are light.
 */
export function lightenMeasuredMetrics(matches: Match[], clauseOf: number[]): void {
  // Per clause, where its first measuring passage starts: the metrics read come after it
  // ("analyser la performance … (CPA)"); before it they are steered ("Optimiser le CPA et … analyser").
  const measuredFrom = new Map<number, number>();
  matches.forEach((m, i) => {
    if (m.weight > 0 && MEASURING_ENTRIES.has(m.entryId) && !measuredFrom.has(clauseOf[i])) measuredFrom.set(clauseOf[i], m.start);
  });
  if (!measuredFrom.size) return;
  matches.forEach((m, i) => {
    const from = measuredFrom.get(clauseOf[i]);
    if (m.depth === "core" && METRIC_ENTRIES.has(m.entryId) && from !== undefined && m.start > from) m.depth = "light";
  });
}

/** The networks named as a channel, not work on them: "réseaux sociaux", "TikTok", "chaîne YouTube". */
const PLATFORM_ENTRIES = new Set(
  ["social_media_channel", "instagram", "tiktok", "linkedin", "facebook", "youtube_channel", "x_twitter", "other_platforms"].map((id) => `social_media_marketing.${id}`),
);
/** Families whose work is placed on the networks by others' hands: a visual, a film, an ad. */
const PLACED_WORK = new Set([...PRODUCTION_CRAFTS, "paid_media"]);
/** Words that name where work goes: "for various social media platforms", "sur les réseaux sociaux", "on Meta and TikTok", "tailored to TikTok". */
const PLACE_OF_WORK = new Set([...PLACE_WORDS, ...PURPOSE_WORDS, "aux", "au", "to"]);
/** Tokens back from a network's name to the word that places work on it. */
const PLACE_REACH = 8;

/** Verbs of putting work out on the networks, which is social media work: "tourner, monter et publier des vidéos sur Instagram". Not "poster", which English offers print. */
const PUBLISHING = lexiconBit([
  "publier", "publiez", "publication", "publications", "diffuser", "diffusez", "diffusion", "postez", "programmer", "programmation",
  "partager", "publish", "publishing", "post", "posting", "schedule", "scheduling", "share", "sharing",
]);
/** Verbs of writing: a post written is the social media job's copy, not a maker's format. */
const WRITING = lexiconBit(["rediger", "redigez", "redaction", "ecrire", "ecrivez", "write", "writing", "copy", "copywriting", "captions", "legendes"]);

/** Social media formats a maker may make: "brochures, flyers, social media posts", "design the Facebook pages". */
const MADE_FORMATS = new Set(["post_writing", "social_content_creation"].map((id) => `social_media_marketing.${id}`));

/**
 * "Create graphic content for various social media platforms", "run paid campaigns on
 * Meta, Google and TikTok": a network named as where a maker's or a buyer's work goes is
 * no social media work of its own; nor are the posts or the network pages a maker makes
 * ("brochures, flyers, social media posts", "design Facebook pages"). When the clause's
 * nearest work before it is social media or community work ("animer les comptes sur
 * Instagram"), or the clause publishes (or, for a post, writes), the network or the post stays.
 */
export function dropPlatformsAsPlaces(matches: Match[], clauseOf: number[], firstToken: number[], endToken: number[], tokens: Token[]): void {
  if (!matches.some((m) => m.weight > 0 && (PLATFORM_ENTRIES.has(m.entryId) || MADE_FORMATS.has(m.entryId)))) return;
  const classes = wordClasses(tokens);
  const { publishing, writing } = puttingOut(tokens, classes);
  // The clause's last weighted work that is no network nor post.
  let work = -1;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (work >= 0 && clauseOf[work] !== clauseOf[i]) work = -1;
    if (m.weight <= 0) continue;
    const platform = PLATFORM_ENTRIES.has(m.entryId);
    const format = MADE_FORMATS.has(m.entryId);
    if (!platform && !format) {
      work = i;
      continue;
    }
    const t0 = firstToken[i];
    const t1 = endToken[i];
    if (work < 0 || !PLACED_WORK.has(matches[work].familyId) || publishing[t0] > countIn(classes, PUBLISHING, t0, t1)) continue;
    const made = PRODUCTION_CRAFTS.has(matches[work].familyId);
    let placed = format ? made && writing[t0] === 0 : made && t0 === endToken[work];
    for (let k = t0 - 1; platform && !placed && k > firstToken[work] && k >= t0 - PLACE_REACH; k--) placed = PLACE_OF_WORK.has(tokens[k].norm);
    if (placed) {
      m.weight = 0;
      m.modifier = "not_a_demand";
    }
  }
}

/** Per token, how many publishing and how many writing words its whole clause holds (from one clause break to the next). */
function puttingOut(tokens: Token[], classes: Uint32Array): { publishing: Uint32Array; writing: Uint32Array } {
  const publishing = new Uint32Array(tokens.length);
  const writing = new Uint32Array(tokens.length);
  let start = 0;
  let published = 0;
  let written = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k === tokens.length || (k > start && tokens[k].gap >= Gap.Clause)) {
      publishing.fill(published, start, k);
      writing.fill(written, start, k);
      start = k;
      published = 0;
      written = 0;
    }
    if (k < tokens.length && classes[k] & PUBLISHING) published++;
    if (k < tokens.length && classes[k] & WRITING) written++;
  }
  return { publishing, writing };
}

/** The words of `bit` in [from, to): a post's own noun ("social media post") does not publish it. */
function countIn(classes: Uint32Array, bit: number, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (classes[k] & bit) n++;
  return n;
}
