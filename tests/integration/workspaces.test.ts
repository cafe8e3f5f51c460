import { expect, it } from "vitest";
import { RoleCardSchema } from "#app/cards/card-schema";
import type { DB } from "#app/db.server";
import { listAudit } from "#app/models/audit.server";
import { createCandidate, eraseExpiredCandidates, findCandidate } from "#app/models/candidate.server";
import { assignToCard } from "#app/models/card-assignment.server";
import { createRoleCard, setCardArchived } from "#app/models/role-card.server";
import { findMembership, listMemberships, updateWorkspaceSettings } from "#app/models/workspace.server";
import * as cardPage from "#app/routes/cards.$id._index";
import * as candidateList from "#app/routes/cards.$id.candidates._index";
import * as candidatePage from "#app/routes/cards.$id.candidates.$candidate._index";
import * as exportRoute from "#app/routes/cards.$id.candidates.$candidate.export[.]json";
import * as scorecardRoute from "#app/routes/cards.$id.candidates.$candidate.scorecard";
import * as editRoute from "#app/routes/cards.$id.edit";
import * as historyRoute from "#app/routes/cards.$id.history";
import * as kitRoute from "#app/routes/cards.$id.kit";
import * as kitPdfRoute from "#app/routes/cards.$id.kit[.]pdf";
import * as offerRoute from "#app/routes/cards.$id.offer";
import * as offerMdRoute from "#app/routes/cards.$id.offer[.]md";
import * as cardList from "#app/routes/cards._index";
import * as checkSaved from "#app/routes/check.$id";
import * as checkIndex from "#app/routes/check._index";
import * as compareSaved from "#app/routes/compare.$id";
import * as compareIndex from "#app/routes/compare._index";
import * as newCard from "#app/routes/cards.new";
import * as inviteRoute from "#app/routes/invites.$token";
import * as signupRoute from "#app/routes/signup";
import * as auditRoute from "#app/routes/workspace.audit";
import * as settingsRoute from "#app/routes/workspace._index";
import { formPost, settle, signedIn, signedInMember } from "#tests/support/auth";
import { describeEachBackend } from "#tests/support/test-db";
import { cardFields, validCard } from "#tests/unit/cards/support";
import { EN_FOCUSED_CM } from "#tests/unit/compare/offers";

type Args = { request: Request; context: { db: DB }; params: Record<string, string> };
type Handler = (args: Args) => Promise<unknown> | unknown;

const url = (path: string) => `http://localhost${path}`;
const content = (overrides: Record<string, unknown> = {}) => RoleCardSchema.parse(validCard(overrides));


