// The WorkbookHost on the live workbook (Office.js). Each operation is one async function with one Excel.run;
// errors propagate to the pane, which shows them. Build it with Excel.run and Office.context.requirements.
import type { CellRef } from "../core/types";
import type { WorkbookHost } from "../workbook/host";
import type { FormulaMode } from "../workbook/model";
import { applyLayoutToWorkbook, type Clock } from "./apply";
import type { ExcelRun, Requirements } from "./excel";
import { switchWorkbookFormulas } from "./formulas";
import { inspectWorkbook, readBlockFromWorkbook } from "./read";

export interface OfficeHostDeps {
  run: ExcelRun;
  /** Office.context.requirements; absent (outside Office) means no custom functions. */
  requirements?: Requirements;
  clock?: Clock;
}

/** KHOI.* custom functions need CustomFunctionsRuntime 1.1; where it is missing the workbook uses native formulas. */
export function detectFormulaMode(requirements: Requirements | undefined): FormulaMode {
  return requirements?.isSetSupported("CustomFunctionsRuntime", "1.1") === true ? "khoi" : "native";
}

export async function goToCell(run: ExcelRun, ref: CellRef): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.address).select();
    await context.sync();
  });
}

export function createOfficeWorkbookHost(deps: OfficeHostDeps): WorkbookHost {
  const clock = deps.clock ?? { now: () => new Date() };
  return {
    detectFormulaMode: async () => detectFormulaMode(deps.requirements),
    inspect: () => inspectWorkbook(deps.run),
    applyLayout: (layout, options) => applyLayoutToWorkbook(deps.run, layout, options, clock),
    readBlock: () => readBlockFromWorkbook(deps.run),
    goToCell: (ref) => goToCell(deps.run, ref),
    switchFormulaMode: (mode) => switchWorkbookFormulas(deps.run, mode),
  };
}
