// Looks inside a file before ExcelJS does: what kind of file it is (.xls, .ods, a zip that is no workbook…), whether
// it stays within the limits of limits.ts once unzipped (src/xlsx/unzip.ts), and which defined names are too large
// to hand to ExcelJS (it lists every cell of a name). Runs in Node and in the browser (fflate, no Node API).
import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { columnIndex } from "../workbook/a1";
import { MAX_INFLATED_BYTES, MAX_NAME_CELLS, MAX_XLSX_BYTES, MAX_ZIP_ENTRIES, megabytes } from "./limits";
import { LimitExceeded, unzipWithinLimits, unzipWithinLimitsQuickly } from "./unzip";

/** The file is not a workbook Khối can read: the message says why and what to do (Vietnamese, English in brackets);
 *  `vi` and `en` hold the two halves for callers that show one language. */
export class WorkbookReadError extends Error {
  constructor(message: string, readonly vi: string = message, readonly en: string = message) {
    super(message);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte);
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP_MAGIC);

const fail = (vi: string, en: string): never => {
  throw new WorkbookReadError(`${vi} (${en})`, vi, en);
};

/** Cells covered by one area of a defined name: "$A$1:$B$9", "$A:$C" (whole columns), "$2:$5" (whole rows). */
function areaCells(area: string): number {
  const ref = area.slice(area.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = ref.split(":");
  const cell = /^([A-Za-z]{1,3})?(\d+)?$/;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (!a || !b) return 0; // a constant or a formula: no cells to list
  const rows = a[2] && b[2] ? Math.abs(Number(b[2]) - Number(a[2])) + 1 : 1_048_576;
  const columns = a[1] && b[1] ? Math.abs(columnIndex(b[1]) - columnIndex(a[1])) + 1 : 16_384;
  return rows * columns;
}

const unescapeXml = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The workbook's defined names and their cell counts, read from xl/workbook.xml. */
export function definedNamesOf(workbookXml: string): { name: string; address: string; cells: number; element: string }[] {
  const out: { name: string; address: string; cells: number; element: string }[] = [];
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (name === undefined) continue;
    const address = unescapeXml(m[2]);
    const cells = address.split(",").reduce((n, area) => n + areaCells(area.trim()), 0);
    out.push({ name: unescapeXml(name), address, cells, element: m[0] });
  }
  return out;
}

export interface CheckedPackage {
  /** The bytes to give ExcelJS: the file itself, or a copy without the defined names that are too large. */
  data: Uint8Array;
  /** Names left out of `data` (their addresses are still known). */
  droppedNames: { name: string; address: string; cells: number }[];
  /** Every part of the file, unzipped (the standalone page reads the sheets from them quickly: src/xlsx/snapshot.ts). */
  parts: Map<string, Uint8Array>;
}

/** Refuses, with a message an officer can act on, anything that is not an .xlsx within the limits. */
export function checkPackage(bytes: Uint8Array, label = "tệp"): CheckedPackage {
  checkBeforeUnzip(bytes, label);
  let parts: Map<string, Uint8Array>;
  try {
    parts = unzipWithinLimits(bytes);
  } catch (error) {
    return unzipFailed(error, label);
  }
  return checkParts(bytes, parts, label);
}

/** checkPackage with the platform's inflater where there is one (the standalone page: several times faster). */
export async function checkPackageQuickly(bytes: Uint8Array, label = "tệp"): Promise<CheckedPackage> {
  checkBeforeUnzip(bytes, label);
  let parts: Map<string, Uint8Array>;
  try {
    parts = await unzipWithinLimitsQuickly(bytes);
  } catch (error) {
    return unzipFailed(error, label);
  }
  return checkParts(bytes, parts, label);
}

function checkBeforeUnzip(bytes: Uint8Array, label: string): void {
  if (bytes.length === 0) fail(`${label} rỗng (0 byte)`, "the file is empty");
  if (bytes.length > MAX_XLSX_BYTES) {
    fail(`${label} lớn ${megabytes(bytes.length)}, quá giới hạn ${megabytes(MAX_XLSX_BYTES)} của một sổ chấm điểm`, `the file is ${megabytes(bytes.length)}, above the ${megabytes(MAX_XLSX_BYTES)} limit of a scoring workbook`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    fail(`${label} là sổ Excel 97–2003 (.xls) hoặc sổ có mật khẩu mở: mở bằng Excel, bỏ mật khẩu nếu có, rồi Lưu thành «Sổ làm việc Excel (.xlsx)»`,
      "an Excel 97–2003 (.xls) or password-protected workbook: open it in Excel, remove the password if any, and save it as an Excel Workbook (.xlsx)");
  }
  if (!isZip(bytes)) fail(`${label} không phải sổ Excel .xlsx đọc được`, "not a readable .xlsx workbook");
}

function unzipFailed(error: unknown, label: string): never {
  if (error instanceof LimitExceeded) {
    return error.message === "entries"
      ? fail(`${label} chứa hơn ${MAX_ZIP_ENTRIES} phần, không phải một sổ chấm điểm bình thường`, `more than ${MAX_ZIP_ENTRIES} parts: not an ordinary workbook`)
      : fail(`${label} khi giải nén lớn hơn ${megabytes(MAX_INFLATED_BYTES)} (tệp nén bất thường hoặc quá lớn); Khối không mở tệp này`, `it unpacks to more than ${megabytes(MAX_INFLATED_BYTES)} (an abnormal or oversized archive); Khối does not open it`);
  }
  return fail(`${label} bị hỏng: không giải nén được (tệp tải về chưa hết, hoặc bị cắt khi gửi email?)`, "the file is damaged and cannot be unpacked (an incomplete download, or cut in an email?)");
}

/** What the parts say the file is; a workbook's too-large names are taken out of the copy ExcelJS gets. */
function checkParts(bytes: Uint8Array, parts: Map<string, Uint8Array>, label: string): CheckedPackage {
  const mimetype = parts.get("mimetype");
  if (mimetype && strFromU8(mimetype).startsWith("application/vnd.oasis.opendocument")) {
    fail(`${label} là bảng tính OpenDocument (.ods): trong LibreOffice chọn Lưu thành, kiểu «Excel 2007-365 (.xlsx)»`, "an OpenDocument spreadsheet (.ods): in LibreOffice use Save As, type Excel 2007-365 (.xlsx)");
  }
  const workbook = parts.get("xl/workbook.xml");
  if (!workbook) {
    const what = parts.has("word/document.xml") ? "tài liệu Word" : parts.has("ppt/presentation.xml") ? "bản trình chiếu PowerPoint" : "tệp nén";
    fail(`${label} là ${what}, không phải sổ Excel .xlsx đọc được`, "a zip archive that is not an Excel workbook");
  }
  const xml = strFromU8(workbook!);
  const large = definedNamesOf(xml).filter((n) => n.cells > MAX_NAME_CELLS);
  if (large.length === 0) return { data: bytes, droppedNames: [], parts };
  // ExcelJS would list every cell of these names: hand it a copy of the file without them (stored, not compressed).
  let trimmed = xml;
  for (const n of large) trimmed = trimmed.replace(n.element, "");
  trimmed = trimmed.replace(/<definedNames>\s*<\/definedNames>/, "");
  const zippable: Zippable = {};
  for (const [name, data] of parts) zippable[name] = name === "xl/workbook.xml" ? strToU8(trimmed) : data;
  return { data: zipSync(zippable, { level: 0 }), droppedNames: large.map(({ name, address, cells }) => ({ name, address, cells })), parts };
}
