import { describe, expect, it } from "vitest";
import { focusedFixtures } from "#tests/unit/analysis/support";
import { check, ruleIds } from "./support";

const FR_BODY = `Publiée le 12 mars 2026

Vos missions
- Animer nos réseaux sociaux et la communauté de la marque
- Rédiger les publications et le calendrier éditorial

Profil
- Deux ans d'expérience en communication digitale
- Aisance rédactionnelle

Salaire : 38 000 – 44 000 € brut annuel.`;

const EN_BODY = `Posted on March 3, 2026

What you will do
- Run our social media channels and the brand community
- Write posts and plan the editorial calendar

About you
- Two years of experience in digital communication
- Strong writing skills

Salary: £35,000–£40,000 per year.`;

const fr = (title: string, extra = "") => `${title}\n\n${extra}\n\n${FR_BODY}`;
const en = (title: string, extra = "") => `${title}\n\n${extra}\n\n${EN_BODY}`;

// Each rule: offers (FR and EN) where it must fire, and close calls where it must not.
const cases: { rule: string; finds: string[]; clean: string[] }[] = [
  {
    rule: "fr.L1142-1.sex-family",
    finds: [fr("Community Manager H/F", "Profil féminin souhaité pour ce poste."), fr("Community Manager H/F", "Idéalement célibataire et sans enfants."), en("Community Manager", "Female candidates only.")],
    clean: [fr("Community Manager H/F", "Ce poste est ouvert aux femmes et aux hommes, parents ou non."), en("Community Manager", "Parents welcome: flexible hours.")],
  },
  {
    rule: "fr.L1142-1.title-unmarked",
    finds: [fr("Chargé de communication"), fr("Assistante marketing"), en("Salesman")],
    clean: [fr("Chargé·e de communication"), fr("Chargé(e) de communication"), fr("Rédacteur / Rédactrice web"), fr("Graphiste"), fr("Chargé de communication", "Poste ouvert à toutes et à tous."), en("Sales Representative"), fr("Senior Salesforce Consultant")],
  },
  {
    rule: "fr.L1142-1.feminine-title",
    finds: [fr("Vendeuse H/F"), fr("Chargée de relations presse (F/H)"), en("Chargée de marketing - H/F")],
    clean: [fr("Vendeur / Vendeuse H/F"), fr("Chargé·e de relations presse"), en("Marketing Officer (M/F)")],
  },
  {
    rule: "fr.L5321-2.age",
    finds: [fr("Community Manager H/F", "Vous êtes jeune et dynamique."), fr("Community Manager H/F", "Vous êtes âgée de 25 ans au moins."), en("Community Manager", "You are young and energetic.")],
    clean: [fr("Community Manager H/F", "Rejoignez une jeune entreprise qui accompagne des jeunes vers l'emploi."), en("Community Manager", "Join a young company that helps young people find work.")],
  },
  {
    rule: "fr.L5321-2.young-graduate",
    finds: [fr("Community Manager H/F", "Jeunes diplômé·es bienvenu·es."), en("Community Manager", "Recent graduates welcome.")],
    clean: [fr("Community Manager H/F", "Débutant·e accepté·e."), en("Community Manager", "Entry level: first job welcome.")],
  },
  {
    rule: "fr.L5331-2.upper-age",
    finds: [fr("Community Manager H/F", "Vous avez moins de 30 ans."), fr("Community Manager H/F", "Profil 25-35 ans."), en("Community Manager", "Candidates aged 25-35.")],
    clean: [fr("Community Manager H/F", "3 à 5 ans d'expérience, ou moins de 2 ans d'expérience avec un portfolio."), en("Community Manager", "5-7 years of experience.")],
  },
  {
    rule: "fr.L5321-2.appearance",
    finds: [fr("Community Manager H/F", "Bonne présentation exigée."), en("Community Manager", "Well presented and outgoing.")],
    clean: [fr("Community Manager H/F", "Présentation des résultats au client chaque mois."), en("Community Manager", "You present results to clients every month.")],
  },
  {
    rule: "fr.L5321-2.origin",
    finds: [fr("Community Manager H/F", "Français langue maternelle."), fr("Community Manager H/F", "De nationalité française."), en("Community Manager", "Native English speaker.")],
    clean: [fr("Community Manager H/F", "Français courant (C2), anglais professionnel."), en("Community Manager", "Fluent English (C1 or above).")],
  },
  {
    rule: "fr.L5321-2.residence",
    finds: [fr("Community Manager H/F", "Habitant à proximité de Lyon."), en("Community Manager", "You must live in Leeds.")],
    clean: [fr("Community Manager H/F", "Poste basé à Lyon 7e, sur site trois jours par semaine."), en("Community Manager", "Based in our Leeds office.")],
  },
  {
    rule: "fr.L5321-2.health-beliefs",
    finds: [fr("Community Manager H/F", "Non-fumeur et en bonne santé."), en("Community Manager", "Non-smoker preferred.")],
    clean: [
      fr("Community Manager H/F", "Une entreprise en bonne santé financière. Poste ouvert aux personnes en situation de handicap."),
      en("Community Manager", "We hire regardless of age, religion, disability or pregnancy."),
    ],
  },
  {
    rule: "fr.L5332-1.dated",
    finds: [fr("Community Manager H/F").replace("Publiée le 12 mars 2026", ""), en("Community Manager").replace("Posted on March 3, 2026", "")],
    clean: [fr("Community Manager H/F"), fr("Community Manager H/F").replace("Publiée le 12 mars 2026", "Date : 12/03/2026"), en("Community Manager")],
  },
  {
    rule: "fr.L5331-4.french",
    finds: [en("Community Manager", "Location: Paris, France."), en("Community Manager", "Permanent contract (CDI) in our Lyon office.")],
    clean: [en("Community Manager", "Location: London."), fr("Community Manager H/F", "Poste basé à Paris.")],
  },
  {
    rule: "eu.2023-970.pay-range",
    finds: [fr("Community Manager H/F").replace("Salaire : 38 000 – 44 000 € brut annuel.", "Salaire selon profil. Budget média de 50 000 €."), en("Community Manager").replace("Salary: £35,000–£40,000 per year.", "Competitive salary.")],
    clean: [fr("Community Manager H/F"), fr("Community Manager H/F").replace("Salaire : 38 000 – 44 000 € brut annuel.", "Rémunération : 42k€ bruts annuels."), en("Community Manager")],
  },
  {
    rule: "eu.2023-970.pay-history",
    finds: [fr("Community Manager H/F", "Merci d'indiquer votre salaire actuel."), en("Community Manager", "Please include your current salary.")],
    clean: [fr("Community Manager H/F", "Merci d'indiquer vos prétentions salariales."), en("Community Manager", "Please include your salary expectations.")],
  },
  {
    rule: "eu.2023-970.neutral-title",
    finds: [fr("Chargé de communication H/F"), fr("Développeur web (F/H)"), en("Cameraman (M/F)")],
    clean: [fr("Chargé·e de communication H/F"), fr("Développeur·euse web"), en("Camera Operator")],
  },
];

