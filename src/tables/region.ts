// The part of a sheet the officer points at: a range ("A3:K30") cut out of the sheet's values, merges kept.
import type { CellRect, TableCell, TableGrid } from "./types";

/** The cells of `rect` (sheet coordinates, 0-based inclusive); merges that touch it are kept as they are. */
export function cropGrid(grid: TableGrid, rect: CellRect): TableGrid {
  const values: TableCell[][] = [];
  for (let r = rect.row1; r <= rect.row2; r++) {
    const source = grid.values[r - grid.origin.row] ?? [];
    const row: TableCell[] = [];
    for (let c = rect.column1; c <= rect.column2; c++) row.push(source[c - grid.origin.column] ?? null);
    values.push(row);
  }
  const merges = grid.merges.filter((m) => m.row1 <= rect.row2 && m.row2 >= rect.row1 && m.column1 <= rect.column2 && m.column2 >= rect.column1);
  return { sheet: grid.sheet, origin: { row: rect.row1, column: rect.column1 }, values, merges };
}
