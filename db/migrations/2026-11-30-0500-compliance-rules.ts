import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
// Rules and the word lists they share are stored as validated JSON documents: their
// shape is the seed file's, checked by zod on the way in and out.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("compliance_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('rule','list')`))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("definition", "jsonb", (c) => c.notNull())
    .addColumn("edited_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("compliance_revisions")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("user_id", "integer")
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("compliance_revisions").execute();
  await db.schema.dropTable("compliance_rules").execute();
}
