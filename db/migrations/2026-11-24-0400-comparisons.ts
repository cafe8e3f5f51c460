import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
// A row exists only when a candidate ticked "save this comparison"; the id is the secret.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("comparisons")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("lang", "text", (c) => c.notNull().check(sql`lang in ('fr','en')`))
    .addColumn("profile_id", "text")
    .addColumn("taxonomy_version", "text", (c) => c.notNull())
    .addColumn("offers", "jsonb", (c) => c.notNull())
    .addColumn("result", "jsonb", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("comparisons").execute();
}
