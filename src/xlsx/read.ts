// Reads a block workbook (.xlsx) back with ExcelJS: every sheet as a grid of values (a formula cell gives the result
// cached by whoever last calculated the file: the recipient's Excel or LibreOffice), then the pure reader of
// src/workbook turns the grids into a khoi-block/1 document, reader findings and a locator for engine findings.
import ExcelJS from "exceljs";
import type { CellRef, Finding } from "../core/types";
import type { SheetGrid, SheetGrids } from "../workbook/model";
import { readLayout } from "../workbook/read";

export interface WorkbookReading {
  doc: unknown;
  findings: Finding[];
  locate(finding: Finding): CellRef | undefined;
}

/** The file is not a workbook Khối can read at all (not an .xlsx, or not a block workbook). */
export class WorkbookReadError extends Error {}

function cellValue(cell: ExcelJS.Cell): unknown {
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) return null;
  const value = cell.value as unknown;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    // ExcelJS drops a cached 0 from `value`; `result` keeps it.
    return (cell as unknown as { result?: unknown }).result ?? null;
  }
  return value;
}

function cellFormula(cell: ExcelJS.Cell): string | null {
  const value = cell.value as unknown;
  if (value && typeof value === "object") {
    if ("formula" in value) return String((value as { formula: unknown }).formula);
    if ("sharedFormula" in value) return (cell as unknown as { formula?: string }).formula ?? null;
  }
  return null;
}

/** Every worksheet as values and formulas from A1, plus the defined names. */
export function workbookGrids(wb: ExcelJS.Workbook): SheetGrids {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const vals: unknown[] = [];
      const fs: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        vals[c - 1] = cellValue(cell);
        fs[c - 1] = cellFormula(cell);
      });
      values[r - 1] = vals;
      formulas[r - 1] = fs;
    });
    for (let r = 0; r < values.length; r++) {
      if (!values[r]) { values[r] = []; formulas[r] = []; }
    }
    sheets.push({ name: ws.name, values, formulas, visibility: ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible" });
  });
  const names: SheetGrids["names"] = [];
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (n.ranges.length > 0) names.push({ name: n.name, address: n.ranges[0] });
  }
  return { sheets, names };
}

/** Reads .xlsx bytes. Throws WorkbookReadError (Vietnamese message, English in brackets) when it cannot be read at all. */
export async function readWorkbook(data: Uint8Array): Promise<WorkbookReading> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(`tệp không phải sổ Excel .xlsx đọc được (not a readable .xlsx file): ${detail}`);
  }
  const reading = readLayout(workbookGrids(wb));
  if (reading.doc === null) {
    throw new WorkbookReadError(`${reading.findings[0]?.message ?? "không đọc được sổ"} (${reading.findings[0]?.messageEn ?? "cannot read the workbook"})`);
  }
  return reading;
}
