// A unit typed by hand under the unit list, with its targets and scores typed in new columns beside Giao ước and
// Chấm điểm, on a real .xlsx: the reader reports each cell, finds the unit and its columns, and taking them in
// (what Thiết lập offers) gives a workbook where the unit is ranked with exactly the values typed.
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { parseBlock } from "../../src/core/parse";
import { GridBook } from "../../src/workbook/grid";
import { NAMES } from "../../src/workbook/model";
import { takeInStrayValues } from "../../src/workbook/stray";
import { validateReading } from "../../src/workbook/validate";
import { cellAddress } from "../../src/workbook/a1";
import { loadWorkbook, readWorkbook, workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json"), "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Lạng Sơn's workbook with "Công ty Thuỷ lợi Lạng Sơn" (tl-ls) typed under the list, its targets and self scores
 *  typed beside the tables: the same values as Điện lực's, so by hand it must score exactly Điện lực's 85.25. */
async function typedByHand(): Promise<{ data: Uint8Array; cells: string[] }> {
  const base = await writeWorkbook(parseBlock(EXAMPLE).block!, { formulas: "native" });
  const wb = await loadWorkbook(base);
  const book = new GridBook(workbookGrids(wb));
  const sheet = (name: string) => wb.getWorksheet(name)!;
  const cells: string[] = [];
  const type = (sheetName: string, row: number, column: number, value: ExcelJS.CellValue) => {
    sheet(sheetName).getCell(row + 1, column + 1).value = value;
    cells.push(`${sheetName}!${cellAddress(row, column)}`);
  };
  const units = book.namedRange(NAMES.units)!.range;
  type("Khối", units.row2 + 1, 1, "tl-ls");
  type("Khối", units.row2 + 1, 2, "Công ty Thuỷ lợi Lạng Sơn");
  type("Khối", units.row2 + 1, 3, "TTLĐXS");
  const targets = book.namedRange(NAMES.targets)!;
  const final = book.namedRange(NAMES.scores.final)!;
  const codes = book.namedRange(NAMES.scoreCodes)!;
  type("Giao ước", targets.range.row1, targets.range.column2 + 1, "tl-ls");
  for (let r = targets.range.row1 + 1; r <= targets.range.row2; r++) {
    const code = book.value(targets.sheet, r, 0) as string;
    type("Giao ước", r, targets.range.column2 + 1, EXAMPLE.targets["dl-ls"][code]);
  }
  // Typed beside the last layer, headed by the unit's name, as an officer would: the scores that count for Điện lực
  // (final over appraised over self).
  type("Chấm điểm", final.range.row1 - 1, final.range.column2 + 1, "Công ty Thuỷ lợi Lạng Sơn");
  for (let r = final.range.row1 + 1; r <= final.range.row2; r++) {
    const code = book.value(codes.sheet, r, codes.range.column1) as string;
    const value = EXAMPLE.scores.final?.["dl-ls"]?.[code] ?? EXAMPLE.scores.appraised?.["dl-ls"]?.[code] ?? EXAMPLE.scores.self["dl-ls"][code];
    if (value !== undefined) type("Chấm điểm", r, final.range.column2 + 1, value === true ? "Có" : value);
  }
  return { data: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), cells };
}

describe("a unit typed by hand under the list", () => {
  test("every typed cell is reported where it is, and the block is not silently ranked without the unit", async () => {
    const { data, cells } = await typedByHand();
    const reading = await readWorkbook(data);
    const result = validateReading(reading);
    expect(result.ok).toBe(false);
    const ignored = result.findings.filter((f) => f.code === "CELL_IGNORED").map((f) => `${f.cell!.sheet}!${f.cell!.address}`);
    expect(ignored.sort()).toEqual([...cells].sort());
    expect(result.findings.find((f) => f.cell?.address === "C44")?.message).toBe("Đơn vị «Công ty Thuỷ lợi Lạng Sơn» ở Khối!C44 chưa thuộc khối: Khối không tính đơn vị này. Thêm đơn vị bằng trang Thiết lập (chọn «Lấy các dòng gõ thêm»).");
  });

  test("taken in, the unit gets its typed id, targets and scores, and scores exactly like the unit it copies", async () => {
    const { data } = await typedByHand();
    const reading = await readWorkbook(data);
    expect(reading.stray!.units).toEqual([{ id: "tl-ls", name: "Công ty Thuỷ lợi Lạng Sơn", titles: ["TTLĐXS"], cell: "Khối!C44" }]);
    expect(reading.stray!.columns.map((c) => [c.kind, c.unit])).toEqual([["targets", "tl-ls"], ["final", "Công ty Thuỷ lợi Lạng Sơn"]]);
    // What Thiết lập does: the unit joins the block (with the id typed), then the typed values follow it.
    const doc = structuredClone(reading.doc) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    doc.units.push({ id: "tl-ls", name: "Công ty Thuỷ lợi Lạng Sơn", titles: ["TTLĐXS"], disqualified: null });
    const { block, taken } = takeInStrayValues(parseBlock(doc).block!, reading.stray!);
    expect(taken).toBe(4 + Object.keys(EXAMPLE.scores.self["dl-ls"]).length);
    const rewritten = await readWorkbook(await writeWorkbook(block, { formulas: "native" }));
    const result = validateReading(rewritten);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([expect.objectContaining({ code: "TIE_UNRESOLVED" })]);
    const tl = result.units.find((u) => u.id === "tl-ls")!;
    // Hand check: the same targets and scores as Điện lực (85.25 in the shared example), so the same total.
    expect(tl.total).toBeCloseTo(85.25, 9);
    expect(tl.rank).toBe(result.units.find((u) => u.id === "dl-ls")!.rank);
  });
});
