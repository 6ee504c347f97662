// Forms sent and returned are recorded in the workbook itself, as lines of its Nhật ký sheet, so the Chấm điểm page
// (in Excel or in the standalone page, today or next week) knows which units have a form out and which sent it back.
// This file writes those lines and reads them back from the sheet's grid. Pure.
import { GridBook } from "../workbook/grid";
import { NAMES, type LogEntry, type SheetGrids } from "../workbook/model";
import { LOG_KEYS } from "../workbook/sheets/other";

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
  return { time, who, what: `${SENT} [${unit.id}] ${unit.name} — tệp «${file}»` };
}

export function returnedEntry(unit: { id: string; name: string }, file: string, digest: string, written: number, notFilled: number, time: string, who: string): LogEntry {
  return { time, who, what: `${RETURNED} [${unit.id}] ${unit.name} — tệp «${file}» (mã tệp ${digest.slice(0, 12)}): ${written} điểm ghi vào sổ, ${notFilled} tiêu chí chưa điền` };
}

/** The lines of Nhật ký below its hidden key row (found by the defined name or by the keys themselves). */
export function logLines(grids: SheetGrids): LogEntry[] {
  const book = new GridBook(grids);
  const sheet = book.region(NAMES.log)?.sheet ?? book.sheetByKey("log");
  if (!sheet) return [];
  const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
  const lines: LogEntry[] = [];
  let start = -1;
  for (const row of sheet.values) {
    const cells = row ?? [];
    if (start < 0) {
      start = cells.findIndex((_, c) => LOG_KEYS.every((k, i) => text(cells[c + i]).trim() === k));
      continue;
    }
    const [time, who, what] = [cells[start], cells[start + 1], cells[start + 2]].map(text);
    if (time === "" && who === "" && what === "") continue;
    lines.push({ time, who, what });
  }
  return lines;
}

/** Where new Nhật ký lines go: the log sheet, the first free row under its key row and the key row's first column
 *  (0-based), or null when the workbook has no log. */
export function logAppendPosition(grids: SheetGrids): { sheet: string; row: number; column: number } | null {
  const book = new GridBook(grids);
  const sheet = book.region(NAMES.log)?.sheet ?? book.sheetByKey("log");
  if (!sheet) return null;
  const origin = sheet.origin ?? { row: 0, column: 0 };
  const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
  let keyRow = -1;
  let column = 0;
  sheet.values.forEach((row, r) => {
    if (keyRow >= 0 || !row) return;
    const c = Array.from(row, (v) => v).findIndex((_, i) => LOG_KEYS.every((k, j) => text(row[i + j]) === k));
    if (c >= 0) { keyRow = r; column = c; }
  });
  if (keyRow < 0) return null;
  let last = keyRow;
  sheet.values.forEach((row, r) => { if (r > keyRow && row && Array.from(row).some((v) => text(v) !== "")) last = r; });
  return { sheet: sheet.name, row: origin.row + last + 1, column: origin.column + column };
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
