// A block workbook held in memory as an ExcelJS workbook, for the standalone page (it runs in the browser): open
// .xlsx bytes with a clear Vietnamese message when they are not a workbook, show each sheet's cells, write a typed
// value into one cell, cache the engine's results in formula cells, rebuild Khối's sheets from a layout while
// keeping the user's own sheets, and give the bytes back. No DOM, no Node API: the page does the file handling.
import ExcelJS from "exceljs";
import { isFormulaCell, type CellValue, type SheetLayout, type Visibility, type WorkbookLayout } from "../workbook/model";
import { checkPackageQuickly, type CheckedPackage } from "./package";
import { loadCheckedWorkbook, loadWorkbook, WorkbookReadError } from "./read";
import { readQuickBook, type BookSnapshot } from "./snapshot";
import { layoutToWorkbook, toFileFormula } from "./write";

/** Larger files are refused before parsing: a block workbook is a few hundred kilobytes. */
export const MAX_BOOK_BYTES = 20 * 1024 * 1024;

/** The bytes are not a workbook the page can open; `message` is Vietnamese, `messageEn` English. */
export class BookOpenError extends Error {
  constructor(message: string, readonly messageEn: string) {
    super(message);
  }
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Loads .xlsx bytes. Throws BookOpenError saying what the file is instead, never a raw library error. */
export async function loadBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) {
    throw new BookOpenError("Tệp rỗng (0 byte): không có sổ tính nào để mở.", "The file is empty (0 bytes): there is no workbook to open.");
  }
  if (bytes.length > MAX_BOOK_BYTES) {
    throw new BookOpenError(
      `Tệp quá lớn (${Math.round(bytes.length / 1024 / 1024)} MB, tối đa ${MAX_BOOK_BYTES / 1024 / 1024} MB): sổ chấm điểm thường chỉ vài trăm KB.`,
      `The file is too large (${Math.round(bytes.length / 1024 / 1024)} MB, at most ${MAX_BOOK_BYTES / 1024 / 1024} MB).`,
    );
  }
  if (startsWith(bytes, OLE)) {
    throw new BookOpenError(
      "Đây là sổ Excel định dạng cũ (.xls): hãy mở trong Excel, chọn Lưu thành → Sổ làm việc Excel (.xlsx), rồi mở tệp .xlsx.",
      "This is an old-format Excel workbook (.xls): save it as .xlsx in Excel, then open the .xlsx.",
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new BookOpenError(
      "Tệp này không phải sổ Excel .xlsx (có thể là .csv, .pdf hay tệp khác): hãy chọn tệp .xlsx.",
      "This file is not an Excel .xlsx workbook (maybe .csv, .pdf or another file): choose an .xlsx file.",
    );
  }
  return fullLoad(() => loadWorkbook(bytes));
}

/** ExcelJS's load, its failures told as BookOpenError. */
async function fullLoad(load: () => Promise<ExcelJS.Workbook>): Promise<ExcelJS.Workbook> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await load();
  } catch (error) {
    throw openError(error);
  }
  if (wb.worksheets.length === 0) throw notAWorkbook();
  return wb;
}

function openError(error: unknown): BookOpenError {
  if (!(error instanceof WorkbookReadError)) return notAWorkbook();
  return new BookOpenError(`${error.vi.charAt(0).toUpperCase()}${error.vi.slice(1)}.`, `${error.en.charAt(0).toUpperCase()}${error.en.slice(1)}.`);
}

/** A file read quickly (src/xlsx/snapshot.ts), and how to build ExcelJS's full model of it when it is needed. */
export interface QuickBook {
  snapshot: BookSnapshot;
  load(): Promise<ExcelJS.Workbook>;
}

/** Opens .xlsx bytes for the standalone page: read quickly where the quick read covers the file, else loaded by
 *  ExcelJS at once. The same checks and the same messages as loadBook. */
export async function openBook(bytes: Uint8Array): Promise<ExcelJS.Workbook | QuickBook> {
  if (bytes.length === 0 || bytes.length > MAX_BOOK_BYTES || !startsWith(bytes, ZIP)) return loadBook(bytes);
  let checked: CheckedPackage;
  try {
    checked = await checkPackageQuickly(bytes);
  } catch (error) {
    throw openError(error);
  }
  const snapshot = readQuickBook(checked.parts);
  if (!snapshot) return fullLoad(() => loadCheckedWorkbook(checked));
  return { snapshot, load: () => fullLoad(() => loadCheckedWorkbook(checked)) };
}

