// The compliance result, as the API, the CLI and the saved analyses carry it.

import type { Analysis } from "#app/analysis/types";
import type { Localized } from "#app/analysis/taxonomy";
import type { Severity } from "./rule-schema";

export interface ComplianceFinding {
  rule: string;
  severity: Severity;
  /** Offsets into the analysed text; absent for a missing element (no pay range, no date). */
  start?: number;
  end?: number;
  passage?: string;
  reason: Localized;
  article: Localized;
  sourceUrl: string;
  fix: Localized;
  /** The law's status (in force / adopted / draft) and since when, from the rule data. */
  status: { value: string; since: string };
}

export interface Compliance {
  rulesVersion: string;
  findings: ComplianceFinding[];
}

/** An Analysis with its compliance check, as /api/analyze and the CLI return it. */
export type AnalysisWithCompliance = Analysis & { compliance: Compliance };
