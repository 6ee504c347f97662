// The seal on .xlsx files (ExcelJS): prepare a workbook for sending (native formulas, or every formula replaced by
// its value), seal it (the check first; a line on Tổng hợp, a Nhật ký line, the very hidden seal sheet) and verify
// it. The decisions are src/seal's; this file only moves cells. The CLI and the standalone page share it.
import type ExcelJS from "exceljs";
import { planSeal, recordRows, sealRecord, SEAL_SHEET, verifySeal, type SealPlan, type VerifyReport } from "../seal";
import { parseBlock } from "../core/parse";
import { buildLayout } from "../workbook/build";
import { isFormulaCell, type Language } from "../workbook/model";
import { readLayout } from "../workbook/read";
import { parseRange } from "../workbook/a1";
import { loadWorkbook, workbookGrids } from "./read";
import { bookBytes, cacheResults, writeRegions } from "./book";
import { updateMasterFile } from "./forms";
import { gridsForCheck } from "../workbook/seal-values";

/** Replaces the very hidden sheet `name` with these rows of text from A1 (created when missing). */
export function writeHiddenSheet(wb: ExcelJS.Workbook, name: string, rows: readonly (readonly string[])[]): void {
  const old = wb.getWorksheet(name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name, { state: "veryHidden" });
  rows.forEach((row, r) => row.forEach((value, c) => (ws.getCell(r + 1, c + 1).value = value)));
}

const writeSealSheet = (wb: ExcelJS.Workbook, rows: readonly (readonly string[])[]): void => writeHiddenSheet(wb, SEAL_SHEET, rows);

/** Writes a constant into a cell named "Sheet!A1"-style. */
function setCell(wb: ExcelJS.Workbook, sheet: string, address: string, value: string): void {
  const ws = wb.getWorksheet(sheet);
  const r = parseRange(address);
  if (!ws || !r) throw new Error(`Không có ô ${sheet}!${address} trong sổ.`);
  ws.getCell(r.row1 + 1, r.column1 + 1).value = value;
}

/** Seals .xlsx bytes: the file's cached results are kept (nothing but the note, the log and the seal sheet changes). */
export async function sealFile(data: Uint8Array, by: string, now: Date): Promise<{ plan: SealPlan; bytes?: Uint8Array }> {
  const first = planSeal(workbookGrids(await loadWorkbook(data)), by, now);
  if (!first.ok) return { plan: first };
  // The log line through updateMasterFile (which knows Nhật ký's columns); no cell written, so no cached value dropped.
  const logged = await updateMasterFile(data, [], [first.log]);
  const wb = await loadWorkbook(logged);
  setCell(wb, first.note.cell.sheet, first.note.cell.address, String(first.note.value));
  writeSealSheet(wb, recordRows(sealRecord(first, workbookGrids(wb))));
  return { plan: first, bytes: await bookBytes(wb) };
}

export async function verifyFile(data: Uint8Array): Promise<VerifyReport> {
  return verifySeal(workbookGrids(await loadWorkbook(data)));
}

/** How a workbook is prepared for sending. */
export type SendChoice = "native" | "values";

export interface SendReport {
  choice: SendChoice;
  /** Formula cells rewritten (native) or replaced by their value (values). */
  cells: number;
  /** values: formula cells that had no computed value in the file (left empty). */
  uncomputed: number;
}

/** Native formulas from the layout of the block read, with the engine's results cached in Tổng hợp. */
function toNative(wb: ExcelJS.Workbook): number {
  const grids = workbookGrids(wb);
  const reading = readLayout(gridsForCheck(grids));
  const { block } = parseBlock(reading.doc);
  if (!block) throw new Error("Không đọc được khối từ sổ (xem khoi evaluate): chưa chuẩn bị gửi.");
  const meta = grids.sheets.find((s) => s.values?.[0]?.[0] === "schema");
  const language: Language = meta?.values.find((r) => r?.[0] === "language")?.[1] === "en" ? "en" : "vi";
  const layout = buildLayout(block, { formulas: "native", language });
  // Khối's sheets by key, as the meta sheet names them now.
  const named = new Map<string, string>();
  for (const row of meta?.values ?? []) if (typeof row?.[0] === "string" && row[0].startsWith("sheet:") && typeof row[1] === "string") named.set(row[0].slice(6), row[1]);
  // A workbook already in native formulas keeps them (and the values a program computed for them); one that holds
  // KHOI.* anywhere (khoi mode, or names saved as _xldudf_KHOI…) gets every formula of the layout written again.
  const rewrite = meta?.values.find((r) => r?.[0] === "formulas")?.[1] === "khoi" || grids.sheets.some((s) => (s.formulas ?? []).some((row) => (row ?? []).some((f) => typeof f === "string" && /KHOI\./i.test(f))));
  let cells = 0;
  for (const sheet of layout.sheets) {
    const name = named.get(sheet.key) ?? sheet.name;
    if (!wb.getWorksheet(name)) continue;
    const regions = sheet.regions.filter((r) => r.cells.some((row) => row.some(isFormulaCell)) || sheet.key === "meta");
    if (rewrite && regions.length > 0) cells += writeRegions(wb, name, regions);
    cacheResults(wb, name, sheet);
  }
  return cells;
}

/** Every formula of the workbook replaced by the value the file holds for it. */
export function replaceFormulasWithValues(wb: ExcelJS.Workbook): { cells: number; uncomputed: number } {
  let cells = 0;
  let uncomputed = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown as Record<string, unknown> | null;
        if (!v || typeof v !== "object" || !("formula" in v || "sharedFormula" in v)) return;
        const result = (cell as unknown as { result?: unknown }).result;
        cells++;
        if (result === undefined || result === null) {
          uncomputed++;
          cell.value = null;
        } else {
          cell.value = (typeof result === "object" && result !== null && "error" in result ? { error: (result as { error: string }).error } : result) as ExcelJS.CellValue;
        }
      });
    });
  });
  return { cells, uncomputed };
}

/** Prepares .xlsx bytes for sending and seals them. Native: Khối's formulas rewritten as native Excel formulas (no
 *  KHOI.* left) with the engine's results cached; values: then every formula replaced by its value. Either way the
 *  result is read back, checked and sealed; `plan.ok` false means it was not sealed (and no bytes are given). */
export async function sendFile(data: Uint8Array, choice: SendChoice, by: string, now: Date): Promise<{ report: SendReport; plan: SealPlan; bytes?: Uint8Array }> {
  const wb = await loadWorkbook(data);
  let report: SendReport = { choice, cells: toNative(wb), uncomputed: 0 };
  if (choice === "values") report = { choice, ...replaceFormulasWithValues(wb) };
  const prepared = await bookBytes(wb);
  const sealed = await sealFile(prepared, by, now);
  return { report, plan: sealed.plan, bytes: sealed.bytes };
}

