// What `khoi seal`, `khoi send` and `khoi verify` share: reading the book with the CLI's limits, and how a refusal
// (error findings) and a verification are printed.
import type { Finding } from "../../core/types";
import type { SealPlan, VerifyReport } from "../../seal";
import { vietnamTime } from "../../seal";
import { MAX_XLSX_BYTES } from "../../xlsx/limits";
import { readFileWithin } from "../input";

/** The book's bytes, or why they cannot be read. */
export const readBook = (path: string): Promise<Uint8Array | string> => readFileWithin(path, MAX_XLSX_BYTES);

const where = (f: Finding): string => (f.cell ? `${f.cell.sheet}!${f.cell.address}: ` : "");

/** Why a workbook was not sealed, one line per error finding. */
export function formatRefusal(plan: Exclude<SealPlan, { ok: true }>): string {
  const head = plan.reason === "notBlock"
    ? "Không niêm phong: đây không phải sổ chấm điểm của Khối (not a Khối workbook)."
    : `Không niêm phong: khối còn ${plan.findings.length} lỗi, hãy sửa trước (not sealed: the block has ${plan.findings.length} error finding(s)).`;
  return `${[head, ...plan.findings.map((f) => `  ${where(f)}${f.message}`)].join("\n")}\n`;
}

export function formatSealed(plan: Extract<SealPlan, { ok: true }>): string {
  return `Đã niêm phong ${plan.hash} — ${vietnamTime(plan.time)} (giờ Việt Nam) — người niêm phong: ${plan.by}.\n`;
}

const DISCLAIMER = "Lưu ý: kiểm tra này phát hiện chỉnh sửa sau khi niêm phong mà không niêm phong lại; đây không phải chữ ký số và không chứng minh ai đã niêm phong.\n";

export function formatVerify(report: VerifyReport): string {
  const lines = [report.message];
  if (report.sealed && report.sealed.time) lines.push(`Niêm phong lúc ${vietnamTime(report.sealed.time)} (giờ Việt Nam) bởi «${report.sealed.by}»${report.sealed.hash ? `: ${report.sealed.hash}` : ""}.`);
  if (report.hash && report.status === "changed") lines.push(`Mã của sổ bây giờ: ${report.hash}.`);
  for (const change of report.changes) lines.push(`  ${change.message}`);
  return `${lines.join("\n")}\n${report.status === "unsealed" || report.status === "unreadable" ? "" : DISCLAIMER}`;
}
