// The built-in demo: Lạng Sơn's Cụm thi đua II (central enterprises), 2020, from the shared example (copied here so
// the built page needs nothing outside dist/). Its scores give the reported outcome: Ga Đồng Đăng first with the
// flag, Lương thực Cao Lạng second with the Bằng khen.
import type ExcelJS from "exceljs";
import { parseBlock } from "../core/parse";
import { buildLayout } from "../workbook/build";
import type { Language } from "../workbook/model";
import { layoutToWorkbook } from "../xlsx/write";
import example from "./demo/lang-son-cum-ii-2020.json";

export const DEMO_DOCUMENT: unknown = example;

export async function demoBook(language: Language): Promise<ExcelJS.Workbook> {
  const { block, findings } = parseBlock(DEMO_DOCUMENT);
  if (!block) throw new Error(`Sổ mẫu không đọc được: ${findings.map((f) => f.message).join(" ")}`);
  return layoutToWorkbook(buildLayout(block, { formulas: "native", language }));
}