function notAWorkbook(): BookOpenError {
  return new BookOpenError(
    "Tệp nén này không phải sổ Excel .xlsx đọc được (không có trang tính nào): tệp có thể bị hỏng hoặc là tệp .zip khác.",
    "This compressed file is not a readable Excel .xlsx workbook (no worksheet in it): it may be damaged or another .zip file.",
  );
}

/** An empty workbook: a new block starts here and Thiết lập adds Khối's sheets. */
export function emptyBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Khối";
  return wb;
}

/** One cell as the page shows it. */
export interface CellView {
  /** The value, or the cached result of a formula (null when none is cached). */
  value: unknown;
  /** The formula without "=", null for a constant. */
  formula: string | null;
  /** False where the cell is protected (every cell of Khối's sheets but the input cells). */
  unlocked: boolean;
}

export interface SheetView {
  name: string;
  visibility: Visibility;
  /** Rows of cells from A1; a missing entry is an empty cell. */
  cells: (CellView | undefined)[][];
  columns: number;
  /** Column widths in characters, where the sheet sets them. */
  widths: (number | undefined)[];
}

const ERROR_TEXT = (value: unknown) => (value && typeof value === "object" && "error" in value ? String((value as { error: unknown }).error) : null);

/** The cell's formula without "=" (a shared formula's own, translated), null for a constant. */
function formulaOf(cell: ExcelJS.Cell): string | null {
  return (cell as unknown as { formula?: string }).formula ?? null;
}

function cellView(cell: ExcelJS.Cell): CellView | undefined {
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) return undefined;
  const raw = cell.value as unknown;
  let value: unknown = raw;
  let formula: string | null = null;
  if (raw && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) {
    formula = formulaOf(cell);
    value = (cell as unknown as { result?: unknown }).result ?? null;
  } else if (raw && typeof raw === "object" && "richText" in raw) {
    value = (raw as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  } else if (raw instanceof Date) {
    value = raw.toISOString().slice(0, 10);
  } else if (raw && typeof raw === "object" && "text" in raw) {
    value = String((raw as { text: unknown }).text); // a hyperlink
  }
  const error = ERROR_TEXT(value);
  if (error !== null) value = { error };
  return { value, formula, unlocked: cell.protection?.locked === false };
}

/** Every sheet's cells, in the workbook's order. */
export function sheetViews(wb: ExcelJS.Workbook): SheetView[] {
  return wb.worksheets.map((ws) => {
    const cells: (CellView | undefined)[][] = [];
    let columns = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: (CellView | undefined)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const view = cellView(cell);
        if (view && (view.value !== null || view.formula !== null || view.unlocked)) line[c - 1] = view;
      });
      cells[r - 1] = line;
      columns = Math.max(columns, line.length);
    });
    for (let r = 0; r < cells.length; r++) cells[r] ??= [];
    const widths = Array.from({ length: columns }, (_, c) => ws.getColumn(c + 1).width);
    const state = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
    return { name: ws.name, visibility: state, cells, columns, widths };
  });
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`Không có trang "${name}" trong sổ.`);
  return ws;
}

/** Writes a constant into one cell (row, column from 0), keeping its format and protection. */
export function setCellValue(wb: ExcelJS.Workbook, sheet: string, row: number, column: number, value: CellValue): void {
  const cell = sheetOf(wb, sheet).getCell(row + 1, column + 1);
  cell.value = value;
}

/** The cell's constant (null for empty, a formula or an error). */
export function cellConstant(wb: ExcelJS.Workbook, sheet: string, row: number, column: number): CellValue {
  const view = cellView(sheetOf(wb, sheet).getCell(row + 1, column + 1));
  if (!view || view.formula !== null) return null;
  const v = view.value;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
}

/**
 * Gives each formula cell of `sheet` (Khối's sheet named `name` in the workbook) the layout's `result` as its cached
 * value, or none when the layout has none. A cell is touched only when it holds the layout's own formula: a sheet
 * the officer rearranged by hand never gets a number in the wrong cell. Returns how many cached results changed.
 */
