// Writes a block workbook (.xlsx) with ExcelJS by applying the workbook layout of src/workbook.
// A formula whose layout cell carries a `result` (Tổng hợp's totals, ranks and awards, computed by the engine) is
// stored with it as the cached value, so a viewer that never calculates (a mail preview) still shows the ranking;
// every other formula has none. The file asks for a full recalculation on load, so Excel and LibreOffice show what
// the formulas compute, never a stale number written by Khối.
import ExcelJS from "exceljs";
import type { Block } from "../core/types";
import { parseRange, sheetRef } from "../workbook/a1";
import { buildLayout, type BuildOptions } from "../workbook/build";
import { isFormulaCell, type CellStyle, type SheetLayout, type ValidationRule, type WorkbookLayout } from "../workbook/model";

/** Functions newer than Excel 2007 must carry the _xlfn. prefix in a file, or other engines answer #NAME?. */
const NEW_FUNCTIONS = ["RANK.EQ"];

export function toFileFormula(formula: string): string {
  // Only outside string literals ("…", with "" as an escaped quote).
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part;
      for (const name of NEW_FUNCTIONS) {
        const pattern = new RegExp(`(^|[^A-Za-z0-9_.])(${name.replace(".", "\\.")})\\(`, "g");
        out = out.replace(pattern, "$1_xlfn.$2(");
      }
      return out;
    })
    .join("");
}

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor || style.fontSize || style.fontName || style.underline !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
    if (style.fontName) font.name = style.fontName;
    if (style.underline !== undefined) font.underline = style.underline;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontColor) font.color = { argb: argb(style.fontColor) };
    if (style.fontSize) font.size = style.fontSize;
    cell.font = font;
  }
  if (style.horizontal || style.vertical || style.wrap !== undefined || style.indent !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(cell.alignment ?? {}) };
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.indent !== undefined) alignment.indent = style.indent;
    cell.alignment = alignment;
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.borderBottom) cell.border = { ...(cell.border ?? {}), bottom: { style: "thin", color: { argb: "FF000000" } } };
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const r = parseRange(range);
  if (!r) return;
  for (let row = r.row1; row <= r.row2; row++) for (let col = r.column1; col <= r.column2; col++) fn(ws.getCell(row + 1, col + 1));
}

function validationModel(rule: ValidationRule): ExcelJS.DataValidation {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const, errorTitle: rule.errorTitle, error: rule.error };
  const prompt = rule.prompt ? { showInputMessage: true, prompt: rule.prompt } : {};
  if (rule.kind === "list") {
    return { ...base, ...prompt, type: "list", formulae: [`"${(rule.list ?? []).join(",")}"`] };
  }
  const hasMin = typeof rule.min === "number";
  const hasMax = typeof rule.max === "number";
  const operator = hasMin && hasMax ? "between" : hasMin ? "greaterThanOrEqual" : "lessThanOrEqual";
  const formulae = hasMin && hasMax ? [rule.min, rule.max] : [hasMin ? rule.min : rule.max];
  return { ...base, ...prompt, type: rule.kind, operator, formulae: formulae as number[] };
}

/** Adds one sheet of a layout (or a paper's sheet, which has no key) to the workbook. */
export function writeSheet(wb: ExcelJS.Workbook, sheet: Omit<SheetLayout, "key">): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : undefined,
    views: sheet.frozen ? [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }] : undefined,
  });
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const row of sheet.rows) {
    const r = ws.getRow(row.row + 1);
    if (row.height) r.height = row.height;
    if (row.hidden) r.hidden = true;
  }
  for (const region of sheet.regions) {
    region.cells.forEach((cells, dr) => {
      cells.forEach((value, dc) => {
        const cell = ws.getCell(region.row + dr + 1, region.column + dc + 1);
        if (isFormulaCell(value)) {
          const formula = toFileFormula(value.formula);
          cell.value = (value.result === undefined || value.result === null ? { formula } : { formula, result: value.result }) as ExcelJS.CellFormulaValue;
        }
        else if (value !== null) cell.value = value;
        const format = region.columnFormats?.[dc] ?? region.numberFormat;
        if (format && format !== "General") cell.numFmt = format;
        if (region.style) applyStyle(cell, region.style);
        if (!region.locked) cell.protection = { locked: false };
      });
    });
  }
  for (const format of sheet.formats) for (const range of format.ranges) forEachCell(ws, range, (cell) => applyStyle(cell, format.style));
  for (const merge of sheet.merges) ws.mergeCells(merge);
  for (const rule of sheet.validations) {
    const model = validationModel(rule);
    // ExcelJS keeps range validations in worksheet.dataValidations (missing from its type declarations).
    const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const range of rule.ranges) validations.add(range, model);
  }
  sheet.conditionalFormats.forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } } };
    if (cf.style.fontColor || cf.style.bold) style.font = { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) };
    ws.addConditionalFormatting({
      ref: cf.ranges.join(" "),
      rules: [{ type: "expression", priority: i + 1, formulae: [toFileFormula(cf.formula)], style }],
    });
  });
  if (sheet.print) {
    ws.pageSetup.orientation = sheet.print.orientation;
    ws.pageSetup.paperSize = 9; // A4
    if (sheet.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
    if (sheet.print.titleRows) ws.pageSetup.printTitlesRow = `${sheet.print.titleRows[0]}:${sheet.print.titleRows[1]}`;
    // ExcelJS prefixes each corner with "$" itself: "A$1:M$11" becomes $A$1:$M$11.
    if (sheet.print.area) ws.pageSetup.printArea = sheet.print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
    const mm = sheet.print.margins;
    if (mm) {
      const inch = (v: number) => Math.round((v / 25.4) * 1000) / 1000;
      ws.pageSetup.margins = { top: inch(mm.top), bottom: inch(mm.bottom), left: inch(mm.left), right: inch(mm.right), header: inch(mm.top / 2), footer: inch(mm.bottom / 2) };
    }
  }
  return ws;
}

/** Applies a layout to a new ExcelJS workbook. */
export async function layoutToWorkbook(layout: WorkbookLayout): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Khối";
  wb.calcProperties.fullCalcOnLoad = true;
  const byKey = new Map<string, ExcelJS.Worksheet>();
  for (const sheet of layout.sheets) byKey.set(sheet.key, writeSheet(wb, sheet));
  for (const name of layout.names) {
    const sheet = layout.sheets.find((s) => s.key === name.sheet);
    const r = parseRange(name.range);
    if (!sheet || !r) continue;
    const abs = `$${name.range.split(":").map((part) => part.replace(/^([A-Z]+)(\d+)$/, "$1$$$2")).join(":$")}`;
    wb.definedNames.add(sheetRef(sheet.name, abs), name.name);
  }
  for (const sheet of layout.sheets) {
    if (sheet.protection.protect) {
      await byKey.get(sheet.key)!.protect("", {
        selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true,
      });
    }
  }
  return wb;
}

/** The block workbook as .xlsx bytes. `block` is a parsed block (parseBlock's result). */
export async function writeWorkbook(block: Block, options: BuildOptions): Promise<Uint8Array> {
  const wb = await layoutToWorkbook(buildLayout(block, options));
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
