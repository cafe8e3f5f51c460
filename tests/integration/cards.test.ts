import { expect, it } from "vitest";
import { RoleCardSchema } from "#app/cards/card-schema";
import { countRevisions, countRoleCards, createRoleCard, duplicateRoleCard, findRoleCard, listRevisions, listRoleCards, restoreRevision, setCardArchived, updateRoleCard } from "#app/models/role-card.server";
import { getQuestionBank } from "#app/models/question-bank.server";
import { action as newCardAction, loader as newCardLoader } from "#app/routes/cards.new";
import { action as editCardAction } from "#app/routes/cards.$id.edit";
import { action as cardAction } from "#app/routes/cards.$id._index";
import { action as historyAction } from "#app/routes/cards.$id.history";
import { loadSeedQuestionBank } from "#seeds/interview-files";
import { seedQuestionBank } from "#seeds/seed-question-bank";
import { addMember } from "#app/models/workspace.server";
import { formPost, settle, signedIn } from "#tests/support/auth";
import { describeEachBackend } from "#tests/support/test-db";
import { cardFields, CM_DUTIES, DESIGN_DUTIES, validCard } from "#tests/unit/cards/support";

const url = (path: string) => `http://localhost${path}`;
const content = (overrides: Record<string, unknown> = {}) => RoleCardSchema.parse(validCard(overrides));


