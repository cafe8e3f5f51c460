import { describe, expect, it } from "vitest";
import { contractHours } from "#app/analysis/contract-hours";

describe("the part-time week an offer states", () => {
  it.each([
    ["Poste à temps partiel sur 15 mois", 20, "temps partiel"],
    ["Un CDI à mi-temps, en présentiel", 17.5, "mi-temps"],
    ["This is a part-time position, 10-15 hours per week.", 12.5, "10-15 hours per week"],
    ["Contrat : CDD, temps partiel à 80 % minimum", 28, "temps partiel à 80 %"],
    ["Ce poste est à temps partiel, 20 heures hebdomadaires.", 20, "20 heures hebdomadaires"],
    ["Commitment: ~20 hours/week", 20, "20 hours/week"],
    ["Modalités : 1 jour / semaine pour commencer", 7, "1 jour / semaine"],
    ["The role is 2 days a week, freelance.", 14, "2 days a week"],
    ["Engagé à mi-temps (19h/sem.). Possibilité d'extension du contrat en temps plein.", 19, "19h/sem."],
    ["10 hours per week to start, with potential to grow to full-time", 10, "10 hours per week"],
  ])("reads “%s” as %s hours a week", (text, hours, passage) => {
    const found = contractHours(text);
    expect(found?.hours).toBe(hours);
    expect(found?.evidence.text).toBe(passage);
    expect(text.slice(found!.evidence.start, found!.evidence.end)).toBe(passage);
  });

  it.each([
    "Contract (Part-time or Full-time)",
    "CDI à temps plein. Possibilité de temps partiel.",
    "Nous étudions toute demande, notamment à temps partiel ou à horaires condensés.",
    "36 heures par semaine (4,5 jours)",
    "Télétravail 2 jours par semaine",
    "CDI, 3 jours par semaine au bureau et le reste à distance",
    "Hybrid: in the office 2 days a week",
    "Alternance : 4 jours en entreprise et 1 jour par semaine à l'école",
    "Able to dedicate a few hours per week",
    "Community manager H/F, CDI",
  ])("reads “%s” as a full-time (or unstated) post", (text) => {
    expect(contractHours(text)).toBeNull();
  });
});
