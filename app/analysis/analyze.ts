// analyze(text, compiled) → Analysis: the whole pipeline, pure and deterministic.

import { assessDemands, OFFER_THRESHOLDS, PRODUCTION_CRAFTS } from "./assess";
import { withPerformanceReadings } from "./performance";
import { dropPlatformsAsPlaces, lightenMeasuredMetrics, lightenWhatMakingServes, PLACE_WORDS, PURPOSE_WORDS } from "./placed-work";
import { lightenToolExamples } from "./tool-examples";
import type { CompiledSense, CompiledTaxonomy, MatchTarget } from "./compile";
import { explain } from "./explain";
import { contractHours } from "./contract-hours";
import { prepareInput, type InputFormat } from "./input";
import { detectLanguage } from "./language";
import { lexiconBit, wordClasses } from "./lexicon";
import { ASKING_KINDS, buildLayout, type Layout } from "./layout";
import { buildStream, findMatches, VISUAL_MAKING_VERBS, type Stream } from "./match";
import { BRIEFING, Modifiers } from "./modifiers";
import { CONJUNCTIONS, STOPWORDS } from "./stopwords";
import { stem } from "./stem";
import type { Lang } from "./taxonomy";
import { namesExecutant, namesHead, namesJunior, titleField } from "./scope";
import { markSteered } from "./steering";
import { craftsNamedByTitle, findTitle, namesOnlyTheContract, settleSharedTitle, tradesNamedByTitle } from "./title";
import { firstTokenEndingAfter, Gap, tokenize, type Token } from "./tokenize";
import type { Analysis, Demand, Evidence, FamilyResult, Match, MatchModifier, SectionKind, Thresholds } from "./types";

export const ANALYZER_VERSION = "1.0.0";

export interface AnalyzeOptions {
  /** Force the offer's language instead of detecting it. */
  language?: Lang;
  /** "auto" (default) detects HTML; "text" keeps the input as is. */
  format?: InputFormat;
  thresholds?: Partial<Thresholds>;
}

const SECTION_WEIGHT: Record<SectionKind, number> = {
  title: 1,
  intro: 0.8,
  duties: 1,
  requirements: 1,
  nice: 0.3,
  other: 0.7,
  company: 0,
  benefits: 0,
  apply: 0,
  meta: 0,
  keywords: 0.5,
};
const NICE_FACTOR = 0.3;
/** A title naming a profile weighs like a core duty stated one and a half times. */
const TITLE_WEIGHT = 1.5;
/** …and like one plain mention when other words of the title name another craft. */
const TITLE_QUALIFIED_WEIGHT = 1;
const AMBIGUITY_WINDOW = 12;
/** Content words right after an ambiguous verb that name its object plainly. */
const OBJECT_HEAD = 3;
/** Entry kinds that name the craft's own know-how (a tool, a technique) rather than a task. */
const CRAFT_KINDS = new Set(["tool", "skill"]);

const STEERING_FAMILY = "digital_strategy";

const ROLE_WORDS = new Set([
  "vous", "you", "your", "tu", "te", "ton", "ta", "tes", "toi", "candidat", "candidate", "candidates", "poste", "position",
  "role", "job", "recherchons", "recherche", "cherchons", "looking", "seek", "seeking", "hire", "hiring", "recrute",
  "recrutons", "embauche", "profil", "profile", "talent", "talents", "person", "personne", "mission", "missions",
]);
const COMPANY_SUBJECTS = new Set(["nous", "we", "notre", "nos", "our", "founded", "fondee", "fonde", "creee", "depuis", "since"]);
/** Company words that also name what the hire looks after: "Our social media presence", listed under the duties. */
const POSSESSIVES = new Set(["notre", "nos", "our"]);
const COMPANY_VERBS = new Set(["est", "sont", "is", "are", "was", "were", "has", "have", "compte", "emploie", "propose", "offers", "provides", "builds", "helps", "aide", "accompagne", "develops", "developpe", "edite"]);

const ARTICLES = new Set(["the", "le", "la", "les", "l"]);
const PURPOSE_PARTICIPLES = new Set(["designed", "concu", "concue", "concus", "concues"]);
const PURPOSE_LINKS = new Set(["to", "pour"]);

/**
 * "Our agency builds websites", "Captain Train est un site…": about the company, not a
 * demand. In a part that asks for work, a clause that opens on "our" names what the hire
 * looks after ("Our mass media and social media presence") unless a company verb follows.
 */
function isCompanyClause(tokens: Token[], c0: number, c1: number, isKnown: (n: string) => boolean, asking: boolean): boolean {
  for (let k = c0; k < c1; k++) if (ROLE_WORDS.has(tokens[k].norm)) return false;
  // Among the duties, "At Acme, we publish three articles a week: write them" hands the hire the work.
  let first = asking ? c0 : pastCompanyPlace(tokens, c0, c1);
  while (first < c1 && STOPWORDS.has(tokens[first].norm) && !COMPANY_SUBJECTS.has(tokens[first].norm)) first++;
  if (first >= c1) return false;
  const head = tokens[first];
  // "Our company builds websites", even under the duties, is still the company speaking.
  if (asking && POSSESSIVES.has(head.norm)) return companyVerbWithin(tokens, first + 1, c1);
  if (COMPANY_SUBJECTS.has(head.norm)) return !(asking && objectPronoun(tokens, first, c1));
  // The name opens the clause, or follows its article: "The Carpentries is a community…".
  if (!head.cap || isKnown(head.norm) || (first !== c0 && !(first === c0 + 1 && ARTICLES.has(tokens[c0].norm)))) return false;
  return companyVerbWithin(tokens, first + 1, c1);
}

/** Verbs whose "nous" is who the hire serves: "nous proposer", "nous aider"; not "nous rejoindre", "nous suivre". */
const SERVING_VERBS = new Set([
  "proposer", "aider", "accompagner", "conseiller", "apporter", "fournir", "remonter", "transmettre", "presenter", "alerter",
  "informer", "epauler", "assister", "soumettre", "recommander", "livrer", "preparer", "rendre",
]);

/** "Nous" before such a verb is the hire's addressee, not the subject: "- Nous proposer un calendrier de publication". */
function objectPronoun(tokens: Token[], k: number, c1: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].norm === "nous" && k + 1 < c1 && next.gap <= Gap.Space && SERVING_VERBS.has(next.norm);
}

/** Words that name the company as a place before its clause: "At Acme, we…", "Chez Acme, nous…". */
const PLACE_OPENERS = new Set(["at", "chez"]);
/** The most words of a company's name in such an opening. */
const PLACE_NAME_WORDS = 3;

/** The first word after an opening "At Acme," (the clause's subject), or `c0` when the clause has none. */
function pastCompanyPlace(tokens: Token[], c0: number, c1: number): number {
  if (!PLACE_OPENERS.has(tokens[c0]?.norm ?? "")) return c0;
  for (let k = c0 + 1; k < c1 && k <= c0 + PLACE_NAME_WORDS + 1; k++) {
    if (k > c0 + 1 && tokens[k].gap === Gap.Punct) return k;
    if (!tokens[k].cap) return c0;
  }
  return c0;
}

/** The hire's work named as theirs: "your main mission", "vos missions", "ta mission". */
const HIRE_POSSESSIVES = new Set(["your", "votre", "vos", "ta", "tes"]);
const HIRE_WORK = new Set(["mission", "missions", "role", "job", "responsibilities", "responsabilites", "taches", "tasks"]);
/** Words between the possessive and the noun of the work ("your main mission"). */
const HIRE_REACH = 2;

/** Where a clause names the hire's own work; what follows it is that work. -1 when it does not. */
function hireWorkCue(tokens: Token[], c0: number, c1: number): number {
  // The work is the clause's subject ("Your main mission will be…", "Ta mission :"), not an
  // object the company takes on ("Nous prenons en charge vos missions de communication").
  let k = c0;
  while (k < c1 && STOPWORDS.has(tokens[k].norm) && !HIRE_POSSESSIVES.has(tokens[k].norm)) k++;
  if (k >= c1 || !HIRE_POSSESSIVES.has(tokens[k].norm)) return -1;
  for (let j = k + 1; j < Math.min(c1, k + 1 + HIRE_REACH); j++) if (HIRE_WORK.has(tokens[j].norm)) return j;
  return -1;
}

/** A company verb within the few words after the clause's subject ("Our agency builds…", "Captain Train est…"). */
function companyVerbWithin(tokens: Token[], from: number, c1: number): boolean {
  for (let k = from; k < Math.min(c1, from + 4); k++) if (COMPANY_VERBS.has(tokens[k].norm)) return true;
  return false;
}

/** 1 when a passage can be a core craft ("content calendar"), 0 for a generic one ("create content"). */
function depthRank(targets: MatchTarget[], compiled: CompiledTaxonomy): number {
  for (const t of targets) {
    if (t.kind === "entry" && compiled.entries.get(t.id)?.depth === "core") return 1;
    if (t.kind === "ambiguous" && compiled.ambiguous.get(t.id)?.senses.some((s) => s.depth === "core")) return 1;
  }
  return 0;
}

/** Context phrases of a sense whose every stem is among `words`. */
function contextHits(words: Set<string>, sense: CompiledSense): number {
  let hits = 0;
  for (const ctx of sense.context) {
    let all = ctx.length > 0;
    for (let i = 0; i < ctx.length && all; i++) if (!words.has(ctx[i])) all = false;
    if (all) hits++;
  }
  return hits;
}

