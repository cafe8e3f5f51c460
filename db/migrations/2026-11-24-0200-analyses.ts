import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("analyses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("result", "jsonb", (c) => c.notNull())
    .addColumn("analyzer_version", "text", (c) => c.notNull())
    .addColumn("taxonomy_version", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('fr','en')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Old analyses get purged or listed by age, never looked up by anything but id otherwise.
  await db.schema.createIndex("analyses_created_at_idx").on("analyses").column("created_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("analyses").execute();
}
