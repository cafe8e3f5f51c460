import { expect, it } from "vitest";
import { RoleCardSchema } from "~/cards/card-schema";
import { compareScorecards, validateScorecard } from "~/cards/scorecard";
import { createRoleCard } from "~/models/role-card.server";
import { countScorecards, findScorecard, listCandidates, listScorecards, saveScorecard } from "~/models/scorecard.server";
import { action as scorecardAction } from "~/routes/cards.$id.scorecard";
import { loader as compareLoader } from "~/routes/cards.$id.candidates.$candidate";
import { addMember } from "~/models/workspace.server";
import { formPost, settle, signedIn } from "../support/auth";
import { describeEachBackend } from "../support/test-db";
import { validCard } from "../unit/cards/support";

const url = (path: string) => `http://localhost${path}`;

describeEachBackend("scorecards", (db) => {
  it("saves one scorecard per interviewer and candidate, and compares them", async () => {
    const { scope } = await signedIn(db());
    const { user: lea } = await signedIn(db());
    const { user: marc } = await signedIn(db());
    const card = await createRoleCard(db(), scope, RoleCardSchema.parse(validCard()));
    const ids = ["community_management.moderation", "community_management.engagement", "community_management.listening_crisis", "community_management.member_care"];
    const scorecard = (candidate: string, name: string, ratings: number[], recommendation: string) => {
      const result = validateScorecard(
        { candidate, interviewerName: name, ratings: ids.map((competencyId, i) => ({ competencyId, rating: String(ratings[i]), notes: `note ${i}` })), recommendation, notes: "" },
        ids,
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.scorecard;
    };
    await saveScorecard(db(), { cardId: card.id, cardRevision: 1, kitLang: "fr", interviewerId: lea.id, scorecard: scorecard("Awa Diop", "Léa", [3, 4, 2, 3], "no") });
    await saveScorecard(db(), { cardId: card.id, cardRevision: 1, kitLang: "fr", interviewerId: lea.id, scorecard: scorecard("awa  diop", "Léa", [3, 4, 2, 3], "yes") });
    await saveScorecard(db(), { cardId: card.id, cardRevision: 1, kitLang: "en", interviewerId: marc.id, scorecard: scorecard("Awa Diop", "Marc", [1, 4, 2, 4], "strong_no") });
    await saveScorecard(db(), { cardId: card.id, cardRevision: 1, kitLang: "fr", interviewerId: marc.id, scorecard: scorecard("Omar Ba", "Marc", [2, 2, 2, 2], "no") });

    expect(await countScorecards(db(), card.id)).toBe(3);
    const candidates = await listCandidates(db(), card.id);
    expect(candidates.map((c) => [c.candidateKey, c.scorecards]).sort()).toEqual([
      ["awa diop", 2],
      ["omar ba", 1],
    ]);
    const awa = await listScorecards(db(), card.id, "Awa Diop");
    expect(awa.map((s) => [s.interviewerName, s.recommendation])).toEqual([
      ["Léa", "yes"],
      ["Marc", "strong_no"],
    ]);
    const comparison = compareScorecards(ids, awa);
    expect(comparison.rows.filter((r) => r.disagreement).map((r) => r.competencyId)).toEqual(["community_management.moderation"]);
    expect(comparison.recommendationSplit).toBe(true);
    expect((await findScorecard(db(), { cardId: card.id, candidate: "AWA DIOP", interviewerId: marc.id }))!.ratings[0]).toEqual({
      competencyId: ids[0],
      rating: 1,
      notes: "note 0",
    });
  });

  it("fills scorecards through the kit's own form and shows the comparison", async () => {
    const { scope } = await signedIn(db());
    const one = await signedIn(db());
    const two = await signedIn(db());
    // Their own workspaces go, so the card's workspace is their current one.
    for (const member of [one, two]) await db().deleteFrom("workspaces").where("id", "=", member.workspace.id).execute();
    for (const member of [one, two]) await addMember(db(), { workspaceId: scope.workspaceId, userId: member.user.id, role: "recruiter" });
    const card = await createRoleCard(db(), scope, RoleCardSchema.parse(validCard()));
    const params = { id: String(card.id) };
    const kitIds = async () => {
      const response = await settle(() =>
        import("~/routes/cards.$id.scorecard").then((m) => m.loader({ request: new Request(url(`/cards/${card.id}/scorecard?lang=en`), { headers: { Cookie: one.cookie } }), context: { db: db() }, params })),
      );
      return ((await response.json()).competencies as { id: string }[]).map((c) => c.id);
    };
    const ids = await kitIds();
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const fields = (name: string, ratings: number[], recommendation: string) => {
      const out: Record<string, string> = { lang: "en", candidate: "Awa Diop", interviewerName: name, recommendation, notes: "" };
      ids.forEach((id, i) => {
        out[`ratings.${i}.competencyId`] = id;
        out[`ratings.${i}.rating`] = String(ratings[i % ratings.length]);
        out[`ratings.${i}.notes`] = "";
      });
      return out;
    };
    const incomplete = fields("One", [3], "");
    delete incomplete["ratings.1.rating"];
    const refused = await settle(() => scorecardAction({ request: formPost(url(`/cards/${card.id}/scorecard`), incomplete, one.cookie), context: { db: db() }, params }));
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toMatchObject({ "ratings.1.rating": "rating", recommendation: "recommendation" });
    expect(await countScorecards(db(), card.id)).toBe(0);

    const anonymous = await settle(() => scorecardAction({ request: formPost(url(`/cards/${card.id}/scorecard`), fields("X", [3], "yes")), context: { db: db() }, params }));
    expect(anonymous.status).toBe(302);
    expect(await countScorecards(db(), card.id)).toBe(0);

    for (const [who, ratings, rec] of [[one, [4], "strong_yes"], [two, [1], "no"]] as const) {
      const saved = await settle(() =>
        scorecardAction({ request: formPost(url(`/cards/${card.id}/scorecard`), fields(who.user.email, [...ratings], rec), who.cookie), context: { db: db() }, params }),
      );
      expect(saved.status).toBe(302);
      expect(saved.headers.get("Location")).toBe(`/cards/${card.id}/candidates/awa%20diop?lang=en&saved=1`);
    }
    const compared = await settle(() =>
      compareLoader({ request: new Request(url(`/cards/${card.id}/candidates/awa%20diop?lang=en`), { headers: { Cookie: one.cookie } }), context: { db: db() }, params: { ...params, candidate: "awa diop" } }),
    );
    const data = await compared.json();
    expect(data.interviewers.map((i: { name: string }) => i.name)).toEqual([one.user.email, two.user.email]);
    expect(data.rows.every((r: { disagreement: boolean }) => r.disagreement)).toBe(true);
    expect(data.recommendationSplit).toBe(true);
  });
});
