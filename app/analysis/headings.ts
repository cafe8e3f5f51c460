// What a heading announces. Offers name their parts in many ways ("Vos missions",
// "Ce que vous ferez", "What you'll do", "Profil recherché", "Who you are",
// "Qui sommes-nous ?"); the lists below are matched on stemmed words, in priority
// order, so "Profil / entreprise" is a requirements block and "About the role" a
// duties one.

import type { SectionKind } from "./types";
import { tokenize } from "./tokenize";

/** Each rule: the part, its phrases, and whether their words are heading words (true unless said). */
const RULES: [SectionKind, string[], boolean?][] = [
  [
    "nice",
    [
      "nice to have", "good to have", "bonus", "preferred qualifications", "preferred skills", "preferred experience",
      "preferred", "pluses", "atouts", "les plus", "un plus", "serait un plus", "seraient un plus", "would be a plus",
      "is a plus", "desirable", "optional", "optionnel", "ce qui ferait la difference", "points bonus", "extra points",
      // "The following are desired but not essential:", "Compétences appréciées", "Non obligatoire mais…".
      "not essential", "not required", "not mandatory", "non essentiel", "non essentiels", "non essentielle", "non essentielles",
      "pas obligatoire", "non obligatoire", "pas indispensable", "non indispensable", "desired skills", "desired qualifications",
      "desired experience", "desired attributes", "appreciated", "apprecie", "apprecies", "appreciee", "appreciees",
      "would be nice",
    ],
  ],
  // Before the company's "who we are": "Who we are looking for" describes the hire.
  ["requirements", [
    "who we are looking for", "who we re looking for", "who we are searching for", "who we are seeking",
    "who are we looking for", "who are we searching for", "who are we seeking", "who are we hiring", "who are we after",
  ]],
  [
    "company",
    [
      "notre mission", "our mission", "qui sommes nous", "qui nous sommes", "who we are", "who are we", "about us", "what qualifies us", "a propos de nous", "what we do",
      "ce que nous faisons", "nos expertises", "notre expertise", "our expertise", "nos metiers", "nos services", "our services",
      "nos solutions", "our solutions", "nos produits", "our products", "nos clients", "our clients",
      "our beliefs", "core beliefs", "what we believe", "nos convictions", "ce en quoi nous croyons",
      // The agency's own skills, before the hire's "competencies": "Our core competencies:", "What we're good at:".
      "our competencies", "our core competencies", "our key competencies", "nos competences", "we re good at", "we are good at",
    ],
  ],
  [
    "benefits",
    [
      "avantages", "benefits", "perks", "remuneration", "salaire", "salary", "compensation", "what we offer", "we offer",
      "ce que nous offrons", "ce que nous proposons", "nous offrons", "nous proposons", "on vous offre", "on t offre",
      "pourquoi nous rejoindre", "pourquoi rejoindre", "why join", "why you ll love", "why work with us", "conditions",
      "contrat", "type de contrat", "informations complementaires", "additional information", "equal opportunity",
      "equal opportunities", "egalite des chances", "inclusion", "diversity", "diversite", "location", "lieu",
      "localisation", "workplace", "employment status", "working hours", "horaires", "package", "rewards",
      "what s in it for you", "infos pratiques", "informations pratiques", "modalites", "job location", "job type",
      "statut", "our benefits", "nos avantages", "we provide", "physical demands", "physical requirements",
      "work environment", "working environment", "office environment", "working conditions", "conditions de travail",
      "environnement de travail",
    ],
  ],
  [
    "apply",
    [
      "postuler", "postulez", "candidature", "how to apply", "to apply", "apply", "application process",
      "dossiers a fournir", "dossier a fournir", "pieces a fournir", "recruitment process", "recruiting process",
      "hiring process", "interview process", "processus de recrutement", "process de recrutement", "deroulement",
      "next steps", "prochaines etapes", "deadline", "date limite", "pour nous rejoindre", "envoyez", "send your",
      "etapes de recrutement", "processus de selection", "selection process", "procedure de recrutement", "procedure de candidature",
    ],
  ],
  // "Vous êtes en charge de la communication :" hands the hire work; "Vous êtes…" alone describes them.
  // Its words are a title's too ("Chargé·e de mission", "Responsable communication"): they make no heading word.
  ["duties", ["vous etes en charge", "tu es en charge", "vous etes responsable", "tu es responsable", "you are in charge", "you are responsible"], false],
  [
    "requirements",
    [
      "profil", "profile", "competences", "qualifications", "requirements", "requis", "prerequis", "exigences",
      "savoirs", "savoir faire", "savoir etre", "skills", "experience", "who you are", "about you", "you are", "you have",
      "vous etes", "tu es", "ideal candidate", "candidat ideal", "qualites", "formation", "education", "educational",
      "diplome", "what you bring", "what we re looking for", "what we are looking for", "what we look for",
      "ce que nous recherchons", "ce que l on attend", "must have", "must haves", "you bring", "soft skills",
      "hard skills", "outils", "tools", "languages", "langues", "attendus", "expertise", "knowledge", "connaissances",
      "type of person", "we re looking for", "nous recherchons", "recherchons", "great candidate", "good candidate",
      "strong candidate", "excellent candidat", "bon candidat", "bonne candidate", "you re a great fit", "good fit",
      "someone who", "a person who", "une personne qui", "quelqu un qui", "criteria", "hiring criteria", "selection criteria",
      "criteres", "criteres de selection", "attentes", "ce que nous attendons", "competencies", "key competencies",
      "core competencies", "personal attributes", "attributes", "ideal person", "personne ideale", "profil ideal", "you re good at",
      "you are good at", "what qualifies you", "what you ll bring", "what you will bring", "you ll bring", "you will bring", "what you ll need",
      "what you will need", "what you need", "you ll need", "you will need",
    ],
  ],
  [
    "company",
    [
      "entreprise", "societe", "company", "our company", "notre societe", "about the company", "nos valeurs",
      "our values", "what we value", "what makes us different", "what makes us", "notre histoire", "our story",
      "le groupe", "the group", "notre agence", "our agency",
      "head office", "siege", "employer", "employeur", "our culture", "notre culture",
    ],
  ],
  [
    "duties",
    [
      "missions", "taches", "tasks", "your tasks", "responsabilites", "responsibilities", "duties", "duty", "activites", "what you ll do",
      "what you will do", "what you ll be doing", "you will", "vous serez", "vous aurez", "tu seras", "tu auras",
      "role", "poste", "job description", "description", "descriptif", "au quotidien", "day to day", "your job",
      "le job", "gig", "scope", "objectifs", "objectives", "ce que vous ferez", "ce que tu feras", "attributions",
      "fonctions", "in this role", "accountabilities", "deliverables", "your impact", "le challenge", "the challenge",
      "vos defis", "your day", "the job", "the position", "la mission", "responsible for", "you would be", "you d be",
      "expectations", "vous prendrez", "tu prendras", "what you ll work on", "what you will work on",
      "what you ll be working on", "what you will be working on", "what do we expect", "what we expect", "about this job", "about this role", "about this position",
      "about this opportunity", "key outcomes", "expected outcomes", "your mandate", "votre mandat", "ton mandat",
    ],
  ],
  // The team the hire joins names the company's part only when the line asks nothing of the
  // hire: "Rattaché à l'équipe marketing, vous aurez pour missions :" lists the duties.
  ["company", ["a propos", "about", "presentation de", "qui est", "who is", "our team", "notre equipe", "l equipe", "the team"]],
  ["intro", ["context", "contexte", "overview", "summary", "resume", "presentation", "introduction", "highlights", "en bref"]],
  [
    "meta",
    [
      "date", "reference", "ref", "published", "publie", "publication", "vacancy", "vacancies", "postes a pourvoir",
      "start date", "date de debut", "duree", "duration", "secteur", "sector", "category", "categorie", "tags",
      "keywords", "mots cles", "niveau", "level", "remote", "teletravail",
    ],
  ],
];

