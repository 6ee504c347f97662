// The email round trip on the live workbook: its grids for src/forms (2 syncs, the same read as Kiểm tra), and the
// import's writes — the self-score cells and the Nhật ký lines — in one more Excel.run of 2 syncs: where the log
// ends is read first, then every value is written. Text is written so it stays text (officeCell: a leading
// apostrophe for anything Excel would turn into a formula, a number or a date).
import { logAppendPosition, logAppendWrites } from "../forms/events";
import { parseRange, rangeAddress } from "../workbook/a1";
import type { CellWrite } from "../workbook/host";
import type { CellValue, LogEntry, SheetGrids } from "../workbook/model";
import { officeCell } from "./cells";
import { PROTECTION_OPTIONS } from "./write";
import type { ExcelRun, Requirements } from "./excel";
import { readWorkbookGrids } from "./read";

export async function readGridsFromWorkbook(run: ExcelRun): Promise<SheetGrids> {
  return (await readWorkbookGrids(run)).grids;
}

/** Sets the cells and appends the log lines. The log's end is found from the log sheet's used range, read in the
 *  same Excel.run, so lines typed by the officer since the page last looked are never overwritten. */
export async function writeCellsToWorkbook(run: ExcelRun, writes: readonly CellWrite[], log: readonly LogEntry[]): Promise<void> {
  const grids = log.length > 0 ? await readGridsFromWorkbook(run) : null;
  const position = grids ? logAppendPosition(grids) : null;
  if (log.length > 0 && !position) throw new Error("Sổ không có trang Nhật ký để ghi lại thay đổi; hãy chạy Thiết lập lại. (The workbook has no Nhật ký sheet.)");
  await run(async (context) => {
    let used: Excel.Range | null = null;
    if (position) {
      used = context.workbook.worksheets.getItem(position.sheet).getUsedRange(true);
      used.load("rowIndex,rowCount");
    }
    await context.sync();
    // The score cells are unlocked, but a protected sheet refuses writes through the API: lift Khối's protection
    // around the writes and put it back (Khối's sheets are always protected, without a password: against slips).
    const sheets = [...new Set(writes.map((w) => w.cell.sheet))].map((name) => context.workbook.worksheets.getItem(name));
    for (const sheet of sheets) sheet.protection.unprotect();
    for (const write of writes) {
      const r = parseRange(write.cell.address);
      if (!r) throw new Error(`no cell ${write.cell.address}`);
      context.workbook.worksheets.getItem(write.cell.sheet).getRange(rangeAddress(r.row1, r.column1, r.row1, r.column1)).values = [[officeCell(write.value)]];
    }
    for (const sheet of sheets) sheet.protection.protect(PROTECTION_OPTIONS);
    if (position && used) {
      const row = Math.max(position.row, used.rowIndex + used.rowCount);
      const { blocks, lines: cells } = logAppendWrites(position, log);
      const sheet = context.workbook.worksheets.getItem(position.sheet);
      for (const block of blocks) {
        sheet.getRange(rangeAddress(block.row, block.column, block.row, block.column + block.values[0].length - 1)).values = block.values.map((r) => r.map((v: CellValue) => officeCell(v)));
      }
      const lines = cells.map((r) => r.map((v: CellValue) => officeCell(v)));
      const target = sheet.getRange(rangeAddress(row, position.column, row + lines.length - 1, position.column + position.keys.length - 1));
      target.values = lines;
    }
    await context.sync();
  });
}

/** Base64 of bytes without Node's Buffer (the pane runs in a browser). */
export function toBase64(data: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Opens a file as a new workbook where Excel can (ExcelApi 1.8: Excel.createWorkbook); else says why. */
export async function openWorkbookInExcel(requirements: Requirements | undefined, data: Uint8Array, create: ((base64: string) => Promise<void>) | undefined): Promise<void> {
  if (!create || requirements?.isSetSupported("ExcelApi", "1.8") !== true) {
    throw new Error("Excel này không mở được sổ mới từ Khối (cần ExcelApi 1.8); hãy dùng tệp đã tải về. (This Excel cannot open a new workbook: it needs ExcelApi 1.8; use the downloaded file.)");
  }
  await create(toBase64(data));
}
