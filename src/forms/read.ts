// Reading a returned self-scoring form from its cell grids (pure): the hidden form id and fingerprint, and per
// criterion row what the unit sees (code, maximum, target) and entered (value, evidence), each with its cell.
import type { SheetGrid, SheetGrids } from "../workbook/model";
import { cellAddress } from "../workbook/a1";
import { gridValue, isCellError, type GridValue } from "../workbook/grid";
import { FORM_SCHEMA, type FormItem } from "./items";
import { FORM_KEYS, FORM_ROWS, type FormKey } from "./layout";

export interface FormRow {
  code: string;
  max: GridValue;
  target: GridValue;
  value: GridValue;
  note: GridValue;
  /** Addresses on the form sheet, e.g. "E9". */
  cells: { max: string; target: string; value: string; note: string };
}

export interface FormReading {
  sheet: string;
  blockId: string;
  blockName: string;
  year: number | null;
  unitId: string;
  unitName: string;
  fingerprint: string;
  /** The items as the form was made (hidden copy), for showing what changed. */
  items: FormItem[];
  rows: FormRow[];
  /** The unit name as it stands on the visible sheet (a unit may have retyped it). */
  visibleUnitName: string | null;
}

/** Why a file is not a form Khối can read: Vietnamese and English. */
export interface FormReadFailure {
  message: string;
  messageEn: string;
}

const str = (v: GridValue): string => (v === null || isCellError(v) ? "" : String(v).trim());

function valueAt(sheet: SheetGrid, row: number, column: number): GridValue {
  const r = row - (sheet.origin?.row ?? 0);
  const c = column - (sheet.origin?.column ?? 0);
  return r < 0 || c < 0 ? null : gridValue(sheet.values[r]?.[c]);
}

function findMeta(grids: SheetGrids): SheetGrid | undefined {
  return grids.sheets.find((s) => str(valueAt(s, 0, 0)) === "schema" && str(valueAt(s, 0, 1)).startsWith("khoi-form/"));
}

/** The form in these grids, or why it is not one. */
export function readForm(grids: SheetGrids): FormReading | FormReadFailure {
  const metaSheet = findMeta(grids);
  if (!metaSheet) {
    const isBlock = grids.sheets.some((s) => str(valueAt(s, 0, 1)).startsWith("khoi-workbook/"));
    return isBlock
      ? { message: "Đây là sổ chấm điểm của khối, không phải phiếu tự chấm.", messageEn: "This is a block workbook, not a self-scoring form." }
      : { message: "Tệp không phải phiếu tự chấm của Khối (không có mã phiếu).", messageEn: "The file is not a Khối self-scoring form (no form id)." };
  }
  const meta = new Map<string, GridValue>();
  for (let r = 0; r < metaSheet.values.length; r++) {
    const key = str(valueAt(metaSheet, r, 0));
    if (key !== "" && !meta.has(key)) meta.set(key, valueAt(metaSheet, r, 1));
  }
  if (str(meta.get("schema") ?? null) !== FORM_SCHEMA) {
    return { message: `Phiếu theo mẫu ${str(meta.get("schema") ?? null)} — phiên bản Khối này không đọc được.`, messageEn: `Form version ${str(meta.get("schema") ?? null)} is not readable by this Khối.` };
  }
  const items: FormItem[] = [];
  for (const [key, value] of meta) {
    if (!key.startsWith("item:")) continue;
    try {
      items.push(JSON.parse(str(value)) as FormItem);
    } catch {
      return { message: `Mã phiếu bị hỏng (${key}).`, messageEn: `The form id is damaged (${key}).` };
    }
  }
  const sheetName = str(meta.get("sheet") ?? null);
  const sheet = grids.sheets.find((s) => s.name.normalize("NFC") === sheetName.normalize("NFC")) ?? grids.sheets.find((s) => s !== metaSheet && s.visibility !== "hidden");
  if (!sheet) return { message: "Không tìm thấy trang phiếu tự chấm trong tệp.", messageEn: "The form sheet is missing from the file." };

  // The key row: the hidden row of field keys (found by its content, so inserted rows do not matter).
  let keyRow = -1;
  const columns = new Map<FormKey, number>();
  for (let r = 0; r < sheet.values.length && keyRow < 0; r++) {
    const row = sheet.values[r] ?? [];
    const found = new Map<FormKey, number>();
    row.forEach((v, c) => {
      const k = str(gridValue(v)) as FormKey;
      if ((FORM_KEYS as readonly string[]).includes(k) && !found.has(k)) found.set(k, c + (sheet.origin?.column ?? 0));
    });
    if (found.has("code") && found.has("value") && found.has("max")) {
      keyRow = r + (sheet.origin?.row ?? 0);
      for (const [k, c] of found) columns.set(k, c);
    }
  }
  if (keyRow < 0) return { message: "Phiếu bị sửa cấu trúc: không tìm thấy dòng khoá các cột.", messageEn: "The form's structure was changed: its key row is missing." };

  const col = (k: FormKey): number => columns.get(k) ?? -1;
  const cell = (row: number, k: FormKey): GridValue => (col(k) < 0 ? null : valueAt(sheet, row, col(k)));
  const known = new Set(items.map((i) => i.code));
  const rows: FormRow[] = [];
  const height = (sheet.origin?.row ?? 0) + sheet.values.length;
  for (let r = keyRow + 1; r < height; r++) {
    const code = str(cell(r, "code"));
    // Only leaf rows: group rows carry "group" in the kind column; rows below the table have no code.
    if (code === "" || str(cell(r, "kind")) === "group") continue;
    if (!known.has(code) && str(cell(r, "kind")) === "") continue;
    rows.push({
      code,
      max: cell(r, "max"),
      target: cell(r, "target"),
      value: cell(r, "value"),
      note: cell(r, "note"),
      cells: { max: cellAddress(r, col("max")), target: cellAddress(r, col("target")), value: cellAddress(r, col("value")), note: cellAddress(r, col("note")) },
    });
  }
  const yearValue = meta.get("year");
  const year = typeof yearValue === "number" ? yearValue : Number(str(yearValue ?? null));
  return {
    sheet: sheet.name,
    blockId: str(meta.get("blockId") ?? null),
    blockName: str(meta.get("blockName") ?? null),
    year: Number.isFinite(year) ? year : null,
    unitId: str(meta.get("unitId") ?? null),
    unitName: str(meta.get("unitName") ?? null),
    fingerprint: str(meta.get("fingerprint") ?? null),
    items,
    rows,
    visibleUnitName: ((): string | null => {
      const v = valueAt(sheet, FORM_ROWS.unit, 1);
      return v === null ? null : str(v);
    })(),
  };
}

export function isFormReading(x: FormReading | FormReadFailure): x is FormReading {
  return (x as FormReading).rows !== undefined;
}
