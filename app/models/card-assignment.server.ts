import type { DB } from "#app/db.server";
import type { Scope } from "#app/workspaces/roles";
import { visibleCards } from "./role-card.server";

export interface Assignee {
  userId: number;
  email: string;
}

/** Interviewers assigned to a card the scope sees. */
export async function listAssignees(db: DB, scope: Scope, cardId: number): Promise<Assignee[]> {
  const rows = await db
    .selectFrom("card_assignments as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .select(["u.id", "u.email"])
    .where("a.card_id", "=", cardId)
    .where("a.card_id", "in", visibleCards(db, scope).select("c.id"))
    .orderBy("u.email")
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email }));
}

/** Assigns a member of the card's workspace; anyone else (or a card out of scope) is refused. */
export async function assignToCard(db: DB, scope: Scope, cardId: number, userId: number): Promise<boolean> {
  const card = await visibleCards(db, scope)
    .innerJoin("workspace_members as m", "m.workspace_id", "c.workspace_id")
    .select("c.id")
    .where("c.id", "=", cardId)
    .where("m.user_id", "=", userId)
    .executeTakeFirst();
  if (!card) return false;
  await db.insertInto("card_assignments").values({ card_id: cardId, user_id: userId }).onConflict((oc) => oc.doNothing()).execute();
  return true;
}

export async function unassignFromCard(db: DB, scope: Scope, cardId: number, userId: number): Promise<boolean> {
  const result = await db
    .deleteFrom("card_assignments")
    .where("card_id", "=", cardId)
    .where("user_id", "=", userId)
    .where("card_id", "in", visibleCards(db, scope).select("c.id"))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
