// Reads a block workbook (.xlsx) back with ExcelJS: every sheet as a grid of values (a formula cell gives the result
// cached by whoever last calculated the file: the recipient's Excel or LibreOffice), then the pure reader of
// src/workbook turns the grids into a khoi-block/1 document, reader findings and a locator for engine findings.
import ExcelJS from "exceljs";
import type { SheetGrid, SheetGrids } from "../workbook/model";
import { readLayout, type LayoutReading } from "../workbook/read";
import { SHEET_NAMES } from "../workbook/labels";
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from "./limits";
import { checkPackage, WorkbookReadError, type CheckedPackage } from "./package";
import { gridsForCheck } from "../workbook/seal-values";

export { WorkbookReadError };

/** What readLayout gives: the document, the reader's findings, where findings point, the units typed by hand. */
export type WorkbookReading = LayoutReading;


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

const KHOI_SHEET_NAMES = new Set([...Object.values(SHEET_NAMES.vi), ...Object.values(SHEET_NAMES.en)].map((n) => n.normalize("NFC").toLowerCase()));

/** A sheet named as one of Khối's that spans more rows or columns than a block can need is refused, not read. */
function checkKhoiSheetSize(ws: ExcelJS.Worksheet): void {
  if (!KHOI_SHEET_NAMES.has(ws.name.normalize("NFC").toLowerCase())) return;
  const rows = ws.actualRowCount > 0 ? ws.rowCount : 0;
  const columns = ws.actualColumnCount > 0 ? ws.columnCount : 0;
  if (rows > MAX_SHEET_ROWS || columns > MAX_SHEET_COLUMNS) {
    throw new WorkbookReadError(`trang «${ws.name}» trải tới ${rows} dòng × ${columns} cột, quá giới hạn ${MAX_SHEET_ROWS} dòng × ${MAX_SHEET_COLUMNS} cột của một trang Khối (sheet “${ws.name}” spans ${rows} rows × ${columns} columns, above the limit of a Khối sheet)`);
  }
}

/** Every worksheet as values and formulas from A1, plus the defined names. */
export function workbookGrids(wb: ExcelJS.Workbook, extraNames: { name: string; address: string }[] = []): SheetGrids {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    checkKhoiSheetSize(ws);
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
  names.push(...extraNames);
  return { sheets, names };
}

/** Reads .xlsx bytes. Throws WorkbookReadError (Vietnamese message, English in brackets) when it cannot be read at all. */
export async function readWorkbook(data: Uint8Array): Promise<WorkbookReading> {
  return (await readWorkbookAndGrids(data)).reading;
}

/** readWorkbook, and the cell grids it read (what the seal is verified on). */
export async function readWorkbookAndGrids(data: Uint8Array): Promise<{ reading: WorkbookReading; grids: SheetGrids }> {
  const wb = await loadWorkbook(data);
  let grids: SheetGrids;
  try {
    grids = workbookGrids(wb, wb.droppedNames);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError("không đọc được nội dung các trang của sổ: mở bằng Excel hoặc LibreOffice rồi lưu lại thành .xlsx (the sheets cannot be read: open the file in Excel or LibreOffice and save it again as .xlsx)");
  }
  // A values-only workbook (sent without formulas) is read as a host giving no formulas (src/workbook/seal-values.ts).
  const reading = readLayout(gridsForCheck(grids));
  if (reading.doc === null) {
    throw new WorkbookReadError(`${reading.findings[0]?.message ?? "không đọc được sổ"} (${reading.findings[0]?.messageEn ?? "cannot read the workbook"})`);
  }
  // A sealed workbook whose Nhật ký was cut since sealing: LOG_CUT (warning) at the first line missing or changed.
  // (Loaded on use: the standalone page opens files through this module and needs no seal code to do so.)
  const { logCutFindings } = await import("../seal/verify");
  reading.findings.push(...logCutFindings(grids));
  return { reading, grids };
}

/** Every place that opens an .xlsx goes through here (the reader, the standalone page, returned forms, the officer's
 *  own tables, the province's marks), so the same limits and messages apply everywhere.
 *  An ExcelJS workbook loaded from bytes checked by checkPackage first (limits, kind of file), with the defined
 *  names that were too large to hand to ExcelJS. Any failure is a WorkbookReadError with a message for the officer:
 *  what ExcelJS or the unzipper said inside is never shown (it means nothing to an officer). */
export async function loadWorkbook(data: Uint8Array): Promise<LoadedWorkbook> {
  return loadCheckedWorkbook(checkPackage(data));
}

export type LoadedWorkbook = ExcelJS.Workbook & { droppedNames: { name: string; address: string }[] };

/** loadWorkbook for bytes checkPackage has already looked inside. */
export async function loadCheckedWorkbook(checked: CheckedPackage): Promise<LoadedWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(checked.data as unknown as ArrayBuffer);
  } catch {
    const vi = "tệp .xlsx bị hỏng hoặc lưu theo cách Khối không đọc được: mở bằng Excel hoặc LibreOffice rồi lưu lại thành .xlsx";
    const en = "the .xlsx file is damaged or saved in a way Khối cannot read: open it in Excel or LibreOffice and save it again as .xlsx";
    throw new WorkbookReadError(`${vi} (${en})`, vi, en);
  }
  return Object.assign(wb, { droppedNames: checked.droppedNames });
}
