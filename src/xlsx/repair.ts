// The formula repair on an .xlsx file (the command line's `khoi repair`, the standalone page's workbook): the cells
// of the plan get the layout's formula (no cached result, so any Excel or LibreOffice computes it on opening), the
// meta row's mode is updated when it changed, and one Nhật ký line per cell is appended. Sheet protection in a file
// is a flag, not a lock: it stays as it was.
import type ExcelJS from "exceljs";
import { parseRange } from "../workbook/a1";
import type { LogEntry } from "../workbook/model";
import { officerOf, whoFor } from "../workbook/officer";
import { planFormulaRepair, repairLogEntries, type FormulaRepairReport, type RepairPlan } from "../workbook/repair";
import { bookBytes, loadBook } from "./book";
import { updateMasterFile } from "./forms";
import { workbookGrids } from "./read";
import { toFileFormula } from "./write";

/** Writes the plan's formulas into the workbook; returns the protected sheets written. A cell that shared its
 *  formula with a repaired cell gets its own copy first, so no formula is lost with the master's. */
export function writeRepairs(wb: ExcelJS.Workbook, plan: RepairPlan): string[] {
  const reprotected = new Set<string>();
  const bySheet = new Map<string, RepairPlan["repairs"]>();
  for (const repair of plan.repairs) bySheet.set(repair.sheet, [...(bySheet.get(repair.sheet) ?? []), repair]);
  for (const [name, repairs] of bySheet) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`Không có trang «${name}» trong sổ: chưa sửa gì. (No such sheet.)`);
    const masters = new Set(repairs.map((r) => r.address.replace(/\$/g, "").toUpperCase()));
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown as { sharedFormula?: string } | null;
      if (v && typeof v === "object" && typeof v.sharedFormula === "string" && masters.has(v.sharedFormula.replace(/\$/g, "").toUpperCase())) {
        cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      }
    }));
    for (const repair of repairs) {
      const at = parseRange(repair.address);
      if (!at) throw new Error(`no cell ${repair.address}`);
      // As the workbook writer spells it in a file (_xlfn. before functions newer than Excel 2007).
      ws.getCell(at.row1 + 1, at.column1 + 1).value = { formula: toFileFormula(repair.new) } as ExcelJS.CellFormulaValue;
    }
    if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) reprotected.add(name);
  }
  return [...reprotected];
}

/** Repairs a file's bytes: the plan (in native formulas: a file has no add-in to run KHOI.*), the new bytes (null
 *  when nothing needed repair) and the log lines written. */
export async function repairWorkbookFile(bytes: Uint8Array, options: { who?: string; fallbackWho?: string; now: Date }): Promise<{ plan: RepairPlan; report: FormulaRepairReport; bytes: Uint8Array | null; log: LogEntry[] }> {
  const wb = await loadBook(bytes);
  const grids = workbookGrids(wb);
  const plan = planFormulaRepair(grids, "native");
  const report: FormulaRepairReport = { mode: plan.mode, repairs: plan.repairs, reprotected: [] };
  if (plan.problem || plan.repairs.length === 0) return { plan, report, bytes: null, log: [] };
  report.reprotected = writeRepairs(wb, plan);
  // The name given, else the officer the workbook remembers, else the caller's fallback (the command line's login).
  const log = repairLogEntries(plan, options.now.toISOString(), options.who?.trim() || officerOf(grids) || options.fallbackWho || whoFor(undefined));
  const repaired = await bookBytes(wb);
  // The mode row and the log lines go through the same writer as an import (cached results dropped, recalculation
  // on opening, the log's key row brought up to date).
  return { plan, report, bytes: await updateMasterFile(repaired, plan.modeWrite ? [plan.modeWrite] : [], log), log };
}
