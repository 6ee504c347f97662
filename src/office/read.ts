// Reading the block back from the live workbook in at most 2 syncs: (1) sheet names, defined names and the meta
// sheet; (2) the used range (values and formulas) of each of Khối's sheets. The grids go to the pure reader.
import { gridsForCheck } from "../workbook/seal-values";
import type { FormulaMode, Language, SheetGrids, SheetKey } from "../workbook/model";
import type { WorkbookInspection } from "../workbook/host";
import { readLayout } from "../workbook/read";
import type { ExcelRun } from "./excel";
import { sheetNameKey } from "./plan";
import { isBlockMeta, metaRows, ownedSheets, queueGrids, queueSurvey, resolveGrids, resolveSurvey, sheetsBehindNames, sheetsToRead, type Survey } from "./survey";

/** Survey plus grids of the sheets to read, in one Excel.run of 2 syncs. */
export async function readWorkbookGrids(run: ExcelRun): Promise<{ survey: Survey; grids: SheetGrids }> {
  return run(async (context) => {
    const surveyLoads = queueSurvey(context);
    await context.sync();
    const survey = resolveSurvey(surveyLoads);
    // When the meta is not where we guessed, read every sheet a khoi_* name points at, and the meta's own. A
    // workbook with neither is not a block workbook: its sheets (maybe huge) are not loaded at all.
    const sheets = survey.meta === null ? sheetsBehindNames(survey) : isBlockMeta(survey.meta) ? sheetsToRead(survey) : [];
    if (sheets.length === 0) return { survey, grids: { sheets: [], names: survey.names } };
    const gridLoads = queueGrids(context, sheets);
    await context.sync();
    const grids = resolveGrids(gridLoads, survey.names);
    if (survey.meta === null) {
      const meta = grids.sheets.find((s) => survey.metaSheet && sheetNameKey(s.name) === sheetNameKey(survey.metaSheet));
      survey.meta = metaRows(meta?.values ?? []);
    }
    return { survey, grids };
  });
}

export async function readBlockFromWorkbook(run: ExcelRun) {
  const { grids } = await readWorkbookGrids(run);
  // A workbook sent "values only" is read without the formula checks (src/workbook/seal-values.ts).
  return readLayout(gridsForCheck(grids));
}

/** What the workbook is, in one sync (two when the meta sheet was renamed). */
export async function inspectWorkbook(run: ExcelRun): Promise<WorkbookInspection> {
  const survey = await run(async (context) => {
    const surveyLoads = queueSurvey(context);
    await context.sync();
    const found = resolveSurvey(surveyLoads);
    if (found.meta === null && found.metaSheet) {
      const metaRange = context.workbook.worksheets.getItem(found.metaSheet).getUsedRangeOrNullObject(true);
      metaRange.load("values");
      await context.sync();
      found.meta = metaRange.isNullObject ? new Map() : metaRows(metaRange.values);
    }
    return found;
  });
  return inspectionOf(survey);
}

export function inspectionOf(survey: Survey): WorkbookInspection {
  const isBlockWorkbook = isBlockMeta(survey.meta);
  const owned = ownedSheets(survey);
  const ownedKeys = new Set(Object.values(owned).map(sheetNameKey));
  const inspection: WorkbookInspection = {
    isBlockWorkbook,
    blockSheets: owned as Partial<Record<SheetKey, string>>,
    userSheets: survey.sheets.map((s) => s.name).filter((name) => !ownedKeys.has(sheetNameKey(name))),
  };
  if (isBlockWorkbook && survey.meta) {
    const version = Number(survey.meta.get("layoutVersion"));
    if (Number.isFinite(version)) inspection.layoutVersion = version;
    const formulas = survey.meta.get("formulas");
    if (formulas === "native" || formulas === "khoi") inspection.formulas = formulas as FormulaMode;
    const language = survey.meta.get("language");
    if (language === "vi" || language === "en") inspection.language = language as Language;
    const blockId = survey.meta.get("blockId");
    if (typeof blockId === "string") inspection.blockId = blockId;
  }
  return inspection;
}

