// Reads the officer's own sheets from an .xlsx with ExcelJS, as they are: every cell's value (a formula cell gives
// the result its last calculation cached), text of rich text and links, and the merged ranges. Nothing is written.
import type ExcelJS from "exceljs";
import { loadWorkbook, WorkbookReadError } from "./read";

/** Files above this are refused before parsing: no ranking table is that large, and parsing would eat memory. */
export const MAX_SHEET_FILE_BYTES = 20 * 1024 * 1024;

export type SheetCell = string | number | boolean | null;

export interface SheetRect {
  row1: number;
  column1: number;
  row2: number;
  column2: number;
}

/** One worksheet from A1: values[row][column] (0-based), merged ranges in the same coordinates. */
export interface SheetValues {
  sheet: string;
  origin: { row: number; column: number };
  values: SheetCell[][];
  merges: SheetRect[];
  visible: boolean;
}

/** The file cannot be read as a workbook (Vietnamese message, English in brackets). */
export class SheetReadError extends Error {}

function plain(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return plain(v.result);
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
    if ("text" in v) return plain(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(value);
}

function cellValue(cell: ExcelJS.Cell): SheetCell {
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) return null;
  const value = cell.value as unknown;
  // ExcelJS drops a cached 0 from `value.result` in some files; the cell's `result` keeps it.
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return plain((cell as unknown as { result?: unknown }).result ?? null);
  }
  return plain(value);
}

function mergesOf(ws: ExcelJS.Worksheet): SheetRect[] {
  const ranges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(ranges).map((m) => ({ row1: m.top - 1, column1: m.left - 1, row2: m.bottom - 1, column2: m.right - 1 }));
}

export function worksheetValues(ws: ExcelJS.Worksheet): SheetValues {
  const values: SheetCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => { cells[c - 1] = cellValue(cell); });
    values[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  return { sheet: ws.name, origin: { row: 0, column: 0 }, values, merges: mergesOf(ws), visible: ws.state === "visible" || ws.state === undefined };
}

/** Every worksheet of .xlsx bytes, in workbook order. Throws SheetReadError for a file too large or unreadable. */
export async function readSheets(data: Uint8Array): Promise<SheetValues[]> {
  if (data.byteLength > MAX_SHEET_FILE_BYTES) {
    const mb = (data.byteLength / 1024 / 1024).toFixed(1).replace(".", ",");
    throw new SheetReadError(`tệp nặng ${mb} MB, quá giới hạn 20 MB của Khối cho một bảng xếp hạng (file over 20 MB)`);
  }
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(data);
  } catch (error) {
    throw new SheetReadError(error instanceof WorkbookReadError ? error.message : "tệp không phải sổ Excel .xlsx đọc được (not a readable .xlsx file)");
  }
  const sheets: SheetValues[] = [];
  wb.eachSheet((ws) => { sheets.push(worksheetValues(ws)); });
  return sheets;
}
