// Reads the board's marks back from a consolidated workbook (PROVINCE.xlsx, perhaps edited and saved by Excel or
// LibreOffice): the rows of the Government-flag table whose Chọn cell holds "x".
import ExcelJS from "exceljs";
import { cellAddress, parseRange } from "../workbook/a1";
import { summarizeReading } from "../province/summarize";
import type { BoardChoice, FileOutcome, ProvinceFile, SealState } from "../province/types";
import type { SheetGrids } from "../workbook/model";
import { isZip } from "./package";
import { loadWorkbook, readWorkbookAndGrids, WorkbookReadError } from "./read";
import { CHOICE_MARK, GOV_FLAG_NAME, GOV_FLAG_TABLE } from "./province-write";

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in (value as object)) {
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join("").trim();
  }
  if (typeof value === "object" && "result" in (value as object)) return text((value as { result: unknown }).result);
  return String(value).trim();
}

/** True when the loaded workbook is a consolidated province workbook (it has the Government-flag table's name). */
export function isProvinceWorkbook(wb: ExcelJS.Workbook): boolean {
  return (wb.definedNames.model as { name: string }[]).some((n) => n.name === GOV_FLAG_NAME);
}

/** The board's marks; null when the workbook is not a consolidated province workbook. */
export function boardChoices(wb: ExcelJS.Workbook, file: string): BoardChoice[] | null {
  const name = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === GOV_FLAG_NAME);
  const range = name?.ranges[0] ? parseRange(name.ranges[0]) : undefined;
  const ws = range?.sheet ? wb.getWorksheet(range.sheet) : undefined;
  if (!range || !ws) return null;
  const choices: BoardChoice[] = [];
  const t = GOV_FLAG_TABLE;
  // The table may have grown when the board inserted rows: read past its end until the sheet's last row.
  for (let r = range.row1 + 2; r <= Math.max(range.row2 + 1, ws.rowCount); r++) {
    const mark = text(ws.getCell(r, t.choice).value).toLowerCase();
    const unitName = text(ws.getCell(r, t.unit).value);
    if (mark !== CHOICE_MARK || unitName === "") continue;
    const blockId = text(ws.getCell(r, t.blockId).value);
    const unitId = text(ws.getCell(r, t.unitId).value);
    choices.push({
      file, unitName, cell: { sheet: ws.name, address: cellAddress(r - 1, t.choice - 1) },
      ...(blockId && unitId ? { blockId, unitId } : {}),
    });
  }
  return choices;
}

/** Reads .xlsx bytes as a province workbook: its marks, or null when it is something else (or unreadable). */
export async function readBoardChoices(data: Uint8Array, file: string): Promise<BoardChoice[] | null> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(data);
  } catch {
    return null;
  }
  return boardChoices(wb, file);
}

const skip = (file: ProvinceFile, reason: string, reasonEn: string): FileOutcome => ({ skipped: { file, reason, reasonEn } });

/** "tiếng Việt (English (with brackets))" → the two halves (the last bracket, balanced); otherwise the text twice. */
function splitMessage(message: string): [string, string] {
  const text = message.trim().replace(/\.$/, "");
  if (!text.endsWith(")")) return [message, message];
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) {
      const vi = text.slice(0, i).trim();
      return vi ? [vi, text.slice(i + 1, -1)] : [message, message];
    }
  }
  return [message, message];
}

/**
 * One file the board gave, as bytes (read from disk by the CLI, dropped on the standalone page): a block workbook's
 * summary, a consolidated province workbook's marks, or why it is skipped. `choicesOnly` reads marks only.
 */
export async function readProvinceBytes(file: ProvinceFile, bytes: Uint8Array, choicesOnly = false): Promise<FileOutcome> {
  const base = file.name.split(/[\\/]/).pop() ?? file.name;
  if (base.startsWith("~$")) {
    return skip(file, "tệp khoá tạm của Excel (sổ đang mở), không phải sổ của khối", "Excel's temporary lock file (a workbook is open), not a block workbook");
  }
  if (!isZip(bytes)) return skip(file, "không phải tệp .xlsx đọc được (tệp hỏng, hoặc đổi đuôi từ định dạng khác)", "not a readable .xlsx file (corrupt, or renamed from another format)");
  let notBlock: [string, string] = ["không phải sổ tổng hợp của tỉnh (không có bảng Cờ thi đua của Chính phủ)", "not a consolidated province workbook (no Government-flag table)"];
  if (!choicesOnly) {
    try {
      const { reading, grids } = await readWorkbookAndGrids(bytes);
      return { block: summarizeReading(file, reading, await sealOf(grids)) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (!(error instanceof WorkbookReadError)) return skip(file, `không đọc được sổ: ${detail}`, `cannot read the workbook: ${detail}`);
      notBlock = splitMessage(detail);
    }
  }
  const choices = await readBoardChoices(bytes, file.name);
  return choices === null ? skip(file, ...notBlock) : { choices, provinceFile: file.name };
}

/** The seal as the board sees it: verified against the workbook's cells now (src/seal/verify.ts). */
async function sealOf(grids: SheetGrids): Promise<SealState> {
  const { verifySeal } = await import("../seal/verify");
  const status = verifySeal(grids).status;
  return status === "unreadable" ? "unknown" : status;
}
