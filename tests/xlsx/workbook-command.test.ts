// `khoi workbook`: writes a readable block workbook, native formulas by default; bad input exits 2 with one line.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
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
    expect(run.stdout).toMatch(/^Đã tạo sổ chấm điểm .*lang-son\.xlsx: 5 đơn vị, công thức Excel gốc/);
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
