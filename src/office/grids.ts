// A layout seen as the grids a host would read from it: lets the pure reader locate cells of a layout that is
// not written yet (where a kept value will land). Pure.
import { isFormulaCell, type SheetGrids, type WorkbookLayout } from "../workbook/model";

export function layoutToGrids(layout: WorkbookLayout): SheetGrids {
  const nameOf = new Map(layout.sheets.map((s) => [s.key, s.name]));
  return {
    sheets: layout.sheets.map((sheet) => {
      let rows = 0;
      let columns = 0;
      for (const region of sheet.regions) {
        rows = Math.max(rows, region.row + region.cells.length);
        columns = Math.max(columns, region.column + (region.cells[0]?.length ?? 0));
      }
      const values: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(columns).fill(""));
      const formulas: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(columns).fill(""));
      for (const region of sheet.regions) {
        region.cells.forEach((line, i) =>
          line.forEach((cell, j) => {
            const r = region.row + i;
            const c = region.column + j;
            if (isFormulaCell(cell)) {
              values[r][c] = cell.result ?? "";
              formulas[r][c] = `=${cell.formula}`;
            } else {
              values[r][c] = cell ?? "";
              formulas[r][c] = cell ?? "";
            }
          }),
        );
      }
      return { name: sheet.name, values, formulas, origin: { row: 0, column: 0 }, visibility: sheet.visibility };
    }),
    names: layout.names.map((n) => ({ name: n.name, sheet: nameOf.get(n.sheet), address: n.range })),
  };
}