describe("compliance golden offers", () => {
  describe.each(cases)("$rule", ({ rule, finds, clean }) => {
    it.each(finds)("finds it in %j", (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
    it.each(clean)("does not fire on %j", (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
  });

  it("quotes the passage with its offsets, article, source and a fix in both languages", () => {
    const result = check(fr("Community Manager H/F", "Bonne présentation exigée."));
    const f = result.findings.find((x) => x.rule === "fr.L5321-2.appearance")!;
    expect(f.severity).toBe("risky");
    expect(result.text.slice(f.start, f.end)).toBe("Bonne présentation");
    expect(f.passage).toBe("Bonne présentation");
    expect(f.article.fr).toMatch(/L5321-2/);
    expect(f.sourceUrl).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(f.fix.fr && f.fix.en).toBeTruthy();
  });

  it("gives no offsets for a missing element", () => {
    const result = check(en("Community Manager").replace("Salary: £35,000–£40,000 per year.", ""));
    const pay = result.findings.find((x) => x.rule === "eu.2023-970.pay-range")!;
    expect(pay.start).toBeUndefined();
    expect(pay.sourceUrl).toMatch(/eur-lex\.europa\.eu/);
    expect(pay.status).toEqual({ value: "adopted", since: "2023-05-10" });
  });

  it("lets the graver rule speak where two circle the same words", () => {
    const ids = ruleIds(fr("Community Manager H/F", "Jeune diplômé de moins de 26 ans."));
    expect(ids).toContain("fr.L5331-2.upper-age");
    expect(ids).toContain("fr.L5321-2.young-graduate");
    expect(ids).not.toContain("fr.L5321-2.age");
  });
});

// Written to be fair offers: nothing in them is illegal or risky. They lack a pay range
// and a date (true findings, no offsets); the one feminine title is a true finding too.
describe("the 28 focused golden offers", () => {
  const expected: Record<string, string[]> = { "pr_events_officer.fr.txt": ["fr.L1142-1.feminine-title"] };
  it.each(focusedFixtures().map((f) => [f.file, f.text] as const))("%s has no false finding", (file, text) => {
    const findings = check(text).findings;
    const passages = findings.filter((f) => f.start !== undefined && f.severity !== "recommended").map((f) => f.rule);
    expect(passages).toEqual(expected[file] ?? []);
    for (const f of findings.filter((x) => x.start === undefined)) expect(["eu.2023-970.pay-range", "fr.L5332-1.dated"]).toContain(f.rule);
  });
});
