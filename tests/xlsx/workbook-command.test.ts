// `khoi workbook`: writes a readable block workbook, native formulas by default; bad input exits 2 with one line.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbook } from "../../src/xlsx/read";
import { runCli } from "../cli/run-cli";

const LANG_SON = join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json");
const dir = mkdtempSync(join(tmpdir(), "khoi-workbook-"));

async function formulaAt(path: string, sheet: string, address: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return (wb.getWorksheet(sheet)!.getCell(address).value as { formula: string }).formula;
}

describe("khoi workbook", () => {
  test("writes a native-formula workbook that reads back to the block", async () => {
    const out = join(dir, "lang-son.xlsx");
    const run = await runCli(["workbook", LANG_SON, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Đã tạo sổ chấm điểm .*lang-son\.xlsx năm 2020: 5 đơn vị, công thức Excel gốc/);
    expect(await formulaAt(out, "Tổng hợp", "J6")).toMatch(/^_xlfn\.RANK\.EQ\(/);
    const reading = await readWorkbook(new Uint8Array(readFileSync(out)));
    expect((reading.doc as { units: { id: string }[] }).units.map((u) => u.id)).toEqual(["dl-ls", "ga-dd", "xd-ls", "lt-cl", "bm-ls"]);
  });

  test("--formulas khoi writes KHOI.* functions", async () => {
    const out = join(dir, "lang-son-khoi.xlsx");
    const run = await runCli(["workbook", LANG_SON, "-o", out, "--formulas", "khoi"]);
    expect(run.code).toBe(0);
    expect(await formulaAt(out, "Tổng hợp", "J6")).toMatch(/KHOI\.RANK\(/);
  });

  test.each([
    [["workbook", "missing.json", "-o", "x.xlsx"], /missing\.json: không có tệp này/],
    [["workbook", LANG_SON], /cần một tệp khối và -o/],
    [["workbook", LANG_SON, "-o", "x.xlsx", "--formulas", "excel"], /--formulas chỉ nhận native hoặc khoi/],
  ])("refuses %j with exit 2 and one line", async (args, message) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a file that is not a block gives exit 2 and writes nothing", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "something-else" }));
    const out = join(dir, "bad.xlsx");
    const run = await runCli(["workbook", bad, "-o", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không phải tệp khối khoi-block\/1/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("khoi workbook refuses what the workbook could not keep", () => {
  const base = () => JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json"), "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  test.each([
    ["an unknown tie-break key", (d: Record<string, any>) => { d.rules.tieBreak = ["group:I", "penalti"]; }, /penalti/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ["a tier with no places", (d: Record<string, any>) => { d.rules.awards[1].count = 0; }, /rules\.awards\[1\]/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ["scores of a unit not in the list", (d: Record<string, any>) => { d.scores.self["ga-moi"] = { "I.1": 5 }; }, /ga-moi/], // eslint-disable-line @typescript-eslint/no-explicit-any
  ])("%s: exit 1, the finding on stderr, no file written", async (_name, edit, words) => {
    const dir = mkdtempSync(join(tmpdir(), "khoi-refuse-"));
    try {
      const doc = base();
      edit(doc);
      const file = join(dir, "block.json");
      writeFileSync(file, JSON.stringify(doc));
      const out = join(dir, "book.xlsx");
      const run = await runCli(["workbook", file, "-o", out]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/chưa tạo sổ/);
      expect(run.stderr).toMatch(words);
      expect(existsSync(out)).toBe(false);
      // The same block file, evaluated, reports the same problem: nothing is hidden by the workbook.
      const evaluated = await runCli(["evaluate", file]);
      expect(evaluated.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
