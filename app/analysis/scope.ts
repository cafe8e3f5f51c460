// What the offer's title says about its field: a marketing job ("Paid media content
// creator", "Chargé de communication"), another trade ("MLOps Engineer", "Account
// Executive", "VP People"), both ("HRBP Commercial & Marketing") or neither ("Country
// Manager"). A job board mixes all four; the body's words alone cannot tell an engineer
// who "develops APIs" from a web developer, but the title can.

import { firstTokenEndingAfter, Gap, type Token } from "./tokenize";

/** "role": the title names another trade's role outright ("Product Manager"), not only its words. */
export type TitleField = "marketing" | "other" | "role" | "mixed" | "neutral";

/** Title words (folded) of the marketing, communication and design trades. */
const MARKETING_WORDS = new Set([
  "marketing", "marketeur", "marketer", "marketers", "mercatique", "communication", "communications", "comms", "brand", "branding",
  "communicateur", "communicatrice", "communicant", "communicante", "communicator",
  "marque", "marques", "digital", "digitale", "numerique", "web", "webmaster", "webmarketing", "webdesigner", "webdesign",
  "growth", "content", "contenu", "contenus", "editorial", "editoriale", "social", "sociaux", "socials", "media", "medias",
  "seo", "sea", "sem", "aso", "ppc", "crm", "lifecycle", "emailing", "email", "newsletter", "design", "designer", "designers",
  "graphiste", "graphisme", "graphic", "graphique", "infographiste", "audiovisuel", "referencement", "redaction", "ux", "ui", "video", "videaste", "videographer", "photographe",
  "photographer", "photo", "motion", "monteur", "monteuse", "redacteur", "redactrice", "copywriter", "writer", "journaliste", "journalist", "concepteur",
  "conceptrice", "community", "communaute", "influence", "influencer", "influenceur", "influenceurs", "pr", "rp", "presse",
  "press", "evenementiel", "evenementielle", "event", "events", "evenement", "evenements", "acquisition", "ads", "advertising",
  "publicite", "publicitaire", "traffic", "trafic", "campaign", "campaigns", "campagne", "campagnes", "creative", "creatif",
  "creator", "createur", "creatrice", "animator", "animateur", "animatrice", "ecommerce", "wordpress",
  "frontend", "front", "integrateur", "integratrice", "webanalyst", "analytics", "tracking", "cm", "smm", "sma", "leadgen",
  // The networks themselves: "Expert LinkedIn", "TikTok Creator".
  "linkedin", "instagram", "tiktok", "facebook", "youtube", "pinterest", "snapchat",
]);

/** "Front Desk", "Front Office": a reception, not the front end of a site. */
const NOT_FRONT_END = new Set(["desk", "office", "of", "line", "door"]);

/** Title words (folded) of trades outside digital marketing. */
const OTHER_WORDS = new Set([
  "engineer", "engineers", "engineering", "ingenieur", "ingenieure", "ingenierie", "mlops", "architect", "architecte", "architecture", "scientist", "science", "ai", "ia", "genai", "ml",
  "llm", "llms", "data", "sales", "vente", "ventes", "vendeur", "vendeuse", "commercial", "commerciale", "account", "business",
  "customer", "technical", "technique", "tech", "it", "informatique", "systems", "system", "hr", "rh", "hrbp", "people",
  "recruiter", "recruteur", "recrutement", "talent", "reward", "payroll", "paie", "finance", "financial", "financier",
  "financiere", "financiers", "financieres", "comptable", "accountant", "accounting", "comptabilite", "audit", "auditor", "auditeur", "controller",
  "controleur", "tresorerie", "treasury", "credit", "laundering", "risk", "risque", "risques", "compliance", "conformite",
  "privacy", "legal", "juriste", "lawyer", "avocat", "tax", "fiscal", "fiscaliste", "logistics", "logistique", "supply",
  "wms", "purchasing", "achats", "acheteur", "acheteuse", "buyer", "category", "pricing", "nurse", "infirmier", "infirmiere",
  "flight", "attendant", "steward", "hotesse", "driver", "chauffeur", "cook", "cuisinier", "casino", "teacher", "enseignant",
  "enseignante", "professeur", "instructor", "trainer", "annotation", "linguist", "language", "translator", "traducteur",
  "traductrice", "cto", "cfo", "chro", "spontaneous", "spontanee", "candidature", "resale", "export", "practice", "solution",
  "solutions", "knowledge", "m&a", "manufacturing", "production", "maintenance", "mechanic", "mecanicien", "electricien",
  "pharmacist", "pharmacien", "doctor", "medecin", "game", "gameplay",
  // "DevRel": an engineer who speaks for a product to other engineers.
  "devrel",
]);

/**
 * Title words of software beyond a marketing site: apps, whole stacks, server languages.
 * Beside "web" or "développeur" they still name an engineer ("Développeur web full stack",
 * "Développeur mobile"), so the body must ask for a marketing craft.
 */
