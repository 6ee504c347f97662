// Which Tổng hợp cells carry the engine's answer as `result` (for a file's cached values), and when none do:
// khoi mode, a block with structural problems, and the native formulas' documented limits.
import { evaluate } from "../../src/core/evaluate";
import { buildLayout } from "../../src/workbook/build";
import { isFormulaCell, type FormulaMode, type LayoutCell } from "../../src/workbook/model";
import { SUMMARY_KEYS } from "../../src/workbook/sheets/summary";
import { loadExample as load, parsedBlock as parsed } from "../helpers/fixtures";

/** Summary key -> the results of that column, for every key that has at least one. */
function cachedColumns(doc: unknown, formulas: FormulaMode = "native"): Record<string, unknown[]> {
  const summary = buildLayout(parsed(doc), { formulas }).sheets.find((s) => s.key === "summary")!;
  const keys = summary.regions.find((r) => r.id === "summary.keys")!.cells[0];
  const rows = summary.regions.find((r) => r.id === "summary.rows")?.cells ?? [];
  const out: Record<string, unknown[]> = {};
  keys.forEach((key, c) => {
    const results = rows.map((row: LayoutCell[]) => (isFormulaCell(row[c]) ? row[c].result : undefined));
    if (results.some((v) => v !== undefined)) out[String(key)] = results;
  });
  return out;
}

/** The example with one unit id changed everywhere it appears. */
function renamed(from: string, to: string): unknown {
  return JSON.parse(JSON.stringify(load("lang-son-cum-ii-2020")).split(`"${from}"`).join(`"${to}"`));
}

describe("cached results on Tổng hợp", () => {
  test("native mode: the visible result columns only, with the engine's answers in row order", () => {
    const columns = cachedColumns(load("lang-son-cum-ii-2020"));
    expect(Object.keys(columns)).toEqual([
      "group:I", "group:II", "group:III", SUMMARY_KEYS.base, SUMMARY_KEYS.bonus, SUMMARY_KEYS.penalty, SUMMARY_KEYS.total,
      SUMMARY_KEYS.rank, SUMMARY_KEYS.award, SUMMARY_KEYS.awardLabel,
    ]);
    // Rows are dl-ls, ga-dd, xd-ls, lt-cl, bm-ls (block order); ranks and awards as the engine gives them.
    expect(columns.rank).toEqual([3, 1, 4, 2, 5]);
    expect(columns.award).toEqual(["", "flag", "", "merit", ""]);
    expect(columns.awardLabel).toEqual(["", "Cờ thi đua của UBND tỉnh", "", "Bằng khen của Chủ tịch UBND tỉnh", ""]);
    expect(columns.total.slice(0, 2)).toEqual([85.25, 103]);
  });

  test("khoi mode caches nothing (KHOI.AWARD can differ from the native answer)", () => {
    expect(cachedColumns(load("lang-son-cum-ii-2020"), "khoi")).toEqual({});
  });

  test("unit ids that differ only in case (MATCH ignores case) cache nothing", () => {
    expect(cachedColumns(renamed("xd-ls", "DL-LS"))).toEqual({});
  });

  test("a title containing ';' (titles are matched between ';') caches nothing", () => {
    const doc = load("lang-son-cum-ii-2020") as { units: { titles?: string[] }[] };
    doc.units[0].titles = ["Cờ; Bằng khen"];
    expect(cachedColumns(doc)).toEqual({});
  });

  test("a block with an invalid criterion caches nothing", () => {
    const doc = load("lang-son-cum-ii-2020") as { criteria: { children?: { max?: unknown }[] }[] };
    doc.criteria[0].children![0].max = -5;
    expect(evaluate(doc).findings.map((f) => f.code)).toContain("CRITERIA_INVALID");
    expect(cachedColumns(doc)).toEqual({});
  });
});
