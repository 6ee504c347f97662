// `khoi repair BOOK.xlsx [--dry-run] [--who NAME]`: rewrites the KHOI.* formulas that show #NAME? (saved with an
// `_xldudf_` prefix, or pointing at another add-in's file) from the block's layout, in native Excel formulas (they
// compute in every Excel and in LibreOffice), with one Nhật ký line per cell; the book is replaced through a
// temporary file and the previous one kept as a dated backup, as `khoi import` does.
import { readFile } from "fs/promises";
import type { FormulaRepair } from "../../workbook/repair";
import { repairWorkbookFile } from "../../xlsx/repair";
import type { CliIo } from "../io";
import { replaceFile } from "../safe-write";
import { officerName } from "./who";
import { parseArgs } from "../args";

const USAGE = "khoi repair BOOK.xlsx [--dry-run] [--who NAME]";

const KIND_TEXT: Record<FormulaRepair["kind"], string> = {
  xldudf: "tiền tố _xldudf_",
  foreign: "trỏ sang tệp khác",
  noCustomFunctions: "hàm KHOI.* không chạy được",
};

export async function runRepairCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const fail = (line: string): number => {
    io.stderr(`khoi repair: ${line}\n`);
    return 2;
  };
  const parsed = parseArgs(args, ["--who"], ["--dry-run"]);
  if (parsed.problems.length > 0) return fail(`${parsed.problems[0]}; cách dùng: ${USAGE}`);
  const files = parsed.positional;
  const who = parsed.options.get("--who");
  const dryRun = parsed.flags.has("--dry-run");
  if (files.length !== 1) return fail(`cần đúng một sổ chấm điểm (need one workbook); cách dùng: ${USAGE}`);
  const [book] = files;

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(book));
  } catch (error) {
    return fail(`${book}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này (no such file)" : "không đọc được (cannot read)"}`);
  }
  const when = now();
  let result: Awaited<ReturnType<typeof repairWorkbookFile>>;
  try {
    result = await repairWorkbookFile(bytes, { who, fallbackWho: officerName(undefined), now: when });
  } catch (error) {
    return fail(`không đọc được sổ ${book} (cannot read workbook): ${error instanceof Error ? error.message : String(error)}`);
  }
  const { plan } = result;
  if (plan.problem) {
    io.stderr(`khoi repair: ${plan.problem} Sổ giữ nguyên.\n`);
    return 1;
  }
  if (plan.repairs.length === 0) {
    io.stdout(`Không có công thức KHOI.* nào bị lỗi #NAME? trong ${book}; sổ giữ nguyên.\n`);
    return 0;
  }
  io.stdout(`Công thức cần sửa (${plan.repairs.length} ô, ghi lại bằng công thức Excel gốc):\n`);
  for (const r of plan.repairs) io.stdout(`  ${r.sheet}!${r.address}: =${r.old} → =${r.new} (${KIND_TEXT[r.kind]})\n`);
  if (plan.modeWrite) io.stdout("Sổ chuyển sang công thức Excel gốc (hàm KHOI.* không còn dùng).\n");
  if (dryRun || !result.bytes) {
    io.stdout(`Xem trước (--dry-run): chưa ghi gì vào ${book}.\n`);
    return 0;
  }
  try {
    const backup = await replaceFile(book, result.bytes, { backup: true, now: when });
    io.stdout(`Đã sửa ${plan.repairs.length} ô công thức trong ${book} và ghi ${result.log.length} dòng Nhật ký; bản cũ: ${backup ?? "(không có)"}.\n`);
  } catch (error) {
    return fail(`không ghi được ${book}; tệp giữ nguyên (cannot write; the file is unchanged): ${error instanceof Error ? error.message : String(error)}`);
  }
  return 0;
}
