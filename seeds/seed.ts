import type { DB } from "#db/client";
import { notifyChanged, TAXONOMY_CHANNEL } from "#db/changes";
import type { Taxonomy } from "#app/analysis/taxonomy";
import { seedOnce } from "./seed-once";

const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Upserts the shipped taxonomy keyed by stable ids. Rows the seed does not know
 * (entries or synonyms an administrator added) are left alone, and a second run with the
 * same files changes nothing: the seed version is recorded and compared first.
 */
export function seedTaxonomy(db: DB, taxonomy: Taxonomy): Promise<"seeded" | "unchanged"> {
  return seedOnce(db, "taxonomy", taxonomy.version, async (trx) => {
    const families = taxonomy.families.map((f, position) => ({
      id: f.id,
      position,
      label_fr: f.label.fr,
      label_en: f.label.en,
      definition_fr: f.definition.fr,
      definition_en: f.definition.en,
      boundaries_fr: f.boundaries.fr,
      boundaries_en: f.boundaries.en,
    }));
    if (families.length) {
      await trx
        .insertInto("role_families")
        .values(families)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            position: eb.ref("excluded.position"),
            label_fr: eb.ref("excluded.label_fr"),
            label_en: eb.ref("excluded.label_en"),
            definition_fr: eb.ref("excluded.definition_fr"),
            definition_en: eb.ref("excluded.definition_en"),
            boundaries_fr: eb.ref("excluded.boundaries_fr"),
            boundaries_en: eb.ref("excluded.boundaries_en"),
          })),
        )
        .execute();
    }

    const entries = taxonomy.families.flatMap((f) =>
      f.entries.map((e, position) => ({
        id: e.id,
        family_id: f.id,
        position,
        kind: e.kind,
        depth: e.depth,
        label_fr: e.label.fr,
        label_en: e.label.en,
        esco_uri: e.escoUri,
        retired_at: null,
      })),
    );
    for (const rows of chunks(entries)) {
      await trx
        .insertInto("taxonomy_entries")
        .values(rows)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            family_id: eb.ref("excluded.family_id"),
            position: eb.ref("excluded.position"),
            kind: eb.ref("excluded.kind"),
            depth: eb.ref("excluded.depth"),
            label_fr: eb.ref("excluded.label_fr"),
            label_en: eb.ref("excluded.label_en"),
            esco_uri: eb.ref("excluded.esco_uri"),
          })),
        )
        .execute();
    }

    const synonyms = taxonomy.families.flatMap((f) =>
      f.entries.flatMap((e) =>
        (["fr", "en"] as const).flatMap((lang) =>
          [...new Set(e.synonyms[lang])].map((text) => ({ entry_id: e.id, lang, text, retired_at: null })),
        ),
      ),
    );
    for (const rows of chunks(synonyms)) {
      await trx
        .insertInto("entry_synonyms")
        .values(rows)
        .onConflict((oc) => oc.columns(["entry_id", "lang", "text"]).doNothing())
        .execute();
    }

    const profiles = taxonomy.profiles.map((p, position) => ({
      id: p.id,
      position,
      label_fr: p.label.fr,
      label_en: p.label.en,
      esco_uri: p.escoUri,
      details: JSON.stringify({
        titles: p.titles,
        summary: p.summary,
        timeSplit: p.timeSplit,
        seniority: p.seniority,
        tools: p.tools,
        doesNot: p.doesNot,
        ...(p.excludes?.length ? { excludes: p.excludes } : {}),
        ...(p.alsoOwns?.length ? { alsoOwns: p.alsoOwns } : {}),
        ...(p.absorbs?.length ? { absorbs: p.absorbs } : {}),
        ...(p.nearTrades?.length ? { nearTrades: p.nearTrades } : {}),
      }),
    }));
    if (profiles.length) {
      await trx
        .insertInto("role_profiles")
        .values(profiles)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            position: eb.ref("excluded.position"),
            label_fr: eb.ref("excluded.label_fr"),
            label_en: eb.ref("excluded.label_en"),
            esco_uri: eb.ref("excluded.esco_uri"),
            details: eb.ref("excluded.details"),
          })),
        )
        .execute();
      await trx.deleteFrom("profile_families").where("profile_id", "in", profiles.map((p) => p.id)).execute();
      const links = taxonomy.profiles.flatMap((p) => [
        ...p.core.map((family_id) => ({ profile_id: p.id, family_id, depth: "core" as const })),
        ...p.light.map((family_id) => ({ profile_id: p.id, family_id, depth: "light" as const })),
      ]);
      if (links.length) await trx.insertInto("profile_families").values(links).execute();
    }

    for (const term of taxonomy.ambiguous) {
      await trx
        .insertInto("ambiguous_terms")
        .values({ id: term.id, definition: JSON.stringify(term) })
        .onConflict((oc) => oc.column("id").doUpdateSet({ definition: JSON.stringify(term) }))
        .execute();
    }

    await notifyChanged(trx, TAXONOMY_CHANNEL);
  });
}
