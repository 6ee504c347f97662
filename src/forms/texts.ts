// The words of the self-scoring form, in Vietnamese (default) and English.
import type { Language } from "../workbook/model";

export interface FormTexts {
  sheet: string;
  metaSheet: string;
  title: (year: number) => string;
  block: string;
  unit: string;
  year: string;
  instructions: string;
  headers: { code: string; name: string; max: string; target: string; value: string; score: string; note: string; guide: string };
  base: string;
  bonus: string;
  penalty: string;
  total: string;
  totalNote: string;
  guide: {
    points: (max: number) => string;
    bonus: (max: number) => string;
    penalty: (max: number) => string;
    yesno: (yes: string, no: string) => string;
    count: (per: number, max: number) => string;
    target: (method: string) => string;
    relative: string;
  };
  validation: { title: string; number: (max: number) => string; whole: string; yesno: string; nonNegative: string };
}

const num = (n: number, lang: Language): string => (lang === "vi" ? String(n).replace(".", ",") : String(n));

export const FORM_TEXTS: Record<Language, FormTexts> = {
  vi: {
    sheet: "Phiếu tự chấm",
    metaSheet: "_khoi_phieu",
    title: (year) => `PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    block: "Khối:",
    unit: "Đơn vị:",
    year: "Năm:",
    instructions:
      "Nhập vào các ô trắng của cột «Tự chấm» (số liệu thực hiện với tiêu chí chỉ tiêu) và ghi minh chứng bên cạnh. " +
      "Các ô khác được khoá; không sửa điểm tối đa, chỉ tiêu hay tên trang. Lưu tệp (.xlsx) và gửi lại cho trưởng khối.",
    headers: { code: "Mã", name: "Tiêu chí", max: "Điểm tối đa", target: "Chỉ tiêu giao ước", value: "Tự chấm", score: "Điểm", note: "Minh chứng, ghi chú", guide: "Hướng dẫn" },
    base: "Điểm cơ bản",
    bonus: "Điểm thưởng",
    penalty: "Điểm trừ",
    total: "TỔNG ĐIỂM TỰ CHẤM (tạm tính)",
    totalNote: "Tạm tính từ điểm tự chấm; kết quả chính thức do khối thẩm định và thống nhất.",
    guide: {
      points: (max) => `Nhập điểm từ 0 đến ${num(max, "vi")}.`,
      bonus: (max) => `Điểm thưởng, từ 0 đến ${num(max, "vi")}.`,
      penalty: (max) => `Điểm bị trừ, từ 0 đến ${num(max, "vi")}.`,
      yesno: (yes, no) => `Chọn «${yes}» hoặc «${no}».`,
      count: (per, max) => `Nhập số lần (số nguyên); mỗi lần ${num(per, "vi")} điểm, tối đa ${num(max, "vi")}.`,
      target: (method) => `Nhập số thực hiện được; điểm tính theo chỉ tiêu giao ước (${method}).`,
      relative: "Điểm tạm tính: so với đơn vị tốt nhất khối khi lập phiếu.",
    },
    validation: {
      title: "Giá trị không hợp lệ",
      number: (max) => `Nhập một số từ 0 đến ${num(max, "vi")}.`,
      whole: "Nhập một số nguyên không âm.",
      yesno: "Chọn Có hoặc Không.",
      nonNegative: "Nhập một số không âm.",
    },
  },
  en: {
    sheet: "Self-scoring form",
    metaSheet: "_khoi_phieu",
    title: (year) => `SELF-SCORING FORM ${year}`,
    block: "Block:",
    unit: "Unit:",
    year: "Year:",
    instructions:
      "Fill in the white cells of the “Self score” column (the achieved value for target criteria) and note the evidence beside it. " +
      "Other cells are locked; do not change maxima, targets or the sheet name. Save the file (.xlsx) and send it back to the block leader.",
    headers: { code: "Code", name: "Criterion", max: "Max", target: "Target", value: "Self score", score: "Score", note: "Evidence, notes", guide: "Guidance" },
    base: "Base score",
    bonus: "Bonus",
    penalty: "Penalty",
    total: "SELF-SCORED TOTAL (provisional)",
    totalNote: "Provisional, from the self scores; the block appraises and agrees the official result.",
    guide: {
      points: (max) => `Enter points from 0 to ${max}.`,
      bonus: (max) => `Bonus points, 0 to ${max}.`,
      penalty: (max) => `Penalty points, 0 to ${max}.`,
      yesno: (yes, no) => `Choose “${yes}” or “${no}”.`,
      count: (per, max) => `Enter a whole count; ${per} points each, at most ${max}.`,
      target: (method) => `Enter the achieved value; scored against the target (${method}).`,
      relative: "Provisional: compared with the block's best unit when the form was made.",
    },
    validation: {
      title: "Invalid entry",
      number: (max) => `Enter a number from 0 to ${max}.`,
      whole: "Enter a whole number, 0 or more.",
      yesno: "Choose Yes or No.",
      nonNegative: "Enter a number, 0 or more.",
    },
  },
};
