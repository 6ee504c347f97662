// Boundary parity: 40 blocks whose values sit exactly on the rules' boundaries (tests/helpers/boundary-block.ts) —
// band thresholds of decimal targets, a linear cap reached exactly, A = T, final over appraised over self, negative
// and over-maximum points, a penalty above the base, a minimum score met exactly, yes votes exactly at the share
// (strict and not), the quorum exactly met or just missed — recalculated by headless LibreOffice from the native
// formulas, and chained through the real KHOI.* functions: both agree with the engine, cell by cell.
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import { writeWorkbook } from "../../src/xlsx/write";
import { boundaryBlock } from "../helpers/boundary-block";
import { khoiFormulaMismatches } from "../helpers/khoi-parity";
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
    const { wrong, checked } = await khoiFormulaMismatches(recalculated.get(`${c.name}.xlsx`)!, c.doc, c.expected);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
