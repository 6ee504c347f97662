// KHOI.TOTAL: base, bonus, penalty and total per unit from a score table (spec 2.3), via core scoreSimpleLeaf and combineTotal.
import { scoreSimpleLeaf } from "../core/score";
import { combineTotal } from "../core/total";
import { nameKey } from "../core/text/normalize";
import {
  badCellError, columnCount, isBlank, matchKeyword, optionalMatrix, readNumber, readText, requiredMatrix, asRow,
  scalarNumber, scalarText, cellText,
} from "./coerce";
import { cellError, valueProblem, type CellError } from "./errors";

/** Group names that mark a column as bonus or penalty points instead of a base criterion group. */
export const SPECIAL_GROUPS = {
  bonus: ["bonus", "thưởng", "điểm thưởng", "cộng", "điểm cộng", "+"],
  penalty: ["penalty", "trừ", "điểm trừ", "-"],
} as const;

const WEIGHT_SUM_TOLERANCE = 1e-9;

type ColumnKind = "base" | "bonus" | "penalty";

interface BaseGroup {
  key: string;
  label: string;
  columns: number[];
  max: number;
}

interface Layout {
  kinds: ColumnKind[];
  maxima: number[];
  groups: BaseGroup[];
  /** Index into `groups` per column, -1 for bonus/penalty columns. */
  groupOf: number[];
}

function readLayout(maximaCells: unknown[], groupCells: unknown[]): Layout {
  const columns = groupCells.length;
  const kinds: ColumnKind[] = [];
  const maxima: number[] = [];
  const groups: BaseGroup[] = [];
  const groupOf: number[] = [];
  // A block has a handful of group labels over many columns: classify each distinct label once.
  const known = new Map<string, { special: ColumnKind | null; key: string }>();
  for (let c = 0; c < columns; c++) {
    const max = readNumber(maximaCells[c]);
    if (max.kind !== "number" || !(max.value > 0)) throw valueProblem("TOTAL_MAX_INVALID", { col: c + 1 });
    maxima.push(max.value);
    const label = readText(groupCells[c]);
    if (label === "") throw valueProblem("TOTAL_GROUP_MISSING", { col: c + 1 });
    let kind = known.get(label);
    if (!kind) {
      // Group codes match regardless of case and spacing ("ii" is group II).
      kind = { special: matchKeyword(label, SPECIAL_GROUPS), key: nameKey(label) };
      known.set(label, kind);
    }
    const { special, key } = kind;
    kinds.push(special ?? "base");
    if (special !== null) { groupOf.push(-1); continue; }
    let g = groups.findIndex((group) => group.key === key);
    if (g < 0) g = groups.push({ key, label, columns: [], max: 0 }) - 1;
    groups[g].columns.push(c);
    groups[g].max += max.value;
    groupOf.push(g);
  }
  if (groups.length === 0) throw valueProblem("TOTAL_NO_BASE_GROUP");
  return { kinds, maxima, groups, groupOf };
}

/**
 * Weights per base group, or null for an unweighted sum. Accepted: one weight per score column (bonus and penalty
 * columns may stay blank; the columns of one group must agree), or one weight per group in the order the groups
 * first appear. The two coincide when every group has one column and there is no bonus or penalty column.
 */
function readWeights(arg: unknown, layout: Layout): number[] | null {
  const matrix = optionalMatrix(arg);
  if (matrix === null) return null;
  const cells = matrix.flat();
  if (cells.every(isBlank)) return null;
  const { groups, groupOf } = layout;
  const weights: (number | null)[] = groups.map(() => null);
  const take = (g: number, cell: unknown) => {
    const w = readNumber(cell);
    if (w.kind !== "number" || !(w.value > 0)) throw valueProblem("TOTAL_WEIGHT_INVALID", { group: groups[g].label, text: cellText(cell) });
    const seen = weights[g];
    if (seen !== null && Math.abs(seen - w.value) > WEIGHT_SUM_TOLERANCE) {
      throw valueProblem("TOTAL_WEIGHTS_CONFLICT", { group: groups[g].label, a: seen, b: w.value });
    }
    weights[g] = w.value;
  };
  if (cells.length === groupOf.length) {
    cells.forEach((cell, c) => { if (groupOf[c] >= 0) take(groupOf[c], cell); });
  } else if (cells.length === groups.length) {
    cells.forEach((cell, g) => take(g, cell));
  } else {
    throw valueProblem("TOTAL_WEIGHTS_COUNT", {
      groups: groups.length, names: groups.map((g) => g.label).join(", "), cols: groupOf.length, count: cells.length,
    });
  }
  const result = weights as number[];
  const sum = result.reduce((s, w) => s + w, 0);
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) throw valueProblem("TOTAL_WEIGHTS_SUM", { sum });
  return result;
}

