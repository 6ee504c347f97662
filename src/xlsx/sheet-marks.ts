// "Đánh dấu" on an .xlsx file (the standalone page works on files): the cells at fault get a conditional format
// whose formula carries Khối's marker, so the marks survive a save and are found again after a reload, and the
// cells' own styles (fill, font, border, number format) are never written. "Bỏ đánh dấu" deletes exactly those.
import type ExcelJS from "exceljs";
import type { CellRef } from "../core/types";

/** Always true, and recognisable: N() of a text is 0. */
export const MARK_FORMULA = 'N("khoi:danh-dau")=0';

const isMark = (cf: ExcelJS.ConditionalFormattingOptions): boolean =>
  cf.rules.length > 0 && cf.rules.every((rule) => rule.type === "expression" && (rule.formulae ?? []).some((f) => String(f).replace(/^=/, "") === MARK_FORMULA));

/** Adds one mark per distinct cell; cells of sheets the workbook does not have are skipped. Returns how many. */
export function markWorkbookCells(wb: ExcelJS.Workbook, cells: CellRef[]): number {
  let added = 0;
  const seen = new Set<string>();
  for (const ref of cells) {
    const ws = wb.getWorksheet(ref.sheet);
    const key = `${ref.sheet}!${ref.address}`;
    if (!ws || seen.has(key)) continue;
    seen.add(key);
    ws.addConditionalFormatting({
      ref: ref.address,
      rules: [{
        type: "expression",
        priority: 1,
        formulae: [MARK_FORMULA],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
      }],
    });
    added++;
  }
  return added;
}

/** Removes every mark Khối put (and nothing else); returns how many. */
export function unmarkWorkbookCells(wb: ExcelJS.Workbook): number {
  let removed = 0;
  wb.eachSheet((ws) => {
    // ExcelJS keeps them in worksheet.conditionalFormattings (missing from its type declarations).
    const formats = () => (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const before = formats().length;
    ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isMark(cf));
    removed += before - formats().length;
  });
  return removed;
}
