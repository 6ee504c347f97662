// `khoi verify BOOK.xlsx [--json]`: compares the workbook with the seal kept in it. Exit 0 intact, 1 changed since
// sealing, 2 unreadable or never sealed. Reveals edits made without Khối's seal being redone; not a digital signature.
import { verifyExitCode } from "../../seal";
import { verifyFile } from "../../xlsx/seal";
import { WorkbookReadError } from "../../xlsx/read";
import type { CliIo } from "../io";
import { parseArgs } from "../args";
import { formatVerify, readBook } from "./seal-common";

const USAGE = "Cách dùng / Usage: khoi verify BOOK.xlsx [--json]\n";

export async function runVerifyCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, [], ["--json"]);
  if (parsed.problems.length > 0 || parsed.positional.length !== 1) {
    io.stderr(`khoi verify: ${parsed.problems[0] ?? "cần đúng một sổ .xlsx (exactly one workbook)"}\n${USAGE}`);
    return 2;
  }
  const path = parsed.positional[0];
  const data = await readBook(path);
  if (typeof data === "string") {
    io.stderr(`khoi verify: ${path}: ${data}\n`);
    return 2;
  }
  let report;
  try {
    report = await verifyFile(data);
  } catch (error) {
    io.stderr(`khoi verify: ${path}: ${error instanceof WorkbookReadError ? error.message : "không đọc được sổ (cannot read the workbook)"}\n`);
    return 2;
  }
  if (parsed.flags.has("--json")) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(formatVerify(report));
  return verifyExitCode(report.status);
}
