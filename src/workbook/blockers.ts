// What a block file says that a workbook cannot carry. The workbook is built from the parsed block, and parsing sets
// aside what it cannot use (an unknown tie-break key, a tier with no places, scores of a unit that is not listed…):
// a workbook written anyway would evaluate clean and hide the error. Such a block is refused with its findings.
import type { Finding, FindingCode } from "../core/types";

/** Findings whose subject is dropped or changed when the block becomes a workbook. */
const LOST_IN_WORKBOOK: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "FORMAT_INVALID", "RULES_INVALID", "CRITERIA_INVALID", "CRITERIA_DUPLICATE_CODE", "UNIT_DUPLICATE", "UNIT_UNKNOWN", "CRITERION_UNKNOWN", "ENCODING_INVALID",
]);

/** The findings that keep a block from being written as a workbook (empty when it can be). */
export function workbookBlockers(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error" && LOST_IN_WORKBOOK.has(f.code));
}
