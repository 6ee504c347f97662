// A paper of the block (src/papers: the score summary, the minutes, the proposal memo) as both adapters write it: a
// sheet of its own beside the block layout, never part of it. A paper sheet carries a marker cell, so an adapter
// only ever replaces a sheet Khối wrote as a paper; a sheet of the officer's with the same name keeps its name and
// the paper goes under the next free one. Pure.
import type { LogEntry, SheetLayout } from "./model";

export type PaperKind = "summary" | "minutes" | "memo";
export const PAPER_KINDS: readonly PaperKind[] = ["summary", "minutes", "memo"];

/** The text of the marker cell starts with this; the kind follows, e.g. "khoi-paper/1 minutes". */
export const PAPER_MARKER = "khoi-paper/1";

/** A paper ready to write: the sheet (its `key` is unused: papers are not layout sheets) and where its marker is. */
export interface PaperSheet {
  kind: PaperKind;
  /** The paper's title for the log and the pane, e.g. "Biên bản họp bình xét thi đua". */
  title: string;
  sheet: Omit<SheetLayout, "key">;
  /** A1 address of the marker cell on the sheet (its value is `${PAPER_MARKER} ${kind}`). */
  marker: string;
}

/** What writing a paper did. */
export interface PaperWriteReport {
  /** The sheet the paper is on now. */
  sheet: string;
  /** True when an earlier paper of Khối's on that sheet was replaced. */
  replaced: boolean;
  /** The Nhật ký lines appended (none when the workbook has no Nhật ký). */
  log: LogEntry[];
}

export const markerText = (kind: PaperKind): string => `${PAPER_MARKER} ${kind}`;

/** The kind of paper a marker cell's value names, or null when the value is not Khối's marker. */
export function paperKindOf(value: unknown): PaperKind | null {
  if (typeof value !== "string" || !value.startsWith(`${PAPER_MARKER} `)) return null;
  const kind = value.slice(PAPER_MARKER.length + 1).trim();
  return (PAPER_KINDS as readonly string[]).includes(kind) ? (kind as PaperKind) : null;
}

const nameKey = (name: string): string => name.normalize("NFC").trim().toLowerCase();

/**
 * Where a paper goes: the wanted name when it is free or holds Khối's paper of the same kind (replaced), else the
 * first free "name (2)", "name (3)"… — a sheet that is not Khối's paper is never written over.
 * `markerOf(name)` is the marker cell's value on an existing sheet.
 */
export function choosePaperSheet(wanted: string, kind: PaperKind, existing: readonly string[], markerOf: (name: string) => unknown): { name: string; replaced: boolean } {
  const taken = new Map(existing.map((n) => [nameKey(n), n]));
  for (let i = 1; i < 100; i++) {
    const name = i === 1 ? wanted : `${wanted.slice(0, 31 - ` (${i})`.length)} (${i})`;
    const found = taken.get(nameKey(name));
    if (found === undefined) return { name, replaced: false };
    if (paperKindOf(markerOf(found)) === kind) return { name: found, replaced: true };
  }
  throw new Error(`Không tìm được tên trang trống cho «${wanted}». (No free sheet name for the paper.)`);
}

/** The Nhật ký line of a paper written (over an earlier one or on a new sheet). */
export function paperLogEntry(paper: PaperSheet, sheet: string, replaced: boolean, time: string, who: string): LogEntry {
  const what = replaced
    ? `Tạo lại văn bản «${paper.title}» trên trang «${sheet}» (giữ các ô người dùng sửa, cập nhật kết quả)`
    : `Tạo văn bản «${paper.title}» trên trang mới «${sheet}»`;
  return { time, who, what, cell: `${sheet}!A1`, action: "papers" };
}
