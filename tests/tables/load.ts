// A fixture table as Khối reads it from the .xlsx file: the real bytes through ExcelJS (src/xlsx/sheet-grid).
import { readSheets } from "../../src/xlsx/sheet-grid";
import { tableBytes, TABLES, type TableSpec } from "../fixtures/tables/make-tables";
import type { TableGrid } from "../../src/tables";

export function spec(file: string): TableSpec {
  const found = TABLES.find((t) => t.file.startsWith(file));
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
}

export async function loadGrid(file: string): Promise<TableGrid> {
  const [sheet] = await readSheets(await tableBytes(spec(file)));
  return sheet;
}
