// `khoi workbook BLOCK.json|BOOK.xlsx -o BOOK.xlsx [--formulas native|khoi] [--lang vi|en] [--next-year]`: writes a
// block's scoring workbook; with --next-year, next year's (src/workbook/next-year.ts) from this year's block.
// Native Excel formulas by default, so the file computes in any Excel, LibreOffice or viewer without the add-in.
// A block whose rules, units or criteria the workbook could not carry is refused (exit 1) with the reasons; an
// existing BOOK.xlsx is replaced through a temporary file and kept as a dated backup.
import { evaluate } from "../../core/evaluate";
import { parseBlock } from "../../core/parse";
import { workbookBlockers } from "../../workbook/blockers";
import { nextYearBlock } from "../../workbook/next-year";
import { writeWorkbook } from "../../xlsx/write";
import { parseArgs } from "../args";
import { loadBlockInput } from "../input";
import type { CliIo } from "../io";
import { replaceFile } from "../safe-write";

const USAGE = "khoi workbook BLOCK.json|BOOK.xlsx -o BOOK.xlsx [--formulas native|khoi] [--lang vi|en] [--next-year]";

export async function runWorkbookCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["-o", "--output", "--formulas", "--lang"], ["--next-year"]);
  const output = parsed.options.get("-o") ?? parsed.options.get("--output");
  const formulas = parsed.options.get("--formulas") ?? "native";
  const lang = parsed.options.get("--lang") ?? "vi";
  const fail = (line: string): number => {
    io.stderr(`khoi workbook: ${line}\n`);
    return 2;
  };
  if (parsed.problems.length > 0) return fail(`${parsed.problems[0]}; cách dùng: ${USAGE}`);
  if (parsed.positional.length !== 1 || !output) return fail(`cần một tệp khối và -o SỔ.xlsx (need a block file and -o BOOK.xlsx); cách dùng: ${USAGE}`);
  if (formulas !== "native" && formulas !== "khoi") return fail(`--formulas chỉ nhận native hoặc khoi (got «${formulas}»)`);
  if (lang !== "vi" && lang !== "en") return fail(`--lang chỉ nhận vi hoặc en (got «${lang}»)`);

  const path = parsed.positional[0];
  const loaded = await loadBlockInput(path);
  if (typeof loaded === "string") return fail(loaded);
  const { block: thisYear, findings } = parseBlock(loaded.doc);
  const block = thisYear && parsed.flags.has("--next-year") ? nextYearBlock(thisYear) : thisYear;
  // What the workbook could not carry is refused (exit 1), each reason on its own line: fix the block file first.
  const blockers = workbookBlockers([...loaded.findings, ...findings]);
  if (!block) return fail(`${path} không phải tệp khối khoi-block/1 dùng được (not a usable block file): ${findings[0]?.message ?? ""}`.trim());
  if (blockers.length > 0) {
    const lines = blockers.map((f) => `  - ${lang === "en" ? f.messageEn : f.message}`);
    io.stderr(`khoi workbook: ${path}: chưa tạo sổ — sổ sẽ không giữ được những điều sau (no workbook written: it could not keep what follows); sửa tệp khối rồi chạy lại:\n${lines.join("\n")}\n`);
    return 1;
  }

  const bytes = await writeWorkbook(block, { formulas, language: lang });
  try {
    await replaceFile(output, bytes, { backup: true, now: new Date() });
  } catch (error) {
    return fail(`không ghi được ${output} (cannot write): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const kind = formulas === "native" ? "công thức Excel gốc (native formulas)" : "hàm KHOI.* (cần add-in Khối)";
  io.stdout(`Đã tạo sổ chấm điểm ${output} năm ${block.block.year}: ${block.units.length} đơn vị, ${kind}.\n`);
  if (block !== thisYear) {
    const who = (id?: string) => block.units.find((u) => u.id === id)?.name ?? "chưa chọn";
    io.stdout(`Năm mới: Trưởng khối ${who(block.block.leader)}, Phó trưởng khối ${who(block.block.deputy)}; chỉ tiêu, điểm và phiếu để trống.\n`);
    return 0;
  }
  const errors = evaluate(loaded.doc).findings.filter((f) => f.severity === "error").length;
  if (errors > 0) io.stdout(`Lưu ý: khối có ${errors} lỗi cần sửa; xem \`khoi evaluate ${output}\` sau khi tính lại.\n`);
  return 0;
}
