// The live workbook's side of "Kiểm tra bảng có sẵn": read a region of the officer's sheet (values and merged
// ranges), and mark the cells at fault. A mark is a conditional format Khối adds on the cell and later deletes by
// its id, so the cells' own fills, fonts and borders are never written and "Bỏ đánh dấu" leaves them as they were.
import type { CellRef } from "../core/types";
import { parseRange } from "../workbook/a1";
import type { SheetRegion } from "../workbook/host";
import type { ExcelRun, Requirements } from "./excel";

/** One mark Khối put: where, and the id of its conditional format. */
export interface HighlightMark {
  sheet: string;
  address: string;
  id: string;
}

const MARK_FILL = "#FFC7CE";
const MARK_FONT = "#9C0006";

const has = (requirements: Requirements | undefined, version: string): boolean =>
  requirements === undefined || requirements.isSetSupported("ExcelApi", version);

/** "Sheet1!A1:B2, 'Bảng điểm'!C3" → rectangles (sheet names dropped: the areas are all on one sheet). */
function areas(address: string): SheetRegion["merges"] {
  return address.split(",").flatMap((part) => {
    const range = parseRange(part.trim());
    return range ? [{ row1: range.row1, column1: range.column1, row2: range.row2, column2: range.column2 }] : [];
  });
}

type Cell = SheetRegion["values"][number][number];

const cellOf = (v: unknown): Cell =>
  v === "" || v === undefined || v === null ? null : typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);

/** Columns [c1, c2] grown while the next column holds anything in any row: a blank row inside a table ends Excel's
 *  current region (and with it, on a short row, some of the table's columns), not the table; an empty column does. */
function growColumns(values: Cell[][], c1: number, c2: number): [number, number] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const filled = (c: number) => values.some((row) => row[c] !== null && row[c] !== undefined);
  while (c1 > 0 && filled(c1 - 1)) c1--;
  while (c2 < width - 1 && filled(c2 + 1)) c2++;
  return [c1, c2];
}

/** The region: `range` on `sheet` (default the active sheet), else the columns of the current region around the
 *  selection (ExcelApi 1.7) over every used row of the active sheet, widened to the table's full width; the detection
 *  then leaves titles, blank rows and notes out. An older Excel gets the used range. Merges need ExcelApi 1.13. */
export async function readSheetRegion(run: ExcelRun, requirements: Requirements | undefined, sheetName?: string, rangeText?: string): Promise<SheetRegion> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const sheet = sheetName ? worksheets.getItem(sheetName) : worksheets.getActiveWorksheet();
    const range = rangeText ? sheet.getRange(rangeText) : sheet.getUsedRange();
    const around = !rangeText && !sheetName && has(requirements, "1.7") ? context.workbook.getSelectedRange().getSurroundingRegion() : null;
    range.load("values, rowIndex, columnIndex");
    around?.load("columnIndex, columnCount");
    sheet.load("name");
    const merged = has(requirements, "1.13") ? range.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    await context.sync();
    let values = (range.values as unknown[][]).map((row) => row.map(cellOf));
    let column = range.columnIndex;
    if (around) {
      const [c1, c2] = growColumns(values, around.columnIndex - range.columnIndex, around.columnIndex - range.columnIndex + around.columnCount - 1);
      values = values.map((row) => Array.from({ length: c2 - c1 + 1 }, (_, i) => row[c1 + i] ?? null));
      column += c1;
    }
    const last = column + (values[0]?.length ?? 1) - 1;
    const merges = merged && !merged.isNullObject ? areas(merged.address).filter((m) => m.column2 >= column && m.column1 <= last) : [];
    return { sheet: sheet.name, origin: { row: range.rowIndex, column }, values, merges };
  });
}

/** Marks each cell once (one conditional format per cell, in one sync); returns the marks to take away later. */
export async function markCells(run: ExcelRun, cells: CellRef[]): Promise<HighlightMark[]> {
  const unique = [...new Map(cells.map((c) => [`${c.sheet}!${c.address}`, c])).values()];
  if (unique.length === 0) return [];
  return run(async (context) => {
    const added = unique.map((ref) => {
      const format = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address).conditionalFormats.add("Custom");
      format.custom.rule.formula = "=TRUE";
      format.custom.format.fill.color = MARK_FILL;
      format.custom.format.font.color = MARK_FONT;
      format.load("id");
      return { ref, format };
    });
    await context.sync();
    return added.map(({ ref, format }) => ({ sheet: ref.sheet, address: ref.address, id: format.id }));
  });
}

/** Deletes Khối's marks by id; a mark the officer already removed by hand is skipped. */
export async function unmarkCells(run: ExcelRun, marks: HighlightMark[]): Promise<void> {
  if (marks.length === 0) return;
  await run(async (context) => {
    const found = marks.map((m) => context.workbook.worksheets.getItem(m.sheet).getRange(m.address).conditionalFormats.getItemOrNullObject(m.id));
    for (const f of found) f.load("id");
    await context.sync();
    for (const f of found) if (!f.isNullObject) f.delete();
    await context.sync();
  });
}
