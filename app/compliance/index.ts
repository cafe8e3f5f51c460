// The compliance check's public surface. Pure TypeScript, like the analyzer it sits beside.

export { checkCompliance, type ComplianceInput } from "./check";
export { compileRules, type CompiledRules } from "./compile";
export { RuleSchema, WordListSchema, SEVERITIES, LAW_STATUSES, type Rule, type RuleSet, type Severity, type WordList } from "./rule-schema";
export type * from "./types";
