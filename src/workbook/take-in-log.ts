// The Nhật ký lines of taking stray units into the block (the Thiết lập page's «Lấy … đơn vị vào khối»): one line per
// unit row typed under the list and one per value column typed beside a table, written with the apply that follows
// (ApplyOptions.log; `who` left empty so the apply names the officer). Pure.
import type { Block } from "../core/types";
import { nameKey } from "../core/text/normalize";
import type { LogEntry } from "./model";
import type { StrayEntries } from "./stray";

const KIND: Record<string, string> = { targets: "chỉ tiêu", self: "điểm tự chấm", appraised: "điểm thẩm định", final: "điểm thống nhất" };

/** Lines for the stray rows and columns whose unit is in `block` (matched as takeInStrayValues matches: id or name). */
export function takeInLogEntries(stray: StrayEntries, block: Block, time: string): LogEntry[] {
  const keys = new Set(block.units.flatMap((u) => [u.id, nameKey(u.name)]));
  const inBlock = (text: string) => keys.has(text) || keys.has(nameKey(text));
  const units: LogEntry[] = stray.units.filter((u) => inBlock(u.id ?? u.name) || inBlock(u.name)).map((unit) => ({
    time, who: "", action: "takeIn", cell: unit.cell, new: unit.name,
    what: `Lấy đơn vị «${unit.name}»${unit.id ? ` (mã ${unit.id})` : ""} gõ dưới danh sách vào khối`,
  }));
  const columns: LogEntry[] = stray.columns.filter((c) => inBlock(c.unit)).map((column) => ({
    time, who: "", action: "takeIn", cell: column.cell,
    what: `Lấy ${column.values.size} ô ${KIND[column.kind] ?? column.kind} của «${column.unit}» gõ ngoài bảng vào đúng ô của bảng`,
  }));
  return [...units, ...columns];
}
