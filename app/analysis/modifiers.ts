// Clause-level qualifiers of a demand: "… est un plus", "idéalement …", "nice to
// have" lower it; "aucune compétence en développement requise", "no coding needed",
// "vous ne gérerez pas …" cancel it; "confié à notre agence" says it is not the
// candidate's job. A qualifier in parentheses applies to what it follows when the
// parentheses hold nothing else ("Motion design (un plus)"), otherwise only inside
// them ("Expérience Instagram (portfolio apprécié)").

import { lexiconBit, wordClasses } from "./lexicon";
import { BULLET_MARKS, Gap, type Token } from "./tokenize";
import { CONJUNCTIONS } from "./stopwords";

type Pattern = {
  words: string[];
  atEnd?: boolean;
  notBefore?: Set<string>;
  /** A verb's negation: it denies what follows it. */
  verb?: boolean;
  /** Counts only with an object after it ("keen to learn Premiere"): alone at a clause's end, or before a new subject, it is a trait. */
  object?: boolean;
};

const p = (text: string, extra: Omit<Pattern, "words"> = {}): Pattern => ({ words: text.split(" "), ...extra });
const NOT_QUANTITY = new Set(["de", "d", "que", "qu", "des", "du", "than", "of"]);

const NICE: Pattern[] = [
  p("un plus", { notBefore: NOT_QUANTITY }),
  ...["reel", "vrai", "gros", "petit", "serieux", "veritable", "grand", "enorme", "sacre", "bon"].map((w) => p(`un ${w} plus`)),
  p("plus apprecie"),
  ...["apprecie", "appreciee", "apprecies", "appreciees", "appreciable", "appreciables", "appreciated"].map((w) => p(w)),
  p("atout"),
  p("atouts"),
  p("idealement"),
  p("de preference"),
  p("bonus"),
  p("souhaitable"),
  p("souhaitables"),
  ...["bienvenu", "bienvenue", "bienvenus", "bienvenues"].map((w) => p(w)),
  p("optionnel"),
  p("optionnelle"),
  p("facultatif"),
  p("facultative"),
  p("nice to have"),
  p("good to have"),
  p("a plus", { notBefore: NOT_QUANTITY }),
  // "MailChimp and HTML are an added plus", "would be a big advantage".
  ...["added", "big", "huge", "great", "strong", "definite", "real", "major", "distinct"].flatMap((w) => [p(`${w} plus`), p(`${w} advantage`)]),
  p("plus point"),
  p("preferred"),
  p("preferable"),
  p("preferably"),
  p("ideally"),
  p("an asset"),
  p("asset", { atEnd: true }),
  p("an advantage"),
  p("advantageous"),
  p("desirable"),
  p("optional"),
  p("very welcome"),
  p("welcome", { atEnd: true }),
  p("extra preference"),
  p("would be great"),
  p("would be nice"),
  p("not required"),
  p("not mandatory"),
  p("pas obligatoire"),
  p("non obligatoire"),
  p("pas indispensable"),
  p("non indispensable"),
  p("not essential"),
  p("si possible"),
  p("le cas echeant"),
  // "Interest in learning Premiere Pro", "envie d'apprendre le montage": a wish to learn is no skill required.
  ...["interest in", "willingness to", "willing to", "eager to", "keen to", "excited to", "desire to", "happy to"].map((w) => p(`${w} learn`, { object: true })),
  p("interest in learning", { object: true }),
  p("envie d apprendre", { object: true }),
  // "Une expérience avec la suite Adobe ? C'est formidable."
  ...["formidable", "genial", "top", "parfait", "super", "un bonus"].flatMap((w) => [p(`c est ${w}`, { atEnd: true }), p(`ce serait ${w}`, { atEnd: true })]),
];

