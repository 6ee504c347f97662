// What the "Kiểm tra bảng có sẵn" page does with a region of the officer's sheet, apart from React: detect the
// table, check it, re-check after a column's role is corrected, and plan the adoption (block, layout, carried list).
import { parseBlock } from "../../../core/parse";
import type { Block, CellRef } from "../../../core/types";
import { adoptTable, checkTable, detectTable, remapTable, type CarriedValue, type ColumnRole, type TableFinding, type TableGrid, type TableMapping } from "../../../tables";
import { buildLayout } from "../../../workbook/build";
import type { SheetRegion } from "../../../workbook/host";
import type { FormulaMode, Language, LogEntry, WorkbookLayout } from "../../../workbook/model";

export interface CheckedTable {
  grid: TableGrid;
  mapping: TableMapping;
  findings: TableFinding[];
}

export function checkRegion(region: SheetRegion): CheckedTable | null {
  const grid: TableGrid = { sheet: region.sheet, origin: region.origin, values: region.values, merges: region.merges };
  const mapping = detectTable(grid);
  if (!mapping || mapping.unitRows.length === 0) return null;
  return { grid, mapping, findings: checkTable(grid, mapping).findings };
}

/** The table again after the officer says what column `column` (letters) holds. */
export function correctColumn(table: CheckedTable, column: string, role: ColumnRole): CheckedTable {
  const mapping = remapTable(table.grid, table.mapping, new Map([[column, role]]));
  return { grid: table.grid, mapping, findings: checkTable(table.grid, mapping).findings };
}

/** The cells of the findings, on the officer's sheet. */
export function findingCells(table: CheckedTable): CellRef[] {
  const sheet = table.mapping.sheet ?? "";
  return table.findings.flatMap((f) => (f.cell ? [{ sheet, address: f.cell }] : []));
}

export interface AdoptionPlan {
  block: Block;
  layout: WorkbookLayout;
  carried: CarriedValue[];
}

/** The Nhật ký lines of an adoption: what was carried from where, and every value that is not exactly its cell. */
export function adoptionLog(table: CheckedTable, carried: CarriedValue[], time: string, who = "Khối"): LogEntry[] {
  const units = carried.filter((c) => c.kind === "unit").length;
  const scores = carried.filter((c) => c.kind === "score").length;
  const criteria = carried.filter((c) => c.kind === "criterion").length;
  const summary: LogEntry = {
    time, who, action: "adopt",
    what: `Chuyển bảng có sẵn ở trang «${table.mapping.sheet ?? ""}» sang bảng Khối: ${units} đơn vị, ${criteria} tiêu chí, ${scores} điểm; trang gốc giữ nguyên.`,
  };
  const noted = carried.filter((c) => c.note).map((c): LogEntry => ({ time, who, what: c.note!, new: c.value, cell: c.from, action: "adopt" }));
  return [summary, ...noted];
}

/** The block of the confirmed mapping and the Khối layout built from it (with its Nhật ký lines); null when the
 *  block does not parse. */
export function planAdoption(table: CheckedTable, formulas: FormulaMode, language: Language, now: Date = new Date()): AdoptionPlan | null {
  const adoption = adoptTable(table.grid, table.mapping);
  const { block } = parseBlock(adoption.doc);
  if (!block) return null;
  const log = adoptionLog(table, adoption.carried, now.toISOString());
  return { block, layout: buildLayout(block, { formulas, language, log }), carried: adoption.carried };
}
