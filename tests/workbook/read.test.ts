// Reading a block workbook back from cell grids: the block comes back whole, matched by ids and codes, with
// findings that point at cells and offer fixes.
import { evaluate } from "../../src/core/evaluate";
import type { Finding } from "../../src/core/types";
import { buildLayout } from "../../src/workbook/build";
import { layoutGrids } from "../../src/workbook/layout-grids";
import type { SheetGrids } from "../../src/workbook/model";
import { readLayout } from "../../src/workbook/read";
import { loadExample as load, parsedBlock as parsed, withoutDeclared } from "../helpers/fixtures";
import { generateBlock } from "../helpers/generate-block";

function gridsOf(doc: unknown, language: "vi" | "en" = "vi"): SheetGrids {
  return layoutGrids(buildLayout(parsed(doc), { formulas: "native", language }));
}

function setCell(grids: SheetGrids, sheetName: string, address: string, value: unknown): void {
  const sheet = grids.sheets.find((s) => s.name === sheetName)!;
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  (sheet.values[row] ??= [])[column] = value;
}

describe("readLayout", () => {
  test.each(["lang-son-cum-ii-2020", "khanh-hoa-khoi-2-2021"])("the example %s comes back identical", (name) => {
    const original = load(name);
    const reading = readLayout(gridsOf(original));
    expect(reading.findings).toEqual([]);
    expect(withoutDeclared(parsed(reading.doc))).toEqual(withoutDeclared(parsed(original)));
  });

  test("50 generated blocks come back identical, in Vietnamese and in English", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const original = generateBlock(seed);
      const language = seed % 5 === 0 ? "en" : "vi";
      const reading = readLayout(gridsOf(original, language));
      expect({ seed, block: withoutDeclared(parsed(reading.doc)) }).toEqual({ seed, block: withoutDeclared(parsed(original)) });
    }
  });

  test("a native workbook never calculated declares the engine's ranks and awards (its cached results)", () => {
    const reading = readLayout(gridsOf(load("lang-son-cum-ii-2020")));
    expect((reading.doc as { declared: unknown }).declared).toEqual({
      ranks: { "dl-ls": 3, "ga-dd": 1, "xd-ls": 4, "lt-cl": 2, "bm-ls": 5 },
      awards: { "dl-ls": null, "ga-dd": "flag", "xd-ls": null, "lt-cl": "merit", "bm-ls": null },
    });
    expect(evaluate(reading.doc).findings.filter((f) => f.code === "RANK_MISMATCH" || f.code === "AWARD_MISMATCH")).toEqual([]);
  });

  test("a khoi-mode workbook carries no cached results: never calculated, it declares no rank or award", () => {
    const reading = readLayout(layoutGrids(buildLayout(parsed(load("lang-son-cum-ii-2020")), { formulas: "khoi" })));
    expect((reading.doc as { declared?: unknown }).declared).toBeUndefined();
  });

  test("computed rank and award cells are read as what the workbook declares", () => {
    const grids = gridsOf(load("lang-son-cum-ii-2020"));
    // Tổng hợp rows 6..10 are dl-ls, ga-dd, xd-ls, lt-cl, bm-ls; rank in J, award id in K.
    [3, 1, 4, 2, 5].forEach((rank, i) => setCell(grids, "Tổng hợp", `J${6 + i}`, rank));
    ["", "flag", "", "merit", ""].forEach((award, i) => setCell(grids, "Tổng hợp", `K${6 + i}`, award));
    const reading = readLayout(grids);
    expect((reading.doc as { declared: unknown }).declared).toEqual({
      ranks: { "dl-ls": 3, "ga-dd": 1, "xd-ls": 4, "lt-cl": 2, "bm-ls": 5 },
      awards: { "dl-ls": null, "ga-dd": "flag", "xd-ls": null, "lt-cl": "merit", "bm-ls": null },
    });
    expect(evaluate(reading.doc).findings.filter((f) => f.code === "RANK_MISMATCH" || f.code === "AWARD_MISMATCH")).toEqual([]);
  });

  test("a wrong rank in the workbook is reported at its cell", () => {
    const grids = gridsOf(load("lang-son-cum-ii-2020"));
    [3, 1, 4, 2, 5].forEach((rank, i) => setCell(grids, "Tổng hợp", `J${6 + i}`, rank));
    setCell(grids, "Tổng hợp", "J9", 1); // lt-cl claims rank 1
    const reading = readLayout(grids);
    const mismatch = evaluate(reading.doc).findings.filter((f) => f.code === "RANK_MISMATCH");
    expect(mismatch.map((f) => [f.unit, reading.locate(f)])).toEqual([["lt-cl", { sheet: "Tổng hợp", address: "J9" }]]);
  });

  test("a number typed as text is kept as typed and offered a fix at its address", () => {
    const grids = gridsOf(load("lang-son-cum-ii-2020"));
    // Chấm điểm row 13 is II.2; column E is dl-ls in the self layer.
    setCell(grids, "Chấm điểm", "E13", "9,5");
    const reading = readLayout(grids);
    // These grids are not recalculated, so Tổng hợp still shows the total of 9.5 as a number: that stale total is
    // reported too (TOTAL_MISMATCH, tested with the other edits in tests/xlsx/edits.test.ts).
    expect(reading.findings.filter((f) => f.code === "TOTAL_MISMATCH").map((f) => f.cell)).toEqual([{ sheet: "Tổng hợp", address: "I6" }]);
    expect(reading.findings.filter((f) => f.code !== "TOTAL_MISMATCH")).toEqual([expect.objectContaining({
      code: "SCORE_INVALID", severity: "error", unit: "dl-ls", criterion: "II.2", layer: "self",
      cell: { sheet: "Chấm điểm", address: "E13" },
      message: "«9,5» là văn bản, không phải số — chuyển thành 9,5?",
      suggestion: { value: 9.5 },
    })]);
    const doc = reading.doc as { scores: { self: Record<string, Record<string, unknown>> } };
    expect(doc.scores.self["dl-ls"]["II.2"]).toBe("9,5");
    // The engine's own finding for that value points at the same cell.
    const engine = evaluate(reading.doc).findings.find((f) => f.code === "SCORE_INVALID") as Finding;
    expect(reading.locate(engine)).toEqual({ sheet: "Chấm điểm", address: "E13" });
  });

  test("units are matched by id, not by column: swapped columns read the same block", () => {
    const original = load("lang-son-cum-ii-2020");
    const grids = gridsOf(original);
    const sheet = grids.sheets.find((s) => s.name === "Chấm điểm")!;
    // Swap the self columns of dl-ls (E) and ga-dd (F), key row included.
    for (const row of sheet.values) if (row) [row[4], row[5]] = [row[5], row[4]];
    const reading = readLayout(grids);
    expect(withoutDeclared(parsed(reading.doc))).toEqual(withoutDeclared(parsed(original)));
  });

  test("a renamed sheet is found through its defined names", () => {
    const original = load("khanh-hoa-khoi-2-2021");
    const grids = gridsOf(original);
    grids.sheets.find((s) => s.name === "Chấm điểm")!.name = "Điểm năm 2021";
    grids.names = grids.names!.map((n) => ({ ...n, address: n.address.replace("'Chấm điểm'", "'Điểm năm 2021'") }));
    const reading = readLayout(grids);
    expect(withoutDeclared(parsed(reading.doc))).toEqual(withoutDeclared(parsed(original)));
  });

  test("without defined names the meta sheet still locates every region", () => {
    const original = load("khanh-hoa-khoi-2-2021");
    const grids = gridsOf(original);
    delete grids.names;
    expect(withoutDeclared(parsed(readLayout(grids).doc))).toEqual(withoutDeclared(parsed(original)));
  });

  test("grids that are not a block workbook give one finding and no document", () => {
    const reading = readLayout({ sheets: [{ name: "Sheet1", values: [["a", 1]] }] });
    expect(reading.doc).toBeNull();
    expect(reading.findings.map((f) => f.code)).toEqual(["FORMAT_INVALID"]);
  });

  test("findings of the engine are located: scores, targets, ballots", () => {
    const doc = load("lang-son-cum-ii-2020") as { scores: { self: Record<string, Record<string, unknown>> }; targets: Record<string, Record<string, unknown>> };
    delete doc.scores.self["xd-ls"]["II.2"];
    delete doc.targets["bm-ls"]["I.2"];
    const reading = readLayout(gridsOf(doc));
    const findings = evaluate(reading.doc).findings;
    const at = (code: string): unknown => reading.locate(findings.find((f) => f.code === code)!);
    // xd-ls is the third unit: self column G; II.2 on row 13.
    expect(at("SCORE_MISSING")).toEqual({ sheet: "Chấm điểm", address: "G13" });
    // Giao ước: rows 5..8 are I.1..I.4, units from column D; bm-ls is the fifth (H), I.2 row 6.
    expect(at("TARGET_MISSING")).toEqual({ sheet: "Giao ước", address: "H6" });
  });

  test("an award cell showing an error: a broken cell in a native workbook, the tie signal of KHOI.AWARD in a khoi one", () => {
    const doc = load("lang-son-cum-ii-2020");
    for (const formulas of ["native", "khoi"] as const) {
      const grids = layoutGrids(buildLayout(parsed(doc), { formulas }));
      [3, 1, 4, 2, 5].forEach((rank, i) => setCell(grids, "Tổng hợp", `J${6 + i}`, rank));
      ["", "flag", "", "merit", ""].forEach((award, i) => setCell(grids, "Tổng hợp", `K${6 + i}`, award));
      setCell(grids, "Tổng hợp", "K9", { error: "#N/A" });
      const reading = readLayout(grids);
      const declared = (reading.doc as { declared: { awards?: unknown } }).declared;
      expect(declared.awards).toBeUndefined();
      expect(reading.findings.map((f) => [f.code, f.cell?.address])).toEqual(formulas === "native" ? [["AWARD_MISMATCH", "K9"]] : []);
    }
  });
});
