// block -> .xlsx -> block: the file written by ExcelJS reads back to the same block, for the examples and for
// 50 generated blocks; what the file carries (names, protection, validation, _xlfn prefixes) is what Excel needs.
import ExcelJS from "exceljs";
import type { Block } from "../../src/core/types";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/read";
import { toFileFormula, writeWorkbook } from "../../src/xlsx/write";
import { loadExample as load, parsedBlock as parsed, withoutDeclared } from "../helpers/fixtures";
import { generateBlock } from "../helpers/generate-block";

async function roundTrip(doc: unknown, formulas: "native" | "khoi" = "native"): Promise<Block> {
  const bytes = await writeWorkbook(parsed(doc), { formulas });
  const reading = await readWorkbook(bytes);
  expect(reading.findings).toEqual([]);
  return withoutDeclared(parsed(reading.doc));
}

describe("xlsx round trip", () => {
  test.each(["lang-son-cum-ii-2020", "khanh-hoa-khoi-2-2021"])("%s comes back identical", async (name) => {
    const original = load(name);
    expect(await roundTrip(original)).toEqual(withoutDeclared(parsed(original)));
  });

  test("50 generated blocks come back identical", async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const original = generateBlock(seed);
      expect({ seed, block: await roundTrip(original) }).toEqual({ seed, block: withoutDeclared(parsed(original)) });
    }
  }, 60_000);

  test("the file carries defined names, protection without password, validation and prefixed new functions", async () => {
    const bytes = await writeWorkbook(parsed(load("lang-son-cum-ii-2020")), { formulas: "native" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges[0]]);
    expect(names).toContainEqual(["khoi_ranks", "'Tổng hợp'!$J$6:$J$10"]);
    expect(names).toContainEqual(["khoi_scores_self", "'Chấm điểm'!$E$5:$I$19"]);
    const summary = wb.getWorksheet("Tổng hợp")!;
    expect((summary.getCell("J6").value as { formula: string }).formula).toMatch(/^_xlfn\.RANK\.EQ\(O6,\$O\$6:\$O\$10,0\)\+COUNTIFS/);
    const scores = wb.getWorksheet("Chấm điểm")!;
    expect(scores.getCell("E13").protection?.locked).toBe(false);
    expect(scores.getCell("D13").protection?.locked).not.toBe(false);
    expect(scores.getCell("E13").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 10] });
    expect(scores.getCell("F12").dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    const protection = (scores as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    expect(wb.getWorksheet("_khoi")!.state).toBe("hidden");
  });

  test("the khoi formula mode reads back the same block", async () => {
    const original = load("khanh-hoa-khoi-2-2021");
    expect(await roundTrip(original, "khoi")).toEqual(withoutDeclared(parsed(original)));
  });

  test("_xlfn. is added to RANK.EQ only where it is a function call", () => {
    expect(toFileFormula('RANK.EQ(A1,$A$1:$A$5,0)+IF(B1="RANK.EQ(",1,0)')).toBe('_xlfn.RANK.EQ(A1,$A$1:$A$5,0)+IF(B1="RANK.EQ(",1,0)');
  });

  test("a file that is not a workbook is refused with a Vietnamese reason", async () => {
    await expect(readWorkbook(new TextEncoder().encode("not a zip"))).rejects.toThrow(WorkbookReadError);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const other = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(readWorkbook(other)).rejects.toThrow(/không phải sổ chấm điểm của Khối/);
  });
});
