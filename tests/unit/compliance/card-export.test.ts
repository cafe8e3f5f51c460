import { describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/analyze";
import { prefillFromProfile } from "#app/cards/card";
import { RoleCardSchema } from "#app/cards/card-schema";
import { cardToJobPosting } from "#app/cards/job-posting";
import { cardToOffer } from "#app/cards/offer";
import { checkCompliance } from "#app/compliance/check";
import { compiled, taxonomy, validCard } from "#tests/unit/cards/support";
import { seedRules } from "./support";

const postedOn = new Date("2026-11-30T10:00:00Z");

function findings(markdown: string, lang: "fr" | "en") {
  return checkCompliance(analyze(markdown, compiled, { language: lang }), seedRules()).findings;
}

describe("the role-card offer export passes the compliance check by construction", () => {
  it.each(taxonomy.profiles.map((p) => p.id))("the default %s card, in French and English, has no illegal or risky finding", (profileId) => {
    const card = RoleCardSchema.parse({ ...prefillFromProfile(taxonomy, { profileId }), salaryMin: "30000", salaryMax: "36000", location: "Lyon" });
    for (const lang of ["fr", "en"] as const) {
      const found = findings(cardToOffer(card, taxonomy, lang, { postedOn }).markdown, lang);
      expect(found.filter((f) => f.severity !== "recommended"), `${profileId} ${lang}`).toEqual([]);
      // Dated and priced by construction.
      expect(found.map((f) => f.rule)).not.toContain("fr.L5332-1.dated");
      expect(found.map((f) => f.rule)).not.toContain("eu.2023-970.pay-range");
    }
  });

  it("says the job is open to all genders even when the card's title is masculine", () => {
    const card = RoleCardSchema.parse(validCard({ titleFr: "Chargé de communauté" }));
    const ids = findings(cardToOffer(card, taxonomy, "fr", { postedOn }).markdown, "fr").map((f) => f.rule);
    expect(ids).not.toContain("fr.L1142-1.title-unmarked");
    // Still a fair recommendation: the directive asks for a neutral title, which only the author can write.
    expect(ids).toContain("eu.2023-970.neutral-title");
  });

  it("leaves the pay finding when the card has no pay range, rather than invent one", () => {
    const card = RoleCardSchema.parse(validCard({ salaryMin: "", salaryMax: "" }));
    const pay = findings(cardToOffer(card, taxonomy, "fr", { postedOn }).markdown, "fr").find((f) => f.rule === "eu.2023-970.pay-range");
    expect(pay?.severity).toBe("recommended");
  });
});

describe("schema.org JobPosting export", () => {
  const card = RoleCardSchema.parse(validCard({ location: "Dakar" }));

  it("carries the fields job boards read", () => {
    const posting = cardToJobPosting(card, taxonomy, "fr", { postedOn, organization: "Association Exemple", country: "SN" });
    expect(posting).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Community manager",
      datePosted: "2026-11-30",
      validThrough: "2027-01-29",
      employmentType: ["FULL_TIME"],
      hiringOrganization: { "@type": "Organization", name: "Association Exemple" },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Dakar", addressCountry: "SN" } },
      baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", minValue: 32000, maxValue: 38000, unitText: "YEAR" } },
    });
    expect(posting.description).toContain("<h2>Vos missions</h2>");
    expect(posting.description).toContain("<li>Modérer les échanges (environ 40 % du temps)</li>");
  });

  it("escapes the card's own text in the description", () => {
    const hostile = RoleCardSchema.parse(validCard({ team: "<script>alert(1)</script>" }));
    const posting = cardToJobPosting(hostile, taxonomy, "en", { postedOn, country: "FR" });
    expect(posting.description).not.toContain("<script>");
    expect(posting.description).toContain("&lt;script&gt;");
    expect(posting.hiringOrganization).toBeUndefined();
  });

  it("marks a remote card as telecommuting and a short-hours fixed-term one as temporary part-time", () => {
    const remote = RoleCardSchema.parse(validCard({ remote: "remote", contract: "fixed_term", hours: "20" }));
    const posting = cardToJobPosting(remote, taxonomy, "en", { postedOn, country: "FR" });
    expect(posting.jobLocationType).toBe("TELECOMMUTE");
    expect(posting.employmentType).toEqual(["TEMPORARY", "PART_TIME"]);
  });
});
