// Repair formulas on a real .xlsx: a khoi-mode workbook whose KHOI.* formulas were broken by hand in the sheet XML,
// as Excel saves them (`_xldudf_KHOI.RANK(…)`, `_xldudf_KHOI_RANK(…)`, `[1]!KHOI.TOTAL(…)` with its externalLink
// part, `'[1]!KHOI.TOTAL'(…)`, `'C:\…\khoi.xlam'!KHOI.TOTAL(…)`). The reader finds FORMULA_BROKEN at exactly the edited
// cells (never FORMULA_OVERWRITTEN) with the formula to write; `khoi repair` rewrites them (native formulas, with a
// backup and one Nhật ký line per cell); LibreOffice then recomputes the engine's totals, ranks and awards.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { evaluate } from "../../src/core/evaluate";
import { runEvaluateCommand } from "../../src/cli/commands/evaluate";
import { runRepairCommand } from "../../src/cli/commands/repair";
import { logLines } from "../../src/forms/events";
import { brokenKhoiFormula } from "../../src/workbook/broken-formula";
import { readWorkbook, workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { loadExample, parsedBlock, withoutDeclared } from "../helpers/fixtures";
import { libreOfficeAvailable, recalculate, SOFFICE } from "../helpers/libreoffice";
import { readSummary, summaryDifferences } from "../helpers/summary-cells";
import { breakFormulas, type BrokenCell } from "./break-xml";

const block = withoutDeclared(parsedBlock(loadExample("lang-son-cum-ii-2020")));
const BREAKAGES = [
  { fn: "KHOI.RANK", rewrite: () => "_xldudf_KHOI.RANK", limit: 2 },
  { fn: "KHOI.RANK", rewrite: () => "_xldudf_KHOI_RANK" },
  { fn: "KHOI.TOTAL", rewrite: () => "[1]!KHOI.TOTAL", limit: 2 },
  { fn: "KHOI.TOTAL", rewrite: () => "'[1]!KHOI.TOTAL'", limit: 1 },
  { fn: "KHOI.TOTAL", rewrite: () => "'C:\\Users\\canbo\\AppData\\Roaming\\Microsoft\\AddIns\\khoi.xlam'!KHOI.TOTAL" },
];

let broken: { bytes: Uint8Array; cells: BrokenCell[] };
const at = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;

beforeAll(async () => {
  broken = breakFormulas(await writeWorkbook(block, { formulas: "khoi" }), BREAKAGES);
});

async function formulasOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, string>();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.formula) out.set(`${ws.name}!${cell.address}`, cell.formula);
  })));
  return out;
}