/** One of `words` ("sur", "via", "with"…) among the function words right before content word `p`. */
function wordBefore(tokens: Token[], stream: Stream, p: number, words: ReadonlySet<string>): boolean {
  for (let k = stream.tok[p - 1] + 1; k < stream.tok[p]; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}

/** What the reading of an ambiguous word looks at, the same for every word of the offer. */
interface SenseContext {
  tokens: Token[];
  stream: Stream;
  /** Line index of every token. */
  lineOf: Int32Array;
  /** 1 for tokens that name a team or a frame: no context for the work. */
  teams: Uint8Array;
}

/**
 * For a tool word read in several crafts (Figma), the title's job: the one sense whose
 * family it owns ("owns": a UX designer's Figma draws screens), or lists ("lists").
 */
function titleSense(termId: string, compiled: CompiledTaxonomy, profileId: string | null | undefined, how: "owns" | "lists"): { sense: CompiledSense; byObject: boolean } | null {
  const profile = profileId && SPECIFIC_TERMS.has(termId) ? compiled.profileById.get(profileId) : undefined;
  const term = profile && compiled.ambiguous.get(termId);
  if (!term) return null;
  // A tool serves the job that holds it; a newsletter's default (it is sent) is a better guess than the job's list.
  if (!term.senses.every((sense) => compiled.entries.get(sense.entryId)?.kind === "tool")) return null;
  const fits = term.senses.filter((sense) => profile.core.has(sense.familyId) || (how === "lists" && profile.light.has(sense.familyId)));
  return fits.length === 1 ? { sense: fits[0], byObject: false } : null;
}

/**
 * The sense an ambiguous word takes from the words around it on its own line, and
 * whether its object decided it ("développer le site internet"): then the word names the
 * craft as plainly as the craft's own terms.
 */
function senseFor(
  target: MatchTarget,
  compiled: CompiledTaxonomy,
  ctx: SenseContext,
  p0: number,
  p1: number,
  titleProfile?: string | null,
): { sense: CompiledSense; byObject: boolean } | null {
  const term = compiled.ambiguous.get(target.id);
  if (!term) return null;
  const { tokens, stream, lineOf, teams } = ctx;
  const { stems, gaps, tok } = stream;
  const line = lineOf[tok[p0]];
  // "Développer des compétences", "develop partnerships", "développer les ventes": an object
  // that names skills or business names no craft, whatever the line's other words say.
  // Also after a second verb joined to a verb: "animer et stimuler les partenariats" (not "les newsletters et développer le chiffre d'affaires").
  const joinedVerb = p1 + 1 < stems.length && VERB_FORM.test(tokens[tok[p1 - 1]].norm) && tokens[tok[p1] - 1]?.gap <= Gap.Space && CONJUNCTIONS.has(tokens[tok[p1] - 1].norm);
  const objectAt = joinedVerb ? p1 + 1 : p1;
  if (objectAt < stems.length && lineOf[tok[objectAt]] === line && gaps[p1] <= Gap.Space && gaps[objectAt] <= Gap.Space) {
    if (NO_CRAFT_OBJECTS.has(stems[objectAt])) return null;
    // "develop campaign landing pages", "develop brand microsites": the thing built comes after the qualifier.
    if (NOT_BUILT_OBJECTS.get(term.id)?.has(stems[objectAt]) && !term.senses.some((sense) => headHolds(tokens, stream, lineOf, line, objectAt, sense))) return null;
  }
  // "Content development", "business development", "développement commercial": the noun
  // names what is developed, and it is no site.
  if (DEVELOPMENT_NOUNS.has(tokens[tok[p0]].norm) && p1 - p0 === 1) {
    const before = p0 > 0 && gaps[p0] <= Gap.Space && lineOf[tok[p0 - 1]] === line ? stems[p0 - 1] : "";
    const after = p1 < stems.length && gaps[p1] <= Gap.Space && lineOf[tok[p1]] === line ? stems[p1] : "";
    if (DEVELOPED_BEFORE.has(before) || DEVELOPED_AFTER.has(after)) return null;
  }
  // A word inside parentheses reads no further than them: in "contenus (textes, visuels,
  // vidéos), gérer le site web", the site is not what the visuals are for.
  const paren = tokens[tok[p0]].paren;
  let to = p1;
  while (to < stems.length && to - p1 < AMBIGUITY_WINDOW && lineOf[tok[to]] === line && (!paren || tokens[tok[to]].paren === paren)) to++;
  // The words right after the term, up to a place or means ("sur", "via", "with"), are
  // what it acts on: in "animer nos communautés sur Facebook et Instagram" the object
  // decides the sense, however many channels follow.
  const object = new Set<string>();
  // Its first words, with no clause or punctuation between: the thing itself ("le site internet").
  const head = new Set<string>();
  for (let p = p1; p < to && !wordBefore(tokens, stream, p, PLACE_WORDS) && !wordBefore(tokens, stream, p, PURPOSE_WORDS); p++) {
    if (teams[tok[p]] || noContext(tokens, stream, p)) continue;
    object.add(stems[p]);
    if (p - p1 < OBJECT_HEAD && gaps[p] <= Gap.Space) head.add(stems[p]);
  }
  // "Design the ads", "tourner les spots": a verb that only makes a visual or a film, right
  // before a word that names both a making craft and a campaign's work, leaves only the making.
  // One word may stand between them: "design static ads", "tourner nos spots".
  const made = gaps[p0] <= Gap.Space && (makesVisualAt(stream, lineOf, line, p0 - 1) || (gaps[p0 - 1] <= Gap.Space && makesVisualAt(stream, lineOf, line, p0 - 2)));
  const making = made ? term.senses.filter((sense) => PRODUCTION_CRAFTS.has(sense.familyId)) : [];
  const senses = making.length ? making : term.senses;
  // "Visual content", "video content", "blog content": the word right before the generic noun
  // names its kind, whatever platforms the line then lists ("visual content tailored to TikTok").
  // Not before a noun that is a kind already: "website visuals" and "video ads" are visuals and ads.
  const kind = KIND_NAMED_BEFORE.has(term.id) ? kindNamedBefore(tokens, stream, lineOf, line, p0, senses) : null;
  if (kind) return { sense: kind, byObject: true };
  // What the word acts on decides next, when it decides ("animer des bannières et des
  // visuels pour les réseaux sociaux" animates banners); a tie there leaves it to the line,
  // whose words are only gathered then.
  const byObject = clearWinner(object, senses);
  if (byObject) return { sense: byObject, byObject: contextHits(head, byObject) > 0 };
  let from = p0;
  while (from > 0 && p0 - from < AMBIGUITY_WINDOW && lineOf[tok[from - 1]] === line) from--;
  const window = new Set<string>();
  for (let p = from; p < to; p++) if ((p < p0 || p >= p1) && !teams[tok[p]] && !noContext(tokens, stream, p)) window.add(stems[p]);
  const byLine = clearWinner(window, senses);
  if (byLine) return { sense: byLine, byObject: contextHits(head, byLine) > 0 };
  // No decision: the sense the title's job owns or lists, then the default sense, if any; after a verb of making, the making sense.
  const titled = making.length ? null : (titleSense(term.id, compiled, titleProfile, "owns") ?? titleSense(term.id, compiled, titleProfile, "lists"));
  if (titled) return titled;
  const fallback = making.length ? (making.find((sense) => sense === term.fallback) ?? making[0]!) : term.fallback;
  return fallback ? { sense: fallback, byObject: false } : null;
}

/** Ambiguous terms that are generic nouns of made things, whose kind an English modifier names: "content". */
const KIND_NAMED_BEFORE = new Set(["contenu"]);

/** The sense the word glued before the term names on its own ("graphic content"), if only one sense's context holds it. */
function kindNamedBefore(tokens: Token[], stream: Stream, lineOf: Int32Array, line: number, p0: number, senses: CompiledSense[]): CompiledSense | null {
  const q = p0 - 1;
  if (q < 0 || stream.gaps[p0] > Gap.Space || stream.tok[q] !== stream.tok[p0] - 1 || lineOf[stream.tok[q]] !== line) return null;
  return clearWinner(new Set([stream.stems[q]]), senses);
}

const EXPERIENCE = stem("experience");
const EXPERIENCE_LINKS = new Set(["in", "with", "en", "dans", "avec"]);

/** A word that says nothing of the work around it: a career's experience, the video of video games. */
function noContext(tokens: Token[], stream: Stream, p: number): boolean {
  return careerExperience(tokens, stream, p) || videoGame(tokens, stream, p);
}

const VIDEO = stem("video");
const GAME_BEFORE = new Set(["jeu", "jeux"]);
const GAME_AFTER = new Set(["game", "games", "gaming", "gamer", "gamers"]);

/** "jeux vidéo", "video games": a medium of play, not a film to make. */
function videoGame(tokens: Token[], stream: Stream, p: number): boolean {
  const k = stream.tok[p];
  return stream.stems[p] === VIDEO && (GAME_BEFORE.has(tokens[k - 1]?.norm ?? "") || GAME_AFTER.has(tokens[k + 1]?.norm ?? ""));
}

/** "3 years of experience in design", "expérience en design": a career, not a user's experience. */
function careerExperience(tokens: Token[], stream: Stream, p: number): boolean {
  return stream.stems[p] === EXPERIENCE && EXPERIENCE_LINKS.has(tokens[stream.tok[p] + 1]?.norm ?? "");
}

/** One of the few words from `p` on, unbroken on line `line`, is in the sense's context: "campaign landing pages". */
function headHolds(tokens: Token[], stream: Stream, lineOf: Int32Array, line: number, p: number, sense: CompiledSense): boolean {
  const words = new Set<string>();
  for (let q = p; q < stream.stems.length && q - p < OBJECT_HEAD + 1 && lineOf[stream.tok[q]] === line; q++) {
    // The compound ends at a function word: in "l'audience du site" the site is whose audience,
    // in "reports on our content" the content is what the reports are about, not the thing made.
    if (q > p && (stream.gaps[q] > Gap.Space || stream.tok[q] !== stream.tok[q - 1] + 1)) break;
    words.add(stream.stems[q]);
  }
  return contextHits(words, sense) > 0;
}

/** Content word `q` is a verb that only makes a visual or a film, on line `line`. */
function makesVisualAt(stream: Stream, lineOf: Int32Array, line: number, q: number): boolean {
  return q >= 0 && lineOf[stream.tok[q]] === line && VISUAL_MAKING_VERBS.has(stream.stems[q]);
}

/** The sense whose context `words` hold most, when it holds strictly more than any other; null otherwise. */
function clearWinner(words: Set<string>, senses: CompiledSense[]): CompiledSense | null {
  let best: CompiledSense | null = null;
  let bestHits = 0;
  let runnerUp = 0;
  for (const sense of senses) {
    const hits = contextHits(words, sense);
    if (hits > bestHits) {
      runnerUp = bestHits;
      best = sense;
      bestHits = hits;
    } else if (hits > runnerUp) runnerUp = hits;
  }
  return best && bestHits > runnerUp ? best : null;
}

/** Objects of an ambiguous verb that are skills or business, not a craft's work. */
const NO_CRAFT_OBJECTS = new Set(
  [
    "competences", "skills", "connaissances", "knowledge", "expertise", "relations", "relationships", "partenariats",
    "partnerships", "business", "ventes", "sales", "chiffre", "clientele", "portefeuille", "carriere", "career",
  ].map((w) => stem(w)),
);
const DEVELOPMENT_NOUNS = new Set(["development", "developpement", "developpements"]);
/** What an English "… development" develops when it is no site: "content development", "business development". */
const DEVELOPED_BEFORE = new Set(
  ["content", "business", "product", "audience", "community", "brand", "market", "team", "talent", "leadership", "professional", "personal", "partnership", "program", "programme", "fund", "resource", "course", "curriculum", "skills", "career", "sales"].map((w) => stem(w)),
);
/** What a French "développement …" develops when it is no site: "développement commercial", "développement durable". */
const DEVELOPED_AFTER = new Set(["commercial", "commerciale", "personnel", "personnelle", "durable", "produit", "produits", "international", "territorial", "local", "economique", "professionnel", "professionnelle"].map((w) => stem(w)));
/** A verb as an offer writes it: a French infinitive, or the English verbs read from context. */
const VERB_FORM = /^(?:.+(?:er|ir|re)|develop|design|animate)$/;

/**
 * Per ambiguous word, objects that say it makes none of its senses' things: one "develops"
 * concepts, graphics or a campaign without writing code ("Developing concepts, graphics and
 * layouts for … websites").
 */
const NOT_BUILT_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    "developpement",
    new Set(
      [
        "concepts", "concept", "idees", "ideas", "graphics", "graphical", "graphiques", "contenus", "content", "storyboards", "storyboard",
        "strategie", "strategies", "strategy", "campagnes", "campaigns", "messages", "messaging", "marque", "brand", "offre", "offres",
        // What grows: "développer l'audience du site", "develop brand awareness".
        "audience", "audiences", "notoriete", "visibilite", "awareness", "reach",
      ].map((w) => stem(w)),
    ),
  ],
  // What is written for colleagues, clients or funders, not published: "rédaction du brief créa", "writing grant proposals".
  [
    "redaction",
    new Set(
      [
        "brief", "briefs", "compte", "comptes", "rapport", "rapports", "report", "reports", "minutes", "proces", "contrat", "contrats",
        "contract", "contracts", "code", "devis", "quotes", "proposals", "proposal", "propositions", "cahier", "cahiers", "specifications",
        "specs", "documentation", "grant", "grants", "appels", "tenders", "tender", "procedures", "cv", "tests", "test", "recommandations",
        "recommendations", "queries", "query", "requetes", "sql",
      ].map((w) => stem(w)),
    ),
  ],
]);

