// The checks of one returned form that look only at the form and the criteria (pure): the visible sheet against the
// master's items (codes, maxima, targets), and each entered value against its criterion (a number in range, vi-VN
// text converted, Có/Không for yes/no), each refusal with its cell on the form.
import { parseVietnameseNumber } from "../core/text/numbers";
import { isCellError, type GridValue } from "../workbook/grid";
import { NO_WORDS, YES_NO, YES_WORDS } from "../workbook/labels";
import type { CellValue, Language } from "../workbook/model";
import type { FormItem } from "./items";
import type { Conversion, FormProblem } from "./plan-model";
import type { FormReading, FormRow } from "./read";

export const same = (a: CellValue, b: CellValue): boolean => {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-12;
  return a === b;
};

const asText = (v: GridValue): string => (v === null ? "" : isCellError(v) ? v.error : String(v));

export function yesNoOf(v: GridValue): boolean | null {
  if (v === true || v === 1) return true;
  if (v === false || v === 0) return false;
  if (typeof v === "string") {
    const f = v.normalize("NFC").trim().toLowerCase();
    if (YES_WORDS.includes(f)) return true;
    if (NO_WORDS.includes(f)) return false;
  }
  return null;
}

/** Items as the unit's visible sheet shows them (code, maximum, target), the rest from the form's hidden copy. */
export function visibleDifferences(reading: FormReading, expected: readonly FormItem[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const rows = new Map(reading.rows.map((r) => [r.code, r]));
  const at = (address: string): string => `${reading.sheet}!${address}`;
  for (const item of expected) {
    const row = rows.get(item.code);
    if (!row) {
      problems.push({ message: `Phiếu thiếu dòng tiêu chí ${item.code}.`, messageEn: `The form has no row for criterion ${item.code}.` });
      continue;
    }
    if (!(typeof row.max === "number" && Math.abs(row.max - item.max) <= 1e-12)) {
      problems.push({
        message: `Tiêu chí ${item.code}: điểm tối đa trên phiếu là ${asText(row.max) || "(trống)"}, trong sổ là ${item.max} — phiếu đã bị sửa.`,
        messageEn: `Criterion ${item.code}: the form's maximum is ${asText(row.max) || "(blank)"}, the workbook's ${item.max} — the form was edited.`,
        cell: at(row.cells.max),
      });
    }
    const target = row.target === null || row.target === "" ? undefined : row.target;
    if (String(target ?? "") !== String(item.target ?? "")) {
      problems.push({
        message: `Tiêu chí ${item.code}: chỉ tiêu trên phiếu là ${asText(row.target) || "(trống)"}, trong sổ là ${item.target ?? "(trống)"} — phiếu đã bị sửa.`,
        messageEn: `Criterion ${item.code}: the form's target is ${asText(row.target) || "(blank)"}, the workbook's ${item.target ?? "(blank)"} — the form was edited.`,
        cell: at(row.cells.target),
      });
    }
  }
  const known = new Set(expected.map((i) => i.code));
  for (const row of reading.rows) {
    if (!known.has(row.code)) problems.push({ message: `Tiêu chí ${row.code} trên phiếu không có trong sổ.`, messageEn: `Criterion ${row.code} on the form is not in the workbook.`, cell: at(row.cells.value) });
  }
  return problems;
}

/** One entered value checked against its criterion: the value for the master, or a refusal with its cell. */
export function checkValue(item: FormItem, row: FormRow, sheet: string, language: Language):
  { kind: "blank" } | { kind: "ok"; value: CellValue; converted?: Conversion } | { kind: "bad"; problem: FormProblem } {
  const cell = `${sheet}!${row.cells.value}`;
  const v = row.value;
  if (v === null || (typeof v === "string" && v.trim() === "")) return { kind: "blank" };
  const bad = (message: string, messageEn: string) => ({ kind: "bad" as const, problem: { message: `Tiêu chí ${item.code}: ${message}`, messageEn: `Criterion ${item.code}: ${messageEn}`, cell } });
  if (isCellError(v)) return bad(`ô có lỗi ${v.error}.`, `the cell shows the error ${v.error}.`);
  if (item.type === "yesno") {
    const yes = yesNoOf(v);
    if (yes === null) return bad(`«${asText(v)}» không phải Có hoặc Không.`, `“${asText(v)}” is not Yes or No.`);
    return { kind: "ok", value: yes ? YES_NO[language].yes : YES_NO[language].no };
  }
  let value: number;
  let converted: Conversion | undefined;
  if (typeof v === "number") value = v;
  else if (typeof v === "string") {
    const parsed = parseVietnameseNumber(v);
    if (!parsed.ok) return bad(parsed.reason === "not_a_number" ? `«${v.trim()}» không phải là số.` : parsed.message, parsed.reason === "not_a_number" ? `“${v.trim()}” is not a number.` : parsed.messageEn);
    value = parsed.value;
    converted = { criterion: item.code, cell, text: v, value };
  } else return bad(`«${asText(v)}» không phải là số.`, `“${asText(v)}” is not a number.`);
  if (!Number.isFinite(value)) return bad("không phải là số.", "not a number.");
  if (value < 0) return bad(`${value} là số âm.`, `${value} is negative.`);
  if ((item.type === "points" || item.type === "bonus" || item.type === "penalty") && value > item.max + 1e-9) {
    return bad(`${value} vượt quá điểm tối đa ${item.max}.`, `${value} is above the maximum ${item.max}.`);
  }
  if (item.type === "count" && !Number.isInteger(value)) return bad(`${value} không phải số nguyên (số lần).`, `${value} is not a whole count.`);
  return { kind: "ok", value, converted };
}

