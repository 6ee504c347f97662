// Reads the Tổng hợp sheet of a block workbook file as numbers per unit (group scores, totals, rank, award),
// through its defined names and hidden key row, for comparing a spreadsheet engine's results with Khối's.
import ExcelJS from "exceljs";
import { workbookGrids } from "../../src/xlsx/read";
import { GridBook } from "../../src/workbook/grid";
import { NAMES } from "../../src/workbook/model";

export interface SummaryRow {
  values: Record<string, unknown>;
  /** The A1 address of each key's cell. */
  cells: Record<string, string>;
}

export async function readSummary(data: Uint8Array): Promise<{ sheet: string; rows: Map<string, SummaryRow> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const book = new GridBook(workbookGrids(wb));
  const loc = book.region(NAMES.summary);
  if (!loc) throw new Error("no khoi_summary region");
  const keys = new Map<number, string>();
  for (let c = loc.range.column1; c <= loc.range.column2; c++) {
    const k = book.value(loc.sheet, loc.range.row1 + 1, c);
    if (typeof k === "string") keys.set(c, k);
  }
  const rows = new Map<string, SummaryRow>();
  for (let r = loc.range.row1 + 2; r <= loc.range.row2; r++) {
    const row: SummaryRow = { values: {}, cells: {} };
    for (const [c, k] of keys) {
      row.values[k] = book.value(loc.sheet, r, c);
      row.cells[k] = book.address(r, c);
    }
    rows.set(String(row.values.id), row);
  }
  return { sheet: loc.sheet.name, rows };
}