const NEGATORS = new Set(["aucun", "aucune", "pas", "no", "not", "non", "without", "sans", "never", "jamais", "nul", "nulle", "ni", "none"]);
const REQUIRED = new Set([
  "requis", "requise", "requises", "exige", "exigee", "exiges", "exigees", "necessaire", "necessaires", "obligatoire",
  "obligatoires", "demande", "demandee", "demandes", "demandees", "attendu", "attendue", "attendus", "attendues",
  "besoin", "required", "needed", "necessary", "expected", "need", "needs", "mandatory", "prerequisite", "prerequis",
  "indispensable", "indispensables", "essential",
]);
const NEG_PHRASES: Pattern[] = [
  p("will not", { verb: true }),
  p("won t", { verb: true }),
  p("no need"),
  p("not responsible"),
  p("not part"),
  // "This role is not about paid ads."
  p("not about"),
  p("not in charge"),
  p("not involve", { verb: true }),
  p("not include", { verb: true }),
  p("does not", { verb: true }),
  p("doesn t", { verb: true }),
  p("hors perimetre"),
  p("hors du perimetre"),
  p("outside scope"),
  p("outside the scope"),
];
const FRENCH_NEG_TAIL = new Set(["pas", "plus", "jamais", "aucun", "aucune", "rien"]);
const SUBJECTS = new Set(["vous", "tu", "nous", "on", "il", "elle", "ils", "elles", "qui", "you", "we", "they", "it", "he", "she", "which", "who", "that", "what", "whatever", "anything", "role", "poste", "job", "position"]);
/** Forms of "to be" beside a negation ("n'est pas", "is not part"): the denial then covers the subject before it. */
const COPULAS = new Set(["est", "sont", "sera", "seront", "is", "are", "be", "was", "were"]);
/** "Comme nous n'avons pas d'équipe technique, tu…": the employer saying what it lacks, which is why the hire takes it on. */
const EMPLOYER_SUBJECTS = new Set(["nous", "on"]);
const EMPLOYER_HAVING = new Set(["avons", "a", "disposons", "possedons"]);
/** Who the employer may lack: "pas d'équipe technique", "pas de graphiste". "Pas d'attentes en PHP" still denies. */
const STAFF_NOUNS = new Set([
  "equipe", "service", "pole", "departement", "personne", "salarie", "salariee", "employe", "graphiste", "designer", "developpeur",
  "developpeuse", "webmaster", "videaste", "photographe", "monteur", "redacteur", "redactrice", "agence", "prestataire", "technicien",
  "informaticien", "community", "freelance", "stagiaire", "alternant",
]);

/** "Nous n'avons pas d'équipe technique": at `i`, the "ne" of the employer saying who it lacks. */
function lacksStaff(norms: string[], i: number): boolean {
  if (!EMPLOYER_SUBJECTS.has(norms[i - 1] ?? "") || !EMPLOYER_HAVING.has(norms[i + 1] ?? "") || norms[i + 2] !== "pas") return false;
  let k = i + 3;
  if (norms[k] === "de" || norms[k] === "d") k++;
  return STAFF_NOUNS.has(norms[k] ?? "");
}
const NEG_EXCEPTIONS = new Set([
  "seulement", "uniquement", "limite", "limitee", "limiter", "only", "just", "afraid", "peur", "hesiter", "hesitez",
  "hesite", "hesitate", "moins", "que", "qu", "simply", "merely", "but", "mais", "also", "aussi", "egalement",
  // Mastery said by a denial: "le responsive n'a pas de secret pour vous".
  "secret", "secrets",
]);
const APPLY_WORDS = new Set(["cv", "curriculum", "postuler", "postulez", "candidature", "candidatures", "candidater", "resume", "resumes"]);
/** "want to apply it", "to apply your skills": putting something to use, not applying for the job. */
const APPLIED_OBJECTS = new Set(["it", "them", "this", "these", "that", "those", "your", "my", "his", "her", "their", "our", "best", "data", "knowledge", "skills", "lessons"]);
const APPLY_PHRASES: Pattern[] = [
  p("to apply", { notBefore: APPLIED_OBJECTS }), p("apply now"), p("apply via"), p("apply here"), p("apply online"), p("please apply"),
  p("cover letter"), p("lettre de motivation"), p("send us"), p("envoyez nous"),
  // Contact instructions: "DM us on Instagram or write to us at jobs@…", "écris-nous à …".
  p("ecris nous"), p("ecrivez nous"), p("contactez nous"), p("contacte nous"), p("contact us"), p("write to us"), p("email us"), p("e mail us"),
];
const APPLY_MAX_WORDS = 30;
/** A clause of at most this many words can be a bare qualifier of the clause before it. */
const QUALIFIER_MAX_WORDS = 5;
const LANGUAGES = new Set([
  "anglais", "english", "francais", "french", "espagnol", "spanish", "allemand", "german", "italien", "italian",
  "portugais", "portuguese", "arabe", "arabic", "chinois", "chinese", "neerlandais", "dutch", "bilingue", "bilingual",
]);
const OUTSOURCE_WHO = new Set([
  "agence", "agences", "agency", "agencies", "prestataire", "prestataires", "freelance", "freelances", "freelancer", "freelancers", "externe",
  "externes", "external", "partenaire", "partner", "studio", "consultant", "consultante",
]);
const OUTSOURCE_HOW = new Set([
  "confie", "confiee", "confies", "confiees", "handled", "handles", "outsourced", "externalise", "externalisee", "sous", "assure",
  "assuree", "assures", "assurees", "gere", "geree", "geres", "gerees", "pris", "prise", "concus", "concues", "realises",
  "realisees", "covered", "done", "managed",
]);
/** Briefing an outside maker or liaising with it: what it is briefed for is its work, not the hire's. */
export const BRIEFING: ReadonlySet<string> = new Set(["liaise", "liaising", "brief", "briefs", "briefing", "briefer", "briefez"]);
/** Words between the briefing and whom it addresses: "liaise with external agencies", "briefer les agences". */
const BRIEFED_REACH = 3;