/** Words that may fill a heading around its keywords ("Les missions principales du poste"). */
const FILLERS =
  "le la les l de des du d un une et en au aux a pour par sur dans avec ou votre vos ton ta tes ce cette ces nos notre " +
  "the a an of and or to for in on at with your our this my principales principaux principale principal main key " +
  "general generales detail detaillees what who how why ce que qui nous vous tu we you i it s re ll ve job offre " +
  "offer candidat candidate recherche recherches recherchees requises required desired souhaite souhaites souhaitees " +
  "sommes are looking " +
  "additional other autres complementaires include includes including comment pourquoi why nous rejoindre join us";

interface CompiledRule {
  kind: SectionKind;
  phrases: string[][];
}

const stemsOf = (text: string) => tokenize(text).tokens.map((t) => t.stem);

const COMPILED: CompiledRule[] = RULES.map(([kind, phrases]) => ({ kind, phrases: phrases.map(stemsOf) }));

export const HEADING_VOCAB = new Set<string>([...COMPILED.filter((_, i) => RULES[i][2] !== false).flatMap((r) => r.phrases.flat()), ...stemsOf(FILLERS)]);

// Phrases indexed by their first stem, each remembering its rule's priority.
const BY_FIRST = new Map<string, { phrase: string[]; priority: number }[]>();
COMPILED.forEach((rule, priority) => {
  for (const phrase of rule.phrases) {
    if (!phrase.length) continue;
    const list = BY_FIRST.get(phrase[0]) ?? [];
    list.push({ phrase, priority });
    BY_FIRST.set(phrase[0], list);
  }
});

