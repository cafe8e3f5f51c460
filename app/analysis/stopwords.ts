// Function words skipped when matching phrases ("son" and "ton" stay: sound, tone), so that "création de contenus",
// "création des contenus" and "content creation for the brand" need no listing of
// every article. Folded forms; the same list applies to offers and synonyms.

export const STOPWORDS = new Set(
  [
    // French
    "le la les l de des du d un une et en au aux a pour par sur dans avec ou sa ses ce cet cette ces",
    "leur leurs notre nos votre vos mon ma mes ta tes que qu qui dont y se s il elle ils elles on nous vous",
    "je tu j ne n est sont etre c m t",
    // Quantities, size and novelty that sit inside a task without changing it ("créer de nouvelles
    // pages", "build new web pages", "décliner dans différents formats", "monter nos petites vidéos").
    "nouveau nouveaux nouvelle nouvelles tous toutes divers diverses differents differentes plusieurs petit petits petite petites",
    "new all various several different multiple little small",
    // Adverbs of manner or frequency between a task's verb and its object ("interagir
    // régulièrement avec le forum", "actively engage with the community").
    "regulierement quotidiennement activement egalement notamment regularly actively proactively also consistently",
    // English
    "the an of and or to for in at with by from as your our their its this that these those into",
    "is are be been being will can you we they it i me my us his her them",
  ]
    .join(" ")
    .split(" "),
);

/** Words that join the items of a list. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or", "et", "ou"]);

/** Tool names that are also everyday words: only the capitalised name counts ("React", not "react to a trend"). */
export const CAPITALISED_ONLY = new Set(["react", "buffer", "drip", "sketch", "maze", "amplitude", "blender", "airship", "bodyguard", "liftoff", "antidote", "gulp", "twig"]);

/** Short synonyms that are also everyday words: only their capitalised acronym counts. */
export const ACRONYM_ONLY = new Set(["sea", "pr", "rp", "cm", "ai", "it", "us"]);
