// The in-memory workbook seen the way the Office adapter's first sync sees the live one (sheet names and visibility,
// defined names, the meta sheet's rows), so inspecting it and finding Khối's own sheets use the same code as in Excel
// (src/office/survey.ts and read.ts are pure once their loads are resolved). The workbook is either ExcelJS's model
// or the grids of the page's quick read (src/xlsx/snapshot.ts): the same survey either way.
import type ExcelJS from "exceljs";
import type { SheetGrids } from "../workbook/model";
import { workbookGrids } from "../xlsx/read";
import { META_SHEET_NAME, metaRows, resolveSurvey, type Survey } from "../office/survey";

type Loads = Parameters<typeof resolveSurvey>[0];

const VISIBILITY: Record<string, string> = { hidden: "Hidden", veryHidden: "VeryHidden" };

interface SurveyedBook {
  sheets: { name: string; visibility: string | undefined }[];
  names: { name: string; address: string }[];
  /** One sheet's values from A1. */
  values(name: string): unknown[][];
}

function surveyOf(book: SurveyedBook): Survey {
  const meta = book.sheets.find((s) => s.name.normalize("NFC").toLocaleLowerCase("vi") === META_SHEET_NAME.toLocaleLowerCase("vi"));
  const metaValues = meta ? book.values(meta.name) : [];
  const loads = {
    worksheets: { items: book.sheets.map((s) => ({ name: s.name, visibility: VISIBILITY[s.visibility ?? ""] ?? "Visible" })) },
    names: { items: book.names.map((n) => ({ name: n.name, formula: `=${n.address}` })) },
    metaRange: { isNullObject: !meta || metaValues.length === 0, values: metaValues },
  } as unknown as Loads;
  const survey = resolveSurvey(loads);
  // A meta sheet under another name (the khoi_meta name points at it): read its rows too, as the adapter's second sync does.
  if (survey.meta === null && survey.metaSheet) survey.meta = metaRows(book.values(survey.metaSheet));
  return survey;
}

/** The survey of ExcelJS's model; only the meta sheet's cells are read. */
export function surveyBook(wb: ExcelJS.Workbook): Survey {
  return surveyOf({
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state })),
    names: (wb.definedNames.model as { name: string; ranges: string[] }[]).filter((n) => n.ranges.length > 0).map((n) => ({ name: n.name, address: n.ranges[0] })),
    values: (name) => workbookGrids(onlySheet(wb, name)).sheets[0]?.values ?? [],
  });
}

/** The survey of a workbook's grids (the quick read's). */
export function surveyGrids(grids: SheetGrids): Survey {
  return surveyOf({
    sheets: grids.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    names: grids.names ?? [],
    values: (name) => grids.sheets.find((s) => s.name === name)?.values ?? [],
  });
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
