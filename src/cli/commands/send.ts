// `khoi send BOOK.xlsx [--values] -o OUT.xlsx [--by NAME]` (default: the officer's name saved in BOOK, else the
// login name): prepare the workbook for sending — native Excel formulas
// (no KHOI.* left), or with --values every formula replaced by its value — then read it back, check it and seal it.
// OUT is written through a temporary file (a previous OUT kept as a dated backup); BOOK is never changed.
import { sendFile } from "../../xlsx/seal";
import { WorkbookReadError } from "../../xlsx/read";
import type { CliIo } from "../io";
import { parseArgs } from "../args";
import { replaceFile } from "../safe-write";
import { officerName } from "./who";
import { officerOf } from "../../workbook/officer";
import { readMasterGrids } from "../../xlsx/forms";
import { formatRefusal, formatSealed, readBook } from "./seal-common";

const USAGE = "Cách dùng / Usage: khoi send BOOK.xlsx [--values] -o OUT.xlsx [--by NAME]\n";

export async function runSendCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const parsed = parseArgs(args, ["-o", "--by"], ["--values"]);
  const out = parsed.options.get("-o");
  if (parsed.problems.length > 0 || parsed.positional.length !== 1 || !out) {
    io.stderr(`khoi send: ${parsed.problems[0] ?? (parsed.positional.length !== 1 ? "cần đúng một sổ .xlsx (exactly one workbook)" : "cần tệp ra: -o OUT.xlsx (an output file is needed)")}\n${USAGE}`);
    return 2;
  }
  const path = parsed.positional[0];
  const data = await readBook(path);
  if (typeof data === "string") {
    io.stderr(`khoi send: ${path}: ${data}\n`);
    return 2;
  }
  const when = now();
  const choice = parsed.flags.has("--values") ? "values" : "native";
  let sent;
  try {
    // --by, else the officer's name remembered in the workbook, else the login name.
    const given = parsed.options.get("--by");
    const by = given?.trim() ? given : officerOf(await readMasterGrids(data)) ?? officerName(undefined);
    sent = await sendFile(data, choice, by, when);
  } catch (error) {
    io.stderr(`khoi send: ${path}: ${error instanceof WorkbookReadError || error instanceof Error ? error.message : "không đọc được sổ (cannot read the workbook)"}\n`);
    return 2;
  }
  const { report, plan } = sent;
  io.stdout(choice === "values"
    ? `Chỉ giữ giá trị: ${report.cells} ô công thức được thay bằng giá trị${report.uncomputed > 0 ? `; ${report.uncomputed} ô chưa có giá trị tính sẵn trong tệp nên để trống (mở sổ bằng Excel hoặc LibreOffice, lưu, rồi gửi lại để có đủ)` : ""}.\n`
    : `Công thức Excel thông thường: ${report.cells} ô công thức được viết lại.\n`);
  if (!plan.ok || !sent.bytes) {
    io.stderr(formatRefusal(plan as Exclude<typeof plan, { ok: true }>));
    return !plan.ok && plan.reason === "errors" ? 1 : 2;
  }
  try {
    const backup = await replaceFile(out, sent.bytes, { backup: true, now: when });
    io.stdout(`${formatSealed(plan)}Đã ghi ${out}${backup ? `; bản cũ: ${backup}` : ""}.\n`);
  } catch (error) {
    io.stderr(`khoi send: không ghi được ${out} (cannot write): ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return 0;
}
