// `khoi province FILE_OR_DIR… [-o PROVINCE.xlsx] [--json] [--year N] [--rules FILE] [--gov-flag-share S]
//  [--choices PROVINCE.xlsx] [--lang vi|en]`: the provincial board checks and consolidates every block's workbook.
import { copyFile, readFile, rename, rm, stat, writeFile } from "fs/promises";
import { consolidate } from "../../province/consolidate";
import { checkShare, checkYear, DEFAULT_PROVINCE_RULES, readProvinceRules, type ProvinceRules } from "../../province/rules";
import { writeProvinceWorkbook } from "../../xlsx/province-write";
import { parseArgs } from "../args";
import type { CliIo } from "../io";
import { readProvinceInputs } from "../province-files";
import { formatProvinceReport } from "../province-report";

const USAGE = "khoi province TỆP_HOẶC_THƯ_MỤC… [-o PROVINCE.xlsx] [--json] [--year N] [--rules FILE] [--gov-flag-share 0.2] [--choices PROVINCE.xlsx] [--lang vi|en]";

async function loadRules(path: string | undefined): Promise<ProvinceRules | string> {
  if (!path) return DEFAULT_PROVINCE_RULES;
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder("utf-8").decode(await readFile(path)).replace(/^\uFEFF/, ""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `${path}: không có tệp này (no such file)` : `${path} không phải JSON hợp lệ (invalid JSON)`;
  }
  const { rules, problems } = readProvinceRules(doc);
  return problems.length > 0 ? `${path}: ${problems.join("; ")}` : rules;
}

/** Writes through a temporary file then a rename; an existing file is kept as FILE.bak first. */
async function writeSafely(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, bytes);
  try {
    if (await stat(path).then(() => true, () => false)) await copyFile(path, `${path}.bak`);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function runProvinceCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["-o", "--output", "--year", "--rules", "--gov-flag-share", "--choices", "--lang"], ["--json"]);
  const fail = (line: string): number => {
    io.stderr(`khoi province: ${line}\n`);
    return 2;
  };
  if (parsed.problems.length > 0) return fail(`${parsed.problems[0]}; cách dùng: ${USAGE}`);
  if (parsed.positional.length === 0) return fail(`cần ít nhất một tệp hoặc thư mục (need files or folders); cách dùng: ${USAGE}`);
  const lang = parsed.options.get("--lang") ?? "vi";
  if (lang !== "vi" && lang !== "en") return fail(`--lang chỉ nhận vi hoặc en (got «${lang}»)`);

  const loaded = await loadRules(parsed.options.get("--rules"));
  if (typeof loaded === "string") return fail(loaded);
  const rules: ProvinceRules = { ...loaded, govFlag: { ...loaded.govFlag } };
  const yearOption = parsed.options.get("--year");
  if (yearOption !== undefined) {
    const year = checkYear(yearOption);
    if (year === null) return fail(`--year cần một năm, ví dụ 2026 (got «${yearOption}»)`);
    rules.year = year;
  }
  const shareOption = parsed.options.get("--gov-flag-share");
  if (shareOption !== undefined) {
    const share = checkShare(shareOption);
    if (share === null) return fail(`--gov-flag-share cần tỉ lệ từ 0 đến 1, ví dụ 0.2 (got «${shareOption}»)`);
    rules.govFlag.share = share;
  }

  const choices = parsed.options.get("--choices");
  const inputs = await readProvinceInputs(parsed.positional, choices ? [choices] : []);
  const result = consolidate({ blocks: inputs.blocks, skipped: inputs.skipped, rules, choices: inputs.choices });
  if (parsed.flags.has("--json")) io.stdout(`${JSON.stringify({ ...result, choicesFrom: inputs.provinceFiles }, null, 2)}\n`);
  else io.stdout(formatProvinceReport(result, inputs.provinceFiles, lang));
  if (inputs.blocks.length === 0) {
    io.stderr(`khoi province: không có sổ khối nào đọc được (no readable block workbook)\n`);
    return 2;
  }
  const output = parsed.options.get("-o") ?? parsed.options.get("--output");
  if (output) {
    try {
      await writeSafely(output, await writeProvinceWorkbook(result));
    } catch (error) {
      return fail(`không ghi được ${output} (cannot write): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (!parsed.flags.has("--json")) io.stdout(lang === "vi" ? `Đã ghi ${output}.\n` : `Wrote ${output}.\n`);
  }
  return result.ok ? 0 : 1;
}
