// KHOI.RANK: competition ranks of a column of totals, with optional tie-break columns, via core competitionRanks.
import { competitionRanks } from "../core/rank";
import { asColumn, badCellError, columnCount, optionalMatrix, readNumber, requireRows, requiredMatrix, scalarText } from "./coerce";
import { valueProblem } from "./errors";

/**
 * Reads the directions text: one sign per tie-break column, "+" when a higher value wins (the default), "-" when
 * a lower value wins (penalty points). Spaces are ignored; omitted means every column is "+".
 * Returns the multiplier per column: the core ranks higher-is-better, so "-" columns are negated.
 */
export function parseDirections(arg: unknown, columns: number): number[] {
  const raw = scalarText(arg);
  const text = raw.replace(/\s+/gu, "");
  if (text === "") return new Array<number>(columns).fill(1);
  // U+2212 (minus) and en dash come from Word or autocorrect.
  const signs = [...text].map((ch) => (ch === "+" ? 1 : ch === "-" || ch === "\u2212" || ch === "\u2013" ? -1 : 0));
  if (signs.includes(0)) throw valueProblem("RANK_DIRECTIONS_INVALID", { text: raw });
  if (signs.length !== columns) throw valueProblem("RANK_DIRECTIONS_COUNT", { cols: columns, text: raw, count: signs.length });
  return signs;
}

/** Ranks per row (spilled as one column): a number, "" for a blank total, or a #VALUE! for a row that is not numeric. */
export function rankColumn(totalsArg: unknown, tiebreaksArg: unknown, directionsArg: unknown): unknown[][] {
  const totals = asColumn(requiredMatrix(totalsArg, "ARG_TOTALS"), "ARG_TOTALS");
  const rows = totals.length;
  const tiebreaks = optionalMatrix(tiebreaksArg);
  if (tiebreaks !== null) requireRows(tiebreaks.length, "ARG_TIEBREAKS", rows, "ARG_TOTALS");
  const columns = tiebreaks === null ? 0 : columnCount(tiebreaks);
  const signs = parseDirections(directionsArg, columns);

  const out: unknown[][] = new Array(rows);
  const keys: number[][] = [];
  const rowOfKey: number[] = [];
  for (let i = 0; i < rows; i++) {
    const total = readNumber(totals[i]);
    if (total.kind === "blank") { out[i] = [""]; continue; }
    if (total.kind === "bad") { out[i] = [badCellError(total, i + 1, "ARG_TOTALS")]; continue; }
    const key = [total.value];
    for (let c = 0; c < columns && tiebreaks !== null; c++) {
      const cell = readNumber(tiebreaks[i][c]);
      if (cell.kind === "bad") { out[i] = [badCellError(cell, i + 1, "ARG_TIEBREAKS")]; break; }
      // A blank tie-break cell counts 0: no penalty, no bonus.
      key.push(signs[c] * (cell.kind === "number" ? cell.value : 0));
    }
    if (out[i] !== undefined) continue;
    keys.push(key);
    rowOfKey.push(i);
  }
  const { ranks } = competitionRanks(keys);
  for (let j = 0; j < ranks.length; j++) out[rowOfKey[j]] = [ranks[j]];
  return out;
}
