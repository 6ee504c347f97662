// Switching the block's formulas between KHOI.* custom functions and native Excel formulas: read the block back,
// rebuild its layout in the other mode, rewrite only the regions that hold formulas (and the meta row that says
// which mode). Constants, the values entered included, are never written. One Excel.run, 3 syncs.
import { parseBlock } from "../core/parse";
import { rangeAddress } from "../workbook/a1";
import { buildLayout } from "../workbook/build";
import type { FormulaSwitchReport } from "../workbook/host";
import { isFormulaCell, LAYOUT_VERSION, type FormulaMode, type Language, type SheetKey } from "../workbook/model";
import { readLayout } from "../workbook/read";
import type { ExcelRun } from "./excel";
import { officeCell, officeCells, regionHasFormula } from "./cells";
import { renameSheets } from "./plan";
import { PROTECTION_OPTIONS } from "./write";
import { inspectionOf } from "./read";
import { logAppendPosition, logAppendWrites, switchLogEntry } from "../forms/events";
import { officerOf, whoFor } from "../workbook/officer";
import { isBlockMeta, metaRows, ownedSheets, queueGrids, queueSurvey, resolveGrids, resolveSurvey, sheetsBehindNames, sheetsToRead } from "./survey";

export async function switchWorkbookFormulas(run: ExcelRun, mode: FormulaMode, clock: { now(): Date } = { now: () => new Date() }): Promise<FormulaSwitchReport> {
  return run(async (context) => {
    const surveyLoads = queueSurvey(context);
    await context.sync();
    const survey = resolveSurvey(surveyLoads);
    const gridLoads = queueGrids(context, survey.meta === null ? sheetsBehindNames(survey) : sheetsToRead(survey));
    await context.sync();
    const grids = resolveGrids(gridLoads, survey.names);
    if (survey.meta === null) survey.meta = metaRows(grids.sheets.find((s) => s.name === survey.metaSheet)?.values ?? []);
    if (!isBlockMeta(survey.meta)) throw new Error("Sổ tính này chưa có bảng chấm điểm của Khối: hãy tạo bảng ở bước Thiết lập trước.");
    const inspection = inspectionOf(survey);
    if (inspection.layoutVersion !== LAYOUT_VERSION) {
      throw new Error("Bảng chấm điểm được tạo bởi phiên bản Khối khác: hãy nâng cấp bảng ở bước Thiết lập trước khi đổi công thức.");
    }

    const reading = readLayout(grids);
    const { block } = parseBlock(reading.doc);
    if (!block) throw new Error("Không đọc được khối từ sổ tính (xem bước Kiểm tra): công thức chưa được đổi.");
    const language: Language = inspection.language ?? "vi";
    const owned = ownedSheets(survey);
    const layout = renameSheets(buildLayout(block, { formulas: mode, language, officer: officerOf(grids) }), owned);

    context.application.suspendApiCalculationUntilNextSync();
    let cells = 0;
    for (const sheet of layout.sheets) {
      const name = owned[sheet.key as SheetKey];
      const regions = sheet.regions.filter((r) => regionHasFormula(r) || sheet.key === "meta");
      if (!name || regions.length === 0) continue;
      const target = context.workbook.worksheets.getItem(name);
      if (sheet.protection.protect) target.protection.unprotect();
      for (const region of regions) {
        const rows = region.cells.length;
        const columns = region.cells[0]?.length ?? 0;
        target.getRange(rangeAddress(region.row, region.column, region.row + rows - 1, region.column + columns - 1)).formulas = officeCells(region);
        cells += region.cells.reduce((n, row) => n + row.filter(isFormulaCell).length, 0);
      }
      if (sheet.protection.protect) target.protection.protect(PROTECTION_OPTIONS);
    }
    // One Nhật ký line for the switch (the log sheet is never protected), under the lines already there.
    const position = logAppendPosition(grids);
    if (position) {
      const { blocks, lines } = logAppendWrites(position, [switchLogEntry(inspection.formulas, mode, cells, clock.now(), whoFor(undefined, grids))]);
      const logSheet = context.workbook.worksheets.getItem(position.sheet);
      for (const block of [...blocks, { row: position.row, column: position.column, values: lines }]) {
        logSheet.getRange(rangeAddress(block.row, block.column, block.row + block.values.length - 1, block.column + block.values[0].length - 1)).values =
          block.values.map((r) => r.map((v) => officeCell(v)));
      }
    }
    await context.sync();
    return { formulas: mode, cells };
  });
}
