// KHOI.CHECK: compares the ranks (and awards) a workbook declares with the computed ones (spec 5), row by row.
import { nameKey } from "../core/text/normalize";
import { asColumn, isBlank, optionalMatrix, readNumber, readText, requireRows, requiredMatrix } from "./coerce";
import { excelErrorCode, isCellError, valueProblem } from "./errors";
import { message, type MessageKey, type MessageParams } from "./messages";

const RANK_TOLERANCE = 1e-9;

function rankFindings(declaredCell: unknown, computedCell: unknown, say: (key: MessageKey, params?: MessageParams) => void): void {
  const declared = readNumber(declaredCell);
  const computedBroken = isCellError(computedCell);
  const computed = computedBroken ? null : readNumber(computedCell);
  if (declared.kind === "bad") { say("CHECK_RANK_DECLARED_INVALID", { text: declared.text }); return; }
  if (computedBroken || computed?.kind === "bad") { say("CHECK_RANK_COMPUTED_INVALID"); return; }
  if (declared.kind === "blank") {
    if (computed?.kind === "number") say("CHECK_RANK_NOT_DECLARED", { computed: computed.value });
    return;
  }
  if (computed?.kind !== "number") { say("CHECK_RANK_NOT_COMPUTED", { declared: declared.value }); return; }
  if (Math.abs(declared.value - computed.value) > RANK_TOLERANCE) {
    say("CHECK_RANK_MISMATCH", { declared: declared.value, computed: computed.value });
  }
}

function awardFindings(declaredCell: unknown, computedCell: unknown, say: (key: MessageKey, params?: MessageParams) => void): void {
  if (isCellError(computedCell) || excelErrorCode(computedCell) !== null) { say("CHECK_AWARD_COMPUTED_INVALID"); return; }
  // A blank declared award means "no award", as in spec 5; names match regardless of case and spacing.
  const declared = readText(declaredCell);
  const computed = readText(computedCell);
  if (nameKey(declared) !== nameKey(computed)) {
    const none = { label: "CHECK_NONE" as const };
    say("CHECK_AWARD_MISMATCH", { declared: declared === "" ? none : declared, computed: computed === "" ? none : computed });
  }
}

/** Per row: "OK", what differs (several findings joined by "; "), or "" when the row is blank everywhere. */
export function checkColumn(declaredRanksArg: unknown, computedRanksArg: unknown, declaredAwardsArg: unknown, computedAwardsArg: unknown): unknown[][] {
  const declaredRanks = asColumn(requiredMatrix(declaredRanksArg, "ARG_DECLARED_RANKS"), "ARG_DECLARED_RANKS");
  const rows = declaredRanks.length;
  const computedRanks = asColumn(requiredMatrix(computedRanksArg, "ARG_COMPUTED_RANKS"), "ARG_COMPUTED_RANKS");
  requireRows(computedRanks.length, "ARG_COMPUTED_RANKS", rows, "ARG_DECLARED_RANKS");
  const declaredAwardsMatrix = optionalMatrix(declaredAwardsArg);
  const computedAwardsMatrix = optionalMatrix(computedAwardsArg);
  let declaredAwards: unknown[] | null = null;
  let computedAwards: unknown[] | null = null;
  // Awards are checked only when a declared award column is given (spec 5: "if declared awards are present").
  if (declaredAwardsMatrix !== null) {
    declaredAwards = asColumn(declaredAwardsMatrix, "ARG_DECLARED_AWARDS");
    requireRows(declaredAwards.length, "ARG_DECLARED_AWARDS", rows, "ARG_DECLARED_RANKS");
    if (computedAwardsMatrix === null) throw valueProblem("ARG_REQUIRED", { arg: { label: "ARG_COMPUTED_AWARDS" } });
    computedAwards = asColumn(computedAwardsMatrix, "ARG_COMPUTED_AWARDS");
    requireRows(computedAwards.length, "ARG_COMPUTED_AWARDS", rows, "ARG_DECLARED_RANKS");
  }

  return declaredRanks.map((declaredRank, i) => {
    const cells = [declaredRank, computedRanks[i], declaredAwards?.[i], computedAwards?.[i]];
    if (cells.every(isBlank)) return [""];
    const findings: string[] = [];
    const say = (key: MessageKey, params: MessageParams = {}) => findings.push(message(key, params));
    rankFindings(declaredRank, computedRanks[i], say);
    if (declaredAwards !== null && computedAwards !== null) awardFindings(declaredAwards[i], computedAwards[i], say);
    return [findings.length === 0 ? message("CHECK_OK") : findings.join("; ")];
  });
}
