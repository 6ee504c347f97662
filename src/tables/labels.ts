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
  vi: { blank: "dòng trống", numbering: "dòng đánh số cột", footer: "dòng cộng / trung bình", note: "dòng ghi chú" },
  en: { blank: "blank row", numbering: "column numbering", footer: "total / average row", note: "note row" },
};
