// The grids a host would read right after applying a layout, before any recalculation: constants as written,
// formula cells empty (or their `result` when the layout carries one). For tests and for previews without a host.
import { isFormulaCell, type SheetGrid, type SheetGrids, type WorkbookLayout } from "./model";
import { sheetRef } from "./a1";

export function layoutGrids(layout: WorkbookLayout): SheetGrids {
  const sheets: SheetGrid[] = layout.sheets.map((sheet) => {
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (const region of sheet.regions) {
      region.cells.forEach((row, dr) => {
        const r = region.row + dr;
        values[r] ??= [];
        formulas[r] ??= [];
        row.forEach((cell, dc) => {
          const c = region.column + dc;
          if (isFormulaCell(cell)) {
            values[r][c] = cell.result ?? null;
            formulas[r][c] = `=${cell.formula}`;
          } else {
            values[r][c] = cell;
            formulas[r][c] = null;
          }
        });
      });
    }
    for (let r = 0; r < values.length; r++) { values[r] ??= []; formulas[r] ??= []; }
    return { name: sheet.name, values, formulas, visibility: sheet.visibility };
  });
  const names = layout.names.map((n) => {
    const sheet = layout.sheets.find((s) => s.key === n.sheet);
    return { name: n.name, address: sheetRef(sheet?.name ?? n.sheet, n.range) };
  });
  return { sheets, names };
}
