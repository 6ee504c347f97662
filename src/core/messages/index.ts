// The message tables and the severity of every finding code: how the engine turns a problem into a Finding.
import type { Finding, FindingCode, Severity } from "../types";
import { en } from "./en";
import type { MessageParams } from "./params";
import { vi } from "./vi";

export { vi, en };
export type * from "./params";

/** Severity of every code, spec §6. */
export const SEVERITY: { readonly [C in FindingCode]: Severity } = {
  FORMAT_INVALID: "error",
  UNIT_DUPLICATE: "error",
  UNIT_LEGACY_ENCODING: "warning",
  UNIT_UNKNOWN: "error",
  CRITERION_UNKNOWN: "error",
  CRITERIA_DUPLICATE_CODE: "error",
  CRITERIA_INVALID: "error",
  CRITERIA_MAX_SUM_MISMATCH: "warning",
  RULES_INVALID: "error",
  WEIGHTS_INVALID: "error",
  SCORE_MISSING: "error",
  SCORE_INVALID: "error",
  SCORE_OUT_OF_RANGE: "error",
  TARGET_MISSING: "error",
  LAYER_DIVERGENCE: "warning",
  TIE_UNRESOLVED: "warning",
  TIE_AT_AWARD_BOUNDARY: "error",
  VOTE_QUORUM_NOT_MET: "error",
  VOTE_THRESHOLD_NOT_MET: "info",
  RANK_MISMATCH: "error",
  AWARD_INELIGIBLE: "error",
  AWARD_QUOTA_EXCEEDED: "error",
  AWARD_MISMATCH: "error",
  CELL_IGNORED: "error",
  FORMULA_OVERWRITTEN: "error",
  TOTAL_MISMATCH: "error",
  ROW_MISSING: "error",
  ENCODING_INVALID: "error",
  BALLOT_COUNTS_INVALID: "error",
  EXEMPLARY_TIE: "error",
  LEADER_INVALID: "error",
  LOG_CUT: "warning",
  FORMULA_BROKEN: "error",
};

export const FINDING_CODES = Object.keys(SEVERITY) as FindingCode[];

/** Builds a finding: severity from the table, both messages from the params, and the location fields. */
export function makeFinding(code: FindingCode, params: MessageParams = {}): Finding {
  const finding: Finding = { code, severity: SEVERITY[code], message: vi[code](params), messageEn: en[code](params) };
  if (params.unit) finding.unit = params.unit.id;
  if (params.criterion) finding.criterion = params.criterion.code;
  if (params.units) finding.units = params.units.map((u) => u.id);
  if (params.layer) finding.layer = params.layer;
  if (params.path !== undefined) finding.path = params.path;
  if (params.offer !== undefined) finding.suggestion = { value: params.offer };
  return finding;
}
