import { describe, expect, it } from "vitest";
import { prefillFromProfile } from "#app/cards/card";
import { RoleCardSchema } from "#app/cards/card-schema";
import { generateKit, KIT_MAX, KIT_MIN } from "#app/cards/kit";
import { bank, CM_DUTIES, DESIGN_DUTIES, taxonomy } from "./support";

const card = (duties: { entryId: string; share: number }[], profileId = "community_manager") => ({
  titleFr: "Chargé·e de communauté",
  titleEn: "Community manager",
  profileId,
  seniority: "mid",
  duties,
});

const cmCard = card([
  { entryId: CM_DUTIES[0]!, share: 40 },
  { entryId: CM_DUTIES[1]!, share: 35 },
  { entryId: CM_DUTIES[2]!, share: 25 },
]);

describe("interview kit generation", () => {
  it.each(["fr", "en"] as const)("gives competencies with their questions and an anchored scale (%s)", (lang) => {
    const kit = generateKit(cmCard, taxonomy, bank, lang);
    expect(kit.lang).toBe(lang);
    expect(kit.title).toBe(lang === "fr" ? "Chargé·e de communauté" : "Community manager");
    expect(kit.competencies.length).toBeGreaterThanOrEqual(2);
    expect(kit.competencies.length).toBeLessThanOrEqual(KIT_MAX);
    for (const c of kit.competencies) {
      expect(c.behavioural.length).toBeGreaterThanOrEqual(2);
      expect(c.behavioural.length).toBeLessThanOrEqual(3);
      expect(c.situational.length).toBeGreaterThanOrEqual(1);
      expect(c.situational.length).toBeLessThanOrEqual(2);
      expect(c.probes.length).toBeGreaterThan(0);
      expect(c.scale.map((s) => s.rating)).toEqual([1, 2, 3, 4]);
      expect(c.scale.every((s) => s.anchor.length > 10)).toBe(true);
    }
    expect(kit.competencies.some((c) => c.exercise)).toBe(true);
  });

  it("writes the kit in the language asked for, whatever the card's", () => {
    const fr = generateKit(cmCard, taxonomy, bank, "fr");
    const en = generateKit(cmCard, taxonomy, bank, "en");
    expect(fr.competencies.map((c) => c.id)).toEqual(en.competencies.map((c) => c.id));
    const source = bank.find((c) => c.id === fr.competencies[0]!.id)!;
    expect(fr.competencies[0]!.behavioural[0]).toBe(source.behavioural[0]!.fr);
    expect(en.competencies[0]!.behavioural[0]).toBe(source.behavioural[0]!.en);
  });

  it("draws the competencies from the card's core duties", () => {
    const kit = generateKit(cmCard, taxonomy, bank, "en");
    expect(kit.competencies.every((c) => c.familyId === "community_management")).toBe(true);
    const ids = kit.competencies.map((c) => c.id);
    expect(ids).toContain("community_management.moderation");
    expect(ids).toContain("community_management.listening_crisis");
    const moderation = kit.competencies.find((c) => c.id === "community_management.moderation")!;
    expect(moderation.basis.length).toBeGreaterThan(0);
  });

  it("covers each family that takes a real part of the week", () => {
    const mixed = card([
      { entryId: CM_DUTIES[0]!, share: 30 },
      { entryId: CM_DUTIES[1]!, share: 30 },
      { entryId: DESIGN_DUTIES[0]!, share: 20 },
      { entryId: DESIGN_DUTIES[2]!, share: 20 },
    ]);
    const kit = generateKit(mixed, taxonomy, bank, "fr");
    const families = new Set(kit.competencies.map((c) => c.familyId));
    expect(families).toEqual(new Set(["community_management", "graphic_design"]));
    expect(kit.competencies.length).toBeLessThanOrEqual(KIT_MAX);
    expect(kit.competencies.find((c) => c.familyId === "graphic_design")!.id).toBe("graphic_design.visual_identity");
  });

  it("is deterministic", () => {
    expect(generateKit(cmCard, taxonomy, bank, "fr")).toEqual(generateKit(cmCard, taxonomy, bank, "fr"));
  });

  it.each(taxonomy.profiles.map((p) => p.id))("assesses only the default %s card's duties, naming them", (profileId) => {
    const values = RoleCardSchema.parse(prefillFromProfile(taxonomy, { profileId }));
    const kit = generateKit(values, taxonomy, bank, "fr");
    const labels = new Map(taxonomy.families.flatMap((f) => f.entries).map((e) => [e.id, e.label.fr]));
    const dutyLabels = values.duties.map((d) => labels.get(d.entryId));
    const dutyFamilies = new Set(values.duties.map((d) => d.entryId.split(".")[0]));
    expect(kit.competencies.length).toBeGreaterThan(0);
    expect(kit.competencies.length).toBeLessThanOrEqual(KIT_MAX);
    expect(new Set(kit.competencies.map((c) => c.id)).size).toBe(kit.competencies.length);
    for (const c of kit.competencies) {
      expect(dutyFamilies.has(c.familyId)).toBe(true);
      expect(c.basis.length).toBeGreaterThan(0);
      for (const duty of c.basis) expect(dutyLabels).toContain(duty);
    }
  });

  it("does not test shooting or editing for a card that only retouches photos", () => {
    const kit = generateKit(
      card([
        { entryId: CM_DUTIES[0]!, share: 60 },
        { entryId: "photo_video.photo_retouching", share: 40 },
      ]),
      taxonomy,
      bank,
      "fr",
    );
    const photo = kit.competencies.filter((c) => c.familyId === "photo_video");
    expect(photo.map((c) => c.id)).toEqual(["photo_video.photo_retouching"]);
    expect(photo[0]!.basis).toEqual(["Retoucher des photos"]);
    expect(kit.competencies.map((c) => c.familyId)).not.toContain("graphic_design");
  });

  it("gives a short kit for a one-duty card rather than padding it with other work", () => {
    const kit = generateKit(card([{ entryId: "community_management.reply_comments_messages", share: 100 }]), taxonomy, bank, "en");
    expect(kit.competencies.length).toBeGreaterThan(0);
    expect(kit.competencies.length).toBeLessThan(KIT_MIN);
    expect(kit.competencies.every((c) => c.basis.length === 1 && c.familyId === "community_management")).toBe(true);
  });
});
