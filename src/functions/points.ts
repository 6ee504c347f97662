// KHOI.POINTS: the scores of one `target` criterion for every unit of a block at once, via core scoreTargetColumn.
import { scoreTargetColumn, type LeafOutcome, type TargetSpec } from "../core/score";
import type { RelativeBase, TargetMethod } from "../core/types";
import {
  asColumn, badCellError, columnCount, isBlank, matchKeyword, optionalMatrix, readNumber, requireRows, requiredMatrix,
  scalarNumber, scalarText, type Matrix, type NumberCell,
} from "./coerce";
import { cellError, valueProblem, type CellError } from "./errors";

/** Method names an officer may type (English ids first, then Vietnamese); case and diacritics do not matter. */
export const METHOD_NAMES: Record<TargetMethod, readonly string[]> = {
  linear: ["linear", "tuyến tính"],
  bands: ["bands", "theo mức", "mức"],
  inverse: ["inverse", "nghịch", "càng thấp càng tốt"],
  relative: ["relative", "tương đối"],
};

export const BASE_NAMES: Record<RelativeBase, readonly string[]> = {
  percent: ["percent", "phần trăm", "%"],
  absolute: ["absolute", "tuyệt đối"],
};

/** The band table: rows of [ratio reached, fraction of max]; blank rows are skipped. */
function readBands(table: Matrix | null): [number, number][] {
  if (table === null) throw valueProblem("POINTS_BANDS_MISSING");
  const bands: [number, number][] = [];
  table.forEach((row, r) => {
    if (row.every(isBlank)) return;
    const ratio = readNumber(row[0]);
    const fraction = readNumber(row[1]);
    const ok = columnCount([row]) === 2 && ratio.kind === "number" && ratio.value >= 0 &&
      fraction.kind === "number" && fraction.value >= 0 && fraction.value <= 1;
    if (!ok) throw valueProblem("POINTS_BANDS_INVALID", { row: r + 1 });
    bands.push([(ratio as { value: number }).value, (fraction as { value: number }).value]);
  });
  if (bands.length === 0) throw valueProblem("POINTS_BANDS_MISSING");
  return bands;
}

/** The criterion as the engine describes it, from max, method and the method's option. */
export function readTargetSpec(maxArg: unknown, methodArg: unknown, optionArg: unknown): TargetSpec {
  const max = scalarNumber(maxArg);
  if (typeof max !== "number" || !(max > 0)) throw valueProblem("POINTS_MAX_INVALID", { value: scalarText(maxArg) || "0" });
  const methodText = scalarText(methodArg);
  const method = matchKeyword(methodText, METHOD_NAMES);
  if (method === null) throw valueProblem("POINTS_METHOD_UNKNOWN", { text: methodText });
  const option = optionalMatrix(optionArg);
  switch (method) {
    case "linear": {
      if (option === null) return { max, method, cap: 1 };
      const cap = scalarNumber(option);
      if (typeof cap !== "number" || !(cap > 0) || option.length > 1 || columnCount(option) > 1) {
        throw valueProblem("POINTS_CAP_INVALID", { text: scalarText(option) });
      }
      return { max, method, cap };
    }
    case "bands":
      return { max, method, bands: readBands(option) };
    case "relative": {
      if (option === null) return { max, method, base: "percent" };
      const base = matchKeyword(scalarText(option), BASE_NAMES);
      if (base === null) throw valueProblem("POINTS_BASE_INVALID", { text: scalarText(option) });
      return { max, method, base };
    }
    case "inverse":
      if (option !== null) throw valueProblem("POINTS_OPTION_UNUSED");
      return { max, method };
  }
}

/** The error value of a row the engine could not score, in the officer's terms. */
function outcomeError(outcome: LeafOutcome, row: number, actual: NumberCell, target: NumberCell): CellError {
  switch (outcome.problem) {
    case "SCORE_MISSING":
      return cellError("#N/A", "POINTS_SCORE_MISSING", { row });
    case "SCORE_INVALID":
      return cellError("#VALUE!", "POINTS_SCORE_INVALID", { row, value: actual.kind === "number" ? actual.value : "" });
    default:
      return target.kind === "number"
        ? cellError("#VALUE!", "POINTS_TARGET_INVALID", { row, value: target.value })
        : cellError("#N/A", "POINTS_TARGET_MISSING", { row });
  }
}

/** Scores per row (one spilled column): a number, "" for a row with neither value nor target, or an error value. */
export function pointsColumn(actualsArg: unknown, targetsArg: unknown, maxArg: unknown, methodArg: unknown, optionArg: unknown): unknown[][] {
  const actualCells = asColumn(requiredMatrix(actualsArg, "ARG_ACTUALS"), "ARG_ACTUALS");
  const targetCells = asColumn(requiredMatrix(targetsArg, "ARG_TARGETS"), "ARG_TARGETS");
  const rows = actualCells.length;
  requireRows(targetCells.length, "ARG_TARGETS", rows, "ARG_ACTUALS");
  const spec = readTargetSpec(maxArg, methodArg, optionArg);

  const out: unknown[][] = new Array(rows);
  const actuals: (number | null)[] = new Array(rows);
  const targets: (number | null)[] = new Array(rows);
  const actualRead: NumberCell[] = new Array(rows);
  const targetRead: NumberCell[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const a = (actualRead[i] = readNumber(actualCells[i]));
    const t = (targetRead[i] = readNumber(targetCells[i]));
    // Rows that are not scored stay out of the engine's column, so they never set the best excess of `relative`.
    actuals[i] = null;
    targets[i] = null;
    if (a.kind === "blank" && t.kind === "blank") out[i] = [""];
    else if (a.kind === "bad") out[i] = [badCellError(a, i + 1, "ARG_ACTUALS")];
    else if (t.kind === "bad") out[i] = [badCellError(t, i + 1, "ARG_TARGETS")];
    else {
      actuals[i] = a.kind === "number" ? a.value : null;
      targets[i] = t.kind === "number" ? t.value : null;
    }
  }
  const outcomes = scoreTargetColumn(spec, actuals, targets);
  for (let i = 0; i < rows; i++) {
    if (out[i] !== undefined) continue;
    const outcome = outcomes[i];
    out[i] = [outcome.problem === null ? outcome.score : outcomeError(outcome, i + 1, actualRead[i], targetRead[i])];
  }
  return out;
}
