import type { Migration } from "kysely";
import * as taxonomy from "./2026-11-24-0001-taxonomy";
import * as seedState from "./2026-11-24-0002-seed-state";
import * as users from "./2026-11-24-0100-users";
import * as analyses from "./2026-11-24-0200-analyses";
import * as roleCards from "./2026-11-24-0300-role-cards";
import * as comparisons from "./2026-11-24-0400-comparisons";
import * as sessionsAndRateLimits from "./2026-11-30-0100-sessions-and-rate-limits";
import * as complianceRules from "./2026-11-30-0500-compliance-rules";
import * as workspaces from "./2026-11-30-0300-a-workspaces";
import * as candidates from "./2026-11-30-0300-b-candidates";
import * as market from "./2026-11-30-0600-market";
import * as marketResume from "./2026-11-30-0610-market-resume";

// Listed by hand rather than read from the folder so that the bundled server, the CLI
// and the tests all see the same migrations without file-system look-ups.
export const migrations: Record<string, Migration> = {
  "2026-11-24-0001-taxonomy": taxonomy,
  "2026-11-24-0002-seed-state": seedState,
  "2026-11-24-0100-users": users,
  "2026-11-24-0200-analyses": analyses,
  "2026-11-24-0300-role-cards": roleCards,
  "2026-11-24-0400-comparisons": comparisons,
  "2026-11-30-0100-sessions-and-rate-limits": sessionsAndRateLimits,
  "2026-11-30-0500-compliance-rules": complianceRules,
  "2026-11-30-0300-a-workspaces": workspaces,
  "2026-11-30-0300-b-candidates": candidates,
  "2026-11-30-0600-market": market,
  "2026-11-30-0610-market-resume": marketResume,
};