describe("finding broken KHOI.* formulas", () => {
  test("the detector: Excel's spellings are broken, Khối's own and look-alikes are not", () => {
    expect(brokenKhoiFormula("_xldudf_KHOI.RANK(I6,I$6:I$10)", true)).toBe("xldudf");
    expect(brokenKhoiFormula("=_xldudf_KHOI_RANK(I6)", true)).toBe("xldudf");
    expect(brokenKhoiFormula("[1]!KHOI.TOTAL(A1:B2)", true)).toBe("foreign");
    expect(brokenKhoiFormula("'[1]!KHOI.TOTAL'(A1:B2)", true)).toBe("foreign");
    expect(brokenKhoiFormula("'C:\\x\\khoi.xlam'!KHOI.TOTAL(A1)", true)).toBe("foreign");
    expect(brokenKhoiFormula("khoi.xlam!KHOI.TOTAL(A1)", true)).toBe("foreign");
    expect(brokenKhoiFormula("KHOI.XLL!KHOI.RANK(A1)", true)).toBe("foreign");
    expect(brokenKhoiFormula("'D:\\Add-ins\\khoi.xla'!KHOI.TOTAL(A1)", true)).toBe("foreign");
    expect(brokenKhoiFormula("KHOI.TOTAL(A1)", true)).toBeNull();
    expect(brokenKhoiFormula("KHOI.TOTAL(A1)", false)).toBe("noCustomFunctions");
    expect(brokenKhoiFormula("IF(A1=\"KHOI.TOTAL(\",1,2)", false)).toBeNull();
    expect(brokenKhoiFormula("SUM('Tổng hợp'!khoi_units)", false)).toBeNull();
    expect(brokenKhoiFormula("SUM(A1:A3)", false)).toBeNull();
  });

  test("the hand edits are what Excel saves: every edited cell holds its broken formula", async () => {
    expect(broken.cells.length).toBeGreaterThanOrEqual(6);
    const formulas = await formulasOf(broken.bytes);
    for (const cell of broken.cells) expect(formulas.get(at(cell))).toBe(cell.formula);
    for (const style of ["_xldudf_KHOI.RANK(", "_xldudf_KHOI_RANK(", "[1]!KHOI.TOTAL(", "'[1]!KHOI.TOTAL'(", "khoi.xlam'!KHOI.TOTAL("]) {
      expect(broken.cells.some((c) => c.formula.includes(style))).toBe(true);
    }
  });

  test("khoi evaluate's reader: FORMULA_BROKEN at exactly the edited cells, with the native formula offered", async () => {
    const reading = await readWorkbook(broken.bytes);
    const found = reading.findings.filter((f) => f.code === "FORMULA_BROKEN");
    expect(found.map((f) => at(f.cell!)).sort()).toEqual(broken.cells.map(at).sort());
    expect(found.every((f) => f.severity === "error" && f.message.includes("#NAME?") && f.messageEn.includes("#NAME?"))).toBe(true);
    for (const f of found) {
      const offered = String(f.suggestion?.value);
      expect(offered.startsWith("=")).toBe(true);
      expect(offered).not.toMatch(/KHOI\./);
      expect(f.message).toContain(offered);
    }
    const overwritten = new Set(reading.findings.filter((f) => f.code === "FORMULA_OVERWRITTEN").map((f) => at(f.cell!)));
    expect(broken.cells.filter((c) => overwritten.has(at(c)))).toEqual([]);
  });

  test("khoi evaluate BOOK.xlsx --json: the findings carry FORMULA_BROKEN at each edited cell, with the fix offered; exit 1", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "khoi-eval-")), "broken.xlsx");
    writeFileSync(path, broken.bytes);
    let stdout = "";
    const code = await runEvaluateCommand([path, "--json"], { stdout: (s) => { stdout += s; }, stderr: () => undefined });
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { findings: { code: string; cell?: { sheet: string; address: string }; suggestion?: { value: unknown } }[] };
    const found = result.findings.filter((f) => f.code === "FORMULA_BROKEN");
    expect(found.map((f) => at(f.cell!)).sort()).toEqual(broken.cells.map(at).sort());
    expect(found.every((f) => typeof f.suggestion?.value === "string")).toBe(true);
  });

  test("an unbroken khoi-mode file has no FORMULA_BROKEN", async () => {
    const reading = await readWorkbook(await writeWorkbook(block, { formulas: "khoi" }));
    expect(reading.findings.filter((f) => f.code === "FORMULA_BROKEN")).toEqual([]);
  });
});

