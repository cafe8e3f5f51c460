import { expect, it } from "vitest";
import { RoleCardSchema } from "#app/cards/card-schema";
import { validateScorecard } from "#app/cards/scorecard-schema";
import { createCandidate, listCandidates } from "#app/models/candidate.server";
import { createRoleCard } from "#app/models/role-card.server";
import { saveScorecard, scorecardPanel, scorecardsForExport } from "#app/models/scorecard.server";
import { signedIn, signedInMember } from "#tests/support/auth";
import { describeEachBackend } from "#tests/support/test-db";
import { validCard } from "#tests/unit/cards/support";

const ids = ["community_management.moderation", "community_management.engagement", "community_management.listening_crisis", "community_management.member_care"];

function scorecard(ratings: number[], recommendation: string, mode: "draft" | "submit") {
  const result = validateScorecard(
    { ratings: ids.map((competencyId, i) => ({ competencyId, rating: String(ratings[i] ?? ""), notes: `note ${i}` })), recommendation, notes: "" },
    ids,
    mode,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scorecard;
}

describeEachBackend("scorecards", (db) => {
  it("keeps one scorecard per interviewer and candidate: a second interviewer never replaces the first", async () => {
    const owner = await signedIn(db());
    const lea = await signedInMember(db(), owner.workspace.id, "recruiter");
    const marc = await signedInMember(db(), owner.workspace.id, "recruiter");
    const card = await createRoleCard(db(), owner.scope, RoleCardSchema.parse(validCard()));
    const awa = (await createCandidate(db(), owner.scope, card.id, { name: "Awa Diop", email: null, stage: "interview" }))!;
    const omar = (await createCandidate(db(), owner.scope, card.id, { name: "Omar Ba", email: null, stage: "new" }))!;
    const save = (who: typeof lea, candidateId: number, ratings: number[], rec: string, submit: boolean) =>
      saveScorecard(db(), who.scope, { candidateId, cardRevision: 1, kitLang: "fr", scorecard: scorecard(ratings, rec, submit ? "submit" : "draft"), submit });

    expect((await save(lea, awa.id, [3], "", false)).status).toBe("saved");
    expect((await save(lea, awa.id, [3, 4, 2, 3], "yes", true)).status).toBe("saved");
    expect((await save(marc, awa.id, [1, 4, 2, 4], "strong_no", true)).status).toBe("saved");
    expect((await save(marc, omar.id, [2, 2, 2, 2], "no", false)).status).toBe("saved");
    // Submitted is final.
    expect((await save(lea, awa.id, [1, 1, 1, 1], "no", true)).status).toBe("locked");

    const all = await scorecardsForExport(db(), owner.scope, awa.id);
    expect(all.map((s) => [s.interviewerName, s.recommendation])).toEqual([
      [lea.user.email, "yes"],
      [marc.user.email, "strong_no"],
    ]);
    const candidates = await listCandidates(db(), owner.scope, card.id);
    expect(candidates.map((c) => [c.name, c.submitted]).sort()).toEqual([
      ["Awa Diop", 2],
      ["Omar Ba", 0],
    ]);
    // Marc's draft for Omar is his alone: the owner sees no submitted scorecard there.
    const omarPanel = await scorecardPanel(db(), owner.scope, omar.id);
    expect(omarPanel.submitted).toEqual([]);
    expect((await scorecardPanel(db(), marc.scope, omar.id)).own?.ratings.map((r) => r.rating)).toEqual([2, 2, 2, 2]);
  });

  it("refuses a scorecard for a candidate of another workspace", async () => {
    const owner = await signedIn(db());
    const stranger = await signedIn(db());
    const card = await createRoleCard(db(), owner.scope, RoleCardSchema.parse(validCard()));
    const awa = (await createCandidate(db(), owner.scope, card.id, { name: "Awa Diop", email: null, stage: "interview" }))!;
    const result = await saveScorecard(db(), stranger.scope, { candidateId: awa.id, cardRevision: 1, kitLang: "fr", scorecard: scorecard([4, 4, 4, 4], "yes", "submit"), submit: true });
    expect(result.status).toBe("not_found");
    expect(await createCandidate(db(), stranger.scope, card.id, { name: "X", email: null, stage: "new" })).toBeNull();
    expect(await scorecardsForExport(db(), owner.scope, awa.id)).toEqual([]);
  });
});
