// Reading the file a command was given, safely: only a regular file, never more than the limits allow (a device such
// as /dev/zero, or a 2 GB file, is refused before a byte is read), a workbook or a block file told apart by their
// content, and every failure one Vietnamese line (English in brackets) that says what to do.
import { open, stat } from "fs/promises";
import type { Finding } from "../core/types";
import { MAX_JSON_BYTES, MAX_XLSX_BYTES, megabytes } from "../xlsx/limits";
import { isZip } from "../xlsx/package";
import { readWorkbook, WorkbookReadError, type WorkbookReading } from "../xlsx/read";

/** A block to validate: its document, the reader's findings, and (from a workbook) where findings point. */
export interface LoadedInput {
  doc: unknown;
  findings: Finding[];
  locate?: WorkbookReading["locate"];
}

/** Bytes of a regular file of at most `limit` bytes; a string is the reason it cannot be read. */
export async function readFileWithin(path: string, limit: number): Promise<Uint8Array | string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "không có tệp này (no such file)" : code === "EACCES" ? "không có quyền đọc tệp (permission denied)" : "không đọc được (cannot read)";
  }
  if (info.isDirectory()) return "đây là thư mục, không phải tệp (a directory, not a file)";
  if (!info.isFile()) return "không phải tệp thông thường (not a regular file)";
  if (info.size > limit) return `tệp lớn ${megabytes(info.size)}, quá giới hạn ${megabytes(limit)} (the file is larger than the ${megabytes(limit)} limit)`;
  const handle = await open(path, "r");
  try {
    // Read at most limit + 1 bytes: a file that grows while being read is still caught.
    const buffer = new Uint8Array(Math.min(info.size, limit) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) return `tệp lớn hơn giới hạn ${megabytes(limit)} (the file is larger than the ${megabytes(limit)} limit)`;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xls|ods|xlsb)$/i;

/** Line and column of a character offset, for pointing at a JSON syntax error. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A block file's text: invalid UTF-8 is decoded with replacement characters AND reported (names would be damaged). */
function decodeBlockFile(bytes: Uint8Array): { text: string; findings: Finding[] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), findings: [] };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    const at = text.indexOf("\uFFFD");
    const { line, column } = lineAndColumn(text, Math.max(0, at));
    return {
      text,
      findings: [{
        code: "ENCODING_INVALID", severity: "error",
        message: `Tệp không phải văn bản UTF-8 hợp lệ (từ dòng ${line}, cột ${column}): các chữ có dấu ở đó đã bị hỏng. Lưu lại tệp với mã hoá UTF-8 (ví dụ trong Notepad: Lưu thành, Mã hoá UTF-8).`,
        messageEn: `The file is not valid UTF-8 text (from line ${line}, column ${column}): accented letters there are damaged. Save the file again as UTF-8.`,
      }],
    };
  }
}

/** Reads a block workbook (.xlsx) or a block file (.json) for `khoi evaluate` and the commands like it. */
export async function loadBlockInput(path: string): Promise<LoadedInput | string> {
  const looksLikeWorkbook = WORKBOOK_EXTENSIONS.test(path);
  const bytes = await readFileWithin(path, looksLikeWorkbook ? MAX_XLSX_BYTES : Math.max(MAX_XLSX_BYTES, MAX_JSON_BYTES));
  if (typeof bytes === "string") return `${path}: ${bytes}`;
  // By content first: a workbook renamed .json is still a workbook, an .xls is told apart by its own signature.
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isZip(bytes) || ole || looksLikeWorkbook) {
    try {
      return await readWorkbook(bytes);
    } catch (error) {
      const reason = error instanceof WorkbookReadError ? error.message : "không đọc được sổ (cannot read the workbook)";
      return `${path}: ${reason}`;
    }
  }
  if (bytes.length > MAX_JSON_BYTES) return `${path}: tệp khối lớn hơn giới hạn ${megabytes(MAX_JSON_BYTES)} (a block file above the ${megabytes(MAX_JSON_BYTES)} limit)`;
  const { text, findings } = decodeBlockFile(bytes);
  if (text.trim() === "") return `${path}: tệp rỗng — cần một tệp khối .json hoặc một sổ .xlsx (the file is empty: give a block .json or a workbook .xlsx)`;
  try {
    return { doc: JSON.parse(text), findings };
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const where = position ? lineAndColumn(text, Number(position[1])) : null;
    const at = where ? ` ở dòng ${where.line}, cột ${where.column}` : "";
    const atEn = where ? ` at line ${where.line}, column ${where.column}` : "";
    return `${path}: không phải tệp khối .json hợp lệ — lỗi cú pháp JSON${at}; cần một tệp khối .json (khoi template in một mẫu) hoặc một sổ .xlsx (not a valid block file: JSON syntax error${atEn})`;
  }
}
