// The standalone page's quick read (src/xlsx/snapshot.ts) against ExcelJS's full load of the same bytes: for every
// file it covers, the reader's grids (values, cached results, formulas, defined names, visibility) and the page's
// sheet views (shown values, formulas, input cells, widths) are equal, so a check before the first edit and after it
// see the same workbook. Files using what it does not cover (shared formulas, rich text, dates, hyperlinks) are
// refused, and the page reads them with ExcelJS.
import ExcelJS from "exceljs";
import { checkPackage } from "../../src/xlsx/package";
import { loadWorkbook, workbookGrids } from "../../src/xlsx/read";
import { readQuickBook } from "../../src/xlsx/snapshot";
import { bookBytes, sheetViews } from "../../src/xlsx/book";
import { writeWorkbook } from "../../src/xlsx/write";
import { demoBook } from "../../src/standalone/demo";
import { syntheticParsedBlock } from "../helpers/synthetic-block";
import { loadExample, parsedBlock } from "../helpers/fixtures";
import { TABLES, tableBytes } from "../fixtures/tables/make-tables";
import { libreOfficeAvailable, recalculate } from "../helpers/libreoffice";

async function expectSameAsExcelJS(bytes: Uint8Array): Promise<void> {
  const quick = readQuickBook(checkPackage(bytes).parts);
  expect(quick).not.toBeNull();
  const wb = await loadWorkbook(bytes);
  expect(quick!.grids).toEqual(workbookGrids(wb));
  expect(quick!.views).toEqual(sheetViews(wb));
  // Which cells take typed values, in every row (also rows the page does not list).
  for (const ws of wb.worksheets) {
    const unlocked = new Set<string>();
    ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.protection?.locked === false) unlocked.add(`${r - 1}:${c - 1}`);
    }));
    expect(quick!.unlocked.get(ws.name)).toEqual(unlocked);
  }
}

const quickOf = (bytes: Uint8Array) => readQuickBook(checkPackage(bytes).parts);

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A block workbook as an officer leaves it after typing by hand in Excel. */
async function handEditedBlock(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(syntheticParsedBlock(6, 8, 2), { formulas: "native" })) as unknown as ArrayBuffer);
  const scores = wb.worksheets.find((ws) => ws.name === "Chấm điểm")!;
  scores.getCell("G6").value = "8,5"; // text in a number cell
  scores.getCell("H6").value = -2; // a negative
  scores.getCell("I6").value = null; // a score emptied
  scores.getCell("A40").value = "Đơn vị mới"; // a row typed under the table
  scores.getCell("B40").value = true;
  scores.getCell("C40").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  const summary = wb.worksheets.find((ws) => ws.name === "Tổng hợp")!;
  summary.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === "object" && cell.value && "formula" in cell.value && cell.address === "E6") cell.value = 97.5; // a number over a formula
  }));
  const own = wb.addWorksheet("Ghi chú & <ý kiến>");
  own.getCell("A1").value = 'Trích "biên bản" & ý kiến <đơn vị>';
  own.getCell("B2").value = { formula: 'IF(A1<>"","có & không","")', result: "có & không" } as ExcelJS.CellFormulaValue;
  own.getCell("C3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
  own.getCell("D4").value = { formula: "A1=A1", result: true } as ExcelJS.CellFormulaValue;
  own.getCell("E5").value = { formula: "SUM(B1:B2)" } as ExcelJS.CellFormulaValue; // no cached result
  own.getCell("F6").value = "  dấu cách hai đầu  ";
  own.mergeCells("A8:C9");
  own.getCell("A8").value = "ô gộp";
  own.getColumn(2).width = 30;
  own.state = "hidden";
  wb.addWorksheet("Trống").state = "veryHidden";
  wb.definedNames.add("'Ghi chú & <ý kiến>'!$A$1:$B$3", "ghi_chu");
  const plain = wb.addWorksheet("Data1");
  plain.getCell("B2").value = 5;
  wb.definedNames.add("Data1!$B$2", "mot_o"); // one cell, on a sheet whose name needs no quotes
  wb.definedNames.add("'Ghi chú & <ý kiến>'!$C$9:$A$8", "nguoc"); // corners given the other way round
  return bytesOf(wb);
}

