// Checking and adopting the officer's own ranking table: pure, no Office, no Node, no DOM (docs/architecture.md).
export * from "./types";
export { detectTable, remapTable, filledValues } from "./detect";
export { readTable, type TableContents, type TableCriterion, type TableUnit } from "./read";
export { checkTable, type TableCheck } from "./check";
export { tableBlock, type TableBlockOptions } from "./block";
export { readScore, readRank, isFlagAward } from "./values";
export { roleOfHeading } from "./headings";
export { cropGrid } from "./region";
export { ROLE_LABELS, SKIPPED_LABELS, rowRuns } from "./labels";
export { adoptTable, type Adoption, type CarriedValue, type AdoptOptions } from "./adopt";
