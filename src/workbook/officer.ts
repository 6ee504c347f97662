// The officer's name, as they gave it in the pane: kept in the hidden meta sheet (row "officer") so the workbook
// remembers who works on it, and named by every Nhật ký line Khối writes. Pure.
import { cellAddress } from "./a1";
import { GridBook } from "./grid";
import type { CellWrite } from "./host";
import type { SheetGrids } from "./model";

export const OFFICER_KEY = "officer";
/** Who a line names when no officer was given anywhere. */
export const DEFAULT_WHO = "Khối";

/** The name kept in the workbook, or undefined. */
export function officerOf(grids: SheetGrids): string | undefined {
  const value = new GridBook(grids).metaValue(OFFICER_KEY);
  const name = typeof value === "string" ? value.trim() : "";
  return name === "" ? undefined : name;
}

/** The name written into each line: the one given, else the workbook's, else "Khối". */
export function whoFor(given: string | undefined, grids?: SheetGrids): string {
  const name = given?.trim();
  if (name) return name;
  return (grids && officerOf(grids)) || DEFAULT_WHO;
}

/** The cells that keep `name` in the meta sheet: its "officer" row's value, or a new row under the last one.
 *  Empty when the workbook has no meta sheet (not a block workbook yet). */
export function officerWrites(grids: SheetGrids, name: string): CellWrite[] {
  const book = new GridBook(grids);
  const meta = book.meta;
  if (!meta) return [];
  const rows = meta.values.length + (meta.origin?.row ?? 0);
  let at = -1;
  let last = -1;
  for (let r = 0; r < rows; r++) {
    const key = book.value(meta, r, 0);
    if (typeof key === "string" && key.trim() !== "") last = r;
    if (key === OFFICER_KEY && at < 0) at = r;
  }
  const value = name.trim();
  if (at >= 0) return [{ cell: { sheet: meta.name, address: cellAddress(at, 1) }, value }];
  return [
    { cell: { sheet: meta.name, address: cellAddress(last + 1, 0) }, value: OFFICER_KEY },
    { cell: { sheet: meta.name, address: cellAddress(last + 1, 1) }, value },
  ];
}