export interface ClauseFlags {
  nice: boolean;
  negated: boolean;
  outsourced: boolean;
  /** How to apply ("send your CV to…", "To apply…"): nothing in it is a demand. */
  apply: boolean;
  /** A language requirement ("fluent English, written and spoken"): writing there is not a craft. */
  language: boolean;
  /**
   * Index in the clause's words where a verb's negation starts ("vous ne gérerez pas",
   * "this role does not include"): it denies what follows, not what came before ("analyser
   * les chiffres… ce qui ne marche pas"); -1 when none.
   */
  deniedAt: number;
  /**
   * Token span of the work an outside maker is briefed for ("liaise with external agencies
   * for leaflets, promo videos…"), from whom it addresses to a ", and"; -1 when none: the
   * hire's own making before the briefing stays theirs.
   */
  handedFrom: number;
  handedTo: number;
}

function matchAt(norms: string[], i: number, pat: Pattern): boolean {
  const w = pat.words;
  if (i + w.length > norms.length) return false;
  for (let j = 0; j < w.length; j++) if (norms[i + j] !== w[j]) return false;
  const after = norms[i + w.length];
  if (pat.atEnd && i + w.length < norms.length) return false;
  if (pat.notBefore && after !== undefined && (pat.notBefore.has(after) || /^\d/.test(after))) return false;
  if (pat.object && (after === undefined || SUBJECTS.has(after))) return false;
  return true;
}

function index(patterns: Pattern[]): Map<string, Pattern[]> {
  const m = new Map<string, Pattern[]>();
  for (const pat of patterns) {
    const list = m.get(pat.words[0]) ?? [];
    list.push(pat);
    m.set(pat.words[0], list);
  }
  return m;
}
const NICE_BY_FIRST = index(NICE);
const NEG_BY_FIRST = index(NEG_PHRASES);
const APPLY_BY_FIRST = index(APPLY_PHRASES);

// Which of the lists above a word belongs to, read with the offer's other word lists.
const B_APPLY = lexiconBit(APPLY_WORDS);
const B_APPLY_FIRST = lexiconBit(APPLY_BY_FIRST.keys());
const B_LANGUAGE = lexiconBit(LANGUAGES);
const B_NICE_FIRST = lexiconBit(NICE_BY_FIRST.keys());
const B_NEG_FIRST = lexiconBit(NEG_BY_FIRST.keys());
const B_NEGATOR = lexiconBit(NEGATORS);
const B_REQUIRED = lexiconBit(REQUIRED);
const B_NE = lexiconBit(["ne", "n"]);
const B_TAIL = lexiconBit(FRENCH_NEG_TAIL);
const B_EXCEPTION = lexiconBit(NEG_EXCEPTIONS);
const B_WHO = lexiconBit(OUTSOURCE_WHO);
const B_HOW = lexiconBit(OUTSOURCE_HOW);
const B_T = lexiconBit(["t"]);
const MODIFIER_BITS =
  B_APPLY | B_APPLY_FIRST | B_LANGUAGE | B_NICE_FIRST | B_NEG_FIRST | B_NEGATOR | B_REQUIRED | B_NE | B_TAIL | B_EXCEPTION | B_WHO | B_HOW | B_T;