const TEAM_NOUNS = new Set([
  "team", "teams", "equipe", "equipes", "department", "departments", "departement", "departements", "pole", "squad",
  "agence", "agences", "agency", "agencies", "studio", "prestataire", "prestataires", "services", "poles",
]);
// A preposition of place ends the walk: "shootings photo en studio" is where the hire works, not who does it.
const TEAM_BACK_STOP = new Set(["en", "in", "dans", "au", "with", "avec", "to", "for", "pour", "par", "by", "among", "entre", "vers", "from", "across", "within", "between", "alongside", "aupres", "aux"]);
const TEAM_OF = new Set(["de", "of", "des", "du", "d"]);
const TEAM_ARTICLES = new Set(["the", "our", "your", "their", "le", "la", "l", "les", "notre", "nos", "votre", "vos", "leur", "leurs"]);
/**
 * Makers the hire works with, when a "with" comes first: "with two front-end developers",
 * "interface avec notre développeur web interne", "work with our nonprofit newsroom".
 */
const MAKER_NOUNS = new Set([
  "developers", "developpeurs", "developpeuses", "devs", "designers", "graphistes", "integrateurs", "integrators",
  "photographers", "photographes", "videastes", "videographers", "illustrators", "illustrateurs", "webdesigners",
  "copywriters", "redacteurs", "writers", "newsroom", "newsrooms",
  "developer", "developpeur", "developpeuse", "dev", "designer", "graphiste", "integrateur", "integrator",
  "photographer", "photographe", "videaste", "videographer", "illustrator", "illustrateur", "webdesigner",
  "copywriter", "redacteur", "redactrice", "writer",
]);
/**
 * Colleagues named by their post after a "with": "work with community managers", "working
 * directly with our content marketing manager", "en lien avec la responsable marketing". One
 * of them needs an article: without it the words name a tool ("with Google Tag Manager"),
 * which stays the hire's work.
 */
const COLLEAGUES = new Set(["managers", "directors", "officers", "strategists", "specialists", "coordinators", "buyers", "responsables", "directeurs", "directrices", "coordinateurs", "acheteurs"]);
const COLLEAGUE_POSTS = new Set([
  ...COLLEAGUES,
  "manager", "director", "officer", "strategist", "specialist", "coordinator", "buyer", "responsable", "directeur", "directrice", "coordinateur", "coordinatrice", "acheteur", "acheteuse",
]);
/** Content words a colleague's post may hold between its article and its last word ("our content marketing manager"). */
const POST_WORDS = 4;
/** Tokens back, within a clause, that a "with" may stand from the makers it introduces. */
const MAKER_WITH_REACH = 10;
/** Tokens back that a briefing may stand from the makers it addresses: "briefs for graphic designers", not "from the teams' briefs, you will be the designer". */
const BRIEFED_MAKER_REACH = 3;
const TEAM_REACH = 4;
const REFERENCE_REACH = 6;
const REFERENCE_BY_FIRST = new Map<string, string[][]>();
/** Cues of a taste ("passionné de", "curious about"); an "and" that opens another quality ends what they cover. */
const TASTE = new Set([
  "passionne", "passionnee", "passionnes", "passionnees", "passionate", "passion", "interest", "interet", "curious", "curieux", "curieuse",
  // "Animé·e par la volonté d'améliorer le service public": driven by, not leading a community.
  "anime", "animee", "animes", "animees",
  // "Vous êtes sensible à l'UX": an awareness the hire brings, not the craft asked.
  "sensible", "sensibles", "sensibilite",
  // "Sens de l'ergonomie", "a sense of design": a feel for a craft; "et maîtrise de…" that follows is a skill again.
  "sens", "sense",
  // "Un œil pour la typographie", "a keen eye for layout": a taste the hire brings.
  "eye", "oeil",
]);
/**
 * Cues of a field of study: "Bac+5 en communication, design ou multimédia", "degree in
 * Marketing, Graphic Design or a related field". A subject studied is no work asked, and
 * like a taste its list runs across commas.
 */
const STUDIES = [
  "diplome", "diplomee", "diplomes", "diplomees", "bac", "etudiant", "etudiante", "etudiants", "etudiantes",
  "formation en", "formation superieure", "formation initiale", "cursus", "master en", "licence en",
  "degree", "degrees", "bachelor", "bachelors", "diploma", "major in", "majoring in", "studies in", "student in", "students in", "studying",
  "bts", "licence professionnelle",
];
/** A subject taught is no work asked either, and a syllabus runs long: "Enseigner les modules suivants : SEO, SEA, e-mailing…". */
// Not "cours de" ("au cours de l'année"), a bare "teach" ("teach our community how to use the
// app"), "modules suivants" (modules to develop) nor "lecture on" (then design the slides).
const TEACHING = [
  "enseigner", "enseignerez", "enseignez", "donner des cours", "dispenser des cours", "dispenser les cours",
  "teach courses", "teach classes", "teach modules", "teaching modules",
];
const TEACHING_CUES = new Set(TEACHING.map((s) => s.split(" ")[0]));
/** Content words a syllabus may list after its cue. */
const SYLLABUS_REACH = 40;
const STUDY_CUES = new Set([...STUDIES, ...TEACHING].map((s) => s.split(" ")[0]));
/**
 * Rules the hire must know: "Connaissance de la réglementation en matière de communication
 * publique (neutralité, droit à l'image, accessibilité numérique)". Each rule named is a
 * frame, not the craft that applies it, and like a taste the list runs across commas.
 */
const RULES_KNOWN = [
  "connaissance de la reglementation", "connaissance des reglementations", "connaissance de la legislation",
  "connaissance du cadre reglementaire", "connaissance du cadre juridique", "knowledge of regulations",
  "knowledge of the regulations", "knowledge of the legislation", "regulatory knowledge",
];
const LIST_CUES = new Set([...TASTE, ...STUDY_CUES, ...RULES_KNOWN.map((s) => s.split(" ")[0])]);
/** Tastes that are also nouns for the people who have them ("une communauté de passionnés", "des curieux"). */
const TASTE_NOUNS = new Set(["passionnes", "passionnees", "curieux", "curieuses"]);
/** Words before such a noun: a group's "de", an article. */
const NOUN_LINKS = new Set(["de", "d", "des", "les", "nos", "vos", "ces"]);
/** What a taste is of: "des passionnés de retouche photo" is a taste again, whoever holds it. */
const TASTE_OBJECT_LINKS = new Set(["de", "d", "du", "des", "par", "pour"]);
/**
 * Words that leave the subjects studied for what the hire brings, even where a flattened
 * offer lost the line between them ("Degree in marketing - 2 years of experience - Good
 * command of graphic design").
 */
