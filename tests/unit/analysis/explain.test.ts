import { describe, expect, it } from "vitest";
import { analyze, explainIn } from "#app/analysis/index";
import { fixture, seedTaxonomy } from "./support";

const compiled = seedTaxonomy();

describe("explain", () => {
  const a = analyze(fixture("classic-community-manager.fr.txt"), compiled);

  it("says how many jobs the offer combines, in French and in English", () => {
    const n = a.roleCount;
    expect(a.explanation.sentences.fr[0]).toBe(`Cette offre combine ${n} métiers : ${a.roles.map((r) => compiled.profileById.get(r)!.profile.label.fr).join(", ").replace(/, ([^,]*)$/, " et $1")}.`);
    expect(a.explanation.sentences.en[0]).toMatch(new RegExp(`^This offer combines ${n} jobs: `));
  });

  it("gives the lines of each job, the title's promise and concrete fixes", () => {
    const kinds = a.explanation.parts.map((p) => (p.kind === "fix" ? `fix:${String(p.fix)}` : p.kind));
    expect(kinds).toEqual(expect.arrayContaining(["summary", "role", "title_mismatch", "fix:split", "fix:downgrade", "fix:outsource"]));
    const web = a.explanation.parts.find((p) => p.kind === "role" && p.profile === "web_developer");
    const lines = web?.kind === "role" ? web.lines : [];
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(a.text.slice(l.start, l.end)).toBe(l.text);
    expect(lines.some((l) => /HTML|PHP/.test(l.text))).toBe(true);
    expect(a.explanation.sentences.fr.join(" ")).toMatch(/Séparez l'offre en \d fiches de poste/);
    expect(a.explanation.sentences.en.join(" ")).toMatch(/agency or a freelancer/);
  });

  it("picks one UI language on demand", () => {
    expect(explainIn(a, compiled, "en").sentences).toEqual(a.explanation.sentences.en);
    expect(explainIn(a, compiled, "fr").sentences).toEqual(a.explanation.sentences.fr);
  });

  it("says when an offer is out of scope instead of inventing a verdict", () => {
    const out = analyze(fixture("out-of-scope-accountant.fr.txt"), compiled);
    expect(out.explanation.sentences.fr).toEqual(["Cette offre ne demande pas de travail de marketing digital : RoleScope ne peut pas juger de sa charge."]);
    expect(out.explanation.sentences.en[0]).toMatch(/no digital marketing work/);
  });
});

describe("the typed contract of an analysis", () => {
  const a = analyze(fixture("classic-community-manager.fr.txt"), compiled);

  it("gives every part its own sentence, in both languages, in the order of the sentence lists", () => {
    expect(a.explanation.parts.map((p) => p.text?.fr)).toEqual(a.explanation.sentences.fr);
    expect(a.explanation.parts.map((p) => p.text?.en)).toEqual(a.explanation.sentences.en);
  });

  it("assigns every demanded family to at most one role and sums the week from the roles", () => {
    expect(a.assignment.map((r) => r.profile)).toEqual(a.roles);
    const assigned = a.assignment.flatMap((r) => r.families.map((f) => f.id));
    expect(new Set(assigned).size).toBe(assigned.length);
    for (const id of assigned) expect(a.families.map((f) => f.id)).toContain(id);
    const roleHours = a.assignment.reduce((s, r) => s + r.hours, 0);
    expect(a.workload.hours).toBeGreaterThanOrEqual(Math.round(roleHours * 10) / 10 - 0.1);
    expect(a.workload.weeks).toBeCloseTo(a.workload.hours / 35, 1);
  });
});

describe("the title against the body", () => {
  it("does not hold against the title work the post only assists with", () => {
    const a = analyze(
      "Content Writer\n\nResponsibilities\n- Write articles for the blog and the website\n- Edit and proofread the newsletter copy\n- Assist with the creation of new Google Ads campaigns\n",
      compiled,
    );
    expect(a.verdict).toBe("focused");
    expect(a.explanation.parts.find((p) => p.kind === "title_mismatch")).toBeUndefined();
    expect(a.explanation.parts.some((p) => p.kind === "reason" && p.reason === "steering")).toBe(true);
  });
});

describe("the lines quoted for a role", () => {
  it("quotes a long paragraph once, however many of its passages a role holds", () => {
    const offer =
      "Social Media Executive\n\nWe are looking for a Social Media Executive to plan and publish our posts on Instagram, TikTok and LinkedIn, reply to comments and messages, keep the content calendar and report monthly on reach and engagement.\n";
    const role = analyze(offer, compiled).explanation.parts.find((p) => p.kind === "role");
    const lines = role?.kind === "role" ? role.lines : [];
    expect(lines.length).toBeGreaterThan(1);
    // No quoted window is mostly inside another one.
    const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    for (const [i, a] of lines.entries()) for (const b of lines.slice(i + 1)) expect(overlap(a, b)).toBeLessThanOrEqual(Math.min(a.end - a.start, b.end - b.start) / 2);
  });
});
