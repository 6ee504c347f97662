// Boundary parity: 40 blocks whose values sit exactly on the rules' boundaries (tests/helpers/boundary-block.ts) —
// band thresholds of decimal targets, a linear cap reached exactly, A = T, final over appraised over self, negative
// and over-maximum points, a penalty above the base, a minimum score met exactly, yes votes exactly at the share
// (strict and not), the quorum exactly met or just missed — recalculated by headless LibreOffice from the native
// formulas, and chained through the real KHOI.* functions: both agree with the engine, cell by cell.
import ExcelJS from "exceljs";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import { buildLayout } from "../../src/workbook/build";
import { GridBook } from "../../src/workbook/grid";
import { isFormulaCell } from "../../src/workbook/model";
import { cellAddress } from "../../src/workbook/a1";
import { workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { boundaryBlock } from "../helpers/boundary-block";
import { evaluateFormula } from "../helpers/khoi-eval";
import { libreOfficeAvailable, recalculate, SOFFICE } from "../helpers/libreoffice";
import { readSummary, summaryDifferences } from "../helpers/summary-cells";

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const cases = SEEDS.map((seed) => {
  const doc = boundaryBlock(seed);
  return { name: `boundary-${seed}`, doc, expected: evaluate(doc) };
});
let recalculated: Map<string, Uint8Array>;

beforeAll(async () => {
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found`);
  const files = [];
  for (const c of cases) files.push({ name: `${c.name}.xlsx`, data: await writeWorkbook(parseBlock(c.doc).block!, { formulas: "native" }) });
  recalculated = await recalculate(files);
}, 180_000);

describe("blocks on every boundary: LibreOffice, KHOI.* and the engine agree", () => {
  test("the boundaries are really hit: exact minimum scores, awards given and refused by the ballot, ties", () => {
    const codes = new Set(cases.flatMap((c) => c.expected.findings.map((f) => f.code)));
    for (const code of ["SCORE_OUT_OF_RANGE", "TIE_UNRESOLVED", "VOTE_THRESHOLD_NOT_MET", "VOTE_QUORUM_NOT_MET"]) expect(codes).toContain(code);
    // The first unit's hand-computed total is the merit tier's minimum: equal within 1e-9, and it is eligible.
    for (const c of cases) {
      const minScore = (c.doc.rules as { awards: { minScore: number }[] }).awards[1].minScore;
      expect(Math.abs(c.expected.units.find((u) => u.id === "b1")!.total - minScore)).toBeLessThanOrEqual(1e-9);
    }
    expect(cases.some((c) => c.expected.units.some((u) => u.award === "merit"))).toBe(true);
    expect(cases.some((c) => c.expected.units.some((u) => u.award === "flag"))).toBe(true);
    expect(cases.some((c) => c.expected.units.some((u) => u.total === 0))).toBe(true);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s: LibreOffice's Tổng hợp equals the engine", async (_name, c) => {
    const { rows } = await readSummary(recalculated.get(`${c.name}.xlsx`)!);
    expect(summaryDifferences(rows, c.expected.units)).toEqual([]);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s: the KHOI.* formulas give LibreOffice's numbers", async (_name, c) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(recalculated.get(`${c.name}.xlsx`)! as unknown as ArrayBuffer);
    const book = new GridBook(workbookGrids(wb));
    const layout = buildLayout(parseBlock(c.doc).block!, { formulas: "khoi" });
    const boundaryUnits = new Set(c.expected.findings.filter((f) => f.code === "TIE_AT_AWARD_BOUNDARY").flatMap((f) => f.units ?? []));
    const noQuorum = c.expected.findings.some((f) => f.code === "VOTE_QUORUM_NOT_MET");
    const wrong: unknown[] = [];
    for (const sheet of layout.sheets) {
      const grid = book.sheet(sheet.name)!;
      for (const region of sheet.regions) {
        region.cells.forEach((row, dr) => row.forEach((cell, dc) => {
          if (!isFormulaCell(cell) || !cell.formula.includes("KHOI.")) return;
          const r = region.row + dr;
          const where = `${sheet.name}!${cellAddress(r, region.column + dc)}`;
          if (cell.formula.includes("KHOI.AWARD") && (boundaryUnits.has(String(row[0])) || noQuorum)) {
            // KHOI.AWARD shows a tie at the boundary or a missing quorum as an explained error where the native
            // formula shows no award; the engine reports the same (TIE_AT_AWARD_BOUNDARY, VOTE_QUORUM_NOT_MET).
            let explained = false;
            try { evaluateFormula(cell.formula, { book, sheet: grid, row: r }); } catch (error) { explained = /túc số|ranh giới/.test(String(error)); }
            if (!explained && noQuorum) wrong.push({ where, quorum: "KHOI.AWARD did not explain the missing quorum" });
            return;
          }
          const got = evaluateFormula(cell.formula, { book, sheet: grid, row: r });
          const want = book.value(grid, r, region.column + dc);
          const same = typeof want === "number" ? typeof got === "number" && Math.abs(got - want) <= 1e-6 : (got ?? "") === (want ?? "");
          if (!same) wrong.push({ where, got: got instanceof Error ? got.message : got, want });
        }));
      }
    }
    expect(wrong).toEqual([]);
  });
});
