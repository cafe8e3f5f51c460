// One Database interface for Kysely, composed from one file of table types per entity.
import type { ComparisonTables } from "./tables/comparisons";
import type { ComplianceTables } from "./tables/compliance";
import type { AnalysesTables } from "./tables/analyses";
import type { RoleCardsTables } from "./tables/role-cards";
import type { SeedStateTables } from "./tables/seed-state";
import type { SessionsTables } from "./tables/sessions";
import type { TaxonomyTables } from "./tables/taxonomy";
import type { UsersTables } from "./tables/users";
import type { MarketTables } from "./tables/market";
import type { WorkspacesTables } from "./tables/workspaces";

export interface Database
  extends TaxonomyTables,
    SeedStateTables,
    AnalysesTables,
    UsersTables,
    ComparisonTables,
    RoleCardsTables,
    SessionsTables,
    ComplianceTables,
    WorkspacesTables,
    MarketTables {}
