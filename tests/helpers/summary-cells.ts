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

/** Every difference between a recalculated Tổng hợp and the engine's result (base, bonus, penalty, total, groups
 *  within `tolerance`; rank and award exactly); empty when they agree. */
export function summaryDifferences(
  rows: Map<string, SummaryRow>,
  units: readonly { id: string; base: number; bonus: number; penalty: number; total: number; groups: Record<string, number>; rank: number; award: string | null }[],
  tolerance = 1e-6,
): string[] {
  const out: string[] = [];
  if (rows.size !== units.length) out.push(`${rows.size} rows for ${units.length} units`);
  for (const unit of units) {
    const row = rows.get(unit.id)?.values;
    if (!row) { out.push(`${unit.id}: no row`); continue; }
    const numbers: [string, number][] = [["base", unit.base], ["bonus", unit.bonus], ["penalty", unit.penalty], ["total", unit.total]];
    for (const [code, score] of Object.entries(unit.groups)) numbers.push([`group:${code}`, score]);
    for (const [key, want] of numbers) {
      const got = row[key];
      if (typeof got !== "number" || Math.abs(got - want) > tolerance) out.push(`${unit.id} ${key}: ${String(got)} ≠ ${want}`);
    }
    if (row.rank !== unit.rank) out.push(`${unit.id} rank: ${String(row.rank)} ≠ ${unit.rank}`);
    if ((row.award ?? null) !== unit.award) out.push(`${unit.id} award: ${String(row.award)} ≠ ${String(unit.award)}`);
  }
  return out;
}
