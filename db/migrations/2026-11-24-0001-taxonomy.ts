import { sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never against the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("role_families")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label_fr", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("definition_fr", "text", (c) => c.notNull())
    .addColumn("definition_en", "text", (c) => c.notNull())
    .addColumn("boundaries_fr", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("boundaries_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("taxonomy_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("family_id", "text", (c) => c.notNull().references("role_families.id").onDelete("restrict"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('duty','skill','tool')`))
    .addColumn("depth", "text", (c) => c.notNull().check(sql`depth in ('core','light')`))
    .addColumn("label_fr", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("esco_uri", "text")
    .addColumn("retired_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("taxonomy_entries_family_idx").on("taxonomy_entries").column("family_id").execute();

  await db.schema
    .createTable("entry_synonyms")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("entry_id", "text", (c) => c.notNull().references("taxonomy_entries.id").onDelete("cascade"))
    .addColumn("lang", "text", (c) => c.notNull().check(sql`lang in ('fr','en')`))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("retired_at", "timestamptz")
    .addUniqueConstraint("entry_synonyms_unique", ["entry_id", "lang", "text"])
    .execute();

  await db.schema
    .createTable("role_profiles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label_fr", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("esco_uri", "text")
    .addColumn("details", "jsonb", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("profile_families")
    .addColumn("profile_id", "text", (c) => c.notNull().references("role_profiles.id").onDelete("cascade"))
    .addColumn("family_id", "text", (c) => c.notNull().references("role_families.id").onDelete("restrict"))
    .addColumn("depth", "text", (c) => c.notNull().check(sql`depth in ('core','light')`))
    .addPrimaryKeyConstraint("profile_families_pk", ["profile_id", "family_id"])
    .execute();

  await db.schema
    .createTable("ambiguous_terms")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("definition", "jsonb", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("taxonomy_revisions")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("user_id", "integer")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "taxonomy_revisions",
    "ambiguous_terms",
    "profile_families",
    "role_profiles",
    "entry_synonyms",
    "taxonomy_entries",
    "role_families",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
