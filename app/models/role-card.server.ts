import { sql } from "kysely";
import { z } from "zod";
import type { DB } from "#app/db.server";
import type { RoleCardContent } from "#app/cards/card";
import { CONTRACTS, CURRENCIES, REMOTE, SALARY_PERIODS, SENIORITIES } from "#app/cards/card-schema";
import { hasRole, RECRUITERS, type Scope } from "#app/workspaces/roles";
import { readJson } from "./json.server";

export type CardStatus = "active" | "archived";

export interface RoleCard {
  id: number;
  ownerId: number;
  ownerEmail: string | null;
  status: CardStatus;
  revision: number;
  content: RoleCardContent;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface RoleCardSummary {
  id: number;
  ownerId: number;
  ownerEmail: string | null;
  titleFr: string;
  titleEn: string;
  profileId: string;
  status: CardStatus;
  revision: number;
  updatedAt: Date;
  /** The saved content, for the list's scope verdict. */
  content: RoleCardContent;
}

export type RevisionAction = "created" | "edited" | "restored" | "duplicated";

export interface RoleCardRevision {
  revision: number;
  content: RoleCardContent;
  authorId: number;
  authorEmail: string | null;
  action: RevisionAction;
  source: number | null;
  createdAt: Date;
}

const lines = z.array(z.string());
const ContentJson: z.ZodType<RoleCardContent> = z.object({
  titleFr: z.string(),
  titleEn: z.string(),
  profileId: z.string(),
  seniority: z.enum(SENIORITIES),
  contract: z.enum(CONTRACTS),
  hours: z.number(),
  duties: z.array(z.object({ entryId: z.string(), share: z.number() })),
  skillsRequired: lines,
  skillsNice: lines,
  toolsRequired: lines,
  toolsNice: lines,
  languages: lines,
  team: z.string(),
  reportsTo: z.string(),
  salaryMin: z.number().optional(),
  salaryMax: z.number().optional(),
  salaryCurrency: z.enum(CURRENCIES),
  salaryPeriod: z.enum(SALARY_PERIODS),
  location: z.string(),
  remote: z.enum(REMOTE),
  scopeAccepted: z.boolean(),
});

/** Owners and recruiters edit every card of their workspace; interviewers only read. */
export function canEditCards(scope: Scope): boolean {
  return hasRole(scope.role, RECRUITERS);
}

const isId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

/**
 * The one place cards are scoped: those of the workspace, and for an interviewer only the
 * cards they are assigned to. Every other card answers as if it did not exist.
 */
export function visibleCards(db: DB, scope: Scope) {
  let query = db.selectFrom("role_cards as c").where("c.workspace_id", "=", scope.workspaceId);
  if (scope.role === "interviewer") {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom("card_assignments as a").select("a.card_id").whereRef("a.card_id", "=", "c.id").where("a.user_id", "=", scope.userId)),
    );
  }
  return query;
}

function cardQuery(db: DB, scope: Scope) {
  return visibleCards(db, scope)
    .leftJoin("users as u", "u.id", "c.owner_id")
    .select([
      "c.id",
      "c.owner_id",
      "u.email as owner_email",
      "c.title_fr",
      "c.title_en",
      "c.profile_id",
      "c.status",
      "c.current_revision",
      "c.content",
      "c.created_at",
      "c.updated_at",
      "c.archived_at",
    ]);
}

type CardRow = Awaited<ReturnType<ReturnType<typeof cardQuery>["executeTakeFirstOrThrow"]>>;

function toCard(row: CardRow): RoleCard {
  return {
    id: row.id,
    ownerId: row.owner_id,
    ownerEmail: row.owner_email ?? null,
    status: row.status,
    revision: row.current_revision,
    content: readJson(ContentJson, row.content),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    archivedAt: row.archived_at ? new Date(row.archived_at) : null,
  };
}

export async function findRoleCard(db: DB, scope: Scope, id: number): Promise<RoleCard | null> {
  if (!isId(id)) return null;
  const row = await cardQuery(db, scope).where("c.id", "=", id).executeTakeFirst();
  return row ? toCard(row) : null;
}

export async function listRoleCards(db: DB, scope: Scope, options: { status?: CardStatus } = {}): Promise<RoleCardSummary[]> {
  const rows = await cardQuery(db, scope)
    .where("c.status", "=", options.status ?? "active")
    .orderBy("c.updated_at", "desc")
    .orderBy("c.id", "desc")
    .limit(500)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    ownerId: row.owner_id,
    ownerEmail: row.owner_email ?? null,
    titleFr: row.title_fr,
    titleEn: row.title_en,
    profileId: row.profile_id,
    status: row.status,
    revision: row.current_revision,
    updatedAt: new Date(row.updated_at),
    content: readJson(ContentJson, row.content),
  }));
}

async function insertCard(
  db: DB,
  input: { workspaceId: number; ownerId: number; content: RoleCardContent; action: RevisionAction; source: number | null },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("role_cards")
      .values({
        workspace_id: input.workspaceId,
        owner_id: input.ownerId,
        title_fr: input.content.titleFr,
        title_en: input.content.titleEn,
        profile_id: input.content.profileId,
        status: "active",
        current_revision: 1,
        content: JSON.stringify(input.content),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("role_card_revisions")
      .values({
        card_id: id,
        revision: 1,
        content: JSON.stringify(input.content),
        author_id: input.ownerId,
        action: input.action,
        source: input.source,
      })
      .execute();
    return id;
  });
}

