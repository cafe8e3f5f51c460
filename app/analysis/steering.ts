// Work the hire steers rather than makes: "coordonner la production des visuels",
// "superviser les campagnes CRM", "brief the design agency", "oversee the production of
// videos". The craft named after such a verb is done by someone else (a team, an agency,
// a studio); for this post it is steering, at light depth, not hours of the craft itself.

import { lexiconBit, wordClasses } from "./lexicon";
import { STOPWORDS } from "./stopwords";
import { Gap, type Token } from "./tokenize";

/** Folded verbs and nouns of steering, FR and EN. */
const STEER_WORDS = new Set([
  "piloter", "pilotez", "piloterez", "pilotera", "pilote", "pilotage", "pilotant",
  "coordonner", "coordonnez", "coordonnerez", "coordonnera", "coordonne", "coordination", "coordonnant",
  "superviser", "supervisez", "superviserez", "supervisera", "supervise", "supervision", "supervisant",
  "encadrer", "encadrez", "encadrerez", "encadrement", "encadrant",
  "briefer", "briefez", "brief", "briefs", "briefing", "briefings",
  "orchestrer", "orchestrez", "orchestration", "valider", "validez", "validation",
  "garantir", "garantissez", "veiller", "veillez", "deleguer",
  "oversee", "oversees", "overseeing", "oversight", "supervises", "supervising", "supervised",
  "coordinate", "coordinates", "coordinating", "steer", "steers", "steering",
  "orchestrate", "orchestrates", "approve", "approves", "approval", "delegate", "delegates",
]);
/** "Lead" steers when it heads a duty ("Lead the creation of…"), not in "lead generation". */
const LEAD = new Set(["lead", "leads"]);
const LEAD_NOUNS = new Set(["generation", "gen", "nurturing", "scoring", "qualification", "magnet", "magnets", "management", "time", "times"]);
const LEAD_SUBJECTS = new Set(["you", "will", "to"]);
const AND = new Set(["et", "and", "puis", "then"]);
const DETERMINERS = new Set(["the", "a", "an", "our", "your", "all", "le", "la", "les", "l", "un", "une", "nos", "vos"]);
/** Content words a steering verb reaches: its object, not the rest of a paragraph. */
const STEER_REACH = 10;

/** A verb with its own object ("créer les visuels", "write the posts"): a new duty starts there. */
function startsDuty(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && !STOPWORDS.has(t.norm) && DETERMINERS.has(tokens[k + 1]?.norm ?? "");
}

/**
 * Verbs of lending a hand: "Assister les membres du personnel dans la rédaction et la
 * production vidéo", "support the Communications Manager with design". The craft belongs
 * to the people helped; the hire's share is light.
 */
const ASSIST = new Set([
  "assister", "assistez", "assisterez", "aider", "aidez", "aiderez", "epauler", "epaulez", "seconder", "secondez", "appuyer",
  "appuyez", "soutenir", "soutenez", "assist", "assists", "assisting", "help", "helps", "helping", "support", "supports", "supporting",
]);
/** The people an assisting verb serves, named before what it helps them with. */
const HELPED = new Set([
  "personnel", "staff", "membres", "members", "equipe", "equipes", "team", "teams", "collegues", "colleagues", "benevoles",
  "volunteers", "responsable", "responsables", "manager", "managers", "directeur", "directrice", "director", "head", "officer",
  "coordinator", "coordinateur", "coordinatrice", "charge", "chargee", "lead", "chef",
]);
const HELP_WITH = new Set(["dans", "a", "au", "aux", "pour", "en", "with", "in", "on"]);
/** Tokens after an assisting verb within which the people helped and their "with" must come. */
const HELPED_REACH = 10;

const STEERS = lexiconBit(STEER_WORDS);
const LEADS = lexiconBit(LEAD);
const ASSISTS = lexiconBit(ASSIST);

/**
 * "Assist with launching the campaigns", "help with the newsletter": in English the work may
 * follow the verb at once, and it still belongs to whoever the hire helps. Not "support",
 * which is as often a noun of the work itself ("community support in our Discord").
 */
const HELPING_VERBS = new Set(["assist", "assists", "assisting", "help", "helps", "helping"]);

/** "Assister [les membres du personnel] dans …": the people helped, then what with; or "assist with …" and its work. */
function helpsPeople(tokens: Token[], k: number): boolean {
  if (HELPING_VERBS.has(tokens[k].norm) && tokens[k + 1]?.norm === "with" && tokens[k + 1].gap === Gap.Space) return true;
  let people = false;
  for (let j = k + 1; j < tokens.length && j <= k + HELPED_REACH; j++) {
    if (tokens[j].gap >= Gap.Clause) return false;
    if (HELPED.has(tokens[j].norm)) people = true;
    else if (people && HELP_WITH.has(tokens[j].norm)) return true;
  }
  return false;
}

function steersAt(tokens: Token[], k: number, classes: Uint32Array): boolean {
  const kind = classes[k];
  if (!(kind & (STEERS | LEADS | ASSISTS))) return false;
  if (kind & STEERS) return true;
  if (kind & ASSISTS) return helpsPeople(tokens, k);
  if (LEAD_NOUNS.has(tokens[k + 1]?.norm ?? "")) return false;
  return tokens[k].gap >= Gap.Punct || LEAD_SUBJECTS.has(tokens[k - 1]?.norm ?? "");
}

/** 1 for each word that a steering verb governs, up to the end of its object. */
export function markSteered(tokens: Token[]): Uint8Array {
  const marked = new Uint8Array(tokens.length);
  const classes = wordClasses(tokens);
  for (let k = 0; k < tokens.length; k++) {
    if (!steersAt(tokens, k, classes)) continue;
    let content = 0;
    let j = k + 1;
    for (; j < tokens.length && content < STEER_REACH; j++) {
      const t = tokens[j];
      if (t.gap >= Gap.Clause) break;
      // "Coordonner les projets et créer les visuels": the second verb is hands-on work.
      if ((AND.has(t.norm) || t.gap === Gap.Punct) && startsDuty(tokens, AND.has(t.norm) ? j + 1 : j)) break;
      if (!STOPWORDS.has(t.norm)) content++;
      marked[j] = 1;
    }
    k = j - 1;
  }
  return marked;
}
