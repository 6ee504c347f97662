// The Nhật ký sheet's entries: read back from its grid (found by its hidden key row), and new entries for what
// an apply kept, moved or dropped. Pure.
import type { LogEntry, SheetGrid } from "../workbook/model";
import { readLogRows } from "../workbook/log-row";
import type { KeptValue } from "../workbook/host";

/** The entries below the log sheet's key row (time, who, what, old, new, cell[, action, reason]), oldest first. */
export function readLogEntries(grid: SheetGrid | undefined): LogEntry[] {
  return grid ? readLogRows(grid.values) : [];
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
    entries.push({ time, who, what: `Giữ ${subject(value)}, chuyển từ ô ${value.from ?? "?"} sang ô ${value.to ?? "?"}`, old: value.value, new: value.value, cell: value.to, action: "apply" });
  }
  for (const value of dropped) {
    const reason = value.reason ?? "không còn chỗ trong bảng mới";
    const entry: LogEntry = { time, who, what: `Bỏ ${subject(value)}: ${reason}`, old: value.value, action: "apply", reason };
    if (value.from) entry.cell = value.from;
    entries.push(entry);
  }
  return entries;
}
