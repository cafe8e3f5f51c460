import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
// An import cut off by a killed process must be found and resumed (or reported): the run
// names the process reading its file, when it last showed life and where the file is.
// Offers get a key of their text, so that figures across runs count an offer imported
// twice once.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table market_runs drop constraint market_runs_status_check`.execute(db);
  await sql`alter table market_runs add constraint market_runs_status_check
    check (status in ('importing','analysing','done','interrupted'))`.execute(db);
  await db.schema
    .alterTable("market_runs")
    .addColumn("importer", "text")
    .addColumn("import_beat_at", "timestamptz")
    .addColumn("file_path", "text")
    .addColumn("file_host", "text")
    .addColumn("file_format", "text")
    .addColumn("file_temporary", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("encoding", "text")
    .execute();

  await db.schema.alterTable("market_offers").addColumn("text_key", "text").execute();
  // The same key the importer computes: md5 of the text with its runs of white space made one space.
  await sql`update market_offers set text_key = md5(regexp_replace(text, '[ \t\n\r\f\v]+', ' ', 'g'))`.execute(db);
  await db.schema.alterTable("market_offers").alterColumn("text_key", (c) => c.setNotNull()).execute();
  await db.schema.createIndex("market_offers_text_key_idx").on("market_offers").columns(["text_key", "run_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("market_offers_text_key_idx").execute();
  await db.schema.alterTable("market_offers").dropColumn("text_key").execute();
  for (const column of ["importer", "import_beat_at", "file_path", "file_host", "file_format", "file_temporary", "encoding"]) {
    await db.schema.alterTable("market_runs").dropColumn(column).execute();
  }
  await sql`delete from market_runs where status = 'interrupted'`.execute(db);
  await sql`alter table market_runs drop constraint market_runs_status_check`.execute(db);
  await sql`alter table market_runs add constraint market_runs_status_check check (status in ('importing','analysing','done'))`.execute(db);
}