describe("the quick read equals ExcelJS's load", () => {
  test.each([
    ["15 units × 40 criteria, native formulas", 15, 40, "native"],
    ["4 units × 3 criteria, KHOI.* formulas", 4, 3, "khoi"],
  ] as const)("a block workbook: %s", async (_label, units, criteria, formulas) => {
    await expectSameAsExcelJS(await writeWorkbook(syntheticParsedBlock(units, criteria, 3), { formulas }));
  });

  test.each(["lang-son-cum-ii-2020", "khanh-hoa-khoi-2-2021"])("the shared example %s, in both languages", async (name) => {
    const block = parsedBlock(loadExample(name));
    await expectSameAsExcelJS(await writeWorkbook(block, { formulas: "native", language: "vi" }));
    await expectSameAsExcelJS(await writeWorkbook(block, { formulas: "khoi", language: "en" }));
  });

  test("the built-in demo workbook", async () => {
    await expectSameAsExcelJS(await bookBytes(await demoBook("vi")));
  });

  test("a block typed into by hand: text in number cells, a row under the table, a number over a formula, an own sheet", async () => {
    await expectSameAsExcelJS(await handEditedBlock());
  });

  test.each(TABLES.map((spec) => [spec.sheet, spec] as const))("the officer's own table «%s» (merged headings, cached totals)", async (_name, spec) => {
    await expectSameAsExcelJS(await tableBytes(spec));
  });

  test("a workbook with a name of two areas (read through ExcelJS's own name lists)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bảng");
    ws.getCell("A1").value = 1;
    ws.getCell("D4").value = 2;
    wb.definedNames.add("'Bảng'!$A$1:$B$2", "hai_vung");
    wb.definedNames.add("'Bảng'!$D$4", "hai_vung");
    wb.definedNames.add("'Bảng'!$A$1", "mot");
    await expectSameAsExcelJS(await bytesOf(wb));
  });

  (libreOfficeAvailable() ? test : test.skip)("a block saved by LibreOffice: read quickly and equal, or left to ExcelJS", async () => {
    const saved = (await recalculate([{ name: "block.xlsx", data: await writeWorkbook(syntheticParsedBlock(5, 6, 2), { formulas: "native" }) }])).get("block.xlsx")!;
    if (quickOf(saved)) await expectSameAsExcelJS(saved);
    else expect((await loadWorkbook(saved)).worksheets.length).toBeGreaterThan(0);
  }, 180_000);
});

describe("what the quick read leaves to ExcelJS", () => {
  async function bookWith(edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Trang");
    ws.getCell("A1").value = 1;
    edit(ws);
    return bytesOf(wb);
  }

  test.each([
    ["a date", (ws: ExcelJS.Worksheet) => { ws.getCell("B1").value = new Date(Date.UTC(2020, 11, 31)); }],
    ["rich text", (ws: ExcelJS.Worksheet) => { ws.getCell("B1").value = { richText: [{ text: "đậm", font: { bold: true } }, { text: " thường" }] }; }],
    ["a hyperlink", (ws: ExcelJS.Worksheet) => { ws.getCell("B1").value = { text: "trang", hyperlink: "https://example.org" }; }],
    ["a shared formula", (ws: ExcelJS.Worksheet) => {
      ws.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellSharedFormulaValue & { ref: string; shareType: string };
      ws.getCell("B2").value = { sharedFormula: "B1", result: 0 } as ExcelJS.CellSharedFormulaValue;
    }],
  ])("%s", async (_label, edit) => {
    const bytes = await bookWith(edit);
    expect(quickOf(bytes)).toBeNull();
    // The full load still reads it.
    expect((await loadWorkbook(bytes)).worksheets).toHaveLength(1);
  });

  test("a plain workbook next to them is read quickly (the refusals above are about what they contain)", async () => {
    await expectSameAsExcelJS(await bookWith((ws) => { ws.getCell("B1").value = "chữ"; }));
  });
});