const STUDY_ENDS = new Set([
  "experience", "experiences", "years", "year", "yrs", "ans", "annees", "least", "minimum", "good", "strong", "solid",
  "bonne", "bonnes", "solide", "solides", "knowledge", "connaissance", "connaissances", "command", "proficiency",
]);
const QUALITY_STARTS = new Set([
  "maitrise", "maitrisez", "expert", "experte", "fluent", "skilled", "proficient", "proficiency", "mastery", "command", "knowledge",
  "connaissance", "connaissances", "experience", "experienced", "autonome", "rigoureux", "rigoureuse", "capable", "able", "familiar",
  "comfortable", "a",
]);
/** Content words a taste's list may run to: "la vie privée, la cybersécurité, le journalisme et la gestion des communautés". */
const TASTE_REACH = 12;
/** Words after a comma that hand over from a taste to the hire or a condition ("…, vous …", "…, quel que soit …"). */
const TASTE_BREAKS = new Set(["vous", "tu", "you", "nous", "we", "il", "elle", "they", "quel", "quelle", "whatever", "regardless", "mais", "but", "avec", "with", "et", "and"]);
/** After a comma, a taste's list goes on unless the hire or a skill comes next. */
const continuesTaste = (norm: string) => !QUALITY_STARTS.has(norm) && !TASTE_BREAKS.has(norm);
function addReference(words: string[]): void {
  REFERENCE_BY_FIRST.set(words[0], [...(REFERENCE_BY_FIRST.get(words[0]) ?? []), words]);
}
for (const phrase of [
  "aligned with", "align with", "in line with", "consistent with", "according to", "in accordance with", "in keeping with",
  "conformement a", "en coherence avec", "coherent avec", "coherente avec", "en lien avec", "en accord avec",
  "dans le respect de", "en respectant", "respecting",
  // Something to read about the employer: "check out this blog post from our Analytics Lead".
  "check out", "learn more", "read more", "en savoir plus",
  // Who the hire reports to: a title, not work ("Reporting to the Head of SEO").
  "report to", "reports to", "reporting to", "rattache", "rattachee", "sous la responsabilite", "sous la supervision",
  "under the supervision", "supervised by",
  // A taste or a prospect, not a task ("Passionné(e) de photographie", "career path towards Social Media Manager").
  "passionne", "passionnee", "passionnes", "passionnees", "passionate about", "passion for", "passion pour", "interest in",
  "interet pour", "curious about", "curieux", "curieuse", "evoluer vers", "career path",
  "anime par", "animee par", "animes par", "animees par",
  "sensible a", "sensible au", "sensible aux", "sensibles a", "sensibles au", "sensibles aux", "sensibilite a", "sensibilite au", "sensibilite aux",
  "sens de", "sens du", "sens des", "sense of", "eye for", "oeil pour",
  ...STUDIES,
  ...TEACHING,
  ...RULES_KNOWN,
]) {
  addReference(phrase.split(" "));
}

/**
 * The goal the work serves, not more work: "visual designs to achieve marketing goals",
 * "pour atteindre les objectifs". It names a few words and ends at an "and", which may add
 * work ("to meet SEO best practices and keyword research").
 */
const GOALS = ["to achieve", "to meet", "pour atteindre", "afin d atteindre"].map((cue) => cue.split(" "));
const GOAL_REACH = 3;
for (const words of GOALS) addReference(words);

const CUE_TEAM = lexiconBit(TEAM_NOUNS);
const CUE_MAKER = lexiconBit(MAKER_NOUNS);
const CUE_COLLEAGUE = lexiconBit(COLLEAGUE_POSTS);
const CUE_REFERENCE = lexiconBit(REFERENCE_BY_FIRST.keys());
/** People named by their field, in the plural: "spécialistes du développement web, du design…", "experts in SEO". */
const CUE_EXPERTS = lexiconBit(["specialistes", "experts", "expertes", "professionnels", "professionnelles", "specialists", "professionals"]);
const FIELD_LINKS = new Set(["de", "du", "des", "d", "en", "in", "of"]);
/** The longest list of fields read after such people. */
const FIELD_REACH = 24;
const FIELD_ENDS = new Set([...PLACE_WORDS, ...PURPOSE_WORDS, "to", "afin", "pour"]);
/** Articles and possessives that open a verb's object. */
const DETERMINERS = new Set([...TEAM_ARTICLES, "un", "une", "des", "du", "a", "an", "this", "these", "ce", "ces", "cette", "its", "ses", "son", "sa"]);

const WITH_WORDS = new Set(["avec", "with", "aupres", "alongside"]);
/** Who the hire helps or answers to is a colleague too: "support our Product Marketing Manager", "reporting to the Head of Content". */
const HELPING_WORDS = new Set([
  ...WITH_WORDS, "support", "supporting", "assist", "assisting", "report", "reporting", "reports", "rattache", "rattachee",
  "epauler", "epaulez", "epaulerez", "epauleras", "seconder", "secondez", "seconderez", "seconderas", "assister", "assistez", "assisterez", "assisteras",
]);

/** Words before a maker's noun that make it people ("an audience of developers", "nos designers"), not a verb ("Designer les écrans"). */
const PEOPLE_BEFORE = new Set([...TEAM_ARTICLES, "a", "an", "un", "une", "des", "du", "aux", "of", "for", "to", "with", "avec", "deux", "two", "other", "autres"]);

function namesPeople(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !!prev && tokens[k].gap <= Gap.Punct && (PEOPLE_BEFORE.has(prev.norm) || /^\d+$/.test(prev.norm));
}
/** Words that list a team's members: "l'équipe composée de…", "a team made up of…", "consisting of…". */
const COMPOSITION = new Set(["composee", "compose", "composees", "composes", "constituee", "constitue", "made", "consisting", "comprising", "composed"]);

/** "Collaborate closely with the CTO and two front-end developers", "en lien avec les graphistes". */
function withBefore(tokens: Token[], k: number, words: ReadonlySet<string> = WITH_WORDS, reach = MAKER_WITH_REACH): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    if (words.has(tokens[j].norm)) return true;
    if (tokens[j + 1].gap >= Gap.Clause) return false;
  }
  return false;
}

/** Words before "Manager" that make it software: "Meta Ads Manager", "Business Manager", "Google Tag Manager". */
const TOOL_BEFORE_POST = new Set(["ads", "business", "tag", "campaign"]);
/** Words after a post that make it the sentence's subject, the hire: "the SEO Specialist will…", "sera…". */
const SUBJECT_AFTER = new Set(["will", "shall", "is", "sera", "est", "devra", "aura", "would"]);
/** Words before the article that make the post the hire's own: "seras la responsable des réseaux sociaux", "you will be the". */
const BEING = new Set(["seras", "serez", "sera", "etes", "es", "be", "become", "devenir", "deviendrez"]);

/** The post at `k` is a colleague the hire works with, helps or answers to. */
function colleaguePost(tokens: Token[], k: number): boolean {
  if (!withBefore(tokens, k, HELPING_WORDS)) return false;
  if (TOOL_BEFORE_POST.has(tokens[k - 1]?.norm ?? "") || SUBJECT_AFTER.has(tokens[k + 1]?.norm ?? "")) return false;
  if (BEING.has(tokens[k - 2]?.norm ?? "") || BEING.has(tokens[k - 3]?.norm ?? "")) return false;
  return COLLEAGUES.has(tokens[k].norm) || postAfterArticle(tokens, k);
}

/** An article or a possessive opens the post that ends at token `k`: "our content marketing manager", not "Google Tag Manager". */
function postAfterArticle(tokens: Token[], k: number): boolean {
  for (let j = k - 1, content = 0; j >= 0 && content <= POST_WORDS && tokens[j + 1].gap <= Gap.Punct; j--) {
    const norm = tokens[j].norm;
    // A later post of a list shares the first one's article: "our Product Marketing Manager, Content Strategist and Events Manager".
    if (j < k - 1 && COLLEAGUE_POSTS.has(norm) && (tokens[j + 1].gap === Gap.Punct || CONJUNCTIONS.has(tokens[j + 1].norm))) return postAfterArticle(tokens, j);
    if (tokens[j + 1].gap === Gap.Punct) return false;
    if (TEAM_ARTICLES.has(norm)) return true;
    if (!STOPWORDS.has(norm)) content++;
  }
  return false;
}

/** French determiners before "services" when it names departments ("en lien avec les services internes"). */
const SERVICE_DETERMINERS = new Set(["les", "des", "aux", "nos", "vos", "leurs", "ses", "autres", "differents", "divers", "tous"]);

/** "Online services", "our services": what an organisation offers, not a team, unless French names its departments. */
function offeredServices(tokens: Token[], k: number): boolean {
  return tokens[k].norm === "services" && (k === 0 || !SERVICE_DETERMINERS.has(tokens[k - 1].norm));
}

/** Two function words in a row inside a passage: its words were joined across a phrase boundary ("writing and in speech"). */
function twoFunctionWordsIn(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0 + 1; k + 1 < t1; k++) if (STOPWORDS.has(tokens[k].norm) && STOPWORDS.has(tokens[k + 1].norm)) return true;
  return false;
}

/** English team nouns: a word right after one makes it a modifier ("the team calendar"), unlike French "l'équipe marketing". */
const ENGLISH_TEAM_NOUNS = new Set(["team", "teams", "department", "departments", "agency", "agencies", "squad"]);

/**
 * Whether a team named in the match is the team it leads ("manage a team of six",
 * "encadrer l'équipe") rather than the owner of what is managed ("the team calendar",
 * "team expenses"); null when the match names no team.
 */
function teamLed(tokens: Token[], t0: number, t1: number): boolean | null {
  let named = false;
  for (let k = t0; k < t1; k++) {
    if (!TEAM_NOUNS.has(tokens[k].norm)) continue;
    named = true;
    const next = tokens[k + 1];
    const modifier = ENGLISH_TEAM_NOUNS.has(tokens[k].norm) && k + 1 >= t1 && next !== undefined && next.gap === Gap.Space && !STOPWORDS.has(next.norm);
    if (!modifier) return true;
  }
  return named ? false : null;
}

/** "Looker Studio", "Visual Studio", "Android Studio": a studio named after a brand is software, not a team. */
function namesProduct(tokens: Token[], k: number): boolean {
  return tokens[k].norm === "studio" && k > 0 && tokens[k].cap && tokens[k - 1].cap && tokens[k].gap === Gap.Space;
}

/** The first of `pats` written at token `k`, its words within one phrase; plain loops, as every cue word of the offer comes here. */
function referenceAt(tokens: Token[], k: number, pats: string[][]): string[] | undefined {
  for (const words of pats) {
    let all = true;
    for (let j = 0; j < words.length && all; j++) all = tokens[k + j]?.norm === words[j] && (j === 0 || tokens[k + j].gap <= Gap.Space);
    if (all) return words;
  }
  return undefined;
}

