// The standalone page's own texts (the workbook bar, the grid, file messages), in the pane's two languages; the
// pages it hosts use the pane's tables. Both tables have the same keys: the type says so.
import { format, useText } from "../taskpane/i18n/text";
import type { Lang } from "../taskpane/i18n/lang";

const vi = {
  "file.open": "Mở tệp .xlsx…",
  "file.new": "Khối mới",
  "file.demo": "Mở sổ mẫu",
  "file.save": "Lưu .xlsx",
  "file.toolbar": "Sổ tính",
  "file.drop": "Thả tệp .xlsx vào đây để mở",
  "file.current.new": "Sổ mới, chưa lưu",
  "file.current.demo": "Sổ mẫu: Cụm thi đua II Lạng Sơn 2020",
  "file.current.file": "Tệp: {name}",
  "file.unsaved": "Có thay đổi chưa lưu",
  "file.saved": "Đã lưu {name}",
  "file.opened": "Đã mở {name}",
  "file.error.title": "Không mở được {name}",
  "file.notBlock": "Sổ {name} chưa có bảng chấm điểm của Khối (không có trang Khối, Tiêu chí, Chấm điểm…). Các trang của sổ được giữ nguyên: hãy tạo bảng ở bước Thiết lập.",
  "file.confirmDiscard": "Sổ đang mở có thay đổi chưa lưu. Bỏ các thay đổi đó?",
  "file.saveError": "Không lưu được: {message}",
  "file.readOnly": "Sổ {name} xem và kiểm tra được, nhưng không sửa hay lưu được trên trang này: {message} Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi mở lại ở đây.",
  "file.offline": "Trang này chạy hoàn toàn trong trình duyệt: tệp và số liệu không được gửi đi đâu.",
  "intro.title": "Khối trên trình duyệt",
  "intro.body": "Dùng Khối không cần Excel: mở tệp .xlsx của khối, bắt đầu khối mới hoặc mở sổ mẫu. Nhập điểm trong bảng, xem kết quả và lưu lại tệp .xlsx để gửi đi.",
  "grid.sheets": "Trang tính",
  "grid.empty": "Sổ chưa có trang nào. Hãy tạo bảng chấm điểm ở bước Thiết lập (bên cạnh).",
  "grid.input": "Trang nhập liệu: gõ hoặc dán (Ctrl+V) giá trị vào ô trắng.",
  "grid.readonly": "Trang tính toán, chỉ xem: số liệu do Khối tính.",
  "grid.userSheet": "Trang của bạn, chỉ xem trên trang này.",
  "grid.label": "Trang {sheet}",
  "grid.pasted": "Đã dán {written} ô.",
  "grid.pastedSkipped": "Đã dán {written} ô; bỏ qua {skipped} ô không nhập được (ô khóa hoặc ngoài bảng).",
  "grid.formula": "Công thức: ={formula}",
  "grid.goto": "Ô {cell}",
} as const;

export type StandaloneKey = keyof typeof vi;

const en: Record<StandaloneKey, string> = {
  "file.open": "Open .xlsx file…",
  "file.new": "New block",
  "file.demo": "Open the demo",
  "file.save": "Save .xlsx",
  "file.toolbar": "Workbook",
  "file.drop": "Drop an .xlsx file here to open it",
  "file.current.new": "New workbook, not saved",
  "file.current.demo": "Demo: Lạng Sơn emulation cluster II, 2020",
  "file.current.file": "File: {name}",
  "file.unsaved": "Unsaved changes",
  "file.saved": "Saved {name}",
  "file.opened": "Opened {name}",
  "file.error.title": "Could not open {name}",
  "file.notBlock": "{name} has no Khối scoring tables yet (no Khối, Criteria, Scores… sheets). Its sheets are kept as they are: create the tables in Set up.",
  "file.confirmDiscard": "The open workbook has unsaved changes. Discard them?",
  "file.saveError": "Could not save: {message}",
  "file.readOnly": "{name} can be viewed and checked, but not changed or saved on this page: {message} Open the file in Excel or LibreOffice, save it again as .xlsx and open it here again.",
  "file.offline": "This page runs entirely in your browser: no file or value is sent anywhere.",
  "intro.title": "Khối in the browser",
  "intro.body": "Use Khối without Excel: open a block's .xlsx file, start a new block or open the demo. Type scores in the grid, see the results and save the .xlsx to send.",
  "grid.sheets": "Sheets",
  "grid.empty": "The workbook has no sheets yet. Create the scoring tables in Set up (beside).",
  "grid.input": "Input sheet: type or paste (Ctrl+V) values into the white cells.",
  "grid.readonly": "Computed sheet, read only: Khối computes these numbers.",
  "grid.userSheet": "Your own sheet, read only on this page.",
  "grid.label": "Sheet {sheet}",
  "grid.pasted": "Pasted {written} cells.",
  "grid.pastedSkipped": "Pasted {written} cells; skipped {skipped} that do not take values (locked or outside the table).",
  "grid.formula": "Formula: ={formula}",
  "grid.goto": "Cell {cell}",
};

const tables: Record<Lang, Record<StandaloneKey, string>> = { vi, en };

export function useStandaloneText() {
  const { lang } = useText();
  return { lang, s: (key: StandaloneKey, params?: Record<string, string | number>) => format(tables[lang][key], params) };
}