describe("khoi repair BOOK.xlsx", () => {
  let dir: string;
  let repaired: Uint8Array;
  let out: string;
  let code: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "khoi-repair-"));
    const book = join(dir, "so.xlsx");
    writeFileSync(book, broken.bytes);
    // --dry-run first: the list, nothing written, no backup.
    let preview = "";
    expect(await runRepairCommand([book, "--dry-run"], { stdout: (s) => { preview += s; }, stderr: (s) => { preview += s; } })).toBe(0);
    expect(preview).toContain(`${at(broken.cells[0])}: =${broken.cells[0].formula} → =`);
    expect(preview).toContain("chưa ghi gì");
    expect(Buffer.compare(readFileSync(book), Buffer.from(broken.bytes))).toBe(0);
    expect(readdirSync(dir).filter((n) => n.includes(".backup-"))).toEqual([]);
    let stdout = "";
    code = await runRepairCommand([book, "--who", "Chị Lan"], { stdout: (s) => { stdout += s; }, stderr: (s) => { stdout += s; } }, () => new Date("2026-03-04T05:06:07Z"));
    out = stdout;
    repaired = new Uint8Array(readFileSync(book));
  });

  test("lists each edited cell, old → new, keeps a backup of the broken book", () => {
    expect(code).toBe(0);
    for (const cell of broken.cells) expect(out).toContain(`${at(cell)}: =${cell.formula} → =`);
    const backups = readdirSync(dir).filter((n) => n.includes(".backup-"));
    expect(backups).toHaveLength(1);
    expect(Buffer.compare(readFileSync(join(dir, backups[0])), Buffer.from(broken.bytes))).toBe(0);
  });

  test("no KHOI name is left in any formula, no link to the add-in's file, the book says native, nothing broken", async () => {
    const formulas = await formulasOf(repaired);
    expect(Object.keys(unzipSync(broken.bytes)).filter((p) => p.startsWith("xl/externalLinks/"))).toHaveLength(2);
    expect(Object.keys(unzipSync(repaired)).filter((p) => p.includes("externalLink"))).toEqual([]);
    expect([...formulas.values()].filter((f) => /KHOI/i.test(f))).toEqual([]);
    const reading = await readWorkbook(repaired);
    expect(reading.findings.filter((f) => f.code === "FORMULA_BROKEN" || f.code === "FORMULA_OVERWRITTEN")).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(repaired as unknown as ArrayBuffer);
    const grids = workbookGrids(wb);
    const meta = grids.sheets.find((s) => s.name === "_khoi")!;
    expect(meta.values.find((r) => r?.[0] === "formulas")?.[1]).toBe("native");
    // One Nhật ký line per cell rewritten, each naming the cell, the old and the new formula and why.
    const lines = logLines(grids).filter((l) => l.action === "repair");
    const count = Number(/Đã sửa (\d+) ô/.exec(out)?.[1]);
    expect(count).toBeGreaterThanOrEqual(broken.cells.length);
    expect(lines).toHaveLength(count);
    for (const cell of broken.cells) {
      const line = lines.find((l) => l.cell === at(cell));
      expect(line).toMatchObject({ who: "Chị Lan", old: `=${cell.formula}`, time: "2026-03-04T05:06:07.000Z" });
      expect(String(line!.new)).not.toMatch(/KHOI/);
      expect(line!.reason).toMatch(/#NAME\?/);
    }
  });

  test("a second run finds nothing to repair and leaves the book as it is", async () => {
    const book = join(dir, "so.xlsx");
    let stdout = "";
    const again = await runRepairCommand([book], { stdout: (s) => { stdout += s; }, stderr: (s) => { stdout += s; } });
    expect(again).toBe(0);
    expect(stdout).toContain("Không có công thức KHOI.* nào bị lỗi");
    expect(readdirSync(dir).filter((n) => n.includes(".backup-"))).toHaveLength(1);
  });

  test("LibreOffice recomputes the repaired book to the engine's totals, ranks and awards (the broken one does not)", async () => {
    if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found`);
    const results = await recalculate([{ name: "repaired.xlsx", data: repaired }, { name: "broken.xlsx", data: broken.bytes }]);
    const expected = evaluate(block).units;
    const { rows } = await readSummary(results.get("repaired.xlsx")!);
    expect(summaryDifferences(rows, expected)).toEqual([]);
    const before = await readSummary(results.get("broken.xlsx")!);
    expect(summaryDifferences(before.rows, expected).length).toBeGreaterThan(0);
  }, 120_000);
});