/** A heading longer than this is a sentence: its opening words name its part, not a phrase buried in it. */
const SENTENCE_HEADING_STEMS = 8;
const OPENING_STEMS = 3;

/**
 * The kind a heading announces, or null when its words name no known part. `titled`: the
 * line is set as a title (Markdown "###"), not a sentence announcing a list with a colon; a
 * long one ("### To be clearly communicating our value proposition, services and case
 * studies") is named by its opening words, and "our value" deep inside it is no "our values".
 */
export function classifyHeading(stems: string[], titled = false): SectionKind | null {
  if (!stems.length || stems.length > 16) return null;
  let best = Number.POSITIVE_INFINITY;
  const reach = titled && stems.length > SENTENCE_HEADING_STEMS ? OPENING_STEMS : stems.length;
  for (let i = 0; i < reach; i++) {
    for (const { phrase, priority } of BY_FIRST.get(stems[i]) ?? []) {
      if (priority >= best || i + phrase.length > stems.length) continue;
      let ok = true;
      for (let j = 1; j < phrase.length && ok; j++) if (stems[i + j] !== phrase[j]) ok = false;
      if (ok) best = priority;
    }
  }
  return best === Number.POSITIVE_INFINITY ? null : COMPILED[best].kind;
}

/** The most words a line made only of heading words holds. */
export const PURE_HEADING_MAX_WORDS = 7;

/** A short line made only of heading words ("Job Responsibilities", "Savoir-être"). */
export function isPureHeading(stems: string[]): boolean {
  if (!stems.length || stems.length > PURE_HEADING_MAX_WORDS) return false;
  return stems.every((s) => HEADING_VOCAB.has(s)) && classifyHeading(stems) !== null;
}

/** Front-matter keys ("title:", "Titre :", "Job Title:") that carry the offer's title. */
export const TITLE_KEYS = new Set(
  [
    "title", "titre", "job title", "intitule", "intitule du poste", "intitule de poste", "poste", "fonction", "roles", "position", "job", "offre",
    "nom du poste", "offre d'emploi", "avis de recrutement", "poste a pourvoir", "job vacancy", "job offer", "job opening",
    "titre du poste", "titre de poste", "titre de l'emploi", "intitule de l'emploi", "position title", "job role", "vacancy title",
  ].map((k) => stemsOf(k).join(" ")),
);

/** Keys of metadata lines that say nothing about the work. */
export const META_KEYS = new Set(
  [
    "company", "companyname", "entreprise", "societe", "location", "lieu", "date", "deadline", "salary", "salaire",
    "type", "jobtype", "duration", "duree", "category", "categorie", "status", "statut", "published date",
    "published_date", "slug", "start date", "start_date", "length", "contact", "url", "apply url", "apply_url",
    "timestamp", "canonical url", "open", "startup", "listed", "source", "contrat", "type de contrat", "remuneration",
    "reference", "ref", "date de publication", "working hours", "holiday", "salary range", "vacancy", "lieu de travail",
    "localisation", "employment type", "seniority level", "niveau", "date de debut", "ville", "pays", "country", "city",
    "region", "industry", "secteur d activite", "metier du rome",
  ].map((k) => stemsOf(k).join(" ")),
);

/** Keys of the post's place in the organisation ("Department:", "Rattachement :"): metadata when their value only names it. */
export const ADDRESS_KEYS = new Set(
  ["department", "departement", "division", "report to", "reports to", "reporting to", "reporting line", "rattachement", "rattache a"].map((k) =>
    stemsOf(k).join(" "),
  ),
);

/** A site's own front-matter fields, which say nothing of the work: "layout: post", "internal_link: /blog/post-40/". */
export const FRONT_MATTER_SITE_KEYS = new Set(
  [
    "layout", "draft", "toc", "discuss", "author", "internal link", "permalink", "slug", "categories", "published", "image", "photo",
    "class", "redirect from", "template key", "path", "featured", "logo url", "host", "weight", "menu", "aliases", "lang", "apply url", "url",
    "tags", "hashtags", "description", "summary", "excerpt",
  ].map((k) => stemsOf(k).join(" ")),
);

export const KEYWORD_KEYS = new Set(["keywords", "tags", "hashtags", "mots cles", "mots clefs", "sector", "secteur"].map((k) => stemsOf(k).join(" ")));
