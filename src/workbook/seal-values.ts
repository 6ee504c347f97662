// A workbook sent "values only" (src/seal, Gửi đi) has no formula left (the recipient must not recalculate). Its check then compares
// what it shows with the engine (totals, ranks, awards) but cannot ask whether Khối's formulas are still in place:
// grids without a single formula are read as a host that gives no formulas.
import type { SheetGrids } from "./model";

/** The very hidden sheet that keeps a workbook's seal (src/seal/record.ts); every host reads it with Khối's own. */
export const SEAL_SHEET = "_khoi_seal";

/** Whether a grid's formula entry is a formula: Office gives "=…" for a formula and the value itself for a constant;
 *  ExcelJS gives the formula without "=" and null for a constant. */
export function isFormulaEntry(formula: unknown, value: unknown): boolean {
  if (typeof formula !== "string" || formula.trim() === "") return false;
  return formula.startsWith("=") || formula !== String(value ?? "");
}

function hasFormula(sheet: SheetGrids["sheets"][number]): boolean {
  const rows = (sheet.formulas ?? []) as unknown[][];
  return rows.some((row, r) => Array.isArray(row) && row.some((f, c) => isFormulaEntry(f, sheet.values[r]?.[c])));
}

/** True when no sheet holds a formula (a values-only workbook). */
export const isValuesOnly = (grids: SheetGrids): boolean => !(grids.sheets ?? []).some(hasFormula);

/** The grids as readLayout should see them: without formula columns when the workbook holds no formula. */
export function gridsForCheck(grids: SheetGrids): SheetGrids {
  if (!isValuesOnly(grids)) return grids;
  return { ...grids, sheets: (grids.sheets ?? []).map(({ formulas: _f, ...sheet }) => { void _f; return sheet; }) };
}
