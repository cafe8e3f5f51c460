// The analyzer's public surface. Pure TypeScript: no I/O, no node: modules.

export { analyze, ANALYZER_VERSION, type AnalyzeOptions } from "./analyze";
export { assessDemands, areAdjacent, OFFER_THRESHOLDS, CARD_THRESHOLDS, WEEK_HOURS, type AssessOptions } from "./assess";
export { compileTaxonomy, type CompiledTaxonomy, type CompiledProfile } from "./compile";
export { explain, explainIn, explainParts } from "./explain";
export { detectLanguage } from "./language";
export { prepareInput, looksLikeHtml, type InputFormat } from "./input";
export type * from "./types";
