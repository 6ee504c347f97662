// `khoi seal BOOK.xlsx --by NAME`: the full check, then the seal (src/seal) written into BOOK in place, through a
// temporary file with the previous file kept as a dated backup. A block with error findings is not sealed (exit 1).
import { sealFile } from "../../xlsx/seal";
import { WorkbookReadError } from "../../xlsx/read";
import type { CliIo } from "../io";
import { parseArgs } from "../args";
import { replaceFile } from "../safe-write";
import { formatRefusal, formatSealed, readBook } from "./seal-common";

const USAGE = "Cách dùng / Usage: khoi seal BOOK.xlsx --by NAME\n";

export async function runSealCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const parsed = parseArgs(args, ["--by"], []);
  const by = parsed.options.get("--by");
  if (parsed.problems.length > 0 || parsed.positional.length !== 1 || !by || by.trim() === "") {
    io.stderr(`khoi seal: ${parsed.problems[0] ?? (parsed.positional.length !== 1 ? "cần đúng một sổ .xlsx (exactly one workbook)" : "cần tên người niêm phong: --by NAME (the sealing officer's name is needed)")}\n${USAGE}`);
    return 2;
  }
  const path = parsed.positional[0];
  const data = await readBook(path);
  if (typeof data === "string") {
    io.stderr(`khoi seal: ${path}: ${data}\n`);
    return 2;
  }
  const when = now();
  let sealed;
  try {
    sealed = await sealFile(data, by, when);
  } catch (error) {
    io.stderr(`khoi seal: ${path}: ${error instanceof WorkbookReadError ? error.message : "không đọc được sổ (cannot read the workbook)"}\n`);
    return 2;
  }
  if (!sealed.plan.ok || !sealed.bytes) {
    io.stderr(formatRefusal(sealed.plan as Exclude<typeof sealed.plan, { ok: true }>));
    return sealed.plan.ok ? 2 : sealed.plan.reason === "notBlock" ? 2 : 1;
  }
  try {
    const backup = await replaceFile(path, sealed.bytes, { backup: true, now: when });
    io.stdout(`${formatSealed(sealed.plan)}Đã ghi ${path}; bản cũ: ${backup ?? "(không có)"}.\n`);
  } catch (error) {
    io.stderr(`khoi seal: không ghi được ${path}; tệp giữ nguyên (cannot write; the file is unchanged): ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return 0;
}