/**
 * "aligned with our marketing strategy", "en lien avec le calendrier éditorial", "reporting
 * to the Head of SEO", "passionné de photo": something the hire follows, answers to or
 * likes, not something they produce.
 */
function markReference(tokens: Token[], k: number, marked: Uint8Array): void {
  const pats = REFERENCE_BY_FIRST.get(tokens[k].norm);
  if (!pats) return;
  const pat = referenceAt(tokens, k, pats);
  if (!pat) return;
  // "Animer notre communauté de passionnés : répondre…": people who love something, not a taste of the hire's.
  if (TASTE_NOUNS.has(tokens[k].norm) && NOUN_LINKS.has(tokens[k - 1]?.norm ?? "") && !TASTE_OBJECT_LINKS.has(tokens[k + 1]?.norm ?? "")) return;
  // The cue itself is no work either ("Reporting to…" is no reporting).
  for (let j = k; j < k + pat.length; j++) marked[j] = 1;
  let content = 0;
  const taste = LIST_CUES.has(pat[0]!);
  const studies = STUDY_CUES.has(pat[0]!);
  const goal = GOALS.includes(pat);
  const syllabus = TEACHING_CUES.has(pat[0]!);
  const reach = syllabus ? SYLLABUS_REACH : taste ? TASTE_REACH : goal ? GOAL_REACH : REFERENCE_REACH;
  for (let j = k + pat.length; j < tokens.length && content < reach; j++) {
    if (goal && CONJUNCTIONS.has(tokens[j].norm)) break;
    if (studies && (STUDY_ENDS.has(tokens[j].norm) || QUALITY_STARTS.has(tokens[j].norm))) break;
    // A taste runs through its list ("passionné par la vie privée, la cybersécurité, le
    // journalisme"), until a comma hands over to the hire or to a skill ("…, vous maîtrisez").
    // A syllabus runs on to the end of its sentence, past its commas and parentheses.
    if (tokens[j].gap >= Gap.Clause || (tokens[j].gap === Gap.Punct && !syllabus && !(taste && continuesTaste(tokens[j].norm)))) break;
    // "Curieux et maîtrise de Photoshop": the "et" opens another quality.
    if (taste && CONJUNCTIONS.has(tokens[j].norm) && QUALITY_STARTS.has(tokens[j + 1]?.norm ?? "")) break;
    if (!STOPWORDS.has(tokens[j].norm)) content++;
    marked[j] = 1;
  }
}

/**
 * Words that name a team the hire works with, or a frame they follow, not work they
 * do: "with the design team", "with two front-end developers", "l'équipe social media", "internal teams (Editors, SEO,
 * Design…)", "aligned with our marketing strategy".
 */
function markTeamReferences(tokens: Token[]): Uint8Array {
  const marked = new Uint8Array(tokens.length);
  const classes = wordClasses(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const cue = classes[k];
    if (!(cue & (CUE_TEAM | CUE_MAKER | CUE_COLLEAGUE | CUE_REFERENCE | CUE_EXPERTS))) continue;
    if (cue & CUE_REFERENCE) markReference(tokens, k, marked);
    if (cue & CUE_EXPERTS) markFields(tokens, k, marked);
    // Makers the hire works with or briefs ("Provide clear briefs for graphic designers") are colleagues.
    const colleagueMakers = cue & CUE_MAKER && (withBefore(tokens, k) || withBefore(tokens, k, BRIEFING, BRIEFED_MAKER_REACH));
    if (!(cue & CUE_TEAM) && !colleagueMakers && !(cue & CUE_COLLEAGUE && colleaguePost(tokens, k))) continue;
    if (namesProduct(tokens, k) || offeredServices(tokens, k)) continue;
    // The post itself is a colleague, not work: "en collaboration avec les designers".
    marked[k] = 1;
    // Backwards: "the social media team", "design, development and strategy teams"
    // (commas are crossed only inside such a list, once its "and" is behind us).
    let content = 0;
    let list = false;
    for (let j = k - 1; j >= 0 && content < TEAM_REACH; j--) {
      const gap = tokens[j + 1].gap;
      if (gap >= Gap.Clause || (gap === Gap.Punct && !list)) break;
      const norm = tokens[j].norm;
      if (TEAM_BACK_STOP.has(norm)) break;
      // The article opens the team's name: "motivate the team" names no work before it,
      // unless it follows a list's "and" ("Brand content et le Studio").
      if (TEAM_ARTICLES.has(norm) && !(j > 0 && CONJUNCTIONS.has(tokens[j - 1].norm))) break;
      if (CONJUNCTIONS.has(norm)) list = true;
      if (!STOPWORDS.has(norm)) content++;
      marked[j] = 1;
    }
    // Forwards: "l'équipe social media", "team of community managers".
    content = 0;
    let j = k + 1;
    for (; j < tokens.length && content < 3; j++) {
      if (tokens[j].gap >= Gap.Punct) break;
      const norm = tokens[j].norm;
      if (STOPWORDS.has(norm) && !TEAM_OF.has(norm)) break;
      if (!STOPWORDS.has(norm)) content++;
      marked[j] = 1;
    }
    // Its members listed after "composée de", "made up of": "l'équipe composée de deux UX
    // designers, de traffic managers et de développeurs" names colleagues, to the clause's end.
    if (cue & CUE_TEAM && COMPOSITION.has(tokens[k + 1]?.norm ?? "") && tokens[k + 1].gap <= Gap.Space) {
      for (let m = k + 1; m < tokens.length && (m === k + 1 || tokens[m].gap < Gap.Clause); m++) marked[m] = 1;
    }
    // A list in parentheses right after: "internal teams (Editors, SEO, Design)".
    if (j < tokens.length && tokens[j].paren && tokens[j].paren !== tokens[k].paren && tokens[j].gap <= Gap.Punct) {
      const group = tokens[j].paren;
      for (let g = j; g < tokens.length && tokens[g].paren === group; g++) marked[g] = 1;
    }
  }
  return marked;
}

/**
 * The fields after plural people ("des spécialistes de l'apprentissage, du développement
 * web, du design de parcours") are who they are, not work: each item of the list, while
 * the next one opens with its link word again.
 */
function markFields(tokens: Token[], k: number, marked: Uint8Array): void {
  if (!FIELD_LINKS.has(tokens[k + 1]?.norm ?? "") || tokens[k + 1].gap > Gap.Space) return;
  for (let m = k + 1; m < tokens.length && m <= k + FIELD_REACH && tokens[m].gap < Gap.Clause; m++) {
    const norm = tokens[m].norm;
    // Where they work or what for ends their fields: "… de santé sur LinkedIn", "… in threat intelligence to turn…".
    if (FIELD_ENDS.has(norm)) return;
    // After a comma or an "and", a word followed by its object is the hire's next verb: "… et gérer notre chaîne", "… and own our budget".
    const joined = tokens[m].gap === Gap.Punct || CONJUNCTIONS.has(tokens[m - 1].norm);
    if (joined && !FIELD_LINKS.has(norm) && DETERMINERS.has(tokens[m + 1]?.norm ?? "")) return;
    marked[m] = 1;
  }
}

interface Weighing {
  weight: number;
  modifier: MatchModifier;
}

/**
 * `craftWord`: the passage names writing work in so many words ("copywriting", "produire
 * et publier du contenu"), not words joined across others ("in writing and in speech").
 */
function weigh(tokens: Token[], t0: number, t1: number, kind: SectionKind, mods: Modifiers, companyClause: boolean, team: boolean, familyId: string, craftWord: boolean, partless: boolean): Weighing {
  const clause = mods.clause(mods.clauseOf[t0]);
  // Beside a language, "written" and "rédactionnel" describe the language; copywriting stays a craft.
  if (clause.apply || (clause.language && familyId === "content_writing" && !craftWord)) return { weight: 0, modifier: "not_a_demand" };
  let nice = clause.nice;
  let negated = clause.negated || (clause.deniedAt >= 0 && t0 > clause.deniedAt);
  let outsourced = clause.outsourced || (clause.handedFrom >= 0 && t0 > clause.handedFrom && t0 < clause.handedTo);
  for (let k = t0; k < t1; k++) {
    const g = mods.parenAt(k);
    if (g) {
      nice ||= g.nice;
      negated ||= g.negated;
      outsourced ||= g.outsourced;
    }
  }
  if (negated) return { weight: 0, modifier: "negated" };
  const base = companyClause || team ? 0 : partless && kind === "intro" ? SECTION_WEIGHT.duties : SECTION_WEIGHT[kind];
  if (outsourced || base === 0) return { weight: 0, modifier: "not_a_demand" };
  if (kind === "nice") return { weight: base, modifier: "nice" };
  if (nice) return { weight: base * NICE_FACTOR, modifier: "nice" };
  return { weight: base, modifier: "required" };
}


/** "Travailler avec le service client", "work with customer support": the trade is a partner, not the work. */
function worksWith(tokens: Token[], t0: number): boolean {
  for (let k = t0 - 1; k >= 0 && k >= t0 - 4; k--) {
    if (WITH_WORDS.has(tokens[k].norm)) return true;
    if (!STOPWORDS.has(tokens[k].norm) || tokens[k + 1].gap >= Gap.Punct) return false;
  }
  return false;
}

/** A passage asking for another trade's work ("support client", "trainer"). */
interface TradeMatch extends Evidence {
  trade: string;
  phrase: string;
  weight: number;
  fromTitle: boolean;
  line: number;
}

