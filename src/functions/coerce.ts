// Turning Excel arguments (2-D arrays of cells, omitted arguments, text typed as "98,5") into plain values, and
// checking range shapes. Whole-call problems are thrown as CallProblem; a bad cell is reported as a value of its row.
import { nameKey, normalizeName } from "../core/text/normalize";
import { parseVietnameseNumber } from "../core/text/numbers";
import { cellError, excelErrorCode, valueProblem, type CellError } from "./errors";
import type { MessageKey } from "./messages";

/** A range argument as Excel passes it: rows of cells. */
export type Matrix = unknown[][];

/** A cell read as a number: blank, a number, or why it is not one. */
export type NumberCell =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "bad"; key: "CELL_NOT_NUMBER" | "CELL_AMBIGUOUS_NUMBER" | "CELL_ERROR"; text: string; detail?: { vi: string; en: string } };

/** Empty cell, omitted argument, or text of spaces only. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A short printable form of a cell for messages. */
export function cellText(value: unknown): string {
  const code = excelErrorCode(value);
  if (code !== null) return code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = typeof value === "string" ? value.trim() : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Reads one cell as a number. Numbers pass; text is read in Vietnamese notation ("98,5", "1.250.000") and may end
 * in "%" ("80%" → 0.8); text that could mean two numbers ("1.250") is refused. TRUE/FALSE, other text and error
 * cells are not numbers.
 */
export function readNumber(value: unknown): NumberCell {
  if (isBlank(value)) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "bad", key: "CELL_NOT_NUMBER", text: String(value) };
  }
  if (typeof value === "string") {
    const percent = /%\s*$/u.test(value);
    const parsed = parseVietnameseNumber(percent ? value.replace(/%\s*$/u, "") : value);
    if (parsed.ok) return { kind: "number", value: percent ? parsed.value / 100 : parsed.value };
    if (parsed.reason === "ambiguous") {
      return { kind: "bad", key: "CELL_AMBIGUOUS_NUMBER", text: cellText(value), detail: { vi: parsed.message, en: parsed.messageEn } };
    }
    return { kind: "bad", key: "CELL_NOT_NUMBER", text: cellText(value) };
  }
  if (excelErrorCode(value) !== null) return { kind: "bad", key: "CELL_ERROR", text: cellText(value) };
  return { kind: "bad", key: "CELL_NOT_NUMBER", text: cellText(value) };
}

/** The error value shown in a row whose cell is not a number (#VALUE!, naming the row, the argument and the text). */
export function badCellError(cell: Extract<NumberCell, { kind: "bad" }>, row: number, argName: MessageKey): CellError {
  const params = { row, arg: argLabel(argName), text: cell.text, code: cell.text };
  return cellError("#VALUE!", cell.key, cell.detail ? { ...params, detail: cell.detail } : params);
}

/** An argument as a matrix (scalars become 1×1), or null when Excel passed nothing at all. */
function toMatrix(arg: unknown): Matrix | null {
  if (arg === undefined || arg === null) return null;
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return null;
  return arg.every(Array.isArray) ? (arg as Matrix) : [arg];
}

/** An optional argument as a matrix, or null when it was omitted: absent, or a single blank cell. */
export function optionalMatrix(arg: unknown): Matrix | null {
  const rows = toMatrix(arg);
  if (rows === null || (rows.length === 1 && rows[0].length <= 1 && isBlank(rows[0][0]))) return null;
  return rows;
}

/** A required range argument as a matrix; a single blank cell is a one-row range with a blank cell. */
export function requiredMatrix(arg: unknown, argName: MessageKey): Matrix {
  const matrix = toMatrix(arg);
  if (matrix === null) throw valueProblem("ARG_REQUIRED", { arg: argLabel(argName) });
  return matrix;
}

/** The number of columns of a matrix (its widest row). */
export function columnCount(matrix: Matrix): number {
  let width = 0;
  for (const row of matrix) width = Math.max(width, row.length);
  return width;
}

/** The cells of a one-column range, top to bottom. */
export function asColumn(matrix: Matrix, argName: MessageKey): unknown[] {
  const cols = columnCount(matrix);
  if (cols > 1) throw valueProblem("SHAPE_NOT_COLUMN", { arg: argLabel(argName), cols });
  return matrix.map((row) => row[0]);
}

/** Throws the rows ≠ rows problem unless `rows` equals the reference range's row count. */
export function requireRows(rows: number, argName: MessageKey, refRows: number, refName: MessageKey): void {
  if (rows !== refRows) {
    throw valueProblem("SHAPE_ROWS_MISMATCH", { arg: argLabel(argName), rows, ref: argLabel(refName), refRows });
  }
}

/** The cells of a one-row range with exactly `cols` cells (one per column of the reference range). */
export function asRow(matrix: Matrix, cols: number, argName: MessageKey, refName: MessageKey): unknown[] {
  if (matrix.length !== 1) throw valueProblem("SHAPE_NOT_ROW", { arg: argLabel(argName), ref: argLabel(refName), rows: matrix.length });
  const row = matrix[0];
  if (row.length !== cols) {
    throw valueProblem("SHAPE_COLUMNS_MISMATCH", { arg: argLabel(argName), cols: row.length, ref: argLabel(refName), refCols: cols });
  }
  return row;
}

/** An argument's name as a message parameter, shown in the message's language. */
export function argLabel(argName: MessageKey): { label: MessageKey } {
  return { label: argName };
}

/** A cell as text: NFC, trimmed, spaces collapsed; numbers and TRUE/FALSE as they print; blank → "". */
export function readText(value: unknown): string {
  if (isBlank(value)) return "";
  if (typeof value === "string") return normalizeName(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return cellText(value);
}

/** A keyword typed by an officer, folded for matching: case, diacritics, đ and spaces do not matter. */
export function foldKeyword(text: string): string {
  return nameKey(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/\u0111/gu, "d")
    .replace(/\s+/gu, "");
}

/** Finds which keyword of `table` (id -> accepted spellings) the text names, or null. */
export function matchKeyword<T extends string>(text: string, table: Record<T, readonly string[]>): T | null {
  const folded = foldKeyword(text);
  for (const id of Object.keys(table) as T[]) {
    if (table[id].some((spelling) => foldKeyword(spelling) === folded)) return id;
  }
  return null;
}

/** A scalar argument read as a number: null when omitted, undefined when it is not a number. */
export function scalarNumber(arg: unknown): number | null | undefined {
  const cell = readNumber(Array.isArray(arg) ? optionalMatrix(arg)?.[0]?.[0] : arg);
  if (cell.kind === "blank") return null;
  return cell.kind === "number" ? cell.value : undefined;
}

/** A scalar argument read as text ("" when omitted). */
export function scalarText(arg: unknown): string {
  return readText(Array.isArray(arg) ? optionalMatrix(arg)?.[0]?.[0] : arg);
}
