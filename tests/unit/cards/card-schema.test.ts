import { describe, expect, it } from "vitest";
import { evenShares, sharesTotal, toFormValues } from "#app/cards/card";
import { firstErrorPath, RoleCardSchema } from "#app/cards/card-schema";
import { fieldErrors } from "#app/forms/field-errors";
import { validCard } from "./support";

const errorsOf = (input: unknown) => {
  const r = RoleCardSchema.safeParse(input);
  return r.success ? {} : fieldErrors(r.error, { nested: true });
};

describe("the role card schema", () => {
  it("accepts a complete card and types its values", () => {
    const r = RoleCardSchema.parse(validCard());
    expect(r.hours).toBe(35);
    expect(r.duties.map((d) => d.share)).toEqual([40, 35, 25]);
    expect(r.skillsRequired).toEqual(["Rédaction", "Écoute"]);
    expect(r.salaryMin).toBe(32000);
    expect(r.scopeAccepted).toBe(false);
  });

  it("accepts a card without salary", () => {
    const r = RoleCardSchema.parse(validCard({ salaryMin: "", salaryMax: "" }));
    expect(r.salaryMin).toBeUndefined();
    expect(r.salaryMax).toBeUndefined();
  });

  it.each([
    ["shares summing to 90", { duties: [{ entryId: "a", share: "50" }, { entryId: "b", share: "40" }] }, "dutiesTotal", "sharesTotal"],
    ["shares summing to 110", { duties: [{ entryId: "a", share: "60" }, { entryId: "b", share: "50" }] }, "dutiesTotal", "sharesTotal"],
    ["no duties", { duties: [] }, "dutiesTotal", "dutiesRequired"],
    ["a missing French title", { titleFr: "  " }, "titleFr", "required"],
    ["a missing English title", { titleEn: undefined }, "titleEn", "required"],
    ["salary min above max", { salaryMin: "50000", salaryMax: "40000" }, "salaryMax", "salaryOrder"],
    ["a salary minimum alone", { salaryMax: "" }, "salaryMax", "salaryBoth"],
    ["a salary maximum alone", { salaryMin: "" }, "salaryMin", "salaryBoth"],
    ["a title that is a number", { titleFr: 42 }, "titleFr", "invalid"],
    ["hours that are text", { hours: "full time" }, "hours", "number"],
    ["hours that are a boolean", { hours: true }, "hours", "number"],
    ["fractional hours", { hours: "35.5" }, "hours", "integer"],
    ["too many hours", { hours: "80" }, "hours", "hoursRange"],
    ["a share that is text", { duties: [{ entryId: "a", share: "half" }, { entryId: "b", share: "50" }] }, "duties.0.share", "number"],
    ["a zero share", { duties: [{ entryId: "a", share: "0" }, { entryId: "b", share: "100" }] }, "duties.0.share", "shareRange"],
    ["the same duty twice", { duties: [{ entryId: "a", share: "50" }, { entryId: "a", share: "50" }] }, "duties.1.entryId", "duplicateDuty"],
    ["an unknown seniority", { seniority: "lead" }, "seniority", "invalid"],
    ["duties that are not a list", { duties: "moderation" }, "duties", "invalid"],
    ["a salary in words", { salaryMin: "thirty thousand" }, "salaryMin", "number"],
    ["an unknown currency", { salaryCurrency: "BTC" }, "salaryCurrency", "invalid"],
  ])("refuses %s", (_name, overrides, path, key) => {
    expect(errorsOf(validCard(overrides as Record<string, unknown>))[path]).toBe(key);
  });

  it("reports every problem at once, the shares total included", () => {
    const errors = errorsOf(validCard({ titleFr: "", salaryMin: "9", salaryMax: "1", duties: [{ entryId: "a", share: "30" }] }));
    expect(errors).toMatchObject({ titleFr: "required", salaryMax: "salaryOrder", dutiesTotal: "sharesTotal" });
    expect(firstErrorPath(errors)).toBe("titleFr");
  });

  it("orders errors as the form does", () => {
    expect(firstErrorPath({ salaryMax: "x", "duties.2.share": "y", "duties.10.share": "z", hours: "w" })).toBe("hours");
    expect(firstErrorPath({ "duties.10.share": "z", "duties.2.share": "y" })).toBe("duties.2.share");
    expect(firstErrorPath({})).toBeNull();
  });

  it("turns a saved card back into the form's strings", () => {
    const saved = RoleCardSchema.parse(validCard());
    const values = toFormValues(saved);
    expect(values.hours).toBe("35");
    expect(values.skillsRequired).toBe("Rédaction\nÉcoute");
    expect(values.duties[0]).toEqual({ entryId: "community_management.moderation", share: "40" });
    expect(RoleCardSchema.parse(values)).toEqual(saved);
  });
});

describe("time shares", () => {
  it.each([1, 2, 3, 6, 7, 12])("splits 100 %% evenly over %i duties", (n) => {
    const shares = evenShares(n);
    expect(shares).toHaveLength(n);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
  });

  it("adds what the form holds and ignores what is not a number yet", () => {
    expect(sharesTotal([{ share: "40" }, { share: 35 }, { share: "" }, { share: "abc" }])).toBe(75);
  });
});
