// `khoi evaluate FILE [--json] [--lang vi|en]`: score, rank and validate a block file or a block workbook (spec §7).
import { validateReading } from "../../workbook/validate";
import { loadBlockInput } from "../input";
import { CliIo } from "../io";
import { parseArgs } from "../args";
import { formatReport, ReportLanguage } from "../report";

const USAGE = "Cách dùng / Usage: khoi evaluate FILE.json|FILE.xlsx [--json] [--lang vi|en]\n";

export async function runEvaluateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--lang"], ["--json"]);
  const lang = parsed.options.get("--lang") ?? "vi";
  if (parsed.problems.length > 0) {
    io.stderr(`khoi evaluate: ${parsed.problems[0]}\n${USAGE}`);
    return 2;
  }
  if (lang !== "vi" && lang !== "en") {
    io.stderr(`khoi evaluate: không có ngôn ngữ «${lang}» — chọn --lang vi hoặc --lang en (unknown language: use vi or en)\n`);
    return 2;
  }
  if (parsed.positional.length !== 1) {
    io.stderr(`khoi evaluate: ${parsed.positional.length === 0 ? "thiếu tên tệp" : "chỉ nhận một tệp"} (${parsed.positional.length === 0 ? "a file is needed" : "exactly one file"})\n${USAGE}`);
    return 2;
  }
  const loaded = await loadBlockInput(parsed.positional[0]);
  if (typeof loaded === "string") {
    io.stderr(`khoi evaluate: ${loaded}\n`);
    return 2;
  }
  const result = validateReading(loaded);
  if (parsed.flags.has("--json")) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(formatReport(result, loaded.doc, lang as ReportLanguage));
  return result.ok ? 0 : 1;
}
