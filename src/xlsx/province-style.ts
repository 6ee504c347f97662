// Print-ready look shared by the consolidated province workbook's sheets: A4, Times New Roman, bordered tables,
// the header row repeated on every printed page.
import type ExcelJS from "exceljs";

export const FONT = "Times New Roman";

export function preparePrint(ws: ExcelJS.Worksheet, headerRow: number, landscape: boolean): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: "Trang &P / &N" };
}

/** Times New Roman everywhere a value was written (ExcelJS has no workbook-wide default font). */
export function applyFont(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...(cell.font ?? {}), name: FONT, size: cell.font?.size ?? 12 };
    });
  });
}

export function title(ws: ExcelJS.Worksheet, row: number, text: string, lastColumn: number): void {
  ws.mergeCells(row, 1, row, lastColumn);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 14, bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

const THIN = { style: "thin" as const };

export function header(ws: ExcelJS.Worksheet, row: number, labels: readonly string[], widths: readonly number[]): void {
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = label;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    ws.getColumn(i + 1).width = widths[i];
  });
}

/** Borders and wrapping on a table body. */
export function body(ws: ExcelJS.Worksheet, firstRow: number, lastRow: number, columns: number): void {
  for (let r = firstRow; r <= lastRow; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { vertical: "top", wrapText: true };
    }
  }
}

/** A formula with its value cached, so a viewer that never calculates still shows it (the file recalculates on load). */
export function formula(cell: ExcelJS.Cell, text: string, result: number | string): void {
  cell.value = { formula: text, result } as ExcelJS.CellFormulaValue;
}

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31).trim() || "Danh sách";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
