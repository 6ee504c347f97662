// Queues the writes of one layout sheet on a live worksheet: regions as single 2-D assignments, widths, frozen
// panes, merges, validation, conditional formats, print settings, protection. Queues only: the caller syncs once.
import { columnLetters, parseRange, rangeAddress, sheetRef } from "../workbook/a1";
import type { ConditionalFormat, DefinedName, SheetLayout, ValidationRule, Visibility } from "../workbook/model";
import { columnWidthPoints, officeCells, officeColor, queueStyle, regionHasFormula, regionNumberFormats } from "./cells";

const VISIBILITY: Record<Visibility, "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Excel refuses longer validation titles and messages. */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

/** What a protected Khối sheet still lets the user do: resize columns and rows, filter. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true };

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Empties a sheet Khối made before, so the new layout is written on a clean page (the sheet object, its name
 *  and any formula of the user's pointing at it stay). */
export function queueClear(sheet: Excel.Worksheet): void {
  sheet.protection.unprotect();
  sheet.freezePanes.unfreeze();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  all.columnHidden = false;
  all.rowHidden = false;
}

/** Queues the whole sheet. Returns how many cells the regions write. */
export function queueSheet(sheet: Excel.Worksheet, layout: SheetLayout): number {
  if (layout.tabColor) sheet.tabColor = officeColor(layout.tabColor);

  layout.columns.forEach((column, index) => {
    const letters = columnLetters(index);
    const range = sheet.getRange(`${letters}:${letters}`);
    range.format.columnWidth = columnWidthPoints(column.width);
    if (column.hidden) range.columnHidden = true;
  });
  for (const row of layout.rows) {
    const range = sheet.getRange(`${row.row + 1}:${row.row + 1}`);
    if (row.height !== undefined) range.format.rowHeight = row.height;
    if (row.hidden) range.rowHidden = true;
  }

  let cells = 0;
  for (const region of layout.regions) {
    const rows = region.cells.length;
    const columns = region.cells[0]?.length ?? 0;
    if (rows === 0 || columns === 0) continue;
    const range = sheet.getRange(rangeAddress(region.row, region.column, region.row + rows - 1, region.column + columns - 1));
    // One assignment per region: `formulas` takes constants too, so a mixed region is still one call.
    if (regionHasFormula(region)) range.formulas = officeCells(region);
    else range.values = officeCells(region);
    const formats = regionNumberFormats(region);
    if (formats) range.numberFormat = formats;
    if (region.style) queueStyle(range, region.style, rows, columns);
    range.format.protection.locked = region.locked;
    cells += rows * columns;
  }

  for (const extra of layout.formats) {
    for (const address of extra.ranges) {
      const parsed = parseRange(address);
      const rows = parsed ? parsed.row2 - parsed.row1 + 1 : 1;
      const columns = parsed ? parsed.column2 - parsed.column1 + 1 : 1;
      queueStyle(sheet.getRange(address), extra.style, rows, columns);
    }
  }
  for (const address of layout.merges) sheet.getRange(address).merge(false);
  for (const rule of layout.validations) queueValidation(sheet, rule);
  for (const format of layout.conditionalFormats) queueConditionalFormat(sheet, format);

  const frozen = layout.frozen;
  if (frozen && frozen.rows > 0 && frozen.columns > 0) sheet.freezePanes.freezeAt(rangeAddress(0, 0, frozen.rows - 1, frozen.columns - 1));
  else if (frozen && frozen.rows > 0) sheet.freezePanes.freezeRows(frozen.rows);
  else if (frozen && frozen.columns > 0) sheet.freezePanes.freezeColumns(frozen.columns);

  if (layout.print) {
    const page = sheet.pageLayout;
    page.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = "A4";
    if (layout.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (layout.print.titleRows) page.setPrintTitleRows(`$${layout.print.titleRows[0]}:$${layout.print.titleRows[1]}`);
  }

  // Protection last: everything above writes locked cells. No password: it guards against slips, not people.
  if (layout.protection.protect) {
    sheet.protection.protect(PROTECTION_OPTIONS);
  }
  sheet.visibility = VISIBILITY[layout.visibility];
  return cells;
}

function queueValidation(sheet: Excel.Worksheet, rule: ValidationRule): void {
  const criteria = validationRule(rule);
  for (const address of rule.ranges) {
    const validation = sheet.getRange(address).dataValidation;
    validation.rule = criteria;
    validation.ignoreBlanks = true;
    validation.errorAlert = { showAlert: true, style: "Stop", title: clip(rule.errorTitle, TITLE_LIMIT), message: clip(rule.error, MESSAGE_LIMIT) };
    if (rule.prompt) validation.prompt = { showPrompt: true, title: "", message: clip(rule.prompt, MESSAGE_LIMIT) };
  }
}

/** The Office.js rule of a layout validation; blank cells are always allowed (ignoreBlanks). */
export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === "list") return { list: { inCellDropDown: true, source: (rule.list ?? []).join(",") } };
  const { min, max } = rule;
  const basic: Excel.BasicDataValidation =
    min !== undefined && max !== undefined ? { formula1: min, formula2: max, operator: "Between" }
    : min !== undefined ? { formula1: min, operator: "GreaterThanOrEqualTo" }
    : max !== undefined ? { formula1: max, operator: "LessThanOrEqualTo" }
    // Any number at all: the rule then only refuses text.
    : { formula1: -1e307, operator: "GreaterThanOrEqualTo" };
  return rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

function queueConditionalFormat(sheet: Excel.Worksheet, format: ConditionalFormat): void {
  // Several areas share one rule whose formula is relative to the first area's top-left cell.
  const target = format.ranges.length === 1 ? sheet.getRange(format.ranges[0]) : sheet.getRanges(format.ranges.join(","));
  const conditional = target.conditionalFormats.add("Custom");
  conditional.custom.rule.formula = `=${format.formula}`;
  conditional.custom.format.fill.color = officeColor(format.style.fill);
  if (format.style.fontColor) conditional.custom.format.font.color = officeColor(format.style.fontColor);
  if (format.style.bold !== undefined) conditional.custom.format.font.bold = format.style.bold;
}

/** The reference a defined name gets: ='Chấm điểm'!$E$7:$I$20. */
export function nameReference(name: DefinedName, sheetName: string): string {
  const [first, last] = name.range.split(":");
  const absolute = (cell: string) => cell.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$$$1$$$2");
  return `=${sheetRef(sheetName, last ? `${absolute(first)}:${absolute(last)}` : absolute(first))}`;
}

