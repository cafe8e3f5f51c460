import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
// Owners and interviewers are user ids without a foreign key: the cards outlive an account.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("role_cards")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("owner_id", "integer", (c) => c.notNull())
    .addColumn("title_fr", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("profile_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active").check(sql`status in ('active','archived')`))
    .addColumn("current_revision", "integer", (c) => c.notNull())
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("archived_at", "timestamptz")
    .execute();
  await db.schema.createIndex("role_cards_status_updated_idx").on("role_cards").columns(["status", "updated_at"]).execute();

  await db.schema
    .createTable("role_card_revisions")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("card_id", "integer", (c) => c.notNull().references("role_cards.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("source", "integer")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("role_card_revisions_card_revision", ["card_id", "revision"])
    .execute();

  await db.schema
    .createTable("interview_competencies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("family_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("scorecards")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("card_id", "integer", (c) => c.notNull().references("role_cards.id").onDelete("cascade"))
    .addColumn("candidate", "text", (c) => c.notNull())
    .addColumn("candidate_key", "text", (c) => c.notNull())
    .addColumn("interviewer_id", "integer", (c) => c.notNull())
    .addColumn("interviewer_name", "text", (c) => c.notNull())
    .addColumn("card_revision", "integer", (c) => c.notNull())
    .addColumn("kit_lang", "text", (c) => c.notNull().check(sql`kit_lang in ('fr','en')`))
    .addColumn("ratings", "jsonb", (c) => c.notNull())
    .addColumn("recommendation", "text", (c) =>
      c.notNull().check(sql`recommendation in ('strong_no','no','yes','strong_yes')`),
    )
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // One scorecard per interviewer and candidate: saving again updates it.
    .addUniqueConstraint("scorecards_one_per_interviewer", ["card_id", "candidate_key", "interviewer_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["scorecards", "interview_competencies", "role_card_revisions", "role_cards"]) {
    await db.schema.dropTable(table).execute();
  }
}
