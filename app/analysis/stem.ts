// A deliberately light stemmer for folded French and English words. It only
// conflates inflections (plural, feminine, common verb endings), never derivations,
// so that "retouches", "retoucher" and "retouché" meet while "création" and "créer"
// stay apart: the taxonomy lists nouns and verbs itself. Both languages go through
// the same rules because offers mix them.

const MIN_STEM = 3;

// Agent nouns keep a distinct ending: "animatrice" → "animateur", never "animat"
// (the English verb "animate").
const SUFFIXES: [suffix: string, replacement: string, minRoot?: number][] = [
  // The French future of duty lists ("rédigera", "géreront", "vous rédigerez") meets the
  // infinitive. "-erez" only past a four-letter root: folded, the present "modérez" (moder-ez)
  // would lose its stem, and "gérerez" keeps its own (the taxonomy lists such forms); "créerez"
  // meets "créer" all the same.
  ["eerez", "e", 2],
  ["erez", "", 4],
  ["eront", ""],
  ["era", ""],
  ["euse", "eur"],
  ["trice", "teur"],
  ["eur", "eur"],
  ["elle", "el"],
  ["enne", "en"],
  ["ive", "iv"],
  ["if", "iv"],
  ["ing", ""],
  ["ee", ""],
  ["ez", ""],
  ["er", ""],
  ["ed", ""],
  ["e", ""],
];

function cut(word: string, suffix: string, replacement: string, minRoot = MIN_STEM): string | null {
  if (!word.endsWith(suffix)) return null;
  const base = word.slice(0, word.length - suffix.length);
  return base.length >= minRoot ? base + replacement : null;
}

/**
 * "-ing" words that French and English use as nouns of their own: "reporting" is not
 * "reports", "marketing" not "market", "shooting" not "shoot".
 */
const ING_NOUNS = new Set(
  "marketing reporting branding emailing mailing shooting briefing planning storytelling merchandising sourcing coaching consulting benchmarking networking packaging casting streaming booking meeting hosting pricing positioning targeting retargeting remarketing retailing ecommerce crowdfunding learning training trading building listening naming".split(
    " ",
  ),
);

/** Nouns whose ending is no inflection: a "flyer" is no "fly" ("on the fly"), an "influencer" no "influence" ("influence strategy"), a "customer" no "custom" ("custom events"); "affiliated partners" are no "affiliate partners". */
const WHOLE_NOUNS = new Set(["flyer", "influencer", "employer", "employee", "customer", "affiliated"]);

/** Words that only look like a French future: "camera" is no "came-". */
const NOT_FUTURE = new Set(["camera", "opera", "chimera", "ephemera", "tempera", "cholera", "riviera"]);

const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** Cached: offers repeat their words. */
export function stem(word: string): string {
  if (word.length <= MIN_STEM) return word;
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = computeStem(word);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

function computeStem(word: string): string {
  if (word.length <= MIN_STEM || !/^[a-z]/.test(word)) return word;
  if (ING_NOUNS.has(word)) return word;
  if (NOT_FUTURE.has(word) || WHOLE_NOUNS.has(word)) return word;
  if (word.endsWith("s") && WHOLE_NOUNS.has(word.slice(0, -1))) return word.slice(0, -1);
  if (word.endsWith("s") && NOT_FUTURE.has(word.slice(0, -1))) return word.slice(0, -1);
  if (word.endsWith("ings") && ING_NOUNS.has(word.slice(0, -1))) return word.slice(0, -1);
  let w = word;
  // Plurals first, then "-y"/"-ie": strategies / strategy / stratégie(s) → strategi.
  const ies = cut(w, "ies", "i");
  if (ies) return ies;
  const x = cut(w, "eux", "") ?? cut(w, "aux", "a");
  if (x) w = x;
  else if (w.endsWith("s") && !w.endsWith("ss") && w.length > MIN_STEM) w = w.slice(0, -1);
  const y = cut(w, "ie", "i") ?? cut(w, "y", "i");
  if (y) return y;
  for (const [suffix, replacement, minRoot] of SUFFIXES) {
    const next = cut(w, suffix, replacement, minRoot);
    if (next) {
      w = next;
      break;
    }
  }
  // social / sociaux, réseau / réseaux meet on "socia", "resea".
  return cut(w, "al", "a") ?? cut(w, "au", "a") ?? w;
}

/** Trie key of a word that must match as written (a tool's name), not by its stem. */
export const exactKey = (norm: string): string => `=${norm}`;
