// `khoi workbook BLOCK.json -o BOOK.xlsx [--formulas native|khoi] [--lang vi|en]`: writes a block's scoring workbook.
// Native Excel formulas by default, so the file computes in any Excel, LibreOffice or viewer without the add-in.
import { readFile, writeFile } from "fs/promises";
import { evaluate } from "../../core/evaluate";
import { parseBlock } from "../../core/parse";
import { writeWorkbook } from "../../xlsx/write";
import { parseArgs } from "../args";
import type { CliIo } from "../io";

const USAGE = "khoi workbook BLOCK.json -o BOOK.xlsx [--formulas native|khoi] [--lang vi|en]";

export async function runWorkbookCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["-o", "--output", "--formulas", "--lang"], []);
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
  let text: string;
  try {
    text = new TextDecoder("utf-8").decode(await readFile(path)).replace(/^\uFEFF/, "");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này (no such file)" : "không đọc được (cannot read)";
    return fail(`${path}: ${reason}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail(`${path} không phải JSON hợp lệ (invalid JSON): ${error instanceof Error ? error.message : String(error)}`);
  }
  const { block, findings } = parseBlock(doc);
  if (!block) {
    const first = findings[0];
    return fail(`${path} không phải tệp khối khoi-block/1 dùng được (not a usable block file): ${first ? first.message : ""}`.trim());
  }

  const bytes = await writeWorkbook(block, { formulas, language: lang });
  try {
    await writeFile(output, bytes);
  } catch (error) {
    return fail(`không ghi được ${output} (cannot write): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const kind = formulas === "native" ? "công thức Excel gốc (native formulas)" : "hàm KHOI.* (cần add-in Khối)";
  io.stdout(`Đã tạo sổ chấm điểm ${output}: ${block.units.length} đơn vị, ${kind}.\n`);
  const errors = evaluate(doc).findings.filter((f) => f.severity === "error").length;
  if (errors > 0) io.stdout(`Lưu ý: khối có ${errors} lỗi cần sửa; xem \`khoi evaluate ${output}\` sau khi tính lại.\n`);
  return 0;
}