function collectMatches(
  text: string,
  tokens: Token[],
  layout: Layout,
  compiled: CompiledTaxonomy,
  title: { line: number; start?: number; end?: number; profile?: string | null } | null,
  language: Lang,
): { matches: Match[]; trades: TradeMatch[] } {
  const titleLine = title?.line ?? -1;
  // A flattened offer runs on after its title on the same line ("Community Moderator
  // Company Overview At Netlify, we build…"): past the title's end, the line is its opening.
  const titleEnd = title?.end ?? Infinity;
  const stream = buildStream(tokens, 0, tokens.length, compiled.exactNorms);
  // French puts the specifying words last ("stratégie de contenu"), English first.
  const raw = withPerformanceReadings(
    findMatches(compiled.trie, stream, tokens, language === "fr" ? "right" : "left", (targets) => depthRank(targets, compiled)),
    stream,
  );
  const mods = new Modifiers(tokens, text);
  const teams = markTeamReferences(tokens);
  const steered = markSteered(tokens);
  const senseContext: SenseContext = { tokens, stream, lineOf: layout.lineOf, teams };
  const companyCache = new Map<number, boolean>();
  const hireCueCache = new Map<number, number>();
  const clauseBounds = (clauseId: number, k: number): [number, number] => {
    let c0 = k;
    while (c0 > 0 && mods.clauseOf[c0 - 1] === clauseId) c0--;
    let c1 = k + 1;
    while (c1 < tokens.length && mods.clauseOf[c1] === clauseId) c1++;
    return [c0, c1];
  };
  const matches: Match[] = [];
  const clauseOfMatch: number[] = [];
  const trades: TradeMatch[] = [];
  const firstTokenOfMatch: number[] = [];
  const endTokenOfMatch: number[] = [];
  // A whole marketing offer in no parts at all (lines that lost their breaks and headings)
  // is its duties from end to end: its opening words are not a preamble to a list. A short
  // paragraph stays a preamble (a pitch, or a post whose real work is told elsewhere), and
  // so does a post whose title names no marketing job: a receptionist who posts a photo now
  // and then is not asked for a craft.
  // A front matter's fields are the page's, not parts of the offer.
  const partless =
    tokens.length - firstTokenEndingAfter(tokens, layout.bodyStart) >= PARTLESS_MIN_TOKENS &&
    layout.sections.every((s) => s.kind === "intro" || s.end <= layout.bodyStart) &&
    namesMarketing(title, tokens, text);
  for (const m of raw) {
    const t0 = stream.tok[m.p0];
    const t1 = stream.tok[m.p1 - 1] + 1;
    // The targets in taxonomy order; most passages have only one, which needs no copy.
    const first = m.targets.length > 1 ? [...m.targets].sort((a, b) => a.order - b.order) : m.targets;
    let entryId: string | null = null;
    let familyId = "";
    let depth: "core" | "light" = "light";
    let ambiguousId: string | undefined;
    let tradeId: string | null = null;
    let byObject = false;
    const ambiguous = first.find((t) => t.kind === "ambiguous");
    // "PHP 35,000/month": the Philippine peso beside an amount, not the language.
    if (t1 - t0 === 1 && CURRENCY_CODES.has(tokens[t0].norm) && tokens[t0].upper && (startsNumber(tokens[t0 + 1]) || startsNumber(tokens[t0 - 1]))) continue;
    // "A rubric designed to measure…", "un outil conçu pour…": what a thing is for, not work asked.
    if (t1 - t0 === 1 && PURPOSE_PARTICIPLES.has(tokens[t0].norm) && PURPOSE_LINKS.has(tokens[t1]?.norm ?? "") && tokens[t1].gap === Gap.Space) continue;
    // "An audience of developers", "our designers": a maker named by the word a craft's verb
    // shares its stem with is someone else, not work the hire is asked to do.
    if (ambiguous && t1 - t0 === 1 && MAKER_NOUNS.has(tokens[t0].norm) && namesPeople(tokens, t0)) continue;
    if (ambiguous) {
      const sense = senseFor(ambiguous, compiled, senseContext, m.p0, m.p1, title?.profile);
      if (sense) {
        entryId = sense.sense.entryId;
        familyId = sense.sense.familyId;
        depth = sense.sense.depth;
        // A UX designer's Figma used for visuals: the neighbour's work, done with the job's own tool, is light.
        const own = titleSense(ambiguous.id, compiled, title?.profile, "owns");
        if (own && own.sense !== sense.sense) depth = "light";
        ambiguousId = ambiguous.id;
        byObject = sense.byObject;
      }
    } else if (first[0].kind === "trade") {
      tradeId = first[0].id;
    } else {
      const entry = compiled.entries.get(first[0].id);
      if (entry) {
        entryId = entry.id;
        familyId = entry.familyId;
        depth = entry.depth;
      }
    }
    if (!entryId && !tradeId) continue;
    const lineIndex = layout.lineOf[t0];
    const line = layout.lines[lineIndex];
    if (line.repeat) continue;
    let kind: SectionKind = lineIndex !== titleLine ? line.kind : tokens[t0].start < titleEnd ? "title" : "intro";
    // The company's part may tell the hire their work ("Your main mission will be to produce
    // high-performing ads"): that clause asks, as an opening paragraph does.
    if (kind === "company") {
      const clauseId = mods.clauseOf[t0];
      let cue = hireCueCache.get(clauseId);
      if (cue === undefined) {
        const [c0, c1] = clauseBounds(clauseId, t0);
        cue = hireWorkCue(tokens, c0, c1);
        hireCueCache.set(clauseId, cue);
      }
      if (cue >= 0 && t0 > cue) kind = "intro";
    }
    let company = false;
    // A paragraph about the organisation may sit anywhere, even among the duties.
    if (kind !== "title") {
      const clauseId = mods.clauseOf[t0];
      let cached = companyCache.get(clauseId);
      if (cached === undefined) {
        const [c0, c1] = clauseBounds(clauseId, t0);
        cached = isCompanyClause(tokens, c0, c1, compiled.isKnown, ASKING_KINDS.has(kind));
        companyCache.set(clauseId, cached);
      }
      company = cached;
    }
    // Leading a team or its agencies is the strategy family's own work: a team named
    // inside such a phrase ("encadrer une équipe", "manage agencies") is its object, while
    // "managing the team calendar" manages a calendar.
    const lead = familyId === STEERING_FAMILY && !tradeId ? teamLed(tokens, t0, t1) : null;
    let team = lead === false;
    for (let k = t0; k < t1 && !team && !lead; k++) if (teams[k]) team = true;
    // Steering is the strategy family's own work; for any other craft it is not the making.
    let steers = false;
    if (familyId !== STEERING_FAMILY || tradeId) for (let k = t0; k < t1 && !steers; k++) if (steered[k]) steers = true;
    if (steers) depth = "light";
    // "Monter nos petites vidéos", "edit small videos": the made thing is small, the making light.
    if (depth === "core" && PRODUCTION_CRAFTS.has(familyId) && sizedSmall(tokens, t0, t1)) depth = "light";
    // Carrying out or knowing a strategy is the channel's work, not setting it: "implement online marketing strategies".
    if (familyId === STEERING_FAMILY && depth === "core" && entryId?.includes("strategy") && implementsBefore(tokens, t0)) depth = "light";
    const entryKind = compiled.entries.get(entryId ?? "")?.kind;
    // "Constitués par une équipe", "managed by the agency": the passage names who acts, not the hire's work.
    if (entryKind === "duty" && t1 - t0 > 1 && passiveAgent(text, tokens, t0)) continue;
    const craftWord = (depth === "core" && m.p1 - m.p0 === t1 - t0) || (entryKind === "duty" && !twoFunctionWordsIn(tokens, t0, t1));
    const { weight, modifier } = weigh(tokens, t0, t1, kind, mods, company, team, familyId, craftWord, partless);
    const start = tokens[t0].start;
    const end = tokens[t1 - 1].end;
    if (tradeId) {
      // Steering a support team, or working with it ("avec le service client"), is not
      // doing support; a title naming the trade weighs like a profile's title.
      const w = steers || worksWith(tokens, t0) ? 0 : kind === "title" && weight > 0 ? TITLE_WEIGHT : weight;
      trades.push({ trade: tradeId, phrase: stream.stems.slice(m.p0, m.p1).join(" "), text: text.slice(start, end), start, end, weight: w, fromTitle: kind === "title", line: lineIndex });
      continue;
    }
    if (!entryId) continue;
    const match: Match = { text: text.slice(start, end), start, end, entryId, familyId, depth, weight, modifier, sectionKind: kind, line: lineIndex };
    if (ambiguousId) match.ambiguousId = ambiguousId;
    if (byObject) match.byObject = true;
    if (steers) match.steered = true;
    matches.push(match);
    clauseOfMatch.push(mods.clauseOf[t0]);
    firstTokenOfMatch.push(t0);
    endTokenOfMatch.push(t1);
  }
  lightenSimpleMaking(matches, clauseOfMatch, tokens, mods, compiled);
  lightenWhatMakingServes(matches, clauseOfMatch, firstTokenOfMatch, endTokenOfMatch, tokens, compiled);
  lightenMeasuredMetrics(matches, clauseOfMatch);
  dropPlatformsAsPlaces(matches, clauseOfMatch, firstTokenOfMatch, endTokenOfMatch, tokens);
  lightenToolExamples(matches, clauseOfMatch, firstTokenOfMatch, endTokenOfMatch, tokens, compiled);
  return { matches, trades };
}

/** The title names a marketing job, or marketing words: "Marketing Associate", "Chargé de communication". */
function namesMarketing(title: { start?: number; end?: number; profile?: string | null } | null, tokens: Token[], text: string): boolean {
  if (title?.profile) return true;
  if (title?.start === undefined || title.end === undefined) return false;
  const field = titleField(tokens, title.start, title.end, text);
  return field === "marketing" || field === "mixed";
}

/** Words of an offer in no parts from which it is taken for a whole offer that lost its layout. */
const PARTLESS_MIN_TOKENS = 150;

/** Currency codes that are also the names of a craft's tools. */
const CURRENCY_CODES = new Set(["php"]);
const startsNumber = (t: Token | undefined) => !!t && /^\d/.test(t.norm);

/**
 * Words that put the hire below a strategy made by others: carrying it out ("implement",
 * "mise en œuvre", "déployer") or knowing it ("familiarity with", "connaissance des").
 */
const IMPLEMENTING = new Set([
  "implement", "implementing", "implements", "implementation", "execute", "executing", "executes", "execution", "deploy",
  "deploying", "deployment", "apply", "applying", "oeuvre", "deployer", "deployez", "deploiement", "decliner", "declinez",
  "declinaison", "appliquer", "appliquez", "relayer", "relayez", "executer", "executez",
  "familiarity", "familiar", "knowledge", "understanding", "connaissance", "connaissances", "notions",
]);
/** Function words that may stand between such a verb and the strategy: "implement the new", "mettre en œuvre les". */
const IMPLEMENT_REACH = 3;

