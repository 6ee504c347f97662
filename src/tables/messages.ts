// Messages of the findings only a hand-made table has, in the engine's style (src/core/messages): what is wrong,
// with the numbers, and what Khối counts meanwhile. The engine's own codes (TOTAL_MISMATCH included) keep the
// engine's messages; a table only adds the sentence about scores typed as text (totalTextNote).
import { formatNumber, formatValue, type Lang } from "../core/messages/format";
import type { Severity } from "../core/types";
import type { TableOnlyCode } from "./types";

export interface TableMessageParams {
  unit?: string;
  /** The heading of the column, e.g. "Tiêu chí 2". */
  column?: string;
  value?: unknown;
  /** The number Khối reads the value as (text score) or expects (total). */
  expected?: number;
  /** The sheet row (ROW_UNNAMED). */
  row?: number;
}

export const TABLE_SEVERITY: Readonly<Record<TableOnlyCode, Severity>> = {
  SCORE_TEXT: "error",
  RANK_INVALID: "warning",
  ROW_UNNAMED: "warning",
};

const num = (n: number | undefined, lang: Lang): string => formatNumber(n, lang, 6);

const vi: Record<TableOnlyCode, (p: TableMessageParams) => string> = {
  SCORE_TEXT: (p) =>
    `${p.unit} – «${p.column}»: «${formatValue(p.value, "vi")}» là chữ, không phải số, nên Excel không cộng ô này; Khối hiểu là ${num(p.expected, "vi")} khi kiểm tra tổng và thứ hạng — chuyển thành ${num(p.expected, "vi")}?`,
  RANK_INVALID: (p) =>
    `${p.unit}: thứ hạng «${formatValue(p.value, "vi")}» không đọc được (ghi số 1, 2, 3…, số La Mã I, II… hoặc Nhất, Nhì, Ba…); bỏ qua khi kiểm tra thứ hạng.`,
  ROW_UNNAMED: (p) => `Dòng ${p.row} có điểm nhưng không có tên đơn vị; Khối bỏ qua dòng này khi kiểm tra — hãy ghi tên đơn vị hoặc xoá các điểm thừa.`,
};

const en: Record<TableOnlyCode, (p: TableMessageParams) => string> = {
  SCORE_TEXT: (p) =>
    `${p.unit} – “${p.column}”: “${formatValue(p.value, "en")}” is text, not a number, so Excel does not add this cell; Khối reads it as ${num(p.expected, "en")} when checking the total and the rank — convert it to ${num(p.expected, "en")}?`,
  RANK_INVALID: (p) =>
    `${p.unit}: the rank “${formatValue(p.value, "en")}” cannot be read (write 1, 2, 3…, Roman I, II… or Nhất, Nhì, Ba…); left out of the rank check.`,
  ROW_UNNAMED: (p) => `Row ${p.row} has scores but no unit name; Khối leaves it out of the check — write the unit's name or delete the stray scores.`,
};

export function tableMessage(code: TableOnlyCode, params: TableMessageParams): { severity: Severity; message: string; messageEn: string } {
  return { severity: TABLE_SEVERITY[code], message: vi[code](params), messageEn: en[code](params) };
}

/** The sentence a TOTAL_MISMATCH of a table adds when some of the unit's scores are text that Excel's SUM left out. */
export function totalTextNote(cells: readonly string[]): { vi: string; en: string } {
  return {
    vi: `Tổng tính được đã gồm điểm ghi dạng chữ ở ${cells.join(", ")} mà Excel không cộng.`,
    en: `The computed total counts the scores typed as text in ${cells.join(", ")}, which Excel leaves out.`,
  };
}
