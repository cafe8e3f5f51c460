import type { ActionFunctionArgs } from "@remix-run/node";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { RoleCardSchema } from "#app/cards/card-schema";
import { findAnalysis, StoredAnalysisJson } from "#app/models/analysis.server";
import { findComparison } from "#app/models/comparison.server";
import { StoredJsonError } from "#app/models/json.server";
import { createRoleCard, findRoleCard } from "#app/models/role-card.server";
import { getTaxonomy } from "#app/models/taxonomy.server";
import { action as checkAction } from "#app/routes/check._index";
import { action as compareAction } from "#app/routes/compare._index";
import { signedIn } from "#tests/support/auth";
import { OVERLOADED_FR } from "#tests/support/check-offers";
import { describeEachBackend } from "#tests/support/test-db";
import { EN_FOCUSED_CM, FR_OVERLOADED_CM } from "#tests/unit/compare/offers";
import { validCard } from "#tests/unit/cards/support";

// Every jsonb column is read through a schema of what it holds: what the app stores comes
// back whole (the schemas drop nothing), and a row that lost its shape is refused by name.

function post(path: string, fields: Record<string, string>): ActionFunctionArgs["request"] {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request(`http://localhost${path}`, { method: "POST", body: form, headers: { "Accept-Language": "fr" } });
}

const savedId = (response: Response) => response.headers.get("Location")!.split("/").pop()!;

describeEachBackend("stored JSON", (db) => {
  it("reads a saved /check analysis back exactly as it was stored", async () => {
    const response = (await checkAction({ request: post("/check?index", { intent: "analyze", text: OVERLOADED_FR }), context: { db: db() }, params: {} } as ActionFunctionArgs)) as Response;
    const id = savedId(response);
    const raw = await db().selectFrom("analyses").select("result").where("id", "=", id).executeTakeFirstOrThrow();
    const saved = await findAnalysis(db(), StoredAnalysisJson, id);
    expect(saved!.result).toEqual({ ...(raw.result as object), text: OVERLOADED_FR });
  });

  it("reads back a junior post that its spread makes overloaded, with the reason it names", async () => {
    const text =
      "Digital Content Manager (alternance)\n\nVos missions :\n- Rédiger les articles du blog\n- Tourner et monter des vidéos pour nos réseaux\n- Réaliser des infographies\n- Animer notre communauté Instagram\n- Lancer nos campagnes Meta Ads\n- Envoyer les emailings mensuels\n";
    const response = (await checkAction({ request: post("/check?index", { intent: "analyze", text }), context: { db: db() }, params: {} } as ActionFunctionArgs)) as Response;
    const saved = await findAnalysis(db(), StoredAnalysisJson, savedId(response));
    expect(saved!.result.spreadThin).toMatchObject({ by: "junior", pastOnePerson: true });
  });

  it("keeps what a later analyzer adds to an analysis, a passage or a family, though the schema names none of it", async () => {
    const response = (await checkAction({ request: post("/check?index", { intent: "analyze", text: OVERLOADED_FR }), context: { db: db() }, params: {} } as ActionFunctionArgs)) as Response;
    const id = savedId(response);
    await db()
      .updateTable("analyses")
      .set({ result: sql`jsonb_set(jsonb_set(jsonb_set(result, '{futureField}', '"x"'), '{matches,0,futureFlag}', 'true'), '{families,0,futureScore}', '2')` })
      .where("id", "=", id)
      .execute();
    const saved = (await findAnalysis(db(), StoredAnalysisJson, id))!.result as unknown as Record<string, unknown> & { matches: object[]; families: object[] };
    expect(saved.futureField).toBe("x");
    expect(saved.matches[0]).toMatchObject({ futureFlag: true });
    expect(saved.families[0]).toMatchObject({ futureScore: 2 });
  });

  it("reads a saved comparison back exactly as it was stored", async () => {
    const request = post("/compare?index", { "text-1": FR_OVERLOADED_CM, "text-2": EN_FOCUSED_CM, profile: "community_manager", save: "on" });
    const id = savedId((await compareAction({ request, context: { db: db() }, params: {} } as ActionFunctionArgs)) as Response);
    const raw = await db().selectFrom("comparisons").select(["offers", "result"]).where("id", "=", id).executeTakeFirstOrThrow();
    const saved = await findComparison(db(), id);
    expect(saved!.offers).toEqual(raw.offers);
    expect({ comparisons: saved!.comparisons }).toEqual(raw.result);
  });

  it("reads the seeded taxonomy's JSON columns whole", async () => {
    const taxonomy = await getTaxonomy(db());
    const rows = await db().selectFrom("ambiguous_terms").select("definition").orderBy("id").execute();
    expect(taxonomy.ambiguous).toEqual(rows.map((r) => r.definition));
    expect(taxonomy.profiles.every((p) => p.titles.fr.length > 0 && p.timeSplit.length > 0)).toBe(true);
  });

  it("refuses a card whose stored content lost its shape, naming the field", async () => {
    const owner = await signedIn(db());
    const card = await createRoleCard(db(), owner.scope, RoleCardSchema.parse(validCard()));
    await db()
      .updateTable("role_cards")
      .set({ content: sql`jsonb_set(content, '{hours}', '"thirty-five"')` })
      .where("id", "=", card.id)
      .execute();
    const read = findRoleCard(db(), owner.scope, card.id);
    await expect(read).rejects.toThrow(StoredJsonError);
    await expect(read).rejects.toThrow(/hours/);
  });
});