/**
 * The content word right before token `k`, past a few function words, carries out a plan,
 * and no verb joined to it sets the plan too ("build and execute", "définir et mettre en œuvre").
 */
function implementsBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - IMPLEMENT_REACH && tokens[j + 1].gap <= Gap.Space; j--) {
    if (IMPLEMENTING.has(tokens[j].norm)) return !setsToo(tokens, j);
    if (!STOPWORDS.has(tokens[j].norm)) return false;
  }
  return false;
}

/** Words that join a second verb of the same plan: "définir puis déployer", "define, then implement", "build and execute". */
const JOINED_VERBS = new Set([...CONJUNCTIONS, "puis", "then"]);
/** Words that make the hire own the carrying out: "Lead the deployment of our digital strategy", "piloter la mise en œuvre". */
const OWNING_WORDS = new Set(["lead", "leads", "leading", "own", "owns", "owning", "drive", "drives", "driving", "piloter", "pilotez", "pilotage", "superviser", "supervisez", "supervise", "diriger", "dirigez"]);

/** Before the carrying-out word at `j`, a joined verb or an owner: the hire sets the plan too. */
function setsToo(tokens: Token[], j: number): boolean {
  if (tokens[j].gap === Gap.Punct) return true;
  for (let i = j - 1; i >= 0 && i >= j - IMPLEMENT_REACH && tokens[i + 1].gap <= Gap.Punct; i--) {
    if (JOINED_VERBS.has(tokens[i].norm) || OWNING_WORDS.has(tokens[i].norm)) return true;
  }
  return false;
}

/** Words that name who acts after a past participle: "géré par", "managed by". */
const AGENT_WORDS = new Set(["par", "by"]);
/** Participles that say what a thing is made of with "de" ("constitué des équipes", "composée de"); nouns in -é ("communauté de", "communiqués de presse") are none. */
const MADE_OF = /^(?:constitu|compos)/;
const OF_AGENT = new Set(["de", "des", "du", "d"]);

/** The word at `k` is a past participle ("constitués", "managed") followed by who or what acts through it. */
function passiveAgent(text: string, tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.gap > Gap.Space) return false;
  const word = text.slice(tokens[k].start, tokens[k].end).toLowerCase();
  if (OF_AGENT.has(next.norm)) return MADE_OF.test(tokens[k].norm) && /é(?:e|s|es)?$/.test(word);
  if (!AGENT_WORDS.has(next.norm)) return false;
  return next.norm === "by" ? /ed$/.test(word) : /é(?:e|s|es)?$/.test(word);
}

/** Words of size that phrases read through ("nos petites vidéos"); said of the made thing, they make it light. */
const SMALL_WORDS = new Set(["petit", "petits", "petite", "petites", "little", "small"]);

