// `khoi forms BOOK.xlsx -o DIR [--unit ID]… [--lang vi|en] [--who NAME]`: one self-scoring form per unit (or for
// the chosen units) in DIR, named from the unit's name in plain ASCII. Each form sent is recorded in BOOK's Nhật ký
// (temporary file, then rename, the previous book kept as a dated backup), so the Chấm điểm page knows it is out.
import { mkdir, readFile } from "fs/promises";
import { join } from "path";
import { parseBlock } from "../../core/parse";
import { sentEntry } from "../../forms/events";
import { formFileNames } from "../../forms/filename";
import { GridBook } from "../../workbook/grid";
import { writeFormFile, readMasterGrids, updateMasterFile } from "../../xlsx/forms";
import { readWorkbook } from "../../xlsx/read";
import type { CliIo } from "../io";
import { replaceFile } from "../safe-write";
import { officerOf } from "../../workbook/officer";
import { officerName } from "./who";

const USAGE = "khoi forms BOOK.xlsx -o DIR [--unit ID]… [--lang vi|en] [--who NAME]";

interface FormsArgs { book?: string; out?: string; units: string[]; lang?: string; who?: string; problems: string[] }

function parse(args: string[]): FormsArgs {
  const parsed: FormsArgs = { units: [], problems: [] };
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const value = (): string | undefined => {
      const v = args[++i];
      if (v === undefined) parsed.problems.push(`${word} cần một giá trị (needs a value)`);
      return v;
    };
    if (word === "-o" || word === "--output") parsed.out = value();
    else if (word === "--unit") { const v = value(); if (v !== undefined) parsed.units.push(v); }
    else if (word === "--lang") parsed.lang = value();
    else if (word === "--who") parsed.who = value();
    else if (word.startsWith("-") && word !== "-") parsed.problems.push(`không hiểu tuỳ chọn «${word}» (unknown option)`);
    else if (parsed.book === undefined) parsed.book = word;
    else parsed.problems.push(`thừa tham số «${word}» (unexpected argument)`);
  }
  return parsed;
}

export async function runFormsCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const parsed = parse(args);
  const fail = (line: string): number => {
    io.stderr(`khoi forms: ${line}\n`);
    return 2;
  };
  if (parsed.problems.length > 0) return fail(`${parsed.problems[0]}; cách dùng: ${USAGE}`);
  if (!parsed.book || !parsed.out) return fail(`cần sổ chấm điểm và -o THƯ_MỤC (need a workbook and -o DIR); cách dùng: ${USAGE}`);
  if (parsed.lang !== undefined && parsed.lang !== "vi" && parsed.lang !== "en") return fail(`--lang chỉ nhận vi hoặc en (got «${parsed.lang}»)`);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(parsed.book));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này (no such file)" : "không đọc được (cannot read)";
    return fail(`${parsed.book}: ${reason}`);
  }
  let doc: unknown;
  try {
    doc = (await readWorkbook(bytes)).doc;
  } catch (error) {
    return fail(`không đọc được sổ ${parsed.book} (cannot read workbook): ${error instanceof Error ? error.message : String(error)}`);
  }
  const { block, findings } = parseBlock(doc);
  if (!block) return fail(`sổ ${parsed.book} có lỗi cấu trúc (structural errors): ${findings[0]?.message ?? ""}`);
  const unknown = parsed.units.filter((id) => !block.units.some((u) => u.id === id));
  if (unknown.length > 0) return fail(`không có đơn vị mã ${unknown.map((u) => `«${u}»`).join(", ")} trong sổ (no such unit); các mã: ${block.units.map((u) => u.id).join(", ")}`);
  const units = parsed.units.length > 0 ? block.units.filter((u) => parsed.units.includes(u.id)) : block.units;
  if (units.length === 0) return fail("sổ chưa có đơn vị nào (the workbook has no units)");

  const grids = await readMasterGrids(bytes);
  const language = parsed.lang ?? (new GridBook(grids).metaValue("language") === "en" ? "en" : "vi");
  const names = formFileNames(units, block.block.year);
  const when = now();
  const time = when.toISOString();
  const who = officerName(parsed.who, officerOf(grids));
  try {
    await mkdir(parsed.out, { recursive: true });
  } catch (error) {
    return fail(`không tạo được thư mục ${parsed.out} (cannot create): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const written: string[] = [];
  for (const unit of units) {
    const { bytes: form } = await writeFormFile(block, unit.id, { language: language === "en" ? "en" : "vi" });
    const path = join(parsed.out, names.get(unit.id)!);
    try {
      await replaceFile(path, form, { backup: false, now: when });
    } catch (error) {
      return fail(`không ghi được ${path} (cannot write): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    written.push(path);
    io.stdout(`${unit.name} → ${path}\n`);
  }
  const entries = units.map((u) => sentEntry(u, names.get(u.id)!, time, who));
  try {
    const updated = await updateMasterFile(bytes, [], entries);
    const backup = await replaceFile(parsed.book, updated, { backup: true, now: when });
    io.stdout(`Đã tạo ${written.length} phiếu tự chấm trong ${parsed.out}; ghi nhận việc gửi vào Nhật ký của ${parsed.book}${backup ? ` (bản cũ: ${backup})` : ""}.\n`);
  } catch (error) {
    return fail(`đã tạo phiếu nhưng không ghi được Nhật ký vào ${parsed.book} (forms written, log not recorded): ${error instanceof Error ? error.message : String(error)}`);
  }
  return 0;
}