/** `classes`: each word's bits among the lists above, in step with `norms`. */
function flagsOf(norms: string[], classes: number[], markerAt: boolean[] | null): ClauseFlags {
  let nice = false;
  // "aucune compétence … requise", "no coding needed": a negator before a requirement word.
  let refused = false;
  // "vous ne gérerez pas", "this role will not": weaker, void when "seulement", "only"… hedge it.
  let denied = false;
  let negatorSeen = false;
  let frenchNe = -1;
  let lackedAt = -1;
  let deniedAt = -1;
  // "n'est pas", "is not part of", "Le montage ne fera pas partie…": a denial of the thing
  // named before the verb too; only after a subject ("vous ne gérerez pas") does it deny what follows.
  let wholeClause = false;
  let exception = false;
  let who = false;
  let how = false;
  let apply = false;
  let language = false;
  let handedFrom = -1;
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i];
    const bits = classes[i];
    if (bits === 0) continue;
    if (bits & B_APPLY) apply = true;
    else if (bits & B_APPLY_FIRST && APPLY_BY_FIRST.get(w)!.some((pat) => matchAt(norms, i, pat))) apply = true;
    if (bits & B_LANGUAGE) language = true;
    if (bits & B_NICE_FIRST) {
      for (const pat of NICE_BY_FIRST.get(w)!) {
        if (matchAt(norms, i, pat)) {
          nice = true;
          if (markerAt) for (let j = 0; j < pat.words.length; j++) markerAt[i + j] = true;
        }
      }
    }
    const neg = bits & B_NEG_FIRST ? NEG_BY_FIRST.get(w)!.find((pat) => matchAt(norms, i, pat)) : undefined;
    if (neg) {
      denied = true;
      if (neg.verb && SUBJECTS.has(norms[i - 1] ?? "")) {
        if (deniedAt < 0) deniedAt = i;
      } else wholeClause = true;
    }
    if (bits & B_NEGATOR || (bits & B_T && i > 0 && norms[i - 1].endsWith("n"))) {
      negatorSeen = true;
      if (markerAt) markerAt[i] = true;
    } else if (bits & B_REQUIRED && negatorSeen) {
      refused = true;
      if (markerAt) markerAt[i] = true;
    }
    // "On n'a pas de graphiste, pas de montage à faire": the first "pas" says who is lacking; the next ones deny.
    if (bits & B_NE) {
      frenchNe = i;
      lackedAt = lacksStaff(norms, i) ? i + 2 : -1;
    } else if (frenchNe >= 0 && bits & B_TAIL && i !== lackedAt) {
      denied = true;
      if (deniedAt < 0) deniedAt = frenchNe;
      if (COPULAS.has(norms[frenchNe + 1] ?? "") || !SUBJECTS.has(norms[frenchNe - 1] ?? "")) wholeClause = true;
    }
    if (bits & B_EXCEPTION) exception = true;
    if (bits & B_WHO) {
      who = true;
      // Whom a briefing addresses, a few words after it ("liaise with external agencies").
      for (let j = i - 1; handedFrom < 0 && j >= 0 && j >= i - BRIEFED_REACH; j--) if (BRIEFING.has(norms[j])) handedFrom = i;
    }
    if (bits & B_HOW) how = true;
  }
  // "un plus mais pas obligatoire" is a plus, not a refusal.
  const denial = denied && !exception;
  const negated = !nice && (refused || (denial && (wholeClause || deniedAt < 0)));
  // In text that lost its line breaks a "clause" can be a whole paragraph: only a
  // sentence-sized clause is about applying.
  return { nice, negated, outsourced: who && how, apply: apply && norms.length <= APPLY_MAX_WORDS, language, deniedAt: !nice && !negated && denial ? deniedAt : -1, handedFrom, handedTo: -1 };
}

/** Items of one list a lead can qualify: past these the lead is too far to still speak of them. */
const LIST_ITEMS_MAX = 20;
/** What opens a list item: a dash, a bullet of the tokenizer's or a number. */
const ITEM_MARK = `(?:[-–—*${BULLET_MARKS}]|\\d[.)])`;
/** The gap before a list item, after a line break or in a line that lost them. */
const LIST_ITEM_GAP = new RegExp(`${ITEM_MARK}\\s*$`, "u");
/** A lead's colon, then the first item's bullet or line break. */
const BULLET_AFTER_COLON = new RegExp(`:[\\s*_]*${ITEM_MARK}?\\s*$`, "u");
/** What a lead denies when it says the post does not include its items. */
const INCLUSION_WORDS = new Set([
  "include", "includes", "including", "inclut", "incluent", "inclus", "inclue", "comprend", "comprennent", "compris",
  "responsible", "responsable", "responsables", "charge", "part", "partie", "scope", "perimetre", "concerne", "expected",
  "attendu", "attendue", "handle", "handling", "own", "do", "doing", "ferez", "gererez", "aurez",
]);

