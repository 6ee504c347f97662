// Messages of the findings only a hand-made table has, in the engine's style (src/core/messages): what is wrong,
// with the numbers, and what Khối counts meanwhile. The engine's own codes keep the engine's messages.
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
  /** Text scores of the unit that Excel leaves out of a SUM (TOTAL_MISMATCH). */
  textCells?: string[];
}

export const TABLE_SEVERITY: Readonly<Record<TableOnlyCode, Severity>> = {
  TOTAL_MISMATCH: "error",
  SCORE_TEXT: "error",
  RANK_INVALID: "warning",
  ROW_UNNAMED: "warning",
};

const num = (n: number | undefined, lang: Lang): string => formatNumber(n, lang, 6);

const vi: Record<TableOnlyCode, (p: TableMessageParams) => string> = {
  TOTAL_MISMATCH: (p) =>
    `${p.unit}: tổng điểm ghi trong bảng là ${num(p.value as number, "vi")}, nhưng cộng các tiêu chí (cộng điểm thưởng, trừ điểm trừ) được ${num(p.expected, "vi")}${p.textCells?.length ? ` — kể cả điểm ghi dạng chữ ở ${p.textCells.join(", ")} mà Excel không cộng` : ""}.`,
  SCORE_TEXT: (p) =>
    `${p.unit} – «${p.column}»: «${formatValue(p.value, "vi")}» là chữ, không phải số, nên Excel không cộng ô này; Khối hiểu là ${num(p.expected, "vi")} khi kiểm tra tổng và thứ hạng — chuyển thành ${num(p.expected, "vi")}?`,
  RANK_INVALID: (p) =>
    `${p.unit}: thứ hạng «${formatValue(p.value, "vi")}» không đọc được (ghi số 1, 2, 3…, số La Mã I, II… hoặc Nhất, Nhì, Ba…); bỏ qua khi kiểm tra thứ hạng.`,
  ROW_UNNAMED: (p) => `Dòng ${p.row} có điểm nhưng không có tên đơn vị; Khối bỏ qua dòng này khi kiểm tra — hãy ghi tên đơn vị hoặc xoá các điểm thừa.`,
};

const en: Record<TableOnlyCode, (p: TableMessageParams) => string> = {
  TOTAL_MISMATCH: (p) =>
    `${p.unit}: the table's total is ${num(p.value as number, "en")}, but the criteria add up (bonus added, penalty subtracted) to ${num(p.expected, "en")}${p.textCells?.length ? ` — counting the scores typed as text in ${p.textCells.join(", ")}, which Excel leaves out` : ""}.`,
  SCORE_TEXT: (p) =>
    `${p.unit} – “${p.column}”: “${formatValue(p.value, "en")}” is text, not a number, so Excel does not add this cell; Khối reads it as ${num(p.expected, "en")} when checking the total and the rank — convert it to ${num(p.expected, "en")}?`,
  RANK_INVALID: (p) =>
    `${p.unit}: the rank “${formatValue(p.value, "en")}” cannot be read (write 1, 2, 3…, Roman I, II… or Nhất, Nhì, Ba…); left out of the rank check.`,
  ROW_UNNAMED: (p) => `Row ${p.row} has scores but no unit name; Khối leaves it out of the check — write the unit's name or delete the stray scores.`,
};

export function tableMessage(code: TableOnlyCode, params: TableMessageParams): { severity: Severity; message: string; messageEn: string } {
  return { severity: TABLE_SEVERITY[code], message: vi[code](params), messageEn: en[code](params) };
}
