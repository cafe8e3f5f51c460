import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RoleFamilyTable {
  id: string;
  position: number;
  label_fr: string;
  label_en: string;
  definition_fr: string;
  definition_en: string;
  boundaries_fr: string;
  boundaries_en: string;
  updated_at: Timestamp;
}

export interface TaxonomyEntryTable {
  id: string;
  family_id: string;
  position: number;
  kind: "duty" | "skill" | "tool";
  depth: "core" | "light";
  label_fr: string;
  label_en: string;
  esco_uri: string | null;
  retired_at: Date | null;
  updated_at: Timestamp;
}

export interface EntrySynonymTable {
  id: Generated<number>;
  entry_id: string;
  lang: "fr" | "en";
  text: string;
  retired_at: Date | null;
}

export interface RoleProfileTable {
  id: string;
  position: number;
  label_fr: string;
  label_en: string;
  esco_uri: string | null;
  /** Titles, summary, time split, seniority, tools, "does not": read whole, never queried into. */
  details: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface ProfileFamilyTable {
  profile_id: string;
  family_id: string;
  depth: "core" | "light";
}

export interface AmbiguousTermTable {
  id: string;
  definition: ColumnType<unknown, string, string>;
}

export interface TaxonomyRevisionTable {
  id: Generated<number>;
  created_at: Generated<Date>;
  user_id: number | null;
  action: string;
  target_type: string;
  target_id: string;
  before: ColumnType<unknown, string | null, string | null>;
  after: ColumnType<unknown, string | null, string | null>;
}

export interface TaxonomyTables {
  role_families: RoleFamilyTable;
  taxonomy_entries: TaxonomyEntryTable;
  entry_synonyms: EntrySynonymTable;
  role_profiles: RoleProfileTable;
  profile_families: ProfileFamilyTable;
  ambiguous_terms: AmbiguousTermTable;
  taxonomy_revisions: TaxonomyRevisionTable;
}