/** Words parentheses may hold besides their qualifier: "(est un plus)". */
const PAREN_FILLERS = new Set(["est", "sont", "is", "are", "be", "mais", "but", "un", "une", "the"]);
/** Words a bare qualifier clause may hold besides its qualifier: "C'est vraiment un plus". */
const BARE_WORDS = new Set(["est", "sont", "is", "are", "be", "mais", "but", "un", "une", "the", "tres", "vraiment", "really"]);

/** No line break in text[from, to): a qualifier there follows its clause on the same line. */
function onOneLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return false;
  return true;
}

/**
 * The qualifiers of an offer's clauses, read on demand: most clauses ask for nothing, and
 * only a clause that holds a demand (and the one after it, which may qualify it) is read.
 */
export class Modifiers {
  /** Clause id of every token. */
  readonly clauseOf: Int32Array;
  /** First token of each clause. */
  private readonly starts: number[] = [];
  /** Each clause's own flags, once read. */
  private readonly own: (ClauseFlags | undefined)[];
  /** The clause is only a qualifier ("Un plus.", "C'est formidable !") on the line of the one before. */
  private readonly qualifier: boolean[];
  /** The clause's flags include what the clause after it says of it. */
  private readonly settled: boolean[];
  /** Flags of parenthesised groups whose qualifier applies only inside them, by group id. */
  private readonly paren = new Map<number, ClauseFlags>();
  private readonly classes: Uint32Array;
  // Reused from clause to clause: flagsOf reads them and keeps nothing.
  private readonly outside: string[] = [];
  private readonly outsideClasses: number[] = [];
  private readonly outsideAt: number[] = [];

