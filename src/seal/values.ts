// A workbook sent "values only" has no formula left (the recipient must not recalculate). Its check then compares
// what it shows with the engine (totals, ranks, awards) but cannot ask whether Khối's formulas are still in place:
// grids without a single formula are read as a host that gives no formulas.
import type { SheetGrids } from "../workbook/model";

const hasFormula = (rows: unknown[][] | undefined): boolean =>
  (rows ?? []).some((row) => Array.isArray(row) && row.some((f) => typeof f === "string" && f.trim() !== ""));

/** True when no sheet holds a formula (a values-only workbook). */
export const isValuesOnly = (grids: SheetGrids): boolean => !(grids.sheets ?? []).some((s) => hasFormula(s.formulas as unknown[][] | undefined));

/** The grids as readLayout should see them: without formula columns when the workbook holds no formula. */
export function gridsForCheck(grids: SheetGrids): SheetGrids {
  if (!isValuesOnly(grids)) return grids;
  return { ...grids, sheets: (grids.sheets ?? []).map(({ formulas: _f, ...sheet }) => { void _f; return sheet; }) };
}
