// The "Tổng hợp tỉnh" page's own texts, in the pane's two languages (the page lives on the standalone page only).
import { format, useText } from "../../taskpane/i18n/text";

const vi = {
  title: "Tổng hợp tỉnh",
  intro: "Ban Thi đua – Khen thưởng: thả sổ của các khối (nhiều tệp .xlsx cùng lúc) để kiểm tra từng khối, đối chiếu giữa các khối và tải về PROVINCE.xlsx. Tệp không rời khỏi trình duyệt.",
  choose: "Chọn các tệp .xlsx…",
  drop: "Thả các tệp .xlsx của các khối vào đây (cả PROVINCE.xlsx đã đánh dấu, nếu có)",
  reading: "Đang đọc {done}/{total}: {name}",
  counts: "Năm {year}: {read} tệp khối đọc được, {used} khối được dùng, {skipped} tệp bỏ qua.",
  noBlock: "Không có sổ khối nào đọc được trong các tệp đã thả.",
  ok: "Không có lỗi.",
  errors: "Có {count} lỗi cần xử lý.",
  download: "Tải PROVINCE.xlsx",
  clear: "Làm lại",
  colBlock: "Khối",
  colFile: "Tệp",
  colStatus: "Trạng thái",
  colErrors: "Lỗi",
  colWarnings: "Cảnh báo",
  colFlag: "Đề nghị Cờ thi đua",
  used: "dùng",
  superseded: "không dùng (gửi lại)",
  otherYear: "không dùng (khác năm)",
  gov: "Cờ thi đua của Chính phủ: {leading} tập thể dẫn đầu khối × {share} → được đề nghị tối đa {cap}.",
  chosen: "Ban đã chọn: {names}.",
  seal: "Niêm phong: chưa niêm phong / không rõ (chưa có chức năng niêm phong).",
  skipped: "Tệp bỏ qua",
  across: "Phát hiện liên khối",
  own: "Phát hiện của từng khối",
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
} as const;

export type ProvinceKey = keyof typeof vi;

const en: Record<ProvinceKey, string> = {
  title: "Province",
  intro: "The provincial board: drop the blocks' workbooks (many .xlsx files at once) to check each block, compare them across blocks and download PROVINCE.xlsx. No file leaves the browser.",
  choose: "Choose .xlsx files…",
  drop: "Drop the blocks' .xlsx files here (and a marked PROVINCE.xlsx, if any)",
  reading: "Reading {done}/{total}: {name}",
  counts: "Year {year}: {read} block files read, {used} blocks used, {skipped} files skipped.",
  noBlock: "None of the dropped files is a readable block workbook.",
  ok: "No errors.",
  errors: "{count} errors to resolve.",
  download: "Download PROVINCE.xlsx",
  clear: "Start over",
  colBlock: "Block",
  colFile: "File",
  colStatus: "Status",
  colErrors: "Errors",
  colWarnings: "Warnings",
  colFlag: "Flag nominee",
  used: "used",
  superseded: "not used (sent again)",
  otherYear: "not used (other year)",
  gov: "Government's emulation flag: {leading} collectives leading blocks × {share} → at most {cap} may be proposed.",
  chosen: "Chosen by the board: {names}.",
  seal: "Seal: not sealed / unknown (sealing is not built yet).",
  skipped: "Skipped files",
  across: "Findings across blocks",
  own: "Findings of each block",
  error: "Error",
  warning: "Warning",
  info: "Information",
};

export function useProvinceText() {
  const { lang } = useText();
  const table = lang === "en" ? en : vi;
  return { lang, p: (key: ProvinceKey, params?: Record<string, string | number>) => format(table[key], params) };
}
