import { expect, it } from "vitest";
import { analyze } from "#app/analysis/index";
import { describeWithSharedData } from "#tests/support/shared-data";
import { CORPUS, corpusOffers, seedTaxonomy } from "./support";

const compiled = seedTaxonomy();
// Clearly outside digital marketing by their title (engineering, sales, finance, HR…).
const UNRELATED = /\b(engineer|engineering|software|sales|account (executive|manager)|country manager|flight attendant|casino|laundering|recruiter|privacy|credit|crédit|instructor|chief technology|data science|ai trainer|vp people|hrbp|regulatory|compliance|synology|cloud)\b/i;
const MARKETING = /marketing|growth|seo|content|brand|social|media|communication|crm|ads|digital/i;

describeWithSharedData("corpus of real offers (linkedin-fr-2025)", CORPUS, () => {
  // Read inside the suite: when the shared folder is absent the suite is skipped, not crashed.
  const offers = () => corpusOffers();

  it("analyses every offer without error, with consistent evidence", () => {
    expect(offers().length).toBeGreaterThan(100);
    for (const o of offers()) {
      const text = `${o.title}\n${o.text}`;
      const a = analyze(text, compiled);
      expect(a.text).toBe(text);
      for (const f of a.families) for (const ev of f.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it("does not call the clearly unrelated offers overloaded", () => {
    const unrelated = offers().filter((o) => UNRELATED.test(o.title) && !MARKETING.test(o.title));
    expect(unrelated.length).toBeGreaterThan(15);
    const overloaded = unrelated.filter((o) => analyze(`${o.title}\n${o.text}`, compiled).verdict === "overloaded").map((o) => o.title);
    expect(overloaded).toEqual([]);
    const outOfScope = unrelated.filter((o) => analyze(`${o.title}\n${o.text}`, compiled).verdict === "out_of_scope");
    expect(outOfScope.length / unrelated.length).toBeGreaterThan(0.7);
  });
});