describeEachBackend("role cards", (db) => {
  it("keeps every revision, and restoring makes a new one", async () => {
    const { user, scope } = await signedIn(db());
    const card = await createRoleCard(db(), scope, content());
    expect(card.revision).toBe(1);
    await updateRoleCard(db(), scope, { id: card.id, content: content({ titleFr: "CM v2" }) });
    const v3 = await updateRoleCard(db(), scope, { id: card.id, content: content({ titleFr: "CM v3", hours: "28" }) });
    expect(v3?.revision).toBe(3);
    expect(v3?.content.titleFr).toBe("CM v3");

    const restored = await restoreRevision(db(), scope, { id: card.id, revision: 1 });
    expect(restored?.revision).toBe(4);
    expect(restored?.content).toEqual(content());
    const history = await listRevisions(db(), scope, card.id);
    expect(history.map((r) => [r.revision, r.action, r.source])).toEqual([
      [4, "restored", 1],
      [3, "edited", null],
      [2, "edited", null],
      [1, "created", null],
    ]);
    expect(history[1]!.content.titleFr).toBe("CM v3");
    expect(history[0]!.authorEmail).toBe(user.email);
    expect(await restoreRevision(db(), scope, { id: card.id, revision: 99 })).toBeNull();
    expect(await countRevisions(db(), card.id)).toBe(4);
  });

  it("duplicates a card in its workspace with its own history, owned by whoever copied it", async () => {
    const { scope: owner, workspace } = await signedIn(db());
    const { user: other } = await signedIn(db());
    await addMember(db(), { workspaceId: workspace.id, userId: other.id, role: "recruiter" });
    const recruiter = { workspaceId: workspace.id, userId: other.id, role: "recruiter" } as const;
    const card = await createRoleCard(db(), owner, content());
    await updateRoleCard(db(), owner, { id: card.id, content: content({ titleFr: "Édité" }) });
    const copy = await duplicateRoleCard(db(), recruiter, { id: card.id, suffix: { fr: " (copie)", en: " (copy)" } });
    expect(copy).not.toBeNull();
    expect(copy!.id).not.toBe(card.id);
    expect(copy!.ownerId).toBe(other.id);
    expect(copy!.content.titleFr).toBe("Édité (copie)");
    expect(copy!.content.duties).toEqual(content().duties);
    expect((await listRevisions(db(), owner, copy!.id)).map((r) => [r.revision, r.action, r.source])).toEqual([[1, "duplicated", card.id]]);
    expect((await findRoleCard(db(), owner, card.id))!.content.titleFr).toBe("Édité");
  });

  it("archives and unarchives", async () => {
    const { scope } = await signedIn(db());
    const card = await createRoleCard(db(), scope, content({ titleFr: "À archiver" }));
    await setCardArchived(db(), scope, card.id, true);
    expect((await listRoleCards(db(), scope)).some((c) => c.id === card.id)).toBe(false);
    expect((await listRoleCards(db(), scope, { status: "archived" })).some((c) => c.id === card.id)).toBe(true);
    expect((await findRoleCard(db(), scope, card.id))!.archivedAt).toBeInstanceOf(Date);
    await setCardArchived(db(), scope, card.id, false);
    const back = await findRoleCard(db(), scope, card.id);
    expect(back!.status).toBe("active");
    expect(back!.archivedAt).toBeNull();
  });

  it("refuses anonymous POSTs and saves nothing", async () => {
    const { scope } = await signedIn(db());
    const card = await createRoleCard(db(), scope, content());
    const before = await countRoleCards(db());
    const posts = [
      () => newCardAction({ request: formPost(url("/cards/new"), { ...cardFields(), intent: "save" }), context: { db: db() }, params: {} }),
      () => editCardAction({ request: formPost(url(`/cards/${card.id}/edit`), { ...cardFields({ titleFr: "Piraté" }), intent: "save" }), context: { db: db() }, params: { id: String(card.id) } }),
      () => cardAction({ request: formPost(url(`/cards/${card.id}`), { intent: "duplicate" }), context: { db: db() }, params: { id: String(card.id) } }),
      () => cardAction({ request: formPost(url(`/cards/${card.id}`), { intent: "archive" }), context: { db: db() }, params: { id: String(card.id) } }),
      () => historyAction({ request: formPost(url(`/cards/${card.id}/history`), { intent: "restore", revision: "1" }), context: { db: db() }, params: { id: String(card.id) } }),
    ];
    for (const post of posts) {
      const response = await settle(post);
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toMatch(/^\/login\?next=/);
    }
    expect(await countRoleCards(db())).toBe(before);
    const after = await findRoleCard(db(), scope, card.id);
    expect(after!.revision).toBe(1);
    expect(after!.status).toBe("active");
  });

  it("answers 404 to edits, archiving, restores and copies from another workspace", async () => {
    const { scope } = await signedIn(db());
    const { cookie } = await signedIn(db());
    const card = await createRoleCard(db(), scope, content());
    const params = { id: String(card.id) };
    const edit = await settle(() =>
      editCardAction({ request: formPost(url(`/cards/${card.id}/edit`), { ...cardFields({ titleFr: "Piraté" }), intent: "save" }, cookie), context: { db: db() }, params }),
    );
    expect(edit.status).toBe(404);
    const archive = await settle(() => cardAction({ request: formPost(url(`/cards/${card.id}`), { intent: "archive" }, cookie), context: { db: db() }, params }));
    expect(archive.status).toBe(404);
    const restore = await settle(() =>
      historyAction({ request: formPost(url(`/cards/${card.id}/history`), { intent: "restore", revision: "1" }, cookie), context: { db: db() }, params }),
    );
    expect(restore.status).toBe(404);
    const before = await countRoleCards(db());
    const dup = await settle(() => cardAction({ request: formPost(url(`/cards/${card.id}`), { intent: "duplicate" }, cookie), context: { db: db() }, params }));
    expect(dup.status).toBe(404);
    expect(await countRoleCards(db())).toBe(before);
    const after = await findRoleCard(db(), scope, card.id);
    expect(after!.revision).toBe(1);
    expect(after!.status).toBe("active");
  });

  it("saves through the builder, answers 400 with field errors, and keeps what was typed", async () => {
    const { user, cookie, scope } = await signedIn(db());
    const before = await countRoleCards(db());
    const bad = await settle(() =>
      newCardAction({
        request: formPost(url("/cards/new"), { ...cardFields({ titleFr: "", salaryMin: "9000", salaryMax: "100" }), "duties.0.share": "10", intent: "save" }, cookie),
        context: { db: db() },
        params: {},
      }),
    );
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors).toMatchObject({ titleFr: "required", salaryMax: "salaryOrder", dutiesTotal: "sharesTotal" });
    expect(body.values.titleEn).toBe("Community manager");
    expect(body.values.duties[0]).toEqual({ entryId: CM_DUTIES[0], share: "10" });
    expect(await countRoleCards(db())).toBe(before);

    const unknown = await settle(() =>
      newCardAction({ request: formPost(url("/cards/new"), { ...cardFields(), "duties.0.entryId": "nope.nope", intent: "save" }, cookie), context: { db: db() }, params: {} }),
    );
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors["duties.0.entryId"]).toBe("unknownDuty");

    const ok = await settle(() => newCardAction({ request: formPost(url("/cards/new"), { ...cardFields(), intent: "save" }, cookie), context: { db: db() }, params: {} }));
    expect(ok.status).toBe(302);
    const id = Number(/^\/cards\/(\d+)\?saved=1$/.exec(ok.headers.get("Location") ?? "")?.[1]);
    const saved = await findRoleCard(db(), scope, id);
    expect(saved!.ownerId).toBe(user.id);
    expect(saved!.content).toEqual(content());
  });

  it("runs the builder's intents without JavaScript: add, then the scope guard, then remove", async () => {
    const { cookie } = await signedIn(db());
    const post = async (fields: Record<string, string>) =>
      (await settle(() => newCardAction({ request: formPost(url("/cards/new"), fields, cookie), context: { db: db() }, params: {} }))).json();
    const start = cardFields({ duties: [{ entryId: CM_DUTIES[0], share: "70" }] });
    const added = await post({ ...start, intent: "add-duty", newDuty: DESIGN_DUTIES[0]!, newShare: "" });
    expect(added.values.duties).toEqual([
      { entryId: CM_DUTIES[0], share: "70" },
      { entryId: DESIGN_DUTIES[0], share: "30" },
    ]);
    expect(added.guard.verdict).toBe("stretched");
    expect(added.guard.drift[0].roleId).toBe("graphic_designer");
    const fields = { ...start, "duties.1.entryId": DESIGN_DUTIES[0]!, "duties.1.share": "30" };
    const removed = await post({ ...fields, intent: `remove-duties:${DESIGN_DUTIES[0]}` });
    expect(removed.values.duties).toEqual([{ entryId: CM_DUTIES[0], share: "70" }]);
    expect(removed.guard.verdict).toBe("focused");
    expect(removed.guard.drift).toEqual([]);
  });

  it("pre-fills the builder from a profile and duties link", async () => {
    const { cookie } = await signedIn(db());
    const link = `/cards/new?profile=community_manager&duties=${[...CM_DUTIES, ...DESIGN_DUTIES].join(",")}`;
    const response = await settle(() => newCardLoader({ request: new Request(url(link), { headers: { Cookie: cookie, "Accept-Language": "en" } }), context: { db: db() }, params: {} }));
    const data = await response.json();
    expect(data.values.profileId).toBe("community_manager");
    expect(data.values.duties.map((d: { entryId: string }) => d.entryId)).toEqual([...CM_DUTIES, ...DESIGN_DUTIES]);
    expect(data.guard.verdict).toBe("stretched");
    expect(data.guard.drift[0].roleLabel).toBe("Graphic Designer");
  });

  it("holds the seeded question bank, and re-seeding changes nothing", async () => {
    const shipped = loadSeedQuestionBank();
    const bank = await getQuestionBank(db());
    expect(bank.map((c) => c.id)).toEqual(shipped.competencies.map((c) => c.id));
    expect(await seedQuestionBank(db(), shipped)).toBe("unchanged");
    await db().deleteFrom("seed_state").where("name", "=", "question_bank").execute();
    expect(await seedQuestionBank(db(), shipped)).toBe("seeded");
    expect(await getQuestionBank(db())).toEqual(bank);
  });
});
