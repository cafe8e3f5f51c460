import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
// Offers and results are keyed by (run, seq) so that a batch job names its offers by a
// range and a result written twice (a worker killed after its insert) stays one row.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("market_runs")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("workspace_id", "integer", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("created_by", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("importing").check(sql`status in ('importing','analysing','done')`))
    .addColumn("total", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("bad_rows", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("bad_row_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("started_at", "timestamptz")
    .addColumn("finished_at", "timestamptz")
    .execute();
  await db.schema.createIndex("market_runs_workspace_idx").on("market_runs").columns(["workspace_id", "id"]).execute();

  await db.schema
    .createTable("market_offers")
    .addColumn("run_id", "integer", (c) => c.notNull().references("market_runs.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("line", "integer", (c) => c.notNull())
    .addColumn("external_id", "text")
    .addColumn("title", "text")
    .addColumn("company", "text")
    .addColumn("location", "text")
    .addColumn("posted_on", "date")
    .addColumn("url", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("market_offers_pk", ["run_id", "seq"])
    .execute();

  await db.schema
    .createTable("market_results")
    .addColumn("run_id", "integer", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("role_count", "integer", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("title_profile", "text")
    .addColumn("families", sql`text[]`, (c) => c.notNull())
    .addColumn("roles", sql`text[]`, (c) => c.notNull())
    .addColumn("analysis", "jsonb", (c) => c.notNull())
    .addColumn("analysed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("market_results_pk", ["run_id", "seq"])
    .addForeignKeyConstraint("market_results_offer_fk", ["run_id", "seq"], "market_offers", ["run_id", "seq"], (fk) =>
      fk.onDelete("cascade"),
    )
    .execute();

  // Worker processes beat here; a live one hands the queue jobs of a silent one back.
  await db.schema
    .createTable("market_workers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("pid", "integer", (c) => c.notNull())
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("started_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("beat_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("market_workers").execute();
  await db.schema.dropTable("market_results").execute();
  await db.schema.dropTable("market_offers").execute();
  await db.schema.dropTable("market_runs").execute();
}
