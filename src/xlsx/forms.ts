// The email round trip on files (ExcelJS): a unit's self-scoring form as .xlsx, a returned form read into grids,
// and the master workbook updated in place — the self-score cells the plan names, lines appended to Nhật ký — with
// everything else of the workbook kept. The checks themselves are pure (src/forms); this file only moves bytes.
import ExcelJS from "exceljs";
import type { Block } from "../core/types";
import { bytesDigest, logAppendPosition, logAppendWrites } from "../forms/events";
import { buildFormLayout, type FormOptions, type UnitForm } from "../forms/layout";
import type { ReturnedFile } from "../forms/plan";
import { parseRange } from "../workbook/a1";
import type { CellWrite } from "../workbook/host";
import { NAMES, type LogEntry, type SheetGrids } from "../workbook/model";
import { loadWorkbook, workbookGrids } from "./read";
import { layoutToWorkbook } from "./write";

/** One unit's form as .xlsx bytes, with the layout it was built from. */
export async function writeFormFile(block: Block, unitId: string, options: FormOptions = {}): Promise<{ form: UnitForm; bytes: Uint8Array }> {
  const form = buildFormLayout(block, unitId, options);
  const wb = await layoutToWorkbook(form.layout);
  return { form, bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
}

/** A returned file comes from outside: it is opened with the same limits as every workbook (src/xlsx/read.ts). */
const load = (data: Uint8Array): Promise<ExcelJS.Workbook> => loadWorkbook(data);

/** A returned file's grids and digest; a file that is not a readable .xlsx comes back with grids null and why. */
export async function readReturnedFile(name: string, data: Uint8Array): Promise<ReturnedFile> {
  const digest = bytesDigest(data);
  try {
    return { name, digest, grids: workbookGrids(await load(data)) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { name, digest, grids: null, readError: { message: `Tệp không phải sổ Excel .xlsx đọc được: ${detail}`, messageEn: `Not a readable .xlsx file: ${detail}` } };
  }
}

/** The master's grids (for planImport). Throws when the bytes are not an .xlsx. */
export async function readMasterGrids(data: Uint8Array): Promise<SheetGrids> {
  return workbookGrids(await load(data));
}

export type { CellWrite };

/** Cached formula results are stale once inputs change: drop them, so no viewer shows an old ranking and
 *  a reader declares nothing (as for a file nobody has calculated); Excel and LibreOffice recompute on load. */
function dropCachedResults(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown as Record<string, unknown> | null;
        if (!v || typeof v !== "object") return;
        if (typeof v.formula === "string") cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
        else if (typeof v.sharedFormula === "string") cell.value = { sharedFormula: v.sharedFormula } as unknown as ExcelJS.CellValue;
      });
    });
  });
}

/** The master with these cells set and these Nhật ký lines appended; every other cell, format, validation, name
 *  and protection kept as ExcelJS read them. Throws when a cell's sheet is missing (the plan came from other grids). */
export async function updateMasterFile(master: Uint8Array, writes: readonly CellWrite[], log: readonly LogEntry[]): Promise<Uint8Array> {
  const wb = await load(master);
  const grids = workbookGrids(wb);
  for (const write of writes) {
    const ws = wb.getWorksheet(write.cell.sheet);
    const r = parseRange(write.cell.address);
    if (!ws || !r) throw new Error(`no cell ${write.cell.sheet}!${write.cell.address} in the workbook`);
    ws.getCell(r.row1 + 1, r.column1 + 1).value = write.value;
  }
  if (log.length > 0) {
    const position = logAppendPosition(grids);
    const ws = position ? wb.getWorksheet(position.sheet) : undefined;
    if (!position || !ws) throw new Error("the workbook has no Nhật ký sheet");
    const target = { ws, row: position.row + 1, column: position.column + 1 };
    const { blocks, lines } = logAppendWrites(position, log);
    for (const block of blocks) block.values[0].forEach((value, c) => { ws.getCell(block.row + 1, block.column + 1 + c).value = value; });
    lines.forEach((values, i) => {
      values.forEach((value, c) => {
        const cell = target.ws.getCell(target.row + i, target.column + c);
        cell.value = value;
        cell.protection = { locked: false };
      });
    });
    extendLogName(wb, target.ws.name, target.row + log.length - 1);
  }
  if (writes.length > 0) dropCachedResults(wb);
  wb.calcProperties.fullCalcOnLoad = true;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** khoi_log covers the header to the last line: grow it over the appended lines. */
function extendLogName(wb: ExcelJS.Workbook, sheet: string, lastRow: number): void {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const entry = model.find((n) => n.name === NAMES.log);
  if (!entry || entry.ranges.length === 0) return;
  const range = entry.ranges[0].replace(/\$?(\d+)$/, (_, digits: string) => `$${Math.max(Number(digits), lastRow)}`);
  wb.definedNames.model = model.map((n) => (n.name === NAMES.log ? { ...n, ranges: [range] } : n));
  void sheet;
}