describeEachBackend("workspaces", (db) => {
  const get = (handler: Handler, path: string, params: Record<string, string>, cookie?: string) =>
    settle(async () => (await handler({ request: new Request(url(path), { headers: cookie ? { Cookie: cookie } : {} }), context: { db: db() }, params })) as Response);
  const post = (handler: Handler, path: string, params: Record<string, string>, fields: Record<string, string>, cookie?: string) =>
    settle(async () => (await handler({ request: formPost(url(path), fields, cookie), context: { db: db() }, params })) as Response);

  /** An owner's workspace with a recruiter, an assigned and an unassigned interviewer, a card and a candidate. */
  async function team() {
    const owner = await signedIn(db());
    const ws = owner.workspace.id;
    const recruiter = await signedInMember(db(), ws, "recruiter");
    const interviewer = await signedInMember(db(), ws, "interviewer");
    const unassigned = await signedInMember(db(), ws, "interviewer");
    const stranger = await signedIn(db());
    const card = await createRoleCard(db(), owner.scope, content());
    expect(await assignToCard(db(), owner.scope, card.id, interviewer.user.id)).toBe(true);
    const candidate = (await createCandidate(db(), owner.scope, card.id, { name: "Awa Diop", email: "awa@example.org", stage: "interview" }))!;
    return { owner, recruiter, interviewer, unassigned, stranger, card, candidate };
  }

  /** The kit's competency ids, read as an interviewer's form would. */
  async function kitIds(cookie: string, cardId: number, candidateId: number) {
    const res = await get(scorecardRoute.loader as Handler, `/cards/${cardId}/candidates/${candidateId}/scorecard?lang=en`, { id: String(cardId), candidate: String(candidateId) }, cookie);
    return ((await res.json()).competencies as { id: string }[]).map((c) => c.id);
  }

  function scorecardFields(ids: string[], rating: number, recommendation: string, intent: "draft" | "submit") {
    const out: Record<string, string> = { lang: "en", intent, recommendation, notes: "overall" };
    ids.forEach((id, i) => {
      out[`ratings.${i}.competencyId`] = id;
      out[`ratings.${i}.rating`] = String(rating);
      out[`ratings.${i}.notes`] = `note ${rating}`;
    });
    return out;
  }

  it("answers each role × action with allowed, 403 or (another workspace, an unassigned card) 404", async () => {
    const t = await team();
    const id = String(t.card.id);
    const card = { id };
    const cand = { id, candidate: String(t.candidate.id) };
    type Row = [string, (cookie: string) => Promise<Response>, { owner: number; recruiter: number; interviewer: number; unassigned: number; stranger: number }];
    const read = { owner: 200, recruiter: 200, interviewer: 200, unassigned: 404, stranger: 404 };
    const manage = { owner: 302, recruiter: 302, interviewer: 403, unassigned: 404, stranger: 404 };
    const rows: Row[] = [
      ["view the card", (c) => get(cardPage.loader as Handler, `/cards/${id}`, card, c), read],
      ["open the kit", (c) => get(kitRoute.loader as Handler, `/cards/${id}/kit`, card, c), read],
      ["download the kit PDF", (c) => get(kitPdfRoute.loader as Handler, `/cards/${id}/kit.pdf`, card, c), read],
      ["read the history", (c) => get(historyRoute.loader as Handler, `/cards/${id}/history`, card, c), read],
      ["read the offer", (c) => get(offerRoute.loader as Handler, `/cards/${id}/offer`, card, c), read],
      ["export the offer", (c) => get(offerMdRoute.loader as Handler, `/cards/${id}/offer.md`, card, c), read],
      ["list candidates", (c) => get(candidateList.loader as Handler, `/cards/${id}/candidates`, card, c), read],
      ["view a candidate", (c) => get(candidatePage.loader as Handler, `/cards/${id}/candidates/${t.candidate.id}`, cand, c), read],
      ["open their scorecard", (c) => get(scorecardRoute.loader as Handler, `/cards/${id}/candidates/${t.candidate.id}/scorecard`, cand, c), read],
      ["edit the card", (c) => post(editRoute.action as Handler, `/cards/${id}/edit`, card, { ...cardFields(), intent: "save" }, c), manage],
      ["archive the card", (c) => post(cardPage.action as Handler, `/cards/${id}`, card, { intent: "unarchive" }, c), manage],
      ["duplicate the card", (c) => post(cardPage.action as Handler, `/cards/${id}`, card, { intent: "duplicate" }, c), manage],
      ["restore a revision", (c) => post(historyRoute.action as Handler, `/cards/${id}/history`, card, { intent: "restore", revision: "1" }, c), manage],
      ["add a candidate", (c) => post(candidateList.action as Handler, `/cards/${id}/candidates`, card, { intent: "add", name: "Omar Ba", email: "", stage: "new" }, c), manage],
      ["change a candidate", (c) => post(candidatePage.action as Handler, `/cards/${id}/candidates/${t.candidate.id}`, cand, { intent: "update", name: "Awa Diop", email: "", stage: "offer" }, c), manage],
      ["export a candidate", (c) => get(exportRoute.loader as Handler, `/cards/${id}/candidates/${t.candidate.id}/export.json`, cand, c), { ...manage, owner: 200, recruiter: 200 }],
      ["ask to erase a candidate", (c) => post(candidatePage.action as Handler, `/cards/${id}/candidates/${t.candidate.id}`, cand, { intent: "erase" }, c), { ...manage, owner: 200, recruiter: 200 }],
      ["assign an interviewer", (c) => post(candidateList.action as Handler, `/cards/${id}/candidates`, card, { intent: "assign", userId: String(t.interviewer.user.id) }, c), manage],
      ["save a scorecard draft", (c) => post(scorecardRoute.action as Handler, `/cards/${id}/candidates/${t.candidate.id}/scorecard`, cand, { lang: "en", intent: "draft", notes: "" }, c), { ...manage, interviewer: 302 }],
      ["open the workspace settings", (c) => get(settingsRoute.loader as Handler, "/workspace", {}, c), { owner: 200, recruiter: 403, interviewer: 403, unassigned: 403, stranger: 200 }],
      ["read the audit log", (c) => get(auditRoute.loader as Handler, "/workspace/audit", {}, c), { owner: 200, recruiter: 403, interviewer: 403, unassigned: 403, stranger: 200 }],
      ["create an invite link", (c) => post(settingsRoute.action as Handler, "/workspace", {}, { intent: "invite", role: "owner" }, c), { owner: 200, recruiter: 403, interviewer: 403, unassigned: 403, stranger: 200 }],
      ["create a card", (c) => post(newCard.action as Handler, "/cards/new", {}, { ...cardFields(), intent: "save" }, c), { owner: 302, recruiter: 302, interviewer: 403, unassigned: 403, stranger: 302 }],
    ];
    const who = { owner: t.owner.cookie, recruiter: t.recruiter.cookie, interviewer: t.interviewer.cookie, unassigned: t.unassigned.cookie, stranger: t.stranger.cookie };
    const seen: string[] = [];
    for (const [name, run, expected] of rows) {
      for (const role of Object.keys(who) as (keyof typeof who)[]) {
        const res = await run(who[role]);
        seen.push(`${name} as ${role}: ${res.status}`);
        expect.soft(res.status, `${name} as ${role}`).toBe(expected[role]);
      }
    }
    expect(seen.length).toBe(rows.length * 5);
    // The stranger's own list never shows the team's cards, the copies included.
    const theirs = await (await get(cardList.loader as Handler, "/cards", {}, t.stranger.cookie)).json();
    expect(theirs.cards.map((c: { title: string }) => c.title)).not.toContain("Community manager (copy)");
    expect(theirs.cards.every((c: { id: number }) => c.id !== t.card.id)).toBe(true);
  });

  it("joins through a single-use invite link with its role, and switches to that workspace", async () => {
    const t = await team();
    const created = await post(settingsRoute.action as Handler, "/workspace", {}, { intent: "invite", role: "interviewer" }, t.owner.cookie);
    const link: string = (await created.json()).url;
    const token = new URL(link).pathname.split("/").pop()!;

    const anonymous = await get(inviteRoute.loader as Handler, `/invites/${token}`, { token });
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toMatchObject({ valid: true, signedIn: false, role: "interviewer" });

    // Someone new signs up from the link (getting a workspace of their own), then joins.
    const joiner = await signedIn(db());
    const joined = await post(inviteRoute.action as Handler, `/invites/${token}`, { token }, {}, joiner.cookie);
    expect(joined.status).toBe(302);
    expect(joined.headers.get("Location")).toBe("/cards");
    expect((await findMembership(db(), joiner.user.id, t.owner.workspace.id))?.role).toBe("interviewer");
    expect((await listMemberships(db(), joiner.user.id)).length).toBe(2);
    const switched = (joined.headers.get("Set-Cookie") ?? "").split(";")[0]!;
    // Now current in the team's workspace: assigned to the card, they see it; unassigned, they do not.
    expect((await get(cardPage.loader as Handler, `/cards/${t.card.id}`, { id: String(t.card.id) }, switched)).status).toBe(404);
    await assignToCard(db(), t.owner.scope, t.card.id, joiner.user.id);
    expect((await get(cardPage.loader as Handler, `/cards/${t.card.id}`, { id: String(t.card.id) }, switched)).status).toBe(200);
    // The session lives in the database and the cookie only names it: the same session has
    // switched, so the cookie from before the link (another tab) follows into the team's workspace.
    expect(switched).toBe(joiner.cookie);
    expect((await get(cardPage.loader as Handler, `/cards/${t.card.id}`, { id: String(t.card.id) }, joiner.cookie)).status).toBe(200);

    // Used once: nobody else gets in with it, and it reads as invalid.
    const late = await signedIn(db());
    expect((await post(inviteRoute.action as Handler, `/invites/${token}`, { token }, {}, late.cookie)).status).toBe(404);
    expect(await findMembership(db(), late.user.id, t.owner.workspace.id)).toBeNull();
    expect(await (await get(inviteRoute.loader as Handler, `/invites/${token}`, { token })).json()).toMatchObject({ valid: false });

    // An expired link and a made-up one are refused alike.
    const second = new URL((await (await post(settingsRoute.action as Handler, "/workspace", {}, { intent: "invite", role: "owner" }, t.owner.cookie)).json()).url).pathname.split("/").pop()!;
    await db().updateTable("workspace_invites").set({ expires_at: new Date(Date.now() - 1000) }).where("used_at", "is", null).where("workspace_id", "=", t.owner.workspace.id).execute();
    expect((await post(inviteRoute.action as Handler, `/invites/${second}`, { token: second }, {}, late.cookie)).status).toBe(404);
    expect((await post(inviteRoute.action as Handler, "/invites/x", { token: "x".repeat(32) }, {}, late.cookie)).status).toBe(404);
    expect(await findMembership(db(), late.user.id, t.owner.workspace.id)).toBeNull();
  });

  it("removes a member only after a confirmation, never the last owner", async () => {
    const t = await team();
    const ask = await post(settingsRoute.action as Handler, "/workspace", {}, { intent: "remove", userId: String(t.recruiter.user.id) }, t.owner.cookie);
    expect(ask.status).toBe(200);
    expect(await ask.json()).toMatchObject({ kind: "confirmRemove", email: t.recruiter.user.email });
    expect(await findMembership(db(), t.recruiter.user.id, t.owner.workspace.id)).not.toBeNull();
    const done = await post(settingsRoute.action as Handler, "/workspace", {}, { intent: "remove", userId: String(t.recruiter.user.id), confirm: "yes" }, t.owner.cookie);
    expect(done.status).toBe(302);
    expect(await findMembership(db(), t.recruiter.user.id, t.owner.workspace.id)).toBeNull();
    // Removed, the recruiter belongs nowhere: they are sent to make a workspace, not shown the card.
    const after = await get(cardPage.loader as Handler, `/cards/${t.card.id}`, { id: String(t.card.id) }, t.recruiter.cookie);
    expect(after.status).toBe(302);
    expect(after.headers.get("Location")).toBe("/workspaces");
    const last = await post(settingsRoute.action as Handler, "/workspace", {}, { intent: "remove", userId: String(t.owner.user.id), confirm: "yes" }, t.owner.cookie);
    expect(last.status).toBe(409);
    expect((await findMembership(db(), t.owner.user.id, t.owner.workspace.id))?.role).toBe("owner");
    expect((await listAudit(db(), t.owner.workspace.id)).map((e) => e.action)).toContain("member.remove");
  });

  it("scores independently: nobody sees the others' ratings before submitting, and a submitted scorecard is final", async () => {
    const t = await team();
    const params = { id: String(t.card.id), candidate: String(t.candidate.id) };
    const path = `/cards/${t.card.id}/candidates/${t.candidate.id}`;
    const ids = await kitIds(t.interviewer.cookie, t.card.id, t.candidate.id);
    // The kit asks only about the card's own duties (three here); the refused submission below leaves out the second.
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const score = (cookie: string, rating: number, rec: string, intent: "draft" | "submit") =>
      post(scorecardRoute.action as Handler, `${path}/scorecard`, params, scorecardFields(ids, rating, rec, intent), cookie);
    const view = async (cookie: string) => (await get(candidatePage.loader as Handler, path, params, cookie)).json();

    expect((await score(t.interviewer.cookie, 4, "strong_yes", "draft")).status).toBe(302);
    expect((await score(t.owner.cookie, 1, "no", "draft")).status).toBe(302);
    for (const cookie of [t.interviewer.cookie, t.owner.cookie]) {
      const page = await view(cookie);
      expect(page.comparison).toBeNull();
      expect(page.submittedCount).toBe(0);
    }
    // An incomplete submission is refused with the errors, and nothing is submitted.
    const incomplete = scorecardFields(ids, 4, "", "submit");
    delete incomplete["ratings.1.rating"];
    const refused = await post(scorecardRoute.action as Handler, `${path}/scorecard`, params, incomplete, t.interviewer.cookie);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toMatchObject({ "ratings.1.rating": "rating", recommendation: "recommendation" });

    expect((await score(t.interviewer.cookie, 4, "strong_yes", "submit")).status).toBe(302);
    const interviewerView = await view(t.interviewer.cookie);
    expect(interviewerView.comparison.interviewers.map((i: { name: string }) => i.name)).toEqual([t.interviewer.user.email]);
    const ownerWhileDraft = await view(t.owner.cookie);
    expect(ownerWhileDraft.comparison).toBeNull();
    expect(ownerWhileDraft.submittedCount).toBe(1);
    // A recruiter who does not score follows the panel's submitted scorecards.
    expect((await view(t.recruiter.cookie)).comparison.interviewers).toHaveLength(1);

    expect((await score(t.owner.cookie, 1, "no", "submit")).status).toBe(302);
    for (const cookie of [t.interviewer.cookie, t.owner.cookie]) {
      const page = await view(cookie);
      expect(page.comparison.interviewers.map((i: { name: string }) => i.name).sort()).toEqual([t.interviewer.user.email, t.owner.user.email].sort());
      expect(page.comparison.recommendationSplit).toBe(true);
      expect(page.comparison.rows.every((r: { disagreement: boolean }) => r.disagreement)).toBe(true);
    }
    const again = await score(t.interviewer.cookie, 1, "no", "submit");
    expect(again.status).toBe(409);
    const kept = (await view(t.owner.cookie)).comparison.interviewers.find((i: { name: string }) => i.name === t.interviewer.user.email);
    expect(kept.recommendation).toBe("strong_yes");
  });

  it("exports a candidate's data as JSON and logs it", async () => {
    const t = await team();
    const params = { id: String(t.card.id), candidate: String(t.candidate.id) };
    const ids = await kitIds(t.interviewer.cookie, t.card.id, t.candidate.id);
    await post(scorecardRoute.action as Handler, `/cards/${t.card.id}/candidates/${t.candidate.id}/scorecard`, params, scorecardFields(ids, 3, "yes", "submit"), t.interviewer.cookie);
    const res = await get(exportRoute.loader as Handler, `/cards/${t.card.id}/candidates/${t.candidate.id}/export.json`, params, t.recruiter.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="candidate-${t.candidate.id}.json"`);
    const data = JSON.parse(await res.text());
    expect(data.candidate).toMatchObject({ id: t.candidate.id, name: "Awa Diop", email: "awa@example.org", stage: "interview" });
    expect(data.roleCard.id).toBe(t.card.id);
    expect(data.scorecards).toHaveLength(1);
    expect(data.scorecards[0]).toMatchObject({ interviewer: t.interviewer.user.email, recommendation: "yes" });
    expect(data.scorecards[0].ratings).toHaveLength(ids.length);
    const log = await listAudit(db(), t.owner.workspace.id);
    expect(log.find((e) => e.action === "candidate.export")).toMatchObject({ userEmail: t.recruiter.user.email, targetId: String(t.candidate.id) });
    const auditPage = await (await get(auditRoute.loader as Handler, "/workspace/audit", {}, t.owner.cookie)).json();
    expect(auditPage.events.map((e: { action: string }) => e.action)).toEqual(["candidate.export", "scorecard.submit"]);
  });

  it("erases a candidate with every scorecard, only once confirmed, keeping an audit line without the name", async () => {
    const t = await team();
    const params = { id: String(t.card.id), candidate: String(t.candidate.id) };
    const path = `/cards/${t.card.id}/candidates/${t.candidate.id}`;
    const ids = await kitIds(t.interviewer.cookie, t.card.id, t.candidate.id);
    await post(scorecardRoute.action as Handler, `${path}/scorecard`, params, scorecardFields(ids, 3, "yes", "submit"), t.interviewer.cookie);
    await post(scorecardRoute.action as Handler, `${path}/scorecard`, params, scorecardFields(ids, 2, "", "draft"), t.owner.cookie);
    const count = async () => Number((await db().selectFrom("scorecards").select(db().fn.countAll<number>().as("n")).where("candidate_id", "=", t.candidate.id).executeTakeFirstOrThrow()).n);
    expect(await count()).toBe(2);

    const ask = await post(candidatePage.action as Handler, path, params, { intent: "erase" }, t.owner.cookie);
    expect(ask.status).toBe(200);
    expect((await ask.json()).confirm).toEqual({ scorecards: 2 });
    expect(await findCandidate(db(), t.owner.scope, t.card.id, t.candidate.id)).not.toBeNull();
    expect((await post(candidatePage.action as Handler, path, params, { intent: "erase", confirm: "yes" }, t.interviewer.cookie)).status).toBe(403);

    const done = await post(candidatePage.action as Handler, path, params, { intent: "erase", confirm: "yes" }, t.owner.cookie);
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe(`/cards/${t.card.id}/candidates?erased=1`);
    expect(await findCandidate(db(), t.owner.scope, t.card.id, t.candidate.id)).toBeNull();
    expect(await count()).toBe(0);
    expect((await get(candidatePage.loader as Handler, path, params, t.owner.cookie)).status).toBe(404);
    const erased = (await listAudit(db(), t.owner.workspace.id)).find((e) => e.action === "candidate.erase");
    expect(erased).toMatchObject({ targetType: "candidate", targetId: String(t.candidate.id) });
    expect(JSON.stringify(await listAudit(db(), t.owner.workspace.id))).not.toContain("Awa");
  });

  it("applies each workspace's retention setting to candidates of cards archived long enough ago", async () => {
    const t = await team();
    const other = await signedIn(db());
    const monthsAgo = (n: number) => new Date(Date.now() - n * 31 * 24 * 3600 * 1000);
    const mk = async (owner: typeof t.owner, archivedMonths: number | null) => {
      const card = await createRoleCard(db(), owner.scope, content());
      const candidate = (await createCandidate(db(), owner.scope, card.id, { name: "C", email: null, stage: "rejected" }))!;
      if (archivedMonths !== null) {
        await setCardArchived(db(), owner.scope, card.id, true);
        await db().updateTable("role_cards").set({ archived_at: monthsAgo(archivedMonths) }).where("id", "=", card.id).execute();
      }
      return { card, candidate };
    };
    await updateWorkspaceSettings(db(), t.owner.workspace.id, { name: "Team", retentionMonths: 6 });
    const old = await mk(t.owner, 7);
    const recent = await mk(t.owner, 5);
    const active = await mk(t.owner, null);
    const noPolicy = await mk(other, 24);

    const erased = await eraseExpiredCandidates(db());
    expect(erased.filter((e) => e.workspaceId === t.owner.workspace.id).map((e) => e.candidateId)).toEqual([old.candidate.id]);
    expect(erased.some((e) => e.candidateId === noPolicy.candidate.id)).toBe(false);
    expect(await findCandidate(db(), t.owner.scope, old.card.id, old.candidate.id)).toBeNull();
    for (const kept of [recent, active]) expect(await findCandidate(db(), t.owner.scope, kept.card.id, kept.candidate.id)).not.toBeNull();
    expect(await findCandidate(db(), other.scope, noPolicy.card.id, noPolicy.candidate.id)).not.toBeNull();
    expect((await listAudit(db(), t.owner.workspace.id)).find((e) => e.action === "retention.erase")).toMatchObject({ userEmail: null, targetId: String(old.candidate.id) });
    expect((await eraseExpiredCandidates(db())).filter((e) => e.workspaceId === t.owner.workspace.id)).toEqual([]);
  });

  it("keeps two separate sign-ups out of each other's cards, kits, history, offers and scorecards", async () => {
    const signUp = async (email: string) => {
      const res = await post(signupRoute.action as Handler, "/signup", {}, { email, password: "correct horse battery", confirm: "correct horse battery", next: "/cards" });
      expect(res.status).toBe(302);
      return (res.headers.get("Set-Cookie") ?? "").split(";")[0]!;
    };
    const alice = await signUp(`alice-${process.pid}-${Date.now()}@example.com`);
    const bob = await signUp(`bob-${process.pid}-${Date.now()}@example.com`);
    const made = await post(newCard.action as Handler, "/cards/new", {}, { ...cardFields(), intent: "save" }, alice);
    const id = /^\/cards\/(\d+)/.exec(made.headers.get("Location") ?? "")![1]!;
    const added = await post(candidateList.action as Handler, `/cards/${id}/candidates`, { id }, { intent: "add", name: "Awa Diop", email: "", stage: "new" }, alice);
    const candidate = /candidates\/(\d+)/.exec(added.headers.get("Location") ?? "")![1]!;
    const cand = { id, candidate };
    const ids = await kitIds(alice, Number(id), Number(candidate));
    expect((await post(scorecardRoute.action as Handler, `/cards/${id}/candidates/${candidate}/scorecard`, cand, scorecardFields(ids, 3, "yes", "submit"), alice)).status).toBe(302);

    const attempts: [string, () => Promise<Response>][] = [
      ["card", () => get(cardPage.loader as Handler, `/cards/${id}`, { id }, bob)],
      ["kit", () => get(kitRoute.loader as Handler, `/cards/${id}/kit`, { id }, bob)],
      ["kit.pdf", () => get(kitPdfRoute.loader as Handler, `/cards/${id}/kit.pdf`, { id }, bob)],
      ["history", () => get(historyRoute.loader as Handler, `/cards/${id}/history`, { id }, bob)],
      ["offer", () => get(offerRoute.loader as Handler, `/cards/${id}/offer`, { id }, bob)],
      ["offer.md", () => get(offerMdRoute.loader as Handler, `/cards/${id}/offer.md`, { id }, bob)],
      ["candidates", () => get(candidateList.loader as Handler, `/cards/${id}/candidates`, { id }, bob)],
      ["scorecards", () => get(candidatePage.loader as Handler, `/cards/${id}/candidates/${candidate}`, cand, bob)],
      ["scorecard form", () => get(scorecardRoute.loader as Handler, `/cards/${id}/candidates/${candidate}/scorecard`, cand, bob)],
      ["export", () => get(exportRoute.loader as Handler, `/cards/${id}/candidates/${candidate}/export.json`, cand, bob)],
      ["edit", () => post(editRoute.action as Handler, `/cards/${id}/edit`, { id }, { ...cardFields({ titleFr: "Piraté" }), intent: "save" }, bob)],
      ["archive", () => post(cardPage.action as Handler, `/cards/${id}`, { id }, { intent: "archive" }, bob)],
      ["duplicate", () => post(cardPage.action as Handler, `/cards/${id}`, { id }, { intent: "duplicate" }, bob)],
      ["restore", () => post(historyRoute.action as Handler, `/cards/${id}/history`, { id }, { intent: "restore", revision: "1" }, bob)],
      ["add candidate", () => post(candidateList.action as Handler, `/cards/${id}/candidates`, { id }, { intent: "add", name: "X", email: "", stage: "new" }, bob)],
      ["score", () => post(scorecardRoute.action as Handler, `/cards/${id}/candidates/${candidate}/scorecard`, cand, scorecardFields(ids, 1, "no", "submit"), bob)],
      ["erase", () => post(candidatePage.action as Handler, `/cards/${id}/candidates/${candidate}`, cand, { intent: "erase", confirm: "yes" }, bob)],
    ];
    for (const [name, attempt] of attempts) expect.soft((await attempt()).status, name).toBe(404);
    const list = await (await get(cardList.loader as Handler, "/cards", {}, bob)).json();
    expect(list.cards).toEqual([]);
    const aliceView = await (await get(candidatePage.loader as Handler, `/cards/${id}/candidates/${candidate}`, cand, alice)).json();
    expect(aliceView.comparison.interviewers).toHaveLength(1);
    const card = await (await get(cardPage.loader as Handler, `/cards/${id}`, { id }, alice)).json();
    expect(card.card.revision).toBe(1);
    expect(card.card.status).toBe("active");
  });

  it("keeps a comparison or an analysis saved while signed in to the workspace; anonymous ones stay open", async () => {
    const t = await team();
    const save = async (handler: Handler, path: string, fields: Record<string, string>, cookie?: string) => {
      const res = await post(handler, path, {}, fields, cookie);
      expect(res.status).toBe(302);
      return res.headers.get("Location")!.split("/").pop()!;
    };
    const comparison = await save(compareIndex.action as Handler, "/compare?index", { "text-1": EN_FOCUSED_CM, profile: "", save: "on" }, t.interviewer.cookie);
    const open = await save(compareIndex.action as Handler, "/compare?index", { "text-1": EN_FOCUSED_CM, profile: "", save: "on" });
    const analysis = await save(checkIndex.action as Handler, "/check?index", { intent: "analyze", text: EN_FOCUSED_CM, language: "" }, t.recruiter.cookie);
    const see = (handler: Handler, path: string, id: string, cookie?: string) => get(handler, `${path}/${id}`, { id }, cookie);

    for (const [handler, path, id] of [[compareSaved.loader, "/compare", comparison], [checkSaved.loader, "/check", analysis]] as const) {
      expect((await see(handler as Handler, path, id, t.owner.cookie)).status).toBe(200);
      expect((await see(handler as Handler, path, id, t.interviewer.cookie)).status).toBe(200);
      expect((await see(handler as Handler, path, id)).status).toBe(404);
      expect((await see(handler as Handler, path, id, t.stranger.cookie)).status).toBe(404);
    }
    expect((await see(compareSaved.loader as Handler, "/compare", open, t.stranger.cookie)).status).toBe(200);
    expect((await see(compareSaved.loader as Handler, "/compare", open)).status).toBe(200);

    const del = (cookie: string | undefined, fields: Record<string, string>) => post(compareSaved.action as Handler, `/compare/${comparison}`, { id: comparison }, fields, cookie);
    expect((await del(t.stranger.cookie, { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect((await del(undefined, { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect((await del(t.interviewer.cookie, { intent: "delete", confirm: "yes" })).status).toBe(403);
    expect((await del(t.recruiter.cookie, { intent: "delete" })).status).toBe(200);
    expect((await see(compareSaved.loader as Handler, "/compare", comparison, t.owner.cookie)).status).toBe(200);
    expect((await del(t.recruiter.cookie, { intent: "delete", confirm: "yes" })).status).toBe(302);
    expect((await see(compareSaved.loader as Handler, "/compare", comparison, t.owner.cookie)).status).toBe(404);
  });
});
