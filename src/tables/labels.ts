// How the roles of columns and the kinds of skipped rows are named to the officer (CLI, pane, adoption list).
import type { ColumnRole, SkippedKind } from "./types";

export const ROLE_LABELS: Readonly<Record<"vi" | "en", Readonly<Record<ColumnRole, string>>>> = {
  vi: {
    stt: "STT", unit: "Tên đơn vị", criterion: "Tiêu chí (điểm)", bonus: "Điểm thưởng", penalty: "Điểm trừ",
    total: "Tổng điểm", rank: "Xếp hạng", award: "Đề nghị khen thưởng", note: "Ghi chú", ignore: "Bỏ qua",
  },
  en: {
    stt: "No.", unit: "Unit name", criterion: "Criterion (points)", bonus: "Bonus", penalty: "Penalty",
    total: "Total", rank: "Rank", award: "Proposed award", note: "Note", ignore: "Ignore",
  },
};

export const SKIPPED_LABELS: Readonly<Record<"vi" | "en", Readonly<Record<SkippedKind, string>>>> = {
  vi: { blank: "dòng trống", numbering: "dòng đánh số cột", footer: "dòng cộng / trung bình", note: "dòng ghi chú", unnamed: "dòng có điểm nhưng không có tên đơn vị" },
  en: { blank: "blank row", numbering: "column numbering", footer: "total / average row", note: "note row", unnamed: "row with scores but no unit name" },
};

/** Sheet rows as the officer reads them: [2, 3, 4, 7, 9, 10] → "2–4, 7, 9–10". */
export function rowRuns(rows: readonly number[]): string {
  if (rows.length === 0) return "—";
  const runs: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    runs.push(start === rows[i - 1] ? `${start}` : `${start}–${rows[i - 1]}`);
    start = rows[i];
  }
  return runs.join(", ");
}
