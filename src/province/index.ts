// The provincial board's consolidation: the public surface the command line and the standalone page call.
export * from "./types";
export { consolidate, commonYear, findingCounts, tierLabel, type ConsolidateInput } from "./consolidate";
export { summarizeReading, unitKey, flagTierOf } from "./summarize";
export { DEFAULT_PROVINCE_RULES, readProvinceRules, govFlagCap, checkShare, checkYear, type ProvinceRules, type RulesReading } from "./rules";
export { SEAL_LABELS } from "./seal";
