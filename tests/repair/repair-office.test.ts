// Repair formulas through the Office adapter on the fake Excel: Khối's sheets are protected (the fake refuses a
// write on a protected sheet, as Excel does), KHOI.* formulas broken as Excel saves them are found and rewritten in
// the mode this Excel runs, protection is back afterwards, and Nhật ký has one "repair" line per cell.
import { logLines } from "../../src/forms/events";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import { buildLayout } from "../../src/workbook/build";
import { officerWrites } from "../../src/workbook/officer";
import { planFormulaRepair } from "../../src/workbook/repair";
import { loadExample, parsedBlock, withoutDeclared } from "../helpers/fixtures";
import { FakeExcel } from "../office/fake-excel";

const block = withoutDeclared(parsedBlock(loadExample("lang-son-cum-ii-2020")));
const clock = { now: () => new Date("2026-03-05T01:02:03.000Z") };
const KHOI_RUNS = { isSetSupported: (name: string) => name === "CustomFunctionsRuntime" || name === "SharedRuntime" || name === "ExcelApi" };

async function khoiWorkbook(requirements?: typeof KHOI_RUNS) {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run, clock, ...(requirements ? { requirements } : {}) });
  await host.applyLayout(buildLayout(block, { formulas: "khoi" }), { block, keepValues: true });
  return { excel, host };
}

/** Every cell of the fake whose formula has `text`, as "Sheet!A1". */
function cellsWith(excel: FakeExcel, text: string): string[] {
  const out: string[] = [];
  for (const sheet of excel.sheets) {
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      if (cell.formula?.includes(text)) out.push(`${sheet.name}!${cellAddress(r, c)}`);
    }
  }
  return out.sort();
}

/** Breaks the first `count` cells holding `fn(` as Excel saves them. */
function breakCells(excel: FakeExcel, fn: string, rewrite: string, count: number): string[] {
  const cells = cellsWith(excel, `${fn}(`).slice(0, count);
  for (const ref of cells) {
    const [sheet, address] = ref.split("!");
    const r = parseRange(address)!;
    const cell = excel.sheet(sheet).cells.get(`${r.row1},${r.column1}`)!;
    cell.formula = cell.formula!.split(`${fn}(`).join(`${rewrite}(`);
  }
  return cells;
}

describe("Sửa công thức on the live workbook", () => {
  test("where KHOI.* runs: only the broken cells get KHOI.* back, protected sheets stay protected, each cell logged", async () => {
    const { excel, host } = await khoiWorkbook(KHOI_RUNS);
    await host.writeCells!(officerWrites(await host.readGrids!(), "Chị Lan"), []);
    const khoiCells = cellsWith(excel, "KHOI.").length;
    const ranks = breakCells(excel, "KHOI.RANK", "_xldudf_KHOI_RANK", 2);
    const totals = breakCells(excel, "KHOI.TOTAL", "[1]!KHOI.TOTAL", 2);
    const broken = [...ranks, ...totals].sort();
    expect(broken).toHaveLength(4);
    const sheets = [...new Set(broken.map((b) => b.split("!")[0]))];
    for (const name of sheets) expect(excel.sheet(name).protected).toBe(true);

    // The preview the Kiểm tra page shows: planned from the grids in this Excel's mode.
    const plan = planFormulaRepair(await host.readGrids!(), await host.detectFormulaMode());
    expect(plan.mode).toBe("khoi");
    expect(plan.repairs.map((r) => `${r.sheet}!${r.address}`).sort()).toEqual(broken);

    const syncs = excel.syncs;
    const report = await host.repairFormulas!();
    // The grids' read (2 syncs) and every write in one more.
    expect(excel.syncs - syncs).toBeLessThanOrEqual(3);
    expect(report.repairs.map((r) => `${r.sheet}!${r.address}`).sort()).toEqual(broken);
    expect(cellsWith(excel, "_xldudf_")).toEqual([]);
    expect(cellsWith(excel, "[1]!")).toEqual([]);
    for (const ref of ranks) expect(cellsWith(excel, "KHOI.RANK(")).toContain(ref);
    expect(cellsWith(excel, "KHOI.").length).toBe(khoiCells);
    for (const name of sheets) expect(excel.sheet(name).protected).toBe(true);
    expect(report.reprotected.sort()).toEqual(sheets.sort());

    const lines = logLines(await host.readGrids!()).filter((l) => l.action === "repair");
    expect(lines.map((l) => l.cell).sort()).toEqual(broken);
    expect(lines.every((l) => l.who === "Chị Lan" && l.time === "2026-03-05T01:02:03.000Z" && String(l.old).startsWith("=") && /^=.*KHOI\.(RANK|TOTAL)\(/.test(String(l.new)) && !/_xldudf_|\[1\]/.test(String(l.new)))).toBe(true);
    expect(lines.find((l) => l.cell === totals[0])!.reason).toMatch(/tệp khác/);

    // Nothing left to repair: the check finds no broken formula.
    const reading = await host.readBlock();
    expect(reading.findings.filter((f) => f.code === "FORMULA_BROKEN" || f.code === "FORMULA_OVERWRITTEN")).toEqual([]);
  });

  test("where custom functions cannot run: every KHOI.* cell becomes native and the workbook says native", async () => {
    const { excel, host } = await khoiWorkbook();
    expect(await host.detectFormulaMode()).toBe("native");
    const khoiCells = cellsWith(excel, "KHOI.");
    expect(khoiCells.length).toBeGreaterThan(0);
    const report = await host.repairFormulas!("Anh Nam");
    expect(report.mode).toBe("native");
    expect(report.repairs.map((r) => `${r.sheet}!${r.address}`).sort()).toEqual(khoiCells);
    expect(report.repairs.every((r) => r.kind === "noCustomFunctions")).toBe(true);
    expect(cellsWith(excel, "KHOI")).toEqual([]);
    const reading = await host.readBlock();
    expect(reading.findings.filter((f) => f.code === "FORMULA_BROKEN" || f.code === "FORMULA_OVERWRITTEN")).toEqual([]);
    expect((await host.inspect()).formulas).toBe("native");
    expect(logLines(await host.readGrids!()).filter((l) => l.action === "repair" && l.who === "Anh Nam")).toHaveLength(khoiCells.length);
    for (const sheet of excel.sheets) if (sheet.name !== "Nhật ký" && sheet.name !== "Sheet1" && sheet.name !== "Hướng dẫn") expect([sheet.name, sheet.protected]).toEqual([sheet.name, true]);
  });
});