const SOFTWARE_WORDS = new Set([
  "software", "logiciel", "backend", "devops", "cloud", "mobile", "ios", "android", "flutter", "kotlin", "swift", "stack",
  "fullstack", "nodejs", "node", "java", "python", "golang", "ruby", "django", "odoo", "erp", "embedded", "embarque",
  "solidity", "blockchain", "ethereum", "web3", "rust", "scala", "dotnet", "net", "c++", "c#", "cpp", "unity", "unreal",
]);
/** Title words of a marketing site's own tools and layers: a "Full Stack WordPress Developer" builds the site. */
const SITE_WORDS = new Set(["wordpress", "drupal", "joomla", "webflow", "shopify", "prestashop", "woocommerce", "front", "frontend", "integrateur", "integratrice", "webmaster"]);

/** Pairs of title words that name another trade outright, whatever else the title says ("Product Manager - Advertising"). */
const OTHER_PHRASES: [string, string][] = [
  ["product", "manager"],
  ["product", "owner"],
  // An engineer who speaks for a product to other engineers; a "Brand Advocate" is a marketer.
  ["developer", "advocate"],
  ["dev", "advocate"],
  ["developer", "relations"],
  ["technical", "advocate"],
  // Who designs courses: "Instructional Designer", "Learning Designer", "Concepteur pédagogique".
  ["instructional", "designer"],
  ["learning", "designer"],
  ["concepteur", "pedagogique"],
  ["conceptrice", "pedagogique"],
  // Who designs objects to be manufactured: "Designer produit industriel", "Industrial Designer"
  // (the person, not the field: "Content Marketing Specialist (Industrial Design)" markets it).
  ["produit", "industriel"],
  ["designer", "industriel"],
  ["designer", "industrielle"],
  ["industrial", "designer"],
];

/**
 * Who teaches a field is a teacher, whatever the field: "Formateur en marketing digital",
 * "Lecturer in Digital Media". Only at the head of the title: in "Community Manager /
 * Formatrice" the post is two jobs, in "Responsable acquisition enseignants" the teachers are
 * the audience.
 */
const TEACHER_WORDS = new Set([
  "formateur", "formatrice", "formateurs", "enseignant", "enseignante", "enseignants", "professeur", "professeure", "teacher",
  "lecturer", "instructor", "tutor", "tuteur", "tutrice",
]);

/** A founder builds a company, whatever its field: the body must ask for marketing crafts ("Co-Founder / Head of Growth"). */
const FOUNDER_WORDS = new Set(["founder", "founders", "cofounder", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "entrepreneur", "entrepreneurs"]);

/**
 * The folded words of the title, and hyphenated ones glued too ("Back-end" → "backend");
 * tokens are in text order, so the scan starts at the title and stops at its end.
 */
function titleWords(tokens: Token[], start: number, end: number): string[] {
  const words: string[] = [];
  let previous: Token | null = null;
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start >= end) break;
    if (t.start < start || t.end > end) continue;
    if (previous && t.gap === Gap.Joined && previous.end + 1 === t.start) words.push(previous.norm + t.norm);
    words.push(t.norm);
    previous = t;
  }
  return words;
}

const STACK_WORDS = new Set(["stack", "fullstack"]);

/** "Full Stack Marketer", "Full-stack marketing lead": a marketer of every channel, not an engineer of a stack. */
function marketingStack(words: string[], i: number): boolean {
  if (!STACK_WORDS.has(words[i])) return false;
  let next = i + 1;
  while (next < words.length && STACK_WORDS.has(words[next])) next++;
  return MARKETING_WORDS.has(words[next] ?? "");
}

/**
 * `text`, when given, lets the title's first part speak for it: past a spaced dash or a
 * pipe a title names the employer, the place or the team ("Journaliste — Privacy Guides",
 * "Data Engineer - Marketing Tech"), unless its first part names no field at all.
 */
export function titleField(tokens: Token[], start: number, end: number, text?: string): TitleField {
  const whole = fieldOf(titleWords(tokens, start, end));
  const cut = text === undefined ? -1 : firstPartEnd(text, tokens, start, end);
  if (cut < 0) return whole;
  const head = fieldOf(titleWords(tokens, start, cut));
  return head === "neutral" ? whole : head;
}

/** A dash between spaces, or a pipe after one: "Journaliste — Privacy Guides", "Data Engineer |Acme". */
const PART_SEPARATOR = /\s[-–—]\s|\s\|/;

/** Where the title's first part ends: at the first spaced dash or pipe between two of its words; -1 when none. */
function firstPartEnd(text: string, tokens: Token[], start: number, end: number): number {
  let previous: Token | null = null;
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start >= end) break;
    if (t.start < start) continue;
    if (previous && PART_SEPARATOR.test(text.slice(previous.end, t.start))) return previous.end;
    previous = t;
  }
  return -1;
}

