// The hours a post is offered for, when the offer says it is part-time: a week of
// neighbouring work that a full-time post absorbs is too much for a post of 15 hours.
// Only what the offer states: "temps partiel", "mi-temps (19 h)", "part-time, 10-15 hours
// per week". An offer that also speaks of full time ("part-time or full-time") is read as
// full time, and so is a stated week of 30 hours or more.

import type { Evidence } from "./types";

/** A part-time post whose hours the offer does not give: the usual French part-time week. */
const PART_TIME_HOURS = 20;
/** Half time: half of a 35-hour week. */
const HALF_TIME_HOURS = 17.5;
/** From this many hours a week, the post is full time whatever it is called. */
const FULL_TIME_FROM = 30;
/** Fewer hours than this are a volunteer's or a freelancer's few hours, not a post's week. */
const FEWEST_HOURS = 4;
const WEEK = 35;

const FULL_TIME = /\b(?:full[- ]?time|temps (?:plein|complet)|plein[- ]temps)\b/gi;
// "possibilité d'extension en temps plein", "potential to grow to full-time": a prospect, not the contract.
const PROSPECT_BEFORE = /(?:possibilit\w*|potential|[ée]volu\w*|grow\w*|extension|extend\w*|pourra\w*|could|may|option\w*)\W(?:\S+\s+){0,4}$/i;
const PART_TIME = /\b(?:part[- ]?time|temps partiel|mi[- ]temps|half[- ]?time)\b/gi;
const HALF = /^(?:mi[- ]temps|half[- ]?time)$/i;
// "20 h par semaine", "19h/sem.", "10-15 hours per week", "20 heures hebdomadaires", "25 hrs a week".
const HOURS_A_WEEK =
  /\b(\d{1,2})(?:[,.]\d)?(?:\s*(?:-|–|à|to)\s*(\d{1,2})(?:[,.]\d)?)?\s*(?:h\b|heures?\b|hrs?\b|hours?\b)\s*(?:de travail\s*)?(?:par semaine|\/\s*sem(?:aine|\.)?|hebdo(?:madaires?)?|per week|a week|\/\s*(?:week|wk)\b)/gi;
// "1 jour / semaine", "2 days a week": a short week, unless the days say where one works or
// studies ("télétravail 2 jours par semaine", "in the office 3 days a week", an apprentice's
// "1 jour par semaine à l'école").
const DAYS_A_WEEK = /\b([1-3])\s*(?:jours?|j|days?)\s*(?:\/|par|per|a)\s*(?:semaine|sem\b\.?|week)\b/gi;
const WORKPLACE =
  /t[ée]l[ée]travail|remote|home|bureau|office|pr[ée]sentiel|sur (?:site|place)|on[- ]site|d[ée]placements?|travel|terrain|campus|locaux|[ée]cole|school|formation|cours|class|universit|cfa|entreprise|company|alternance|rythme/i;
const WORKPLACE_REACH = 40;
// "0.8 FTE", "0,6 ETP": a share of a full-time post, said in so many words ("2,5 ETP" is a team's size).
const FTE = /(?<![\d.,])0?[.,](\d)\s*(?:FTE|ETP)\b/;
const DAY_HOURS = 7;
// "possibilité de temps partiel", "part-time possible": an option of a full-time post.
const OPTION_BEFORE = /(?:(?:possibilit\w*|notamment|option\w*|peut|pouvez|can|could|envisag\w*)\W{1,4}(?:\w+\W{1,3}){0,2}|\b(?:ou|or)\W{1,3}(?:[àa]\W{1,2})?)$/i;
const OPTION_AFTER = /^\W{0,3}(?:possible|envisageable|accept\w*|negotiable|n[ée]gociable|available|ou|or)\b/i;
// "temps partiel à 80 %": a share of the full week.
const SHARE = /^\D{0,12}?(\d{2})\s*%/;

export interface ContractHours {
  /** Hours a week the post is offered for. */
  hours: number;
  /** The passage that says so. */
  evidence: Evidence;
}

/** Some mention of full time that is the contract itself, not an option or a prospect. */
function statesFullTime(text: string): boolean {
  FULL_TIME.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = FULL_TIME.exec(text))) {
    const end = found.index + found[0].length;
    const before = text.slice(Math.max(0, found.index - 50), found.index);
    if (!PROSPECT_BEFORE.test(before) && !OPTION_BEFORE.test(before) && !OPTION_AFTER.test(text.slice(end, end + 20))) return true;
  }
  return false;
}

function evidence(text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end };
}

/** The part-time week the offer states, or null for a full-time (or unstated) post. */
export function contractHours(text: string): ContractHours | null {
  const stated = partTimeStated(text);
  // Most offers state no short week: only one that does is read again for full time.
  return stated && !statesFullTime(text) ? stated : null;
}

function partTimeStated(text: string): ContractHours | null {
  HOURS_A_WEEK.lastIndex = 0;
  const stated = HOURS_A_WEEK.exec(text);
  if (stated) {
    const low = Number(stated[1]);
    const high = stated[2] ? Number(stated[2]) : low;
    const hours = (low + Math.max(low, high)) / 2;
    if (hours >= FULL_TIME_FROM) return null;
    if (hours >= FEWEST_HOURS) return { hours, evidence: evidence(text, stated.index, stated.index + stated[0].length) };
  }
  const fte = FTE.exec(text);
  if (fte) {
    const hours = Number(`0.${fte[1]}`) * WEEK;
    if (hours >= FEWEST_HOURS && hours < FULL_TIME_FROM) return { hours, evidence: evidence(text, fte.index, fte.index + fte[0].length) };
  }
  DAYS_A_WEEK.lastIndex = 0;
  let days: RegExpExecArray | null;
  while ((days = DAYS_A_WEEK.exec(text))) {
    const end = days.index + days[0].length;
    const around = text.slice(Math.max(0, days.index - WORKPLACE_REACH), end + WORKPLACE_REACH);
    if (!WORKPLACE.test(around)) return { hours: Number(days[1]) * DAY_HOURS, evidence: evidence(text, days.index, end) };
  }
  PART_TIME.lastIndex = 0;
  let named: RegExpExecArray | null;
  while ((named = PART_TIME.exec(text))) {
    const end = named.index + named[0].length;
    if (!OPTION_BEFORE.test(text.slice(Math.max(0, named.index - 30), named.index)) && !OPTION_AFTER.test(text.slice(end, end + 20))) break;
  }
  if (!named) return null;
  const end = named.index + named[0].length;
  const share = SHARE.exec(text.slice(end, end + 20));
  if (share && Number(share[1]) >= 10 && Number(share[1]) < 100) {
    const hours = (WEEK * Number(share[1])) / 100;
    return hours >= FULL_TIME_FROM ? null : { hours, evidence: evidence(text, named.index, end + share[0].length) };
  }
  return { hours: HALF.test(named[0]) ? HALF_TIME_HOURS : PART_TIME_HOURS, evidence: evidence(text, named.index, end) };
}
