// One Database interface for Kysely, composed from one file of table types per entity.
import type { SeedStateTables } from "./tables/seed-state";
import type { TaxonomyTables } from "./tables/taxonomy";

export interface Database extends TaxonomyTables, SeedStateTables {}
