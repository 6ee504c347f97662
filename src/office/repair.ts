// The formula repair on the live workbook: the grids (values and formulas) are read, the repair planned in the mode
// this Excel runs (src/workbook/repair.ts), then in one more Excel.run of one sync every broken cell gets the
// layout's formula, the meta row its mode when it changed, and Nhật ký one line per cell. Khối's sheets are
// protected without a password: protection is lifted around the writes and put back.
import { logAppendPosition, logAppendWrites } from "../forms/events";
import { parseRange, rangeAddress } from "../workbook/a1";
import type { CellValue, FormulaMode } from "../workbook/model";
import { whoFor } from "../workbook/officer";
import { planFormulaRepair, repairLogEntries, type FormulaRepairReport } from "../workbook/repair";
import type { ExcelRun } from "./excel";
import { officeCell } from "./cells";
import { readGridsFromWorkbook } from "./forms";
import { PROTECTION_OPTIONS } from "./write";

export async function repairWorkbookFormulas(run: ExcelRun, hostMode: FormulaMode, now: Date, who?: string): Promise<FormulaRepairReport> {
  const grids = await readGridsFromWorkbook(run);
  const plan = planFormulaRepair(grids, hostMode);
  if (plan.problem) throw new Error(plan.problem);
  const report: FormulaRepairReport = { mode: plan.mode, repairs: plan.repairs, reprotected: [] };
  if (plan.repairs.length === 0) return report;
  const log = repairLogEntries(plan, now.toISOString(), whoFor(who, grids));
  const position = logAppendPosition(grids);
  await run(async (context) => {
    const sheet = (name: string) => context.workbook.worksheets.getItem(name);
    for (const name of plan.protectedSheets) sheet(name).protection.unprotect();
    for (const repair of plan.repairs) {
      const at = parseRange(repair.address);
      if (!at) throw new Error(`no cell ${repair.address}`);
      sheet(repair.sheet).getRange(rangeAddress(at.row1, at.column1, at.row1, at.column1)).formulas = [[`=${repair.new}`]];
    }
    if (plan.modeWrite) {
      const at = parseRange(plan.modeWrite.cell.address)!;
      sheet(plan.modeWrite.cell.sheet).getRange(rangeAddress(at.row1, at.column1, at.row1, at.column1)).values = [[String(plan.modeWrite.value)]];
    }
    for (const name of plan.protectedSheets) sheet(name).protection.protect(PROTECTION_OPTIONS);
    // Nhật ký is never protected: its lines go under the ones already there.
    if (position) {
      const { blocks, lines } = logAppendWrites(position, log);
      for (const block of [...blocks, { row: position.row, column: position.column, values: lines }]) {
        sheet(position.sheet).getRange(rangeAddress(block.row, block.column, block.row + block.values.length - 1, block.column + block.values[0].length - 1)).values =
          block.values.map((r) => r.map((v: CellValue) => officeCell(v)));
      }
    }
    await context.sync();
  });
  report.reprotected = plan.protectedSheets;
  return report;
}