/** Pairs of title words that name a marketing trade whose words alone do not ("Chargé des relations publiques"). */
const MARKETING_PHRASES: [string, string][] = [
  ["relations", "publiques"],
  ["public", "relations"],
  ["relations", "presse"],
  ["media", "relations"],
];

/** The title names public or press relations in so many words ("Chargé de l'information et des relations publiques"). */
export function titleNamesPublicRelations(tokens: Token[], start: number, end: number): boolean {
  return namesPublicRelations(titleWords(tokens, start, end));
}

function namesPublicRelations(words: string[]): boolean {
  return hasPair(words, MARKETING_PHRASES);
}

/** Whether two words of `pairs` follow each other among the title's words. */
function hasPair(words: string[], pairs: readonly [string, string][]): boolean {
  // Plain loops: every title is read here several times, and a closure per word adds up.
  for (let i = 0; i + 1 < words.length; i++) for (const pair of pairs) if (words[i] === pair[0] && words[i + 1] === pair[1]) return true;
  return false;
}

function fieldOf(words: string[]): TitleField {
  if (!words.length) return "neutral";
  if (hasPair(words, OTHER_PHRASES)) return "role";
  if (words.some((w) => FOUNDER_WORDS.has(w))) return "role";
  if (TEACHER_WORDS.has(words[0])) return "role";
  if (words.some((w, i) => SOFTWARE_WORDS.has(w) && !marketingStack(words, i)) && !words.some((w) => SITE_WORDS.has(w))) return "other";
  const marketing = words.some((w, i) => MARKETING_WORDS.has(w) && !(w === "front" && NOT_FRONT_END.has(words[i + 1] ?? ""))) || namesPublicRelations(words) || postProduction(words, words.indexOf("production"));
  const other = words.some((w, i) => OTHER_WORDS.has(w) && !postProduction(words, i));
  if (marketing && other) return "mixed";
  if (marketing) return "marketing";
  return other ? "other" : "neutral";
}

/** "Post-production": the editing of films and photos, not a factory's production. */
function postProduction(words: string[], i: number): boolean {
  return i > 0 && words[i] === "production" && (words[i - 1] === "post" || words[i - 1] === "postproduction");
}

/** Title words of a post that leads a team or a function ("Head of Performance Marketing", "Responsable marketing"). */
const HEAD_WORDS = new Set(["head", "director", "directeur", "directrice", "direction", "responsable", "vp", "chief", "cmo"]);
/**
 * Title words of a post that manages or coordinates, unless they are part of a craft's own
 * name: an "E-commerce Manager" or a "Chef de projet marketing" steers, a "Community
 * Manager" or a "Traffic Manager" does the craft.
 */
/** Title words of a post that coordinates others' work rather than setting the plan: "Marketing Coordinator", "Coordinateur marketing". */
const COORDINATOR_WORDS = new Set(["coordinator", "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice"]);
const MANAGER_WORDS = new Set(["manager", "managers", "lead", "chef", ...COORDINATOR_WORDS]);
/** Title words of a post that assists or learns: it leads nobody. */
const JUNIOR_WORDS = new Set(["assistant", "assistante", "assistants", "stagiaire", "stage", "intern", "internship", "alternant", "alternante", "alternance", "apprenti", "apprentie", "apprentice", "apprenticeship"]);

/** "Seed Stage", "Early-stage startup": a company's stage, not an internship ("stage" in French). */
const COMPANY_STAGES = new Set(["seed", "early", "late", "growth", "mid", "series", "any", "scale"]);

function namesJuniorIn(words: string[]): boolean {
  return words.some((w, i) => JUNIOR_WORDS.has(w) && !(w === "stage" && COMPANY_STAGES.has(words[i - 1] ?? "")));
}

/** The title names a post that assists or learns: an apprentice, an intern, an assistant. */
export function namesJunior(tokens: Token[], start: number, end: number): boolean {
  return namesJuniorIn(titleWords(tokens, start, end));
}

/** `craftTitle`: the title names a profile that makes a craft rather than steering marketing. */
export function namesHead(tokens: Token[], start: number, end: number, craftTitle = false): boolean {
  const words = titleWords(tokens, start, end);
  if (namesJuniorIn(words)) return false;
  return words.some((w) => HEAD_WORDS.has(w) || (!craftTitle && MANAGER_WORDS.has(w)));
}

/** The title names a post that carries out a field's crafts without setting its plan: an assistant, an intern, a coordinator under no head. */
export function namesExecutant(tokens: Token[], start: number, end: number): boolean {
  const words = titleWords(tokens, start, end);
  return namesJuniorIn(words) || (words.some((w) => COORDINATOR_WORDS.has(w)) && !words.some((w) => HEAD_WORDS.has(w)));
}
