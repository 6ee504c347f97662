// One Nhật ký row: time, who, what, old, new, cell, action, reason. The columns are found by the hidden key row
// (never by position), so a workbook made before `action` and `reason` existed still reads, and a writer adds the
// two missing keys to its key row before appending. Pure.
import type { CellValue, LogEntry } from "./model";
import { TEXTS } from "./labels";

/** The key row's cells, in sheet order. The first six are the layout before actions and reasons were logged. */
export const LOG_KEYS = ["time", "who", "what", "old", "new", "cell", "action", "reason"] as const;
export type LogKey = (typeof LOG_KEYS)[number];
/** The keys every Nhật ký key row starts with (old and new workbooks alike): how the row is recognised. */
export const LOG_KEY_PREFIX: readonly LogKey[] = LOG_KEYS.slice(0, 6);

/** Stable action keys of Khối's own writes and how the log shows them (Vietnamese: the log is the officer's). */
export const LOG_ACTIONS: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null) as Record<string, string>, {
  apply: "Thiết lập",
  import: "Nhập phiếu",
  send: "Gửi phiếu",
  ballots: "Số phiếu bình xét",
  papers: "Hồ sơ",
  repair: "Sửa công thức",
  switch: "Đổi kiểu công thức",
  seal: "Niêm phong",
  takeIn: "Đưa vào bảng",
  adopt: "Chuyển bảng có sẵn",
}));

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

function cellValue(v: unknown): CellValue | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** The action as the log cell shows it (its label when Khối knows the key, else the key itself). */
export function actionLabel(action: string | undefined): string | null {
  if (!action) return null;
  return LOG_ACTIONS[action] ?? action;
}

/** The stable key back from a log cell: a known label (either language's spelling of the key) or the text itself. */
export function actionKey(cell: unknown): string | undefined {
  const value = text(cell);
  if (value === "") return undefined;
  for (const key of Object.keys(LOG_ACTIONS)) {
    if (LOG_ACTIONS[key] === value || key === value) return key;
  }
  return value;
}

/** Where the key row is: its row and first column in `values`, and the keys it holds, in order. */
export interface LogKeyRow {
  row: number;
  column: number;
  keys: string[];
}

/** The first row of `values` whose cells, from some column on, read time, who, what, old, new, cell; null if none. */
export function findLogKeyRow(values: readonly (readonly unknown[] | undefined)[]): LogKeyRow | null {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const cells = Array.from(row, (v) => v);
    const column = cells.findIndex((_, c) => LOG_KEY_PREFIX.every((k, i) => text(cells[c + i]) === k));
    if (column < 0) continue;
    const keys: string[] = [];
    for (let c = column; c < cells.length && text(cells[c]) !== ""; c++) keys.push(text(cells[c]));
    return { row: r, column, keys };
  }
  return null;
}

/** The keys of LOG_KEYS a key row lacks (an older workbook's: action and reason), in LOG_KEYS order. */
export function missingLogKeys(keys: readonly string[]): LogKey[] {
  return LOG_KEYS.filter((k) => !keys.includes(k));
}

/** The Vietnamese headings for keys added to an older workbook's key row. */
export function logHeadings(keys: readonly LogKey[]): string[] {
  return keys.map((k) => TEXTS.vi.logHeader[k]);
}

/** An entry's cells in the order of `keys` (a key Khối does not know gets an empty cell). */
export function logRowCells(entry: LogEntry, keys: readonly string[] = LOG_KEYS): CellValue[] {
  return keys.map((key): CellValue => {
    switch (key) {
      case "time": return entry.time;
      case "who": return entry.who;
      case "what": return entry.what;
      case "old": return entry.old ?? null;
      case "new": return entry.new ?? null;
      case "cell": return entry.cell ?? null;
      case "action": return actionLabel(entry.action);
      case "reason": return entry.reason ?? null;
      default: return null;
    }
  });
}

/** The entry a row holds (cells from the key row's first column on), or null for an empty row. */
export function logEntryFromCells(cells: readonly unknown[], keys: readonly string[]): LogEntry | null {
  const at = (key: LogKey): unknown => {
    const i = keys.indexOf(key);
    return i < 0 ? undefined : cells[i];
  };
  if (keys.every((_, i) => text(cells[i]) === "")) return null;
  const entry: LogEntry = { time: text(at("time")), who: text(at("who")), what: text(at("what")) };
  const old = cellValue(at("old"));
  const now = cellValue(at("new"));
  if (old !== undefined) entry.old = old;
  if (now !== undefined) entry.new = now;
  if (text(at("cell")) !== "") entry.cell = text(at("cell"));
  const action = actionKey(at("action"));
  if (action !== undefined) entry.action = action;
  if (text(at("reason")) !== "") entry.reason = text(at("reason"));
  return entry;
}

/** Every entry below the key row, oldest first (empty rows skipped). */
export function readLogRows(values: readonly (readonly unknown[] | undefined)[]): LogEntry[] {
  const keyRow = findLogKeyRow(values);
  if (!keyRow) return [];
  const entries: LogEntry[] = [];
  for (const line of values.slice(keyRow.row + 1)) {
    const cells = keyRow.keys.map((_, i) => line?.[keyRow.column + i]);
    const entry = logEntryFromCells(cells, keyRow.keys);
    if (entry) entries.push(entry);
  }
  return entries;
}
