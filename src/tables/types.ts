// The vocabulary of a home-made ranking table: the grid read from the officer's sheet, the mapping Khối proposes
// (which column holds what, which rows are units) and the findings of the check, pointed at the officer's cells.
import type { Finding, FindingCode } from "../core/types";

/** One cell as the sheet holds it: a formula cell gives its cached result. */
export type TableCell = string | number | boolean | null;

/** A rectangle of the sheet, 0-based inclusive corners. */
export interface CellRect {
  row1: number;
  column1: number;
  row2: number;
  column2: number;
}

/** A region of the officer's sheet: values from `origin`, and the merged ranges (sheet coordinates) it touches. */
export interface TableGrid {
  sheet?: string;
  /** 0-based sheet row and column of values[0][0]. */
  origin: { row: number; column: number };
  values: TableCell[][];
  merges: CellRect[];
}

export type ColumnRole = "stt" | "unit" | "criterion" | "bonus" | "penalty" | "total" | "rank" | "award" | "note" | "ignore";

export const COLUMN_ROLES: readonly ColumnRole[] = ["stt", "unit", "criterion", "bonus", "penalty", "total", "rank", "award", "note", "ignore"];

export interface ColumnMapping {
  /** Column letters in the sheet, e.g. "C". */
  column: string;
  /** 0-based sheet column. */
  index: number;
  /** The heading as shown, header rows joined top to bottom with " / ". */
  heading: string;
  role: ColumnRole;
  /** The criterion's maximum (maxima row, else "(20 điểm)" in the heading); null when the table does not say. */
  max: number | null;
}

/** Rows that are not units: left out of the check. */
/** "unnamed": a row with scores but no unit name (reported as ROW_UNNAMED, never dropped silently). */
export type SkippedKind = "blank" | "numbering" | "footer" | "note" | "unnamed";

export interface TableMapping {
  sheet?: string;
  /** 1-based sheet rows of the header (one or two). */
  headerRows: number[];
  /** 1-based sheet row of the maxima ("Điểm tối đa"), or null. */
  maximaRow: number | null;
  columns: ColumnMapping[];
  /** 1-based sheet rows holding one unit each. */
  unitRows: number[];
  skippedRows: { row: number; kind: SkippedKind }[];
}

/** Codes the table check adds to the engine's: what only a hand-made table can get wrong. */
export type TableOnlyCode = "SCORE_TEXT" | "RANK_INVALID" | "ROW_UNNAMED";
export type TableFindingCode = FindingCode | TableOnlyCode;

/** A Finding whose `cell` is the A1 address in the officer's sheet. */
export interface TableFinding extends Omit<Finding, "code" | "cell"> {
  code: TableFindingCode;
  cell?: string;
}
