// The formula repair, planned from the workbook's grids: the block is read back, its layout rebuilt in the mode this
// Excel runs, and every formula cell of the layout whose formula cannot compute (src/workbook/broken-formula.ts) is
// to be written again from the layout. Cells the officer overwrote with other values or formulas are left alone (the
// check reports them as FORMULA_OVERWRITTEN). Pure: the hosts write the plan (src/office/repair.ts, src/xlsx/repair.ts).
import { parseBlock } from "../core/parse";
import { cellAddress } from "./a1";
import { placeSheets } from "./audit";
import { workbookBlockers } from "./blockers";
import { brokenKhoiFormula, brokenReason, type BrokenKind } from "./broken-formula";
import { buildLayout } from "./build";
import { GridBook } from "./grid";
import type { CellWrite } from "./host";
import { forEachFormulaCell, type FormulaMode, type Language, type LogEntry, type SheetGrids } from "./model";
import { readLayout } from "./read";

export interface FormulaRepair {
  sheet: string;
  address: string;
  /** The formula found, without "=". */
  old: string;
  /** The layout's formula, without "=". */
  new: string;
  kind: BrokenKind;
}

export interface RepairPlan {
  /** The mode the repaired cells are written in. */
  mode: FormulaMode;
  repairs: FormulaRepair[];
  /** The meta row that records the workbook's mode, when the repair changes it (KHOI.* cells made native). */
  modeWrite?: CellWrite;
  /** Sheets written that Khối keeps protected (no password): a live workbook lifts and restores the protection. */
  protectedSheets: string[];
  /** Why nothing can be planned (Vietnamese), e.g. the block cannot be read; absent when the plan stands. */
  problem?: string;
}

/** The mode the repair writes: the workbook's own where KHOI.* runs, else native formulas (they run everywhere). */
export function repairMode(hostMode: FormulaMode, workbookMode: FormulaMode): FormulaMode {
  return hostMode === "khoi" ? workbookMode : "native";
}

/** The plan for these grids (values and formulas) in an Excel that runs `hostMode` ("khoi": custom functions run). */
export function planFormulaRepair(grids: SheetGrids, hostMode: FormulaMode): RepairPlan {
  const book = new GridBook(grids);
  const workbookMode: FormulaMode = book.metaValue("formulas") === "khoi" ? "khoi" : "native";
  const language: Language = book.metaValue("language") === "en" ? "en" : "vi";
  const mode = repairMode(hostMode, workbookMode);
  const reading = readLayout(grids);
  const { block, findings } = parseBlock(reading.doc);
  if (!block || block.units.length === 0 || workbookBlockers([...reading.findings, ...findings]).length > 0) {
    return { mode, repairs: [], protectedSheets: [], problem: "Chưa đọc được khối từ sổ (xem các lỗi ở trang Kiểm tra) nên chưa biết công thức đúng để ghi lại." };
  }
  const layout = buildLayout(block, { formulas: mode, language, withoutResults: true });
  const { actual, aligned } = placeSheets(book, layout);
  const repairs: FormulaRepair[] = [];
  for (const sheet of layout.sheets) {
    const grid = actual.get(sheet.key);
    if (!grid || !aligned.get(sheet.key)) continue;
    forEachFormulaCell(sheet, (cell, r, c) => {
      const found = book.formula(grid, r, c);
      const kind = found === "" ? null : brokenKhoiFormula(found, hostMode === "khoi");
      if (kind) repairs.push({ sheet: grid.name, address: cellAddress(r, c), old: found, new: cell.formula, kind });
    });
  }
  const plan: RepairPlan = { mode, repairs, protectedSheets: [] };
  if (mode !== workbookMode && repairs.length > 0) plan.modeWrite = modeRowWrite(book, mode);
  const written = new Set([...repairs.map((r) => r.sheet), ...(plan.modeWrite ? [plan.modeWrite.cell.sheet] : [])]);
  for (const sheet of layout.sheets) {
    const name = actual.get(sheet.key)?.name ?? (sheet.key === "meta" ? book.meta?.name : undefined);
    if (name && written.has(name) && sheet.protection.protect) plan.protectedSheets.push(name);
  }
  return plan;
}

/** The meta sheet's "formulas" value cell, set to `mode`. */
function modeRowWrite(book: GridBook, mode: FormulaMode): CellWrite | undefined {
  const meta = book.meta;
  if (!meta) return undefined;
  const rows = meta.values.length + (meta.origin?.row ?? 0);
  for (let r = 0; r < rows; r++) {
    if (book.value(meta, r, 0) === "formulas") return { cell: { sheet: meta.name, address: cellAddress(r, 1) }, value: mode };
  }
  return undefined;
}

/** One Nhật ký line per repaired cell (action "repair"), old formula → new, with why it was broken. */
export function repairLogEntries(plan: RepairPlan, time: string, who: string): LogEntry[] {
  return plan.repairs.map((repair) => ({
    time, who, action: "repair",
    what: `Sửa công thức ô ${repair.sheet}!${repair.address}`,
    old: `=${repair.old}`,
    new: `=${repair.new}`,
    cell: `${repair.sheet}!${repair.address}`,
    reason: brokenReason(repair.kind),
  }));
}

/** What a host reports after writing a plan. */
export interface FormulaRepairReport {
  mode: FormulaMode;
  repairs: FormulaRepair[];
  /** Sheets that were protected, unprotected for the writes and protected again. */
  reprotected: string[];
}
