// The Nhật ký sheet's entries: read back from its grid (found by its hidden key row), and new entries for what
// an apply kept, moved or dropped. Pure.
import type { CellValue, LogEntry, SheetGrid } from "../workbook/model";
import type { KeptValue } from "../workbook/host";

const LOG_KEYS = ["time", "who", "what", "old", "new", "cell"] as const;

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

function cellValue(v: unknown): CellValue | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** The entries below the log sheet's key row (time, who, what, old, new, cell), oldest first. */
export function readLogEntries(grid: SheetGrid | undefined): LogEntry[] {
  if (!grid) return [];
  const values = grid.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const start = row.findIndex((_, c) => LOG_KEYS.every((k, i) => text(row[c + i]).trim() === k));
    if (start < 0) continue;
    const entries: LogEntry[] = [];
    for (const line of values.slice(r + 1)) {
      const cells = LOG_KEYS.map((_, i) => line?.[start + i]);
      if (cells.every((v) => text(v).trim() === "")) continue;
      const entry: LogEntry = { time: text(cells[0]), who: text(cells[1]), what: text(cells[2]) };
      const old = cellValue(cells[3]);
      const now = cellValue(cells[4]);
      if (old !== undefined) entry.old = old;
      if (now !== undefined) entry.new = now;
      if (text(cells[5]) !== "") entry.cell = text(cells[5]);
      entries.push(entry);
    }
    return entries;
  }
  return [];
}

const KIND_LABELS: Record<string, string> = {
  targets: "chỉ tiêu giao ước",
  self: "điểm tự chấm",
  appraised: "điểm thẩm định",
  final: "điểm thống nhất",
  ballots: "số phiếu bình xét",
  block: "thông tin khối",
  unit: "thông tin đơn vị",
  stray: "ô gõ ngoài bảng",
};

function subject(value: KeptValue): string {
  const what = KIND_LABELS[value.kind] ?? value.kind;
  const parts = [value.unit && `đơn vị ${value.unit}`, value.criterion && `tiêu chí ${value.criterion}`].filter(Boolean);
  return parts.length > 0 ? `${what} (${parts.join(", ")})` : what;
}

/** One entry per value that changed cell, one per value that was dropped. */
export function keepLogEntries(moved: readonly KeptValue[], dropped: readonly KeptValue[], time: string, who: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const value of moved) {
    entries.push({ time, who, what: `Giữ ${subject(value)}, chuyển từ ô ${value.from ?? "?"} sang ô ${value.to ?? "?"}`, old: value.value, new: value.value, cell: value.to });
  }
  for (const value of dropped) {
    const entry: LogEntry = { time, who, what: `Bỏ ${subject(value)}: ${value.reason ?? "không còn chỗ trong bảng mới"}`, old: value.value };
    if (value.from) entry.cell = value.from;
    entries.push(entry);
  }
  return entries;
}
