// `khoi evaluate FILE [--json] [--lang vi|en]`: score, rank and validate a block file or a block workbook (spec §7).
import { readFile } from "fs/promises";
import type { Finding } from "../../core/types";
import { validateReading } from "../../workbook/validate";
import { readWorkbook } from "../../xlsx/read";
import { CliIo } from "../io";
import { parseArgs } from "../args";
import { formatReport, ReportLanguage } from "../report";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

interface Loaded {
  doc: unknown;
  findings: Finding[];
  locate?: (finding: Finding) => Finding["cell"];
}

async function loadInput(path: string, bytes: Uint8Array): Promise<Loaded | string> {
  if (isZip(bytes) || path.toLowerCase().endsWith(".xlsx")) {
    try {
      const book = await readWorkbook(bytes);
      return book;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return `không đọc được sổ Excel ${path} (cannot read workbook): ${detail}`;
    }
  }
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  try {
    return { doc: JSON.parse(text), findings: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `${path} không phải JSON hợp lệ (invalid JSON): ${detail}`;
  }
}

export async function runEvaluateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--lang"], ["--json"]);
  const lang = parsed.options.get("--lang") ?? "vi";
  if (parsed.problems.length > 0 || parsed.positional.length !== 1 || (lang !== "vi" && lang !== "en")) {
    io.stderr(`khoi evaluate: ${parsed.problems[0] ?? "cần đúng một tệp: khoi evaluate FILE [--json] [--lang vi|en]"}\n`);
    return 2;
  }
  const path = parsed.positional[0];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này (no such file)" : "không đọc được (cannot read)";
    io.stderr(`khoi evaluate: ${path}: ${reason}\n`);
    return 2;
  }
  const loaded = await loadInput(path, bytes);
  if (typeof loaded === "string") {
    io.stderr(`khoi evaluate: ${loaded}\n`);
    return 2;
  }
  const result = validateReading(loaded);
  if (parsed.flags.has("--json")) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(formatReport(result, loaded.doc, lang as ReportLanguage));
  return result.ok ? 0 : 1;
}
