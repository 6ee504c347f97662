// Verifying a sealed workbook: the content recomputed from the workbook as it is now and compared with the seal kept
// in it. This reveals edits made without Khối's seal being redone; it is not a digital signature and does not prove
// who sealed (anyone with Khối can seal a workbook under any name).
import { makeFinding } from "../core/messages";
import type { Finding } from "../core/types";
import { cellAddress } from "../workbook/a1";
import { GridBook } from "../workbook/grid";
import type { SheetGrids } from "../workbook/model";
import { readLayout } from "../workbook/read";
import { logLineDigest, logLines, sealContent } from "./content";
import { contentChanges, type SealChange } from "./diff";
import { contentHash, readRecord } from "./record";
import { gridsForCheck } from "./values";

export type VerifyStatus = "intact" | "changed" | "unsealed" | "unreadable";

export interface VerifyReport {
  status: VerifyStatus;
  /** What the seal kept: its hash, time (ISO) and the name the sealing officer gave. */
  sealed?: { hash: string; time: string; by: string };
  /** The hash of the workbook as it is now (absent when it cannot be read as a block). */
  hash?: string;
  changes: SealChange[];
  /** One sentence for the page and the command line. */
  message: string;
  messageEn: string;
}

/** Exit status of `khoi verify`: 0 intact, 1 changed, 2 unreadable or never sealed. */
export const verifyExitCode = (status: VerifyStatus): number => (status === "intact" ? 0 : status === "changed" ? 1 : 2);

export function verifySeal(grids: SheetGrids): VerifyReport {
  const kept = readRecord(grids);
  if (kept.state === "none") {
    return { status: "unsealed", changes: [], message: "Sổ này chưa được niêm phong: không có gì để đối chiếu.", messageEn: "This workbook was never sealed: there is nothing to compare with." };
  }
  const reading = readLayout(gridsForCheck(grids));
  const content = reading.doc === null ? null : sealContent(grids, reading);
  if (content === null) {
    return { status: "unreadable", changes: [], message: "Không đọc được khối trong sổ này nên không đối chiếu được với dấu niêm phong.", messageEn: "The block in this workbook cannot be read, so it cannot be compared with the seal." };
  }
  const hash = contentHash(content);
  // What the reader's audit found against the layout: a sealed workbook had none of these (sealing needs a clean check).
  const audit = auditChanges(reading.findings);
  if (kept.state === "damaged") {
    const change: SealChange = { kind: "record", message: `Trang niêm phong đã bị sửa: ${kept.why}.`, messageEn: `The seal sheet was edited: ${kept.whyEn}.` };
    return { status: "changed", hash, sealed: kept.time ? { hash: "", time: kept.time, by: kept.by ?? "" } : undefined, changes: [change], message: "Không còn đối chiếu được: trang niêm phong đã bị sửa sau khi niêm phong.", messageEn: "Cannot compare any more: the seal sheet was edited after sealing." };
  }
  const { record } = kept;
  const sealed = { hash: record.hash, time: record.time, by: record.by };
  // The workbook hashes to the sealed hash: intact, whatever the kept copy (only read to explain a difference).
  if (hash === record.hash && audit.length > 0) {
    return { status: "changed", hash, sealed, changes: audit, message: `Sổ đã bị sửa sau khi niêm phong: ${audit.length} công thức bị thay.`, messageEn: `The workbook was edited after sealing: ${audit.length} formula(s) replaced.` };
  }
  if (hash === record.hash) {
    return { status: "intact", hash, sealed, changes: [], message: "Nguyên vẹn: sổ không bị sửa từ lúc niêm phong.", messageEn: "Intact: the workbook has not been edited since it was sealed." };
  }
  if (contentHash(record.content) !== record.hash) {
    const change: SealChange = { kind: "record", message: "Dữ liệu niêm phong không khớp với mã niêm phong: trang niêm phong đã bị sửa.", messageEn: "The sealed data does not match the seal's hash: the seal sheet was edited." };
    return { status: "changed", hash, sealed, changes: [change], message: "Trang niêm phong đã bị sửa sau khi niêm phong.", messageEn: "The seal sheet was edited after sealing." };
  }
  const listed = contentChanges(record.content, content);
  const at = new Set(listed.map((c) => (c.cell ? `${c.cell.sheet}!${c.cell.address}` : "")));
  const changes = [...listed, ...audit.filter((c) => !at.has(`${c.cell!.sheet}!${c.cell!.address}`))];
  return {
    status: "changed", hash, sealed, changes,
    message: `Sổ đã bị sửa sau khi niêm phong mà chưa niêm phong lại: ${changes.length} thay đổi.`,
    messageEn: `The workbook was edited after sealing without being sealed again: ${changes.length} change(s).`,
  };
}

/** The audit's findings that only an edit can cause once a workbook was sealed clean, as changes at their cells. */
const AUDIT_CODES = new Set<Finding["code"]>(["FORMULA_OVERWRITTEN", "TOTAL_MISMATCH", "ROW_MISSING"]);

function auditChanges(findings: readonly Finding[]): SealChange[] {
  return findings
    .filter((f) => AUDIT_CODES.has(f.code) && f.cell)
    .map((f) => ({ kind: "formula" as const, cell: f.cell, message: `${f.cell!.sheet}!${f.cell!.address}: ${f.message}`, messageEn: `${f.cell!.sheet}!${f.cell!.address}: ${f.messageEn}` }));
}

/** LOG_CUT when a sealed workbook's Nhật ký has fewer lines than at sealing or one of them changed (lines added since
 *  are fine: the log only grows). Nothing for a workbook never sealed or whose seal cannot be read. */
export function logCutFindings(grids: SheetGrids): Finding[] {
  const kept = readRecord(grids);
  if (kept.state !== "read" || !kept.record.log) return [];
  const sealed = kept.record.log.lines;
  const now = logLines(new GridBook(grids));
  const lines = now?.lines ?? [];
  const sheet = now?.sheet.name ?? kept.record.log.sheet;
  const at = (i: number) => ({ sheet, address: cellAddress((now?.row ?? kept.record.log!.row) + i, now?.column ?? kept.record.log!.column) });
  if (lines.length < sealed.length) {
    return [{ ...makeFinding("LOG_CUT", { logProblem: "cut", counts: [sealed.length, lines.length] }), cell: at(lines.length) }];
  }
  const changed = sealed.findIndex((digest, i) => logLineDigest(lines[i]) !== digest);
  if (changed >= 0) return [{ ...makeFinding("LOG_CUT", { logProblem: "changed", counts: [changed + 1, sealed.length] }), cell: at(changed) }];
  return [];
}