/** Scores one row, or the error of its first bad cell. */
function scoreRow(cells: unknown[], row: number, layout: Layout): { groupScores: number[]; bonus: number; penalty: number } | CellError {
  const groupScores = layout.groups.map(() => 0);
  let bonus = 0;
  let penalty = 0;
  for (let c = 0; c < layout.kinds.length; c++) {
    const read = readNumber(cells[c]);
    if (read.kind === "bad") {
      return read.key === "CELL_NOT_NUMBER"
        ? cellError("#VALUE!", "TOTAL_SCORE_INVALID", { row, col: c + 1, text: read.text })
        : badCellError(read, row, "ARG_SCORES");
    }
    const kind = layout.kinds[c];
    const max = layout.maxima[c];
    if (kind === "base") {
      // A criterion's score may exceed its maximum (linear with a cap above 1), so only missing and negative are wrong.
      if (read.kind === "blank") return cellError("#N/A", "TOTAL_SCORE_MISSING", { row, col: c + 1 });
      if (read.value < 0) return cellError("#VALUE!", "TOTAL_SCORE_NEGATIVE", { row, col: c + 1, value: read.value });
      groupScores[layout.groupOf[c]] += read.value;
      continue;
    }
    // Bonus and penalty columns hold the points as typed: the engine's range rule for them applies.
    const outcome = scoreSimpleLeaf({ type: kind, max }, read.kind === "number" ? read.value : null);
    if (outcome.problem !== null) {
      return cellError("#VALUE!", "TOTAL_SCORE_OUT_OF_RANGE", { row, col: c + 1, value: read.kind === "number" ? read.value : "", max });
    }
    if (kind === "bonus") bonus += outcome.score;
    else penalty += outcome.score;
  }
  return { groupScores, bonus, penalty };
}

/** Rows of [base, bonus, penalty, total]; a blank row stays blank, a row with a bad cell shows its error in all four. */
export function totalTable(scoresArg: unknown, maximaArg: unknown, groupsArg: unknown, weightsArg: unknown, scaleArg: unknown): unknown[][] {
  const scores = requiredMatrix(scoresArg, "ARG_SCORES");
  const columns = columnCount(scores);
  const maximaCells = asRow(requiredMatrix(maximaArg, "ARG_MAXIMA"), columns, "ARG_MAXIMA", "ARG_SCORES");
  const groupCells = asRow(requiredMatrix(groupsArg, "ARG_GROUPS"), columns, "ARG_GROUPS", "ARG_SCORES");
  const layout = readLayout(maximaCells, groupCells);
  const weights = readWeights(weightsArg, layout);
  const scale = scalarNumber(scaleArg);
  if (scale === undefined || (scale !== null && !(scale > 0))) throw valueProblem("TOTAL_SCALE_INVALID", { value: scalarText(scaleArg) });
  const groupMaxes = layout.groups.map((g) => g.max);

  return scores.map((cells, i) => {
    if (cells.every(isBlank)) return ["", "", "", ""];
    const scored = scoreRow(cells, i + 1, layout);
    if (!("groupScores" in scored)) return [scored, scored, scored, scored];
    const { base, total } = combineTotal(scored.groupScores, groupMaxes, weights, scale ?? 100, scored.bonus, scored.penalty);
    return [base, scored.bonus, scored.penalty, total];
  });
}
