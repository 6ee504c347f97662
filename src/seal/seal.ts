// Sealing a block workbook: the full check first (the same validateReading as Kiểm tra and `khoi evaluate`); a block
// with error findings is not sealed. Otherwise the hash of its content, a line on Tổng hợp saying who sealed it and
// when, a Nhật ký line, and the record for the hidden seal sheet. Pure: the hosts write what this returns.
import type { EvaluationResult, Finding } from "../core/types";
import type { CellWrite } from "../workbook/host";
import { GridBook } from "../workbook/grid";
import { cellAddress } from "../workbook/a1";
import { NAMES, type LogEntry, type SheetGrids } from "../workbook/model";
import { readLayout } from "../workbook/read";
import { validateReading } from "../workbook/validate";
import { sealContent, sealLog, type SealContent } from "./content";
import { gridsForCheck } from "./values";
import { contentHash, recordRows, SEAL_SCHEMA, SEAL_SHEET, type SealRecord } from "./record";

export type SealPlan =
  | { ok: false; reason: "notBlock"; findings: Finding[] }
  | { ok: false; reason: "errors"; findings: Finding[]; validation: EvaluationResult }
  | { ok: true; hash: string; time: string; by: string; content: SealContent; validation: EvaluationResult; note: CellWrite; log: LogEntry };

const pad = (n: number): string => String(n).padStart(2, "0");

/** "30/11/2026 11:10" in Vietnam time (UTC+7), whatever the machine's time zone. */
export function vietnamTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The line shown on Tổng hợp. */
export function sealNote(hash: string, time: string, by: string): string {
  return `Niêm phong: ${hash} — ${vietnamTime(time)} (giờ Việt Nam) — người niêm phong: ${by}. Sửa sổ sau lúc này mà không niêm phong lại sẽ bị «Kiểm tra niêm phong» phát hiện (đây không phải chữ ký số).`;
}

/** Checks the workbook and, when it has no error findings, gives what sealing writes. `by` is the officer's name. */
export function planSeal(grids: SheetGrids, by: string, now: Date): SealPlan {
  const reading = readLayout(gridsForCheck(grids));
  if (reading.doc === null) return { ok: false, reason: "notBlock", findings: reading.findings };
  const validation = validateReading(reading);
  const errors = validation.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) return { ok: false, reason: "errors", findings: errors, validation };
  const content = sealContent(grids, reading)!;
  const hash = contentHash(content);
  const time = now.toISOString();
  const who = by.trim() || "Khối";
  // The line on Tổng hợp sits two rows under the summary table, in its first column (outside every named region).
  const book = new GridBook(grids);
  const summary = book.namedRange(NAMES.summary) ?? book.region(NAMES.summary);
  const sheet = summary?.sheet.name ?? book.sheetByKey("summary")?.name ?? SEAL_SHEET;
  const address = summary ? cellAddress(summary.range.row2 + 2, summary.range.column1) : "A1";
  const text = sealNote(hash, time, who);
  const note: CellWrite = { cell: { sheet, address }, value: text };
  const log: LogEntry = { time, who, what: `Niêm phong khối: ${hash}`, new: hash, cell: `${sheet}!${address}`, action: "seal" };
  return { ok: true, hash, time, by: who, content, validation, note, log };
}

/** The record of a plan, with Nhật ký as it stands once the plan's line is in it (`after`: the grids then). */
export function sealRecord(plan: Extract<SealPlan, { ok: true }>, after: SheetGrids): SealRecord {
  return { schema: SEAL_SCHEMA, hash: plan.hash, time: plan.time, by: plan.by, content: plan.content, log: sealLog(new GridBook(after)) };
}

export { recordRows, SEAL_SHEET };