/** A new card in the scope's workspace, its author as owner. */
export async function createRoleCard(db: DB, scope: Scope, content: RoleCardContent): Promise<RoleCard> {
  const id = await insertCard(db, { workspaceId: scope.workspaceId, ownerId: scope.userId, content, action: "created", source: null });
  return (await findRoleCard(db, scope, id))!;
}

/**
 * Saves new content as the next revision; the previous one stays in the history. The row
 * lock makes two simultaneous saves take numbers one after the other.
 */
async function addRevision(
  db: DB,
  scope: Scope,
  input: { id: number; content: RoleCardContent; action: RevisionAction; source: number | null },
): Promise<RoleCard | null> {
  const done = await db.transaction().execute(async (trx) => {
    const current = await visibleCards(trx, scope)
      .select("c.current_revision")
      .where("c.id", "=", input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return false;
    const revision = current.current_revision + 1;
    await trx
      .insertInto("role_card_revisions")
      .values({
        card_id: input.id,
        revision,
        content: JSON.stringify(input.content),
        author_id: scope.userId,
        action: input.action,
        source: input.source,
      })
      .execute();
    await trx
      .updateTable("role_cards")
      .set({
        title_fr: input.content.titleFr,
        title_en: input.content.titleEn,
        profile_id: input.content.profileId,
        content: JSON.stringify(input.content),
        current_revision: revision,
        updated_at: sql`now()`,
      })
      .where("id", "=", input.id)
      .execute();
    return true;
  });
  return done ? findRoleCard(db, scope, input.id) : null;
}

export function updateRoleCard(db: DB, scope: Scope, input: { id: number; content: RoleCardContent }) {
  return addRevision(db, scope, { ...input, action: "edited", source: null });
}

/** Revisions of a card the scope sees, newest first; none for any other card. */
export async function listRevisions(db: DB, scope: Scope, cardId: number): Promise<RoleCardRevision[]> {
  const rows = await db
    .selectFrom("role_card_revisions as r")
    .where("r.card_id", "in", visibleCards(db, scope).select("c.id"))
    .leftJoin("users as u", "u.id", "r.author_id")
    .select(["r.revision", "r.content", "r.author_id", "u.email", "r.action", "r.source", "r.created_at"])
    .where("r.card_id", "=", cardId)
    .orderBy("r.revision", "desc")
    .execute();
  return rows.map((r) => ({
    revision: r.revision,
    content: readJson(ContentJson, r.content),
    authorId: r.author_id,
    authorEmail: r.email ?? null,
    action: r.action as RevisionAction,
    source: r.source,
    createdAt: new Date(r.created_at),
  }));
}

export async function findRevision(db: DB, scope: Scope, cardId: number, revision: number): Promise<RoleCardContent | null> {
  if (!isId(revision)) return null;
  const row = await db
    .selectFrom("role_card_revisions")
    .select("content")
    .where("card_id", "in", visibleCards(db, scope).select("c.id"))
    .where("card_id", "=", cardId)
    .where("revision", "=", revision)
    .executeTakeFirst();
  return row ? readJson(ContentJson, row.content) : null;
}

/** Restoring never rewrites history: the old content comes back as a new revision. */
export async function restoreRevision(db: DB, scope: Scope, input: { id: number; revision: number }): Promise<RoleCard | null> {
  const content = await findRevision(db, scope, input.id, input.revision);
  if (!content) return null;
  return addRevision(db, scope, { id: input.id, content, action: "restored", source: input.revision });
}

/** A copy in the same workspace with its own history, owned by whoever duplicated it. */
export async function duplicateRoleCard(
  db: DB,
  scope: Scope,
  input: { id: number; suffix: { fr: string; en: string } },
): Promise<RoleCard | null> {
  const source = await findRoleCard(db, scope, input.id);
  if (!source) return null;
  const content: RoleCardContent = {
    ...source.content,
    titleFr: `${source.content.titleFr}${input.suffix.fr}`.slice(0, 120),
    titleEn: `${source.content.titleEn}${input.suffix.en}`.slice(0, 120),
  };
  const id = await insertCard(db, { workspaceId: scope.workspaceId, ownerId: scope.userId, content, action: "duplicated", source: source.id });
  return findRoleCard(db, scope, id);
}

export async function setCardArchived(db: DB, scope: Scope, id: number, archived: boolean): Promise<void> {
  await db
    .updateTable("role_cards")
    .set(
      archived
        ? { status: "archived", archived_at: sql<Date>`now()`, updated_at: sql`now()` }
        : { status: "active", archived_at: null, updated_at: sql`now()` },
    )
    .where("id", "=", id)
    .where("id", "in", visibleCards(db, scope).select("c.id"))
    .execute();
}

export async function countRevisions(db: DB, cardId: number): Promise<number> {
  const row = await db
    .selectFrom("role_card_revisions")
    .select(db.fn.countAll<number>().as("n"))
    .where("card_id", "=", cardId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countRoleCards(db: DB): Promise<number> {
  const row = await db.selectFrom("role_cards").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
