// The WorkbookHost on the live workbook (Office.js). Each operation is one async function with one Excel.run;
// errors propagate to the pane, which shows them. Build it with Excel.run and Office.context.requirements: before
// each Excel.run the requirement floor (requirements.ts) refuses, writing nothing, where a set it needs is missing.
import type { CellRef } from "../core/types";
import type { WorkbookHost } from "../workbook/host";
import type { FormulaMode } from "../workbook/model";
import { applyLayoutToWorkbook, type Clock } from "./apply";
import type { ExcelRun, Requirements } from "./excel";
import { switchWorkbookFormulas } from "./formulas";
import { inspectWorkbook, readBlockFromWorkbook } from "./read";
import { openWorkbookInExcel, readGridsFromWorkbook, writeCellsToWorkbook } from "./forms";
import { watchInputSheets } from "./events";
import { checkFloor, layoutFeatures, OPERATION_FEATURES } from "./requirements";
import { markCells, readSheetRegion, unmarkCells, type HighlightMark } from "./table";

export interface OfficeHostDeps {
  run: ExcelRun;
  /** Office.context.requirements; absent (outside Office: jest, the bench) means no custom functions and no
   *  requirement floor. */
  requirements?: Requirements;
  clock?: Clock;
}

/** KHOI.* runs where the manifest loads it: CustomFunctionsRuntime 1.2 and SharedRuntime 1.1 (the functions share
 *  the pane's runtime). Anywhere else the workbook uses native formulas. */
export function detectFormulaMode(requirements: Requirements | undefined): FormulaMode {
  const has = (name: string, version: string) => requirements?.isSetSupported(name, version) === true;
  return has("CustomFunctionsRuntime", "1.2") && has("SharedRuntime", "1.1") ? "khoi" : "native";
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
  const floor = deps.requirements;
  // The marks of "Đánh dấu", kept until "Bỏ đánh dấu" (or the next Đánh dấu) takes them away.
  let marks: HighlightMark[] = [];
  return {
    detectFormulaMode: async () => detectFormulaMode(floor),
    inspect: async () => {
      checkFloor(floor, "inspect", OPERATION_FEATURES.inspect);
      return inspectWorkbook(deps.run);
    },
    applyLayout: async (layout, options) => {
      checkFloor(floor, "applyLayout", layoutFeatures(layout));
      return applyLayoutToWorkbook(deps.run, layout, options, clock);
    },
    readBlock: async () => {
      checkFloor(floor, "readBlock", OPERATION_FEATURES.readBlock);
      return readBlockFromWorkbook(deps.run);
    },
    goToCell: async (ref) => {
      checkFloor(floor, "goToCell", OPERATION_FEATURES.goToCell);
      return goToCell(deps.run, ref);
    },
    // The email round trip: the same reads as readBlock, plain value writes.
    readGrids: async () => {
      checkFloor(floor, "readBlock", OPERATION_FEATURES.readBlock);
      return readGridsFromWorkbook(deps.run);
    },
    writeCells: async (writes, log) => {
      checkFloor(floor, "readBlock", [...OPERATION_FEATURES.readBlock, "protection"]);
      return writeCellsToWorkbook(deps.run, writes, log);
    },
    // Broken KHOI.* formulas rewritten in the mode this Excel runs (custom functions where they run, else native).
    repairFormulas: async (who) => {
      checkFloor(floor, "readBlock", [...OPERATION_FEATURES.readBlock, "protection"]);
      // Repair, the seal and the papers load their code on first use: the pane opens with Thiết lập sooner.
      const { repairWorkbookFormulas } = await import("./repair");
      return repairWorkbookFormulas(deps.run, detectFormulaMode(floor), clock.now(), who);
    },
    onInputsChanged: (listener) => watchInputSheets(deps.run, floor, listener),
    // Offered only where this Excel can open a new workbook from Khối (ExcelApi 1.8); elsewhere forms are downloads.
    ...(typeof Excel !== "undefined" && typeof Excel.createWorkbook === "function" && floor?.isSetSupported("ExcelApi", "1.8") === true
      ? { openWorkbook: (_name: string, data: Uint8Array) => openWorkbookInExcel(floor, data, (base64) => Excel.createWorkbook(base64)) }
      : {}),
    switchFormulaMode: async (mode) => {
      checkFloor(floor, "switchFormulaMode", OPERATION_FEATURES.switchFormulaMode);
      return switchWorkbookFormulas(deps.run, mode, clock);
    },
    // Gửi đi: the seal's very hidden sheet (getItemOrNullObject: 1.4) and «values only» (used ranges, protection).
    writeHiddenSheet: async (name, rows) => {
      checkFloor(floor, "readBlock", ["orNullObject"]);
      const { writeHiddenSheetToWorkbook } = await import("./seal");
      return writeHiddenSheetToWorkbook(deps.run, name, rows);
    },
    formulasToValues: async () => {
      checkFloor(floor, "switchFormulaMode", ["orNullObject", "protection"]);
      const { formulasToValuesInWorkbook } = await import("./seal");
      return formulasToValuesInWorkbook(deps.run);
    },
    readRegion: (sheet, range) => readSheetRegion(deps.run, floor, sheet, range),
    highlightCells: async (cells) => {
      if (floor && !floor.isSetSupported("ExcelApi", "1.6")) {
        throw new Error("Excel này chưa có định dạng có điều kiện (ExcelApi 1.6) nên Khối không đánh dấu được ô; hãy bấm vào từng lỗi để đến ô. (This Excel cannot highlight cells: it needs ExcelApi 1.6.)");
      }
      await unmarkCells(deps.run, marks);
      marks = [];
      marks = await markCells(deps.run, cells);
    },
    clearHighlight: async () => {
      await unmarkCells(deps.run, marks);
      marks = [];
    },
    // The block's papers: a sheet of their own with its page layout (ExcelApi 1.9), refused before any write below it.
    writePaper: async (paper, who) => {
      checkFloor(floor, "applyLayout", ["pageLayout"]);
      const { writePaperToWorkbook } = await import("./papers");
      return writePaperToWorkbook(deps.run, paper, who, () => clock.now());
    },
  };
}