  /** `text`: the offer the tokens come from, to tell a qualifier on the same line from a heading below. */
  constructor(
    private readonly tokens: Token[],
    private readonly text = "",
  ) {
    this.clauseOf = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      if (k === 0 || tokens[k].gap === Gap.Clause) this.starts.push(k);
      this.clauseOf[k] = this.starts.length - 1;
    }
    // One slot per clause up front: only the clauses that hold a demand are read, and
    // written one here and one there an array that grows is copied, or turns into a dictionary.
    this.own = new Array(this.starts.length);
    this.qualifier = new Array(this.starts.length);
    this.settled = new Array(this.starts.length);
    this.classes = wordClasses(tokens);
  }

  /** The flags of clause `id`, a bare qualifier right after it and the lead of its list included. */
  clause(id: number): ClauseFlags {
    const flags = this.read(id);
    if (!this.settled[id]) {
      this.settled[id] = true;
      const lead = this.leadOf(id);
      if ((id + 1 < this.starts.length && this.qualifies(id + 1)) || lead?.nice) {
        flags.nice = true;
        flags.negated = false;
        flags.deniedAt = -1;
      } else if (lead) {
        flags.negated ||= lead.negated;
        flags.outsourced ||= lead.outsourced;
      }
    }
    return flags;
  }

  /**
   * What the lead of a bulleted list says of clause `id`, an item of it: "Idéalement, vous
   * maîtrisez aussi : - le montage…", "This role does not include: - paid ads…", "Handled by
   * our agency: - …". Null when the clause is no list item or its lead qualifies nothing.
   * A lead denies its items only when it denies what the post includes: "Vous ne vous
   * ennuierez pas : - …" still lists the work.
   */
  private leadOf(id: number): { nice: boolean; negated: boolean; outsourced: boolean } | null {
    for (let j = id, items = 0; j > 0 && items < LIST_ITEMS_MAX; j--, items++) {
      const gap = this.text.slice(this.tokens[this.starts[j] - 1].end, this.tokens[this.starts[j]].start);
      const colon = gap.includes(":");
      if (colon && !BULLET_AFTER_COLON.test(gap) && j === id && !gap.includes("\n")) return null;
      if (!colon && !LIST_ITEM_GAP.test(gap)) return null;
      // In a line that lost its breaks the lead and its first items are one clause: its colon is inside.
      if (colon || this.colonWithin(j - 1)) {
        const f = this.read(j - 1);
        const denies = (f.negated || f.deniedAt >= 0) && this.holds(j - 1, INCLUSION_WORDS);
        return f.nice || denies || f.outsourced ? { nice: f.nice, negated: denies, outsourced: f.outsourced } : null;
      }
    }
    return null;
  }

  /** A colon between two words of clause `id`. */
  private colonWithin(id: number): boolean {
    for (let k = this.starts[id] + 1; k < this.end(id); k++) {
      const t = this.tokens[k];
      if (t.gap === Gap.Punct && this.text.slice(this.tokens[k - 1].end, t.start).includes(":")) return true;
    }
    return false;
  }

  /** Clause `id` holds one of `words`. */
  private holds(id: number, words: ReadonlySet<string>): boolean {
    for (let k = this.starts[id]; k < this.end(id); k++) if (words.has(this.tokens[k].norm)) return true;
    return false;
  }

  /** The flags of the parenthesised group token `k` sits in, when its qualifier applies only inside it. */
  parenAt(k: number): ClauseFlags | undefined {
    const group = this.tokens[k].paren;
    if (!group) return undefined;
    this.read(this.clauseOf[k]);
    return this.paren.get(group);
  }

  /** Clause `id` is only a qualifier of the one before it; short clauses alone are read to tell. */
  private qualifies(id: number): boolean {
    if (this.end(id) - this.starts[id] > QUALIFIER_MAX_WORDS) return false;
    this.read(id);
    return this.qualifier[id];
  }

  private end(id: number): number {
    return id + 1 < this.starts.length ? this.starts[id + 1] : this.tokens.length;
  }

  /** The clause's own flags, its parenthesised groups read with it. */
  private read(id: number): ClauseFlags {
    const known = this.own[id];
    if (known) return known;
    const { tokens, classes, outside, outsideClasses, outsideAt } = this;
    const c0 = this.starts[id];
    const c1 = this.end(id);
    outside.length = 0;
    outsideClasses.length = 0;
    outsideAt.length = 0;
    let groups: Map<number, { norms: string[]; classes: number[] }> | null = null;
    for (let k = c0; k < c1; k++) {
      const t = tokens[k];
      const bits = classes[k] & MODIFIER_BITS;
      if (t.paren) {
        groups ??= new Map();
        const g = groups.get(t.paren) ?? { norms: [], classes: [] };
        g.norms.push(t.norm);
        g.classes.push(bits);
        groups.set(t.paren, g);
      } else {
        outside.push(t.norm);
        outsideClasses.push(bits);
        outsideAt.push(k);
      }
    }
    // Only a clause short enough to qualify the one before needs to know which words are qualifiers.
    const outMarker = c1 - c0 <= QUALIFIER_MAX_WORDS ? new Array<boolean>(outside.length).fill(false) : null;
    const flags = flagsOf(outside, outsideClasses, outMarker);
    const bare = outMarker !== null && outside.every((w, i) => outMarker[i] || w.length <= 2 || BARE_WORDS.has(w));
    flags.deniedAt = flags.deniedAt >= 0 ? outsideAt[flags.deniedAt]! : -1;
    if (flags.handedFrom >= 0) {
      // The briefed work runs to the hire's next verb after a comma: "…freelance photographers, and edit the photos".
      flags.handedFrom = outsideAt[flags.handedFrom]!;
      let to = flags.handedFrom + 1;
      while (to < c1 && !(tokens[to].gap === Gap.Punct && CONJUNCTIONS.has(tokens[to].norm))) to++;
      flags.handedTo = to;
    }
    for (const [gid, { norms, classes: groupClasses }] of groups ?? []) {
      const markerAt = new Array<boolean>(norms.length).fill(false);
      const f = flagsOf(norms, groupClasses, markerAt);
      // Inside parentheses a denial covers the whole group.
      f.negated ||= f.deniedAt >= 0;
      if (!f.nice && !f.negated && !f.outsourced && !f.apply) continue;
      // Only qualifier words inside: the qualifier is about what precedes the parentheses.
      const rest = norms.filter((w, i) => !markerAt[i] && w.length > 2 && !PAREN_FILLERS.has(w));
      if (rest.length === 0) {
        flags.nice ||= f.nice;
        flags.negated ||= f.negated;
        flags.outsourced ||= f.outsourced;
      } else this.paren.set(gid, f);
      flags.apply ||= f.apply;
      flags.language ||= f.language;
    }
    if (flags.nice) flags.negated = false;
    this.qualifier[id] = id > 0 && flags.nice && bare && onOneLine(this.text, tokens[c0 - 1].end, tokens[c0].start);
    this.own[id] = flags;
    return flags;
  }
}
