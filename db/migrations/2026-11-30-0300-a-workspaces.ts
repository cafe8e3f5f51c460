import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
// Workspaces own every card (and through it revisions, kits, candidates and scorecards) and
// every saved analysis or comparison made while signed in. Existing data moves in: each user
// gets a workspace holding the cards they created; whoever scored a card becomes an
// interviewer of its workspace, assigned to it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("workspaces")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    // Candidates of a card closed (archived) this many months ago are erased by `npm run retention`.
    .addColumn("retention_months", "integer", (c) => c.check(sql`retention_months between 1 and 120`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("workspace_members")
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('owner','recruiter','interviewer')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("workspace_members_pk", ["workspace_id", "user_id"])
    .execute();
  await db.schema.createIndex("workspace_members_user_idx").on("workspace_members").column("user_id").execute();

  await db.schema
    .createTable("workspace_invites")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    // Only a hash: the link itself is shown once to the owner and never stored.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('owner','recruiter','interviewer')`))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .addColumn("used_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();

  await db.schema
    .alterTable("role_cards")
    .addColumn("workspace_id", "integer", (c) => c.references("workspaces.id").onDelete("cascade"))
    .execute();

  await db.schema
    .createTable("card_assignments")
    .addColumn("card_id", "integer", (c) => c.notNull().references("role_cards.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("card_assignments_pk", ["card_id", "user_id"])
    .execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("audit_events_workspace_idx").on("audit_events").columns(["workspace_id", "id"]).execute();

  for (const table of ["analyses", "comparisons"]) {
    await db.schema
      .alterTable(table)
      .addColumn("workspace_id", "integer", (c) => c.references("workspaces.id").onDelete("cascade"))
      .execute();
  }

  // One workspace per existing user, named after the address, with that user as owner.
  await sql`alter table workspaces add column legacy_user_id integer`.execute(db);
  await sql`
    insert into workspaces (name, legacy_user_id)
    select split_part(email, '@', 1), id from users order by id`.execute(db);
  // Cards whose author's account is gone go to one workspace that site admins own.
  await sql`
    insert into workspaces (name, legacy_user_id)
    select 'Cartes sans auteur / Cards without author', 0
    where exists (select 1 from role_cards c where not exists (select 1 from users u where u.id = c.owner_id))`.execute(db);
  await sql`
    insert into workspace_members (workspace_id, user_id, role)
    select w.id, u.id, 'owner' from workspaces w
    join users u on u.id = w.legacy_user_id or (w.legacy_user_id = 0 and u.is_admin)`.execute(db);
  await sql`
    update role_cards c set workspace_id = coalesce(
      (select w.id from workspaces w where w.legacy_user_id = c.owner_id),
      (select w.id from workspaces w where w.legacy_user_id = 0))`.execute(db);
  await sql`alter table workspaces drop column legacy_user_id`.execute(db);
  await sql`alter table role_cards alter column workspace_id set not null`.execute(db);
  await db.schema.createIndex("role_cards_workspace_idx").on("role_cards").columns(["workspace_id", "status", "updated_at"]).execute();

  // Whoever scored someone else's card keeps access to it as an interviewer of its workspace.
  await sql`
    insert into workspace_members (workspace_id, user_id, role)
    select distinct c.workspace_id, s.interviewer_id, 'interviewer'
    from scorecards s join role_cards c on c.id = s.card_id join users u on u.id = s.interviewer_id
    on conflict do nothing`.execute(db);
  await sql`
    insert into card_assignments (card_id, user_id)
    select distinct s.card_id, s.interviewer_id from scorecards s join users u on u.id = s.interviewer_id
    on conflict do nothing`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["analyses", "comparisons", "role_cards"]) {
    await db.schema.alterTable(table).dropColumn("workspace_id").execute();
  }
  for (const table of ["audit_events", "card_assignments", "workspace_invites", "workspace_members", "workspaces"]) {
    await db.schema.dropTable(table).execute();
  }
}
