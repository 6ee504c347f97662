// Reads the block workbooks the board gave, one at a time (a country's worth must not sit in memory at once): each
// file's bytes are read, turned into its small summary and dropped before the next file is opened.
import { readdir, readFile, stat } from "fs/promises";
import { join, resolve } from "path";
import { summarizeReading } from "../province/summarize";
import type { BlockFileSummary, BoardChoice, ProvinceFile, SkippedFile } from "../province/types";
import { readBoardChoices } from "../xlsx/province-read";
import { readWorkbook, WorkbookReadError } from "../xlsx/read";

export interface ProvinceInputs {
  blocks: BlockFileSummary[];
  skipped: SkippedFile[];
  choices: BoardChoice[];
  /** Consolidated workbooks whose marks were read. */
  provinceFiles: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

/** Every .xlsx under a folder (sub-folders too), in name order. */
async function xlsxUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await xlsxUnder(path)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".xlsx")) found.push(path);
  }
  return found;
}

function skip(file: ProvinceFile, reason: string, reasonEn: string): SkippedFile {
  return { file, reason, reasonEn };
}

/** "tiếng Việt (English)" → the two halves; otherwise the same text twice. */
function splitMessage(message: string): [string, string] {
  const m = /^(.*\S)\s*\(([^()]+)\)\.?$/s.exec(message);
  return m ? [m[1], m[2]] : [message, message];
}

export interface ReadOptions {
  /** Called after each file, e.g. for a progress line. */
  onFile?: (path: string) => void;
}

/** Reads every path (a file or a folder searched for .xlsx) into block summaries, skipped files and the board's marks. */
export async function readProvinceInputs(paths: readonly string[], choiceFiles: readonly string[] = [], options: ReadOptions = {}): Promise<ProvinceInputs> {
  const out: ProvinceInputs = { blocks: [], skipped: [], choices: [], provinceFiles: [] };
  const files: string[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) files.push(...(await xlsxUnder(path)));
      else files.push(path);
    } catch {
      out.skipped.push(skip({ name: path, modified: 0 }, "không có tệp hay thư mục này", "no such file or folder"));
    }
  }
  for (const path of [...new Set(files)]) {
    await readOne(path, out, false);
    options.onFile?.(path);
  }
  const read = new Set(out.provinceFiles.map((p) => resolve(p)));
  for (const path of choiceFiles) if (!read.has(resolve(path))) await readOne(path, out, true);
  return out;
}

async function readOne(path: string, out: ProvinceInputs, choicesOnly: boolean): Promise<void> {
  let bytes: Uint8Array;
  let file: ProvinceFile;
  try {
    const info = await stat(path);
    bytes = await readFile(path);
    file = { name: path, modified: info.mtimeMs };
  } catch {
    out.skipped.push(skip({ name: path, modified: 0 }, "không đọc được tệp", "cannot read the file"));
    return;
  }
  if (path.split(/[\\/]/).pop()?.startsWith("~$")) {
    out.skipped.push(skip(file, "tệp khoá tạm của Excel (sổ đang mở), không phải sổ của khối", "Excel's temporary lock file (a workbook is open), not a block workbook"));
    return;
  }
  if (!isZip(bytes)) {
    out.skipped.push(skip(file, "không phải tệp .xlsx đọc được (tệp hỏng, hoặc đổi đuôi từ định dạng khác)", "not a readable .xlsx file (corrupt, or renamed from another format)"));
    return;
  }
  if (!choicesOnly) {
    try {
      out.blocks.push(summarizeReading(file, await readWorkbook(bytes)));
      return;
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) {
        const detail = error instanceof Error ? error.message : String(error);
        out.skipped.push(skip(file, `không đọc được sổ: ${detail}`, `cannot read the workbook: ${detail}`));
        return;
      }
      const choices = await readBoardChoices(bytes, path);
      if (choices !== null) {
        out.choices.push(...choices);
        out.provinceFiles.push(path);
        return;
      }
      const [vi, en] = splitMessage(error.message);
      out.skipped.push(skip(file, vi, en));
      return;
    }
  }
  const choices = await readBoardChoices(bytes, path);
  if (choices === null) out.skipped.push(skip(file, "không phải sổ tổng hợp của tỉnh (không có bảng Cờ thi đua của Chính phủ)", "not a consolidated province workbook (no Government-flag table)"));
  else {
    out.choices.push(...choices);
    out.provinceFiles.push(path);
  }
}