export function cacheResults(wb: ExcelJS.Workbook, name: string, sheet: SheetLayout): number {
  const ws = wb.getWorksheet(name);
  if (!ws) return 0;
  let touched = 0;
  for (const region of sheet.regions) {
    region.cells.forEach((line, dr) =>
      line.forEach((layoutCell, dc) => {
        if (!isFormulaCell(layoutCell)) return;
        const cell = ws.getCell(region.row + dr + 1, region.column + dc + 1);
        const formula = toFileFormula(layoutCell.formula);
        if (formulaOf(cell) !== formula) return;
        const result = layoutCell.result ?? undefined;
        // Only a result that differs from the one cached counts: a file Khối wrote already holds the engine's.
        const before = (cell as unknown as Record<string, unknown>)["result"] ?? undefined;
        if (before === result) return;
        cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
        touched++;
      }),
    );
  }
  return touched;
}

/** Rewrites whole regions of Khối's sheet `name` from the layout (a formula switch): formulas and the constants
 *  between them. Returns the number of formula cells written. */
export function writeRegions(wb: ExcelJS.Workbook, name: string, regions: SheetLayout["regions"]): number {
  const ws = sheetOf(wb, name);
  let formulas = 0;
  for (const region of regions) {
    region.cells.forEach((line, dr) =>
      line.forEach((layoutCell, dc) => {
        const cell = ws.getCell(region.row + dr + 1, region.column + dc + 1);
        if (isFormulaCell(layoutCell)) {
          const formula = toFileFormula(layoutCell.formula);
          cell.value = (layoutCell.result === undefined || layoutCell.result === null ? { formula } : { formula, result: layoutCell.result }) as ExcelJS.CellFormulaValue;
          formulas++;
        } else {
          cell.value = layoutCell;
        }
      }),
    );
  }
  return formulas;
}

/**
 * A new workbook with Khối's sheets written from `layout` and, before them, copies of the user's sheets of `from`
 * (values, formulas, formats, merges, validation) with their defined names. Khối's old sheets are not copied: the
 * layout replaces them.
 */
export async function rebuildBook(layout: WorkbookLayout, from: ExcelJS.Workbook, userSheets: readonly string[]): Promise<ExcelJS.Workbook> {
  const wb = await layoutToWorkbook(layout);
  const khoiSheets = wb.worksheets;
  const kept = new Set(userSheets);
  let order = 0;
  for (const source of from.worksheets) {
    if (!kept.has(source.name)) continue;
    const copy = wb.addWorksheet(source.name);
    const model = source.model as unknown as Record<string, unknown>;
    (copy as unknown as { model: unknown }).model = { ...model, id: copy.id, name: source.name, media: [] };
    copy.state = source.state;
    // Pictures live in the workbook, the sheet only places them: bring each one over and place it again.
    for (const image of source.getImages()) {
      const picture = from.getImage(Number(image.imageId));
      if (!picture) continue;
      const id = wb.addImage(picture as ExcelJS.Image);
      copy.addImage(id, image.range as unknown as ExcelJS.ImageRange);
    }
    ordered(copy).orderNo = order++;
  }
  // The user's sheets first, in their order, then Khối's (as when Excel adds sheets to an open workbook).
  khoiSheets.forEach((ws) => (ordered(ws).orderNo = order++));
  for (const n of from.definedNames.model as { name: string; ranges: string[] }[]) {
    if (n.name.toLowerCase().startsWith("khoi_")) continue;
    for (const range of n.ranges) {
      const sheet = /^'?(.*?)'?!/.exec(range)?.[1]?.replace(/''/g, "'");
      if (sheet && kept.has(sheet)) wb.definedNames.add(range, n.name);
    }
  }
  return wb;
}

/** ExcelJS orders sheets by this field (missing from its type declarations). */
const ordered = (ws: ExcelJS.Worksheet) => ws as unknown as { orderNo: number };

/** The workbook as .xlsx bytes; it asks Excel and LibreOffice to recalculate on open, as src/xlsx/write does. */
export async function bookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.calcProperties.fullCalcOnLoad = true;
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
