// Forms sent and returned are recorded in the workbook itself, as lines of its Nhật ký sheet, so the Chấm điểm page
// (in Excel or in the standalone page, today or next week) knows which units have a form out and which sent it back.
// This file writes those lines and reads them back from the sheet's grid. Pure.
import { GridBook } from "../workbook/grid";
import { NAMES, type CellValue, type LogEntry, type SheetGrids } from "../workbook/model";
import { findLogKeyRow, logHeadings, logRowCells, missingLogKeys, readLogRows } from "../workbook/log-row";

const SENT = "Gửi phiếu tự chấm";
const RETURNED = "Nhận phiếu tự chấm";
const EVENT = /^(Gửi|Nhận) phiếu tự chấm \[(.+?)\] /u;

export interface FormEvent {
  kind: "sent" | "returned";
  unit: string;
  time: string;
  who: string;
  what: string;
}

export function sentEntry(unit: { id: string; name: string }, file: string, time: string, who: string): LogEntry {
  return { time, who, what: `${SENT} [${unit.id}] ${unit.name} — tệp «${file}»`, action: "send" };
}

export function returnedEntry(unit: { id: string; name: string }, file: string, digest: string, written: number, notFilled: number, time: string, who: string): LogEntry {
  return { time, who, what: `${RETURNED} [${unit.id}] ${unit.name} — tệp «${file}» (mã tệp ${digest.slice(0, 12)}): ${written} điểm ghi vào sổ, ${notFilled} tiêu chí chưa điền`, action: "import" };
}

/** The lines of Nhật ký below its hidden key row (found by the defined name or by the keys themselves). */
export function logLines(grids: SheetGrids): LogEntry[] {
  const book = new GridBook(grids);
  const sheet = book.region(NAMES.log)?.sheet ?? book.sheetByKey("log");
  return sheet ? readLogRows(sheet.values) : [];
}

/** Where new Nhật ký lines go: the log sheet, the first free row under its key row and the key row's first column
 *  (0-based), the keys in the order the lines' cells take. `addKeys` is set on a workbook made before action and
 *  reason were logged: the writer puts those keys (and their headings, on the row above) after the row's last key. */
export interface LogAppendPosition {
  sheet: string;
  row: number;
  column: number;
  keys: string[];
  addKeys?: { row: number; column: number; keys: string[]; headings: string[] };
}

export function logAppendPosition(grids: SheetGrids): LogAppendPosition | null {
  const book = new GridBook(grids);
  const sheet = book.region(NAMES.log)?.sheet ?? book.sheetByKey("log");
  if (!sheet) return null;
  const origin = sheet.origin ?? { row: 0, column: 0 };
  const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
  const keyRow = findLogKeyRow(sheet.values);
  if (!keyRow) return null;
  let last = keyRow.row;
  sheet.values.forEach((row, r) => { if (r > keyRow.row && row && Array.from(row).some((v) => text(v) !== "")) last = r; });
  const position: LogAppendPosition = { sheet: sheet.name, row: origin.row + last + 1, column: origin.column + keyRow.column, keys: keyRow.keys };
  const missing = missingLogKeys(keyRow.keys);
  if (missing.length > 0) {
    position.addKeys = { row: origin.row + keyRow.row, column: origin.column + keyRow.column + keyRow.keys.length, keys: missing, headings: logHeadings(missing) };
    position.keys = [...keyRow.keys, ...missing];
  }
  return position;
}

const MODE_LABELS: Record<string, string> = { khoi: "hàm KHOI.*", native: "công thức Excel gốc" };

/** The Nhật ký line of a formula switch: one line for the whole rewrite (constants are never written). */
export function switchLogEntry(from: string | undefined, to: string, cells: number, now: Date, who: string): LogEntry {
  const label = (mode: string | undefined) => (mode ? MODE_LABELS[mode] ?? mode : "?");
  return { time: now.toISOString(), who, action: "switch", what: `Đổi công thức từ ${label(from)} sang ${label(to)}: viết lại ${cells} ô công thức`, old: from ?? null, new: to };
}

/** What appending `log` at `position` writes: the key-row blocks an older workbook lacks (keys, and headings on
 *  the row above), each at its 0-based row and column, and the lines' cells in the position's key order. */
export function logAppendWrites(position: LogAppendPosition, log: readonly LogEntry[]): { blocks: { row: number; column: number; values: CellValue[][] }[]; lines: CellValue[][] } {
  const blocks: { row: number; column: number; values: CellValue[][] }[] = [];
  const add = position.addKeys;
  if (add && log.length > 0) {
    blocks.push({ row: add.row, column: add.column, values: [add.keys] });
    if (add.row > 0) blocks.push({ row: add.row - 1, column: add.column, values: [add.headings] });
  }
  return { blocks, lines: log.map((entry) => logRowCells(entry, position.keys)) };
}

/** The form events of the log, oldest first. */
export function formEvents(grids: SheetGrids): FormEvent[] {
  return logLines(grids).flatMap((line) => {
    const m = EVENT.exec(line.what);
    return m ? [{ kind: m[1] === "Gửi" ? "sent" as const : "returned" as const, unit: m[2], time: line.time, who: line.who, what: line.what }] : [];
  });
}

/** True when a file with this digest was already imported (a returned line names it). */
export function alreadyImported(events: readonly FormEvent[], digest: string): boolean {
  const tag = `(mã tệp ${digest.slice(0, 12)})`;
  return events.some((e) => e.kind === "returned" && e.what.includes(tag));
}

/** FNV-1a 64-bit over bytes: tells the same file twice apart from another, not a security check. */
export function bytesDigest(data: Uint8Array): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < data.length; i++) {
    hash ^= BigInt(data[i]);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}