/** A size word inside the passage or right before it: "Shoot and edit small videos", not "notre petite équipe, … le montage". */
function sizedSmall(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = Math.max(0, t0 - 1); k < t1; k++) if (SMALL_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/**
 * The short format of the social networks named as such: a TikTok is made by whoever runs the
 * account, its framing and editing included, unless the clause names a trained maker's tool.
 * Not "reels" nor "stories": highlight reels and members' stories are films.
 */
const SHORT_FORMATS = ["tiktok", "tiktoks"];
const SHORT_FORMAT_SET: ReadonlySet<string> = new Set(SHORT_FORMATS);

/** Words that say a piece of making is simple: "visuels simples", "short videos with a phone". */
const LIGHT_CUES = new Set([
  "simple", "simples", "basique", "basiques", "basic", "courte", "courtes", "short", "quick", "rapide", "rapides",
  "smartphone", "smartphones", "phone", "telephone", "mobile", ...SHORT_FORMATS,
]);
const LIGHT_CUE = lexiconBit(LIGHT_CUES);

/**
 * "Créer des visuels simples sur Canva", "tourner des vidéos courtes et les monter sur
 * CapCut", "product photos with a phone": in a clause that says the making is simple, or
 * names a light tool of the craft, and names none of its trained tools or techniques, the
 * craft's duties are light work that neighbouring roles absorb.
 */
function lightenSimpleMaking(matches: Match[], clauseOf: number[], tokens: Token[], mods: Modifiers, compiled: CompiledTaxonomy): void {
  const cued = new Set<number>();
  const formats = new Set<number>();
  const classes = wordClasses(tokens);
  for (let k = 0; k < tokens.length; k++) {
    if (!(classes[k] & LIGHT_CUE)) continue;
    cued.add(mods.clauseOf[k]);
    if (SHORT_FORMAT_SET.has(tokens[k].norm)) formats.add(mods.clauseOf[k]);
  }
  const lightTool = new Set<string>();
  const craft = new Set<string>();
  const proTool = new Set<string>();
  matches.forEach((m, i) => {
    if (!PRODUCTION_CRAFTS.has(m.familyId) || m.weight <= 0) return;
    const kind = compiled.entries.get(m.entryId)?.kind;
    const key = `${m.familyId}|${clauseOf[i]}`;
    if (kind === "tool" && m.depth === "light") lightTool.add(key);
    if (m.depth === "core" && kind === "tool") proTool.add(key);
  });
  // "Canva et/ou Adobe Creative Suite": a trained maker's tool offered as the other choice to
  // a light one is asked no more than the light one; the craft's own words keep their depth.
  const choice = new Set<Match>();
  const chosen = new Set<string>();
  matches.forEach((m, i) => {
    if (!PRODUCTION_CRAFTS.has(m.familyId) || m.weight <= 0 || m.depth !== "core" || m.ambiguousId) return;
    const kind = compiled.entries.get(m.entryId)?.kind;
    const key = `${m.familyId}|${clauseOf[i]}`;
    if (kind === "tool" && lightTool.has(key) && offeredBeside(matches, i, clauseOf, compiled, tokens)) {
      choice.add(m);
      chosen.add(key);
    }
    if (CRAFT_KINDS.has(kind ?? "")) craft.add(key);
  });
  // "Outils de création graphique (Canva et/ou Adobe)": the craft named as the tools' field asks what its tools ask.
  matches.forEach((m, i) => {
    if (m.depth === "core" && chosen.has(`${m.familyId}|${clauseOf[i]}`) && namesToolsField(tokens, m.start, m.end)) choice.add(m);
  });
  matches.forEach((m, i) => {
    const key = `${m.familyId}|${clauseOf[i]}`;
    if (m.depth !== "core" || !PRODUCTION_CRAFTS.has(m.familyId) || m.sectionKind === "title") return;
    const shortFormat = formats.has(clauseOf[i]) && !proTool.has(key);
    if (choice.has(m)) m.depth = "light";
    if (craft.has(key) && !shortFormat) return;
    if (cued.has(clauseOf[i]) || lightTool.has(key)) m.depth = "light";
  });
}

/** Matches on either side among which a choice's other tool stands: "Canva ou Photoshop" has nothing between them but the "ou". */
const CHOICE_NEIGHBOURS = 3;

/** A light tool of the same craft and clause stands next to match `i`, an "or" between them: "Photoshop ou Canva". */
function offeredBeside(matches: Match[], i: number, clauseOf: number[], compiled: CompiledTaxonomy, tokens: Token[]): boolean {
  const m = matches[i];
  for (let j = Math.max(0, i - CHOICE_NEIGHBOURS); j <= Math.min(matches.length - 1, i + CHOICE_NEIGHBOURS); j++) {
    const l = matches[j];
    if (j === i || l.familyId !== m.familyId || clauseOf[j] !== clauseOf[i] || l.depth !== "light" || l.weight <= 0) continue;
    if (compiled.entries.get(l.entryId)?.kind !== "tool") continue;
    if (l.end <= m.start ? orBetween(tokens, l.end, m.start) : m.end <= l.start && orBetween(tokens, m.end, l.start)) return true;
  }
  return false;
}

/** Words that make a craft the field of the tools named: "outils de création graphique", "design software". */
const TOOL_NOUNS = new Set(["outils", "outil", "logiciels", "logiciel", "tools", "software", "softwares"]);
const OF_LINKS = new Set(["de", "d", "of"]);

/** The passage [start, end) is what tools are for: "outils de création graphique", "graphic design tools". */
function namesToolsField(tokens: Token[], start: number, end: number): boolean {
  const k = firstTokenEndingAfter(tokens, start);
  if (k >= 2 && OF_LINKS.has(tokens[k - 1].norm) && TOOL_NOUNS.has(tokens[k - 2].norm)) return true;
  const after = firstTokenEndingAfter(tokens, end);
  return after < tokens.length && TOOL_NOUNS.has(tokens[after].norm);
}

/** Words that offer a choice: "Canva et/ou Adobe", "Canva or Photoshop". */
const CHOICE_WORDS = new Set(["ou", "or"]);

/** A choice word among the few words between offsets `from` and `to`. */
function orBetween(tokens: Token[], from: number, to: number): boolean {
  let k = firstTokenEndingAfter(tokens, from);
  for (let n = 0; k < tokens.length && tokens[k].start < to && n < 4; k++, n++) if (CHOICE_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/** Words read from their context that still name one piece of work whichever sense wins: a newsletter is written or sent, Figma draws a screen or a visual. */
const SPECIFIC_TERMS: ReadonlySet<string> = new Set(["newsletter", "figma", "redaction"]);

/** Crafts whose light skills are a knack every post uses ("writing skills", "storytelling"), not work of the craft. */
const KNACK_FAMILIES = new Set([...PRODUCTION_CRAFTS, "content_writing"]);

/** A duty wherever it is asked, or any entry but a tool listed among the duties; a skill the profile wishes for is none. */
function isTask(kind: string | undefined, section: SectionKind): boolean {
  return kind === "duty" || (kind !== "tool" && section === "duties");
}

/**
 * Lines of the duties that ask for marketing work, and lines that ask for none (prospecting
 * partners, keeping the diary): a post whose title names no field is another job with
 * marketing beside it only when the second kind is there too.
 */
function dutyLines(layout: Layout, matches: Match[]): { marketing: number; other: number } {
  const asked = new Set<number>();
  for (const m of matches) if (m.weight > 0) asked.add(m.line);
  let marketing = 0;
  let other = 0;
  layout.lines.forEach((line, i) => {
    if (line.kind !== "duties" || line.heading || line.t1 === line.t0) return;
    if (asked.has(i)) marketing++;
    else other++;
  });
  return { marketing, other };
}

function isKnowHow(m: Match, compiled: CompiledTaxonomy): boolean {
  return m.depth === "light" && KNACK_FAMILIES.has(m.familyId) && compiled.entries.get(m.entryId)?.kind === "skill";
}

/**
 * A title that names a standard profile states that job's core: "Community Manager"
 * is a community-management demand even when the body only lists social media tasks.
 * The title's own words then count through the profile ("Animateur de communauté" is
 * not motion design), except words naming another craft: in "Influencer Marketing
 * Manager" the influencer part is the job, and the generic "marketing manager" weighs
 * less. A title that leads a marketing function ("Responsable communication") also states a
 * light hand in its strategy, whether or not it names a profile.
 */
function withTitleDemands(matches: Match[], title: ReturnType<typeof findTitle>, titleLine: number, compiled: CompiledTaxonomy, leader: boolean, tokens: Token[]): Match[] {
  if ((!title?.profile && !leader) || !title || title.start === undefined || title.end === undefined) return matches;
  const start = title.start;
  const end = title.end;
  const named = new Set<string>();
  for (const profileId of title.profiles ?? []) for (const f of compiled.profileById.get(profileId)?.core ?? []) named.add(f);
  // Whoever leads a function sets its course: "Responsable communication" states a hand in the
  // strategy too, at light depth: the crafts the title names stay the job.
  const steeringOnly = leader && !named.has(STEERING_FAMILY);
  if (steeringOnly) named.add(STEERING_FAMILY);
  const inside = matches.filter((m) => m.start >= start && m.end <= end && m.weight > 0);
  const qualifiers = inside.filter((m) => !named.has(m.familyId));
  const kept = matches.filter((m) => m.end <= start || m.start >= end || qualifiers.includes(m));
  const weight = qualifiers.length ? TITLE_QUALIFIED_WEIGHT : TITLE_WEIGHT;
  // A hybrid's title names several crafts at once ("Chargé de communication": writing,
  // press and events); the body says which of them the post asks. A craft that neither
  // the title's own words ("graphiste") nor the body mention at all is not demanded, as
  // long as the body asks for another of them. A title naming two jobs ("Community
  // Manager / Graphiste") asks for both.
  const byTitleWords = craftsNamedByTitle(tokens, start, end, compiled);
  const mentioned = new Set([...matches.map((m) => m.familyId), ...byTitleWords]);
  const oneJob = (title.profiles ?? []).length <= 1 || !!title.joined;
  // An assistant, an intern, an apprentice or a coordinator of a manager's field
  // ("Assistant(e) marketing", "Marketing Coordinator") carries out its crafts; the strategy
  // stays the manager's, once the body says which crafts.
  const executant = namesExecutant(tokens, start, end);
  const asked = new Set(matches.filter((m) => m.weight > 0).map((m) => m.familyId));
  let askedOthers = 0;
  for (const f of asked) if (!named.has(f)) askedOthers++;
  // A body that asks for none of them (a mention in the company blurb, outsourced or denied
  // asks nothing) leaves the crafts the title's own words name, else the job's first craft, to
  // stand for the title: a "Communications Coordinator" writes, and takes on press and events
  // only once the body asks them.
  const askedNamed = [...named].some((f) => asked.has(f));
  // Fields joined before one job's name ("Marketing & Communications Coordinator") each keep their first craft.
  const mainCrafts = (title.joined ? (title.profiles ?? []) : title.profile ? [title.profile] : []).map((id) => compiled.profileById.get(id)?.profile.core[0]);
  const standing = askedNamed ? mentioned : [...named].some((f) => byTitleWords.has(f)) ? byTitleWords : new Set(mainCrafts);
  const added: Match[] = [];
  for (const familyId of named) {
    if (oneJob && named.size >= 2 && !(steeringOnly && familyId === STEERING_FAMILY) && !standing.has(familyId)) continue;
    if (executant && familyId === STEERING_FAMILY && askedOthers > 0) continue;
    const profileId = (title.profiles ?? []).find((p) => compiled.profileById.get(p)?.core.has(familyId)) ?? title.profile ?? "leader";
    added.push({
      text: title.text,
      start,
      end,
      entryId: `title:${profileId}`,
      familyId,
      depth: steeringOnly && familyId === STEERING_FAMILY ? "light" : "core",
      weight,
      modifier: "required",
      sectionKind: "title",
      line: titleLine,
    });
  }
  return [...added, ...kept].sort((a, b) => a.start - b.start);
}

export function analyze(input: unknown, compiled: CompiledTaxonomy, options: AnalyzeOptions = {}): Analysis {
  const opts = options && typeof options === "object" ? options : {};
  const { text, format } = prepareInput(input, opts.format);
  const { tokens, glueBreaks } = tokenize(text, compiled.isKnown);
  const forced = opts.language === "fr" || opts.language === "en" ? opts.language : null;
  const language = forced ?? detectLanguage(text, tokens).language;
  const layout = buildLayout(text, tokens, glueBreaks);
  const found = findTitle(text, tokens, layout, compiled);
  const titleLine = found?.line ?? -1;
  if (titleLine >= 0) layout.lines[titleLine].kind = "title";

  const collected = collectMatches(text, tokens, layout, compiled, found, language);
  const title = settleSharedTitle(found, collected.matches, compiled);
  const contract = contractHours(text);
  // Who leads a function ("Responsable communication", "Head of Content"), not a manager of projects or a craft.
  const field = title?.text && title.start !== undefined && title.end !== undefined ? titleField(tokens, title.start, title.end, text) : "neutral";
  const leader = (field === "marketing" || field === "mixed") && namesHead(tokens, title!.start!, title!.end!, true);
  const matches = withTitleDemands(collected.matches, title, titleLine, compiled, leader, tokens);
  const demands: Demand[] = matches.map((m) => ({
    familyId: m.familyId,
    depth: m.depth,
    weight: m.weight,
    entryId: m.entryId,
    group: m.line,
    fromTitle: m.entryId.startsWith("title:"),
    inTitle: m.sectionKind === "title",
    steered: !!m.steered,
    // A word read from its context ("design", "animer") is not proof of the craft, unless
    // its own object names a making craft ("développer le site internet", "design posters").
    // Nor is a maker's light know-how ("eye for design", "UX awareness", "brand guidelines"):
    // a taste or a frame the hire respects, not something they make.
    generic: (!!m.ambiguousId && !SPECIFIC_TERMS.has(m.ambiguousId) && !(m.byObject && PRODUCTION_CRAFTS.has(m.familyId))) || isKnowHow(m, compiled),
    craft: m.depth === "core" && m.weight >= 1 && !m.ambiguousId && CRAFT_KINDS.has(compiled.entries.get(m.entryId)?.kind ?? ""),
    task: isTask(compiled.entries.get(m.entryId)?.kind, m.sectionKind),
    duty: compiled.entries.get(m.entryId)?.kind === "duty",
  }));
  const assessment = assessDemands(demands, compiled, {
    titleProfile: title?.profile ?? null,
    titleField: field,
    titleHead:
      title?.start !== undefined &&
      title.end !== undefined &&
      namesHead(tokens, title.start, title.end, !!title.profile && !compiled.profileById.get(title.profile)?.core.has(STEERING_FAMILY)),
    junior: title?.start !== undefined && title.end !== undefined && namesJunior(tokens, title.start, title.end),
    thresholds: { ...OFFER_THRESHOLDS, ...(opts.thresholds ?? {}) },
    otherWork: collected.trades.map((t) => ({ trade: t.trade, weight: t.weight, phrase: t.phrase, fromTitle: t.fromTitle, group: t.line })),
    weekHours: contract?.hours,
    dutyLines: dutyLines(layout, matches),
    titleNamesNoJob: namesOnlyTheContract(tokens, title),
    titleTrades: tradesNamedByTitle(tokens, title, compiled.trades.values()),
  });

  const families: FamilyResult[] = assessment.families.map((f) => ({
    id: f.id,
    depth: f.depth,
    share: f.share,
    score: f.score,
    coreScore: f.coreScore,
    evidence: matches
      .filter((m) => m.familyId === f.id && m.weight > 0)
      .map((m): Evidence => ({ text: m.text, start: m.start, end: m.end })),
  }));

  const analysis: Analysis = {
    analyzerVersion: ANALYZER_VERSION,
    taxonomyVersion: compiled.version,
    language,
    title: title
      ? { text: title.text, profile: title.profile, start: title.start, end: title.end, profiles: title.profiles }
      : { text: "", profile: null, profiles: [] },
    families,
    roles: assessment.roles,
    roleCount: assessment.roleCount,
    verdict: assessment.verdict,
    text,
    format,
    sections: layout.sections,
    lines: layout.lines.map((l) => ({ start: l.start, end: l.end, section: l.section })),
    matches,
    coreRoles: assessment.coreRoles,
    edgeFamilies: assessment.edgeFamilies,
    assignment: assessment.assignment,
    workload: contract && assessment.workload.partTimeHours ? { ...assessment.workload, partTime: contract.evidence } : assessment.workload,
    otherWork: assessment.otherWork.map((w) => ({
      ...w,
      evidence: collected.trades.filter((t) => t.trade === w.trade && t.weight > 0).map((t): Evidence => ({ text: t.text, start: t.start, end: t.end })),
    })),
    ...(assessment.marketingAside ? { marketingAside: true } : {}),
    ...(assessment.spreadThin ? { spreadThin: assessment.spreadThin } : {}),
    ...(assessment.agency ? { agency: assessment.agency } : {}),
    explanation: { parts: [], sentences: { fr: [], en: [] } },
  };
  analysis.explanation = explain(analysis, compiled);
  return analysis;
}

