// LibreOffice parity: the native-formula workbooks of the examples and of 50 generated blocks, recalculated by
// headless LibreOffice, show the engine's group scores, totals, ranks and awards; reading a recalculated file and
// evaluating it finds no RANK_MISMATCH; a rank cell overwritten with a constant is reported at that cell.
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import type { EvaluationResult, Finding } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { generateBlock } from "../helpers/generate-block";
import { khoiFormulaMismatches } from "../helpers/khoi-parity";
import { libreOfficeAvailable, recalculate, SOFFICE } from "../helpers/libreoffice";
import { readSummary } from "../helpers/summary-cells";

const FIXTURES = join(__dirname, "..", "fixtures", "examples");
const TOLERANCE = 1e-6;

interface Case {
  name: string;
  doc: unknown;
  expected: EvaluationResult;
}

const cases: Case[] = [
  ...["lang-son-cum-ii-2020", "khanh-hoa-khoi-2-2021"].map((name) => ({ name, doc: JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as unknown })),
  ...Array.from({ length: 50 }, (_, i) => ({ name: `generated-${i + 1}`, doc: generateBlock(i + 1) as unknown })),
].map((c) => ({ ...c, expected: evaluate(c.doc) }));

/** The tampered case: Khánh Hòa with mascopex's rank cell (Tổng hợp J9) overwritten by the constant 1. */
const TAMPERED = { name: "tampered.xlsx", base: "khanh-hoa-khoi-2-2021", unit: "mascopex", cell: "J9" };

let recalculated: Map<string, Uint8Array>;

beforeAll(async () => {
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found (apt-get install libreoffice-calc-nogui)`);
  const files: { name: string; data: Uint8Array }[] = [];
  for (const c of cases) {
    const { block } = parseBlock(c.doc);
    files.push({ name: `${c.name}.xlsx`, data: await writeWorkbook(block!, { formulas: "native" }) });
  }
  const base = files.find((f) => f.name === `${TAMPERED.base}.xlsx`)!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(base.data as unknown as ArrayBuffer);
  wb.getWorksheet("Tổng hợp")!.getCell(TAMPERED.cell).value = 1;
  files.push({ name: TAMPERED.name, data: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) });
  recalculated = await recalculate(files);
}, 120_000);

describe("LibreOffice recalculates the native formulas to the engine's numbers", () => {
  test("every case was recalculated", () => {
    expect(recalculated.size).toBe(cases.length + 1);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s: group scores, totals, ranks and awards", async (_name, c) => {
    const { rows } = await readSummary(recalculated.get(`${c.name}.xlsx`)!);
    expect(rows.size).toBe(c.expected.units.length);
    for (const unit of c.expected.units) {
      const row = rows.get(unit.id)!.values;
      const where = `${c.name} ${unit.id}`;
      for (const [key, value] of [["base", unit.base], ["bonus", unit.bonus], ["penalty", unit.penalty], ["total", unit.total]] as const) {
        expect({ where, key, diff: Math.abs((row[key] as number) - value) <= TOLERANCE }).toEqual({ where, key, diff: true });
      }
      for (const [code, score] of Object.entries(unit.groups)) {
        expect({ where, code, diff: Math.abs((row[`group:${code}`] as number) - score) <= TOLERANCE }).toEqual({ where, code, diff: true });
      }
      expect({ where, rank: row.rank }).toEqual({ where, rank: unit.rank });
      expect({ where, award: row.award ?? null }).toEqual({ where, award: unit.award });
    }
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s: evaluating the recalculated file finds no rank or award mismatch", async (_name, c) => {
    const reading = await readWorkbook(recalculated.get(`${c.name}.xlsx`)!);
    expect(reading.findings).toEqual([]);
    const result = evaluate(reading.doc);
    const mismatches = result.findings.filter((f) => ["RANK_MISMATCH", "AWARD_MISMATCH", "AWARD_INELIGIBLE", "AWARD_QUOTA_EXCEEDED"].includes(f.code));
    expect(mismatches).toEqual([]);
    // The workbook declared every unit's rank.
    expect(Object.keys((reading.doc as { declared: { ranks: object } }).declared.ranks).length).toBe(c.expected.units.length);
  });

  test("a rank cell overwritten with a constant is reported at that cell", async () => {
    const reading = await readWorkbook(recalculated.get(TAMPERED.name)!);
    const findings = evaluate(reading.doc).findings;
    const mismatch = findings.filter((f: Finding) => f.code === "RANK_MISMATCH");
    expect(mismatch.map((f) => ({ unit: f.unit, cell: reading.locate(f) }))).toEqual([
      { unit: TAMPERED.unit, cell: { sheet: "Tổng hợp", address: TAMPERED.cell } },
    ]);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s: the khoi-mode KHOI.* formulas give the same numbers over the same inputs", async (_name, c) => {
    // Both modes share one layout shape, so the inputs of every KHOI formula are computed in the recalculated
    // native file; the real KHOI functions run over them and must agree with the native (= engine) result.
    const { wrong, checked } = await khoiFormulaMismatches(recalculated.get(`${c.name}.xlsx`)!, c.doc, c.expected, TOLERANCE);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
