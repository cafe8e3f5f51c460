import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
// Candidates become an entity of a card; each interviewer has one scorecard per candidate,
// a draft until submitted (a draft may lack ratings and the recommendation). Typed names
// become candidates (one per card and folded name).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("candidates")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("card_id", "integer", (c) => c.notNull().references("role_cards.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("stage", "text", (c) =>
      c.notNull().defaultTo("new").check(sql`stage in ('new','interview','offer','hired','rejected')`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("candidates_card_idx").on("candidates").column("card_id").execute();

  // Typed names become candidates (one per card and folded name); scorecards point at them.
  await db.schema
    .alterTable("scorecards")
    .addColumn("candidate_id", "integer", (c) => c.references("candidates.id").onDelete("cascade"))
    .addColumn("submitted_at", "timestamptz")
    .execute();
  await sql`
    insert into candidates (workspace_id, card_id, name, stage, created_at)
    select c.workspace_id, s.card_id, min(s.candidate), 'interview', min(s.created_at)
    from scorecards s join role_cards c on c.id = s.card_id
    group by c.workspace_id, s.card_id, s.candidate_key`.execute(db);
  // Scorecards saved before drafts existed were final: they count as submitted.
  await sql`
    update scorecards s set
      candidate_id = (
        select k.id from candidates k
        where k.card_id = s.card_id
          and k.name = (select min(s2.candidate) from scorecards s2 where s2.card_id = s.card_id and s2.candidate_key = s.candidate_key)),
      submitted_at = s.updated_at`.execute(db);
  await db.schema.alterTable("scorecards").dropConstraint("scorecards_one_per_interviewer").execute();
  await sql`alter table scorecards alter column candidate_id set not null`.execute(db);
  await sql`alter table scorecards alter column recommendation drop not null`.execute(db);
  for (const column of ["candidate", "candidate_key", "interviewer_name"]) {
    await db.schema.alterTable("scorecards").dropColumn(column).execute();
  }
  await db.schema
    .alterTable("scorecards")
    .addUniqueConstraint("scorecards_one_per_interviewer", ["candidate_id", "interviewer_id"])
    .execute();
}

// Candidates cannot be folded back into free text faithfully: going down drops scorecards.
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom("scorecards").execute();
  await sql`alter table scorecards alter column recommendation set not null`.execute(db);
  await db.schema.alterTable("scorecards").dropConstraint("scorecards_one_per_interviewer").execute();
  await db.schema.alterTable("scorecards").dropColumn("candidate_id").dropColumn("submitted_at").execute();
  await db.schema
    .alterTable("scorecards")
    .addColumn("candidate", "text", (c) => c.notNull())
    .addColumn("candidate_key", "text", (c) => c.notNull())
    .addColumn("interviewer_name", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable("scorecards")
    .addUniqueConstraint("scorecards_one_per_interviewer", ["card_id", "candidate_key", "interviewer_id"])
    .execute();
  await db.schema.dropTable("candidates").execute();
}
