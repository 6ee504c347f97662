// Đánh dấu / Bỏ đánh dấu on an .xlsx file: the marks are conditional formats that survive a save; after un-marking
// and saving again every cell's style is what a plain save gives, and the officer's own conditional format stays.
import ExcelJS from "exceljs";
import { checkTable, detectTable } from "../../src/tables";
import { markWorkbookCells, unmarkWorkbookCells } from "../../src/xlsx/sheet-marks";
import { readSheets } from "../../src/xlsx/sheet-grid";
import { tableWorkbook } from "../fixtures/tables/make-tables";
import { spec } from "./load";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

function styles(wb: ExcelJS.Workbook): string {
  const out: unknown[] = [];
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => out.push([r, c, cell.style, cell.value]))));
  return JSON.stringify(out);
}

const conditional = (wb: ExcelJS.Workbook) =>
  (wb.worksheets[0] as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

it("marks the cells at fault in a file and removes exactly those marks, styles unchanged", async () => {
  const table = spec("05");
  const officer = tableWorkbook(table);
  const ws = officer.worksheets[0];
  ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("E3").border = { bottom: { style: "double" } };
  ws.getCell("C2").numFmt = "0.00";
  ws.addConditionalFormatting({ ref: "E2:E5", rules: [{ type: "expression", priority: 2, formulae: ["E2>55"], style: { font: { bold: true } } }] });
  const saved = await roundTrip(officer);
  const baseline = styles(saved);

  const [sheet] = await readSheets(new Uint8Array((await saved.xlsx.writeBuffer()) as ArrayBuffer));
  const cells = checkTable(sheet, detectTable(sheet)!).findings.map((f) => ({ sheet: table.sheet, address: f.cell! }));
  expect(markWorkbookCells(saved, cells)).toBe(9);
  const marked = await roundTrip(saved);
  expect(conditional(marked)).toHaveLength(10);
  expect(styles(marked)).toBe(baseline);

  expect(unmarkWorkbookCells(marked)).toBe(9);
  const cleared = await roundTrip(marked);
  expect(styles(cleared)).toBe(baseline);
  expect(conditional(cleared).map((cf) => [cf.ref, cf.rules[0].type, (cf.rules[0] as { formulae?: unknown[] }).formulae])).toEqual([["E2:E5", "expression", ["E2>55"]]]);
});
