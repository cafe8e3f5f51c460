import { describe, expect, it } from "vitest";
import { checkCardScope, downgradeDuties, toGuardView } from "#app/cards/scope-guard";
import { applyIntent, parseIntent } from "#app/cards/builder-intents";
import { prefillFromProfile, toFormValues } from "#app/cards/card";
import { formDataToObject } from "#app/cards/form-data";
import { CM_DUTIES, compiled, DESIGN_DUTIES, taxonomy } from "./support";

const duties = (ids: string[], shares: number[]) => ids.map((entryId, i) => ({ entryId, share: shares[i]! }));

describe("the builder's scope guard", () => {
  it("calls a community management card focused", () => {
    const guard = checkCardScope({ profileId: "community_manager", duties: duties(CM_DUTIES, [40, 35, 25]) }, compiled);
    expect(guard.verdict).toBe("focused");
    expect(guard.drift).toEqual([]);
  });

  it("says which duties belong to a Graphic Designer when the card drifts", () => {
    const guard = checkCardScope(
      { profileId: "community_manager", duties: duties([...CM_DUTIES, ...DESIGN_DUTIES], [25, 25, 20, 10, 10, 10]) },
      compiled,
    );
    // Design is a neighbour the community manager lists: a stretch, with its duties shown as drift.
    expect(guard.verdict).toBe("stretched");
    expect(guard.roles).toEqual(["community_manager", "graphic_designer"]);
    expect(guard.drift).toEqual([{ roleId: "graphic_designer", entryIds: DESIGN_DUTIES, share: 30, canDowngrade: true, requirements: [] }]);
    const view = toGuardView(guard, taxonomy, "en", 6);
    expect(view.drift[0]!.roleLabel).toBe("Graphic Designer");
    expect(view.drift[0]!.moveHref).toBe(`/cards/new?profile=graphic_designer&duties=${encodeURIComponent(DESIGN_DUTIES.join(","))}`);
  });

  it("accepts light duties of a neighbouring family as edges", () => {
    const guard = checkCardScope(
      { profileId: "community_manager", duties: duties([...CM_DUTIES, "graphic_design.visual_creation"], [30, 30, 25, 15]) },
      compiled,
    );
    expect(guard.verdict).toBe("focused");
    expect(guard.drift).toEqual([]);
    expect(guard.edges).toEqual(["graphic_design.visual_creation"]);
  });

  it("downgrades design duties to one light duty with their time", () => {
    const out = downgradeDuties(
      duties([CM_DUTIES[0]!, ...DESIGN_DUTIES], [70, 10, 10, 10]).map((d) => ({ ...d, share: String(d.share) })),
      DESIGN_DUTIES,
      taxonomy,
    );
    expect(out).toHaveLength(2);
    expect(out[1]!.share).toBe("30");
    expect(taxonomy.families.find((f) => f.id === "graphic_design")!.entries.find((e) => e.id === out[1]!.entryId)!.depth).toBe("light");
    const guard = checkCardScope({ profileId: "community_manager", duties: out.map((d) => ({ ...d, share: Number(d.share) })) }, compiled);
    expect(guard.drift).toEqual([]);
  });

  it("gives an empty card nothing to drift from", () => {
    const guard = checkCardScope({ profileId: "community_manager", duties: [] }, compiled);
    expect(guard.verdict).toBe("out_of_scope");
    expect(toGuardView(guard, taxonomy, "fr", 0).empty).toBe(true);
  });
});

describe("builder intents", () => {
  const base = toFormValues({ profileId: "community_manager", duties: duties(CM_DUTIES.slice(0, 2), [60, 40]) });

  it("adds a duty with what is left of the week, once", () => {
    const half = { ...base, duties: [{ entryId: CM_DUTIES[0]!, share: "60" }] };
    const next = applyIntent(half, parseIntent("add-duty", { newDuty: CM_DUTIES[2], newShare: "" }), taxonomy);
    expect(next.duties).toEqual([
      { entryId: CM_DUTIES[0], share: "60" },
      { entryId: CM_DUTIES[2], share: "40" },
    ]);
    expect(applyIntent(next, parseIntent("add-duty", { newDuty: CM_DUTIES[2] }), taxonomy).duties).toHaveLength(2);
    expect(applyIntent(next, parseIntent("add-duty", { newDuty: "nope.nope" }), taxonomy).duties).toHaveLength(2);
  });

  it("removes by index or by ids, and spreads evenly", () => {
    expect(applyIntent(base, parseIntent("remove-duty:0"), taxonomy).duties.map((d) => d.entryId)).toEqual([CM_DUTIES[1]]);
    expect(applyIntent(base, parseIntent(`remove-duties:${CM_DUTIES[1]}`), taxonomy).duties.map((d) => d.entryId)).toEqual([CM_DUTIES[0]]);
    const three = { ...base, duties: [...base.duties, { entryId: CM_DUTIES[2]!, share: "5" }] };
    expect(applyIntent(three, parseIntent("spread"), taxonomy).duties.map((d) => d.share)).toEqual(["34", "33", "33"]);
  });

  it("treats anything unknown as a plain re-check", () => {
    expect(parseIntent("")).toEqual({ kind: "check" });
    expect(parseIntent("remove-duty:x")).toEqual({ kind: "check" });
    expect(applyIntent(base, parseIntent("bogus"), taxonomy)).toEqual(base);
  });

  it("reads nested form fields, without prototype tricks or huge indexes", () => {
    const form = new FormData();
    form.set("titleFr", "CM");
    form.set("duties.0.entryId", "a");
    form.set("duties.0.share", "60");
    form.set("duties.2.entryId", "b");
    form.set("__proto__.polluted", "yes");
    form.set("duties.100000.entryId", "c");
    const out = formDataToObject(form);
    expect(out).toEqual({ titleFr: "CM", duties: [{ entryId: "a", share: "60" }, { entryId: "b" }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("pre-filled cards", () => {
  it("takes the profile and the duties a link names, with shares summing to 100", () => {
    const values = prefillFromProfile(taxonomy, { profileId: "community_manager", dutyIds: [...CM_DUTIES, "no.such", DESIGN_DUTIES[0]!] });
    expect(values.profileId).toBe("community_manager");
    expect(values.titleFr).toBeTruthy();
    expect(values.duties.map((d) => d.entryId)).toEqual([...CM_DUTIES, DESIGN_DUTIES[0]]);
    expect(values.duties.reduce((s, d) => s + Number(d.share), 0)).toBe(100);
  });

  it("starts from the profile's own duties when the link names none", () => {
    const values = prefillFromProfile(taxonomy, { profileId: "graphic_designer" });
    expect(values.duties.length).toBeGreaterThan(0);
    expect(values.duties.every((d) => d.entryId.startsWith("graphic_design."))).toBe(true);
  });
});
