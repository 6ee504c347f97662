// The in-memory workbook seen the way the Office adapter's first sync sees the live one (sheet names and visibility,
// defined names, the meta sheet's rows), so inspecting it and finding Khối's own sheets use the same code as in Excel
// (src/office/survey.ts and read.ts are pure once their loads are resolved).
import type ExcelJS from "exceljs";
import { workbookGrids } from "../xlsx/read";
import { META_SHEET_NAME, metaRows, resolveSurvey, type Survey } from "../office/survey";

type Loads = Parameters<typeof resolveSurvey>[0];

const VISIBILITY: Record<string, string> = { hidden: "Hidden", veryHidden: "VeryHidden" };

export function surveyBook(wb: ExcelJS.Workbook): Survey {
  const sheets = wb.worksheets.map((ws) => ({ name: ws.name, visibility: VISIBILITY[ws.state] ?? "Visible" }));
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[])
    .filter((n) => n.ranges.length > 0)
    .map((n) => ({ name: n.name, formula: `=${n.ranges[0]}` }));
  const meta = wb.worksheets.find((ws) => ws.name.normalize("NFC").toLocaleLowerCase("vi") === META_SHEET_NAME.toLocaleLowerCase("vi"));
  const metaValues = meta ? workbookGrids(onlySheet(wb, meta.name)).sheets[0]?.values ?? [] : [];
  const loads = {
    worksheets: { items: sheets },
    names: { items: names },
    metaRange: { isNullObject: !meta || metaValues.length === 0, values: metaValues },
  } as unknown as Loads;
  const survey = resolveSurvey(loads);
  // A meta sheet under another name (the khoi_meta name points at it): read its rows too, as the adapter's second sync does.
  if (survey.meta === null && survey.metaSheet) {
    survey.meta = metaRows(workbookGrids(onlySheet(wb, survey.metaSheet)).sheets[0]?.values ?? []);
  }
  return survey;
}

/** workbookGrids reads every sheet; this hands it a view of one sheet only. */
function onlySheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Workbook {
  return {
    eachSheet: (fn: (ws: ExcelJS.Worksheet, id: number) => void) => {
      const ws = wb.getWorksheet(name);
      if (ws) fn(ws, ws.id);
    },
    definedNames: { model: [] },
  } as unknown as ExcelJS.Workbook;
}
