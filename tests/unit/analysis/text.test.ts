import { describe, expect, it } from "vitest";
import { prepareInput } from "#app/analysis/input";
import { stem } from "#app/analysis/stem";
import { Gap, tokenize } from "#app/analysis/tokenize";

describe("stem", () => {
  it("conflates French and English inflections", () => {
    const groups = [
      ["réseau", "réseaux"],
      ["social", "sociaux", "sociales"],
      ["chargé", "chargée", "chargés", "chargées"],
      ["créatif", "créative", "créatives"],
      ["animateur", "animatrice", "animateurs"],
      ["retoucher", "retouche", "retouches", "retouché"],
      ["stratégie", "stratégies", "strategy", "strategies"],
      ["design", "designs", "designer", "designing", "designed"],
      ["visuel", "visuels", "visuelle"],
      ["rédiger", "rédigera", "rédigeront", "rédigerez"],
      ["modérer", "modérez", "modérera", "modérerez"],
      ["créer", "créerez", "créera"],
      ["animer", "animerez", "animeras"],
      ["caméra", "caméras", "camera"],
    ];
    const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (const group of groups) expect(new Set(group.map((w) => stem(fold(w)))).size).toBe(1);
  });

  it("keeps derivations and agent nouns apart from verbs", () => {
    expect(stem("creation")).not.toBe(stem("creer"));
    expect(stem("animateur")).not.toBe(stem("animate"));
    expect(stem("reporting")).not.toBe(stem("reports"));
    expect(stem("marketing")).not.toBe(stem("market"));
    expect(stem("cms")).toBe("cms");
    expect(stem("customers")).toBe(stem("customer"));
    expect(stem("customer")).not.toBe(stem("custom"));
    // A present tense is no future: "modes" and "modérez" stay apart.
    expect(stem("modes")).not.toBe(stem("moderez"));
  });
});

describe("tokenize", () => {
  const words = (text: string) => tokenize(text).tokens.map((t) => t.norm);

  it("gives offsets into the input and folds accents, case and ligatures", () => {
    const text = "Maîtrise d'Œuvre, ﬁnance\u00a0et SEO";
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["maitrise", "d", "oeuvre", "finance", "et", "seo"]);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(text.slice(tokens[2].start, tokens[2].end)).toBe("Œuvre");
    expect(tokens[5].upper).toBe(true);
  });

  it("joins words hyphenated at a line end and drops inclusive-writing markers", () => {
    expect(words("dévelop-\n   pement")).toEqual(["developpement"]);
    expect(words("chargé(e) de com, un·e candidat.e créatif(ve)")).toEqual(["charge", "de", "com", "un", "candidat", "creatif"]);
    expect(words("CHARGÉ(E) DE COM (CDI)")).toEqual(["charge", "de", "com", "cdi"]);
  });

  it("splits glued sentences but keeps known names whole", () => {
    const glued = tokenize("Community ManagementSuivi LinkedIn", (n) => n === "linkedin");
    expect(glued.tokens.map((t) => t.norm)).toEqual(["community", "management", "suivi", "linkedin"]);
    expect(glued.tokens[2].gap).toBe(Gap.Clause);
    expect(glued.glueBreaks).toHaveLength(1);
  });

  it("splits a number glued to the capitalised word of the next line, not a 3D or a 4K", () => {
    const glued = tokenize("Publié le 21/05/2015Description de l'offre");
    expect(glued.tokens.map((t) => t.norm)).toContain("description");
    expect(glued.tokens.find((t) => t.norm === "description")?.gap).toBe(Gap.Clause);
    expect(glued.glueBreaks).toHaveLength(1);
    expect(tokenize("Vidéos 3D et 4K, Photoshop CS6").glueBreaks).toHaveLength(0);
  });

  it("reads no words inside a link, and keeps the full stop after it", () => {
    const text = "Nos pratiques sont sur [le wiki](https://github.com/org/site-ui-design/wiki). Voir www.example.org/seo-ads, puis postulez";
    expect(words(text)).toEqual(["nos", "pratiques", "sont", "sur", "le", "wiki", "voir", "puis", "postulez"]);
    expect(tokenize(text).tokens[6].gap).toBe(Gap.Clause);
    expect(words("Les shows de Nathan")).toEqual(["les", "shows", "de", "nathan"]);
  });

  it("marks clause ends, punctuation and bullets", () => {
    const { tokens } = tokenize("SEO, SEA. Photoshop • Figma\nbrochures\n\nHTML");
    expect(tokens.map((t) => t.gap)).toEqual([Gap.Clause, Gap.Punct, Gap.Clause, Gap.Clause, Gap.Space, Gap.Clause]);
  });

  it("keeps the French verb désigner apart from design", () => {
    const stemOf = (word: string) => tokenize(word).tokens[0].stem;
    for (const word of ["désigné", "désigner", "DÉSIGNÉE", "Désignés"]) expect(stemOf(word)).toBe(stemOf("designated"));
    for (const word of ["Designer", "design", "designé", "designers"]) expect(stemOf(word)).toBe("design");
  });

  it("keeps C++ and C# as words", () => {
    expect(words("C++, C# et Node.js")).toEqual(["c++", "c#", "et", "node", "js"]);
  });
});

describe("prepareInput", () => {
  it("keeps the lines of a Markdown page that holds some HTML, and runs a web page's source wrapping together", () => {
    const page =
      '---\ntitle: Marketing Coordinator\n---\n<p class="crumbs"><a href="/careers">Careers</a></p>\n<div class="icon"><img src="/a.svg"></div>\n\n### The position\nWe are hiring.\n\n### What you will do\n- Write the blog\n- Send the newsletter\n';
    const { text, format } = prepareInput(page);
    expect(format).toBe("html");
    expect(text.split("\n")).toEqual(expect.arrayContaining(["### The position", "- Write the blog", "- Send the newsletter"]));
    const source =
      "<div><p>We are hiring a designer\nwho loves print.</p>\n<p>Our studio makes\n- posters,\n- flyers and\n- brochures\nfor local shops.</p><ul><li>Posters</li></ul></div>";
    const read = prepareInput(source).text;
    expect(read).toContain("We are hiring a designer who loves print.");
    expect(read).toContain("Our studio makes - posters, - flyers and - brochures for local shops.");
  });
});
