// Access to a workbook read as cell grids: sheets by name, cells by absolute position, and the named regions of a
// block workbook found by defined name first, then through the hidden meta sheet, never by position alone.
import { cellAddress, parseRange, type ParsedRange } from "./a1";
import { SHEET_NAMES } from "./labels";
import type { SheetGrid, SheetGrids, SheetKey } from "./model";

/** An error value shown by a cell (#N/A, #VALUE! …), as opposed to text that happens to start with "#". */
export interface CellErrorValue {
  error: string;
}

export type GridValue = string | number | boolean | null | CellErrorValue;

export function isCellError(value: unknown): value is CellErrorValue {
  return typeof value === "object" && value !== null && typeof (value as CellErrorValue).error === "string";
}

/** Normalises what a host gives for a cell: blank -> null, rich text -> its text, dates -> ISO text. */
export function gridValue(value: unknown): GridValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (isCellError(value)) return { error: value.error };
  if (typeof value === "object") {
    const rich = (value as { richText?: { text?: unknown }[] }).richText;
    if (Array.isArray(rich)) return rich.map((r) => (typeof r?.text === "string" ? r.text : "")).join("") || null;
    const text = (value as { text?: unknown }).text;
    if (typeof text === "string") return text;
  }
  return String(value);
}

const sheetKeyOf = (name: string): string => name.normalize("NFC").trim().toLowerCase();

export interface Located {
  sheet: SheetGrid;
  range: ParsedRange;
}

export class GridBook {
  private readonly byName = new Map<string, SheetGrid>();
  private readonly names = new Map<string, { sheet?: string; address: string }>();
  private readonly metaRows = new Map<string, GridValue>();
  private readonly extents = new Map<SheetGrid, { rows: number; columns: number }>();
  readonly meta: SheetGrid | undefined;

  constructor(readonly grids: SheetGrids) {
    for (const sheet of grids.sheets ?? []) if (sheet && typeof sheet.name === "string") this.byName.set(sheetKeyOf(sheet.name), sheet);
    for (const n of grids.names ?? []) if (n && typeof n.name === "string") this.names.set(n.name.toLowerCase(), n);
    this.meta = this.findMeta();
    if (this.meta) {
      const rows = this.meta.values.length + (this.meta.origin?.row ?? 0);
      for (let r = 0; r < rows; r++) {
        const key = this.value(this.meta, r, 0);
        if (typeof key === "string") this.metaRows.set(key, this.value(this.meta, r, 1));
      }
    }
  }

  sheet(name: string | undefined): SheetGrid | undefined {
    return name === undefined ? undefined : this.byName.get(sheetKeyOf(name));
  }

  /** The value at an absolute 0-based position. */
  value(sheet: SheetGrid, row: number, column: number): GridValue {
    return this.peek(sheet, row, column);
  }

  /** The same value, for checks that look at cells without reading them as data (see audit.ts). */
  peek(sheet: SheetGrid, row: number, column: number): GridValue {
    const r = row - (sheet.origin?.row ?? 0);
    const c = column - (sheet.origin?.column ?? 0);
    if (r < 0 || c < 0) return null;
    return gridValue(sheet.values[r]?.[c]);
  }

  /** The formula text at a position ("" when the cell holds a constant or the host gave no formulas). */
  formula(sheet: SheetGrid, row: number, column: number): string {
    const r = row - (sheet.origin?.row ?? 0);
    const c = column - (sheet.origin?.column ?? 0);
    const f = sheet.formulas?.[r]?.[c];
    return typeof f === "string" ? f.replace(/^=/, "") : "";
  }

  /** Used-range extent: the first row and column past the last cell. */
  extent(sheet: SheetGrid): { rows: number; columns: number } {
    const known = this.extents.get(sheet);
    if (known) return known;
    let widest = 0;
    for (const row of sheet.values) if (Array.isArray(row) && row.length > widest) widest = row.length;
    const found = { rows: (sheet.origin?.row ?? 0) + sheet.values.length, columns: (sheet.origin?.column ?? 0) + widest };
    this.extents.set(sheet, found);
    return found;
  }

  metaValue(key: string): GridValue {
    return this.metaRows.get(key) ?? null;
  }

  /** A sheet by its stable key: the meta sheet's record of its name, then the default Vietnamese and English names. */
  sheetByKey(key: SheetKey): SheetGrid | undefined {
    const recorded = this.metaRows.get(`sheet:${key}`);
    return (typeof recorded === "string" ? this.sheet(recorded) : undefined) ?? this.sheet(SHEET_NAMES.vi[key]) ?? this.sheet(SHEET_NAMES.en[key]);
  }

  /** A named region: the defined name (which follows renames and inserted rows), else the meta sheet's record.
   *  The rectangle is cut to the sheet's used range, so a name stretched over a whole sheet costs nothing. */
  region(name: string): Located | undefined {
    const defined = this.names.get(name.toLowerCase());
    if (defined) {
      const range = parseRange(defined.address);
      const sheet = this.sheet(range?.sheet ?? defined.sheet);
      if (range && sheet) return this.clamped(sheet, range);
    }
    const recorded = this.metaRows.get(`name:${name}`);
    if (typeof recorded === "string") {
      const bang = recorded.indexOf("!");
      const sheet = this.sheetByKey(recorded.slice(0, bang) as SheetKey);
      const range = parseRange(recorded.slice(bang + 1));
      if (sheet && range) return this.clamped(sheet, range);
    }
    return undefined;
  }

  /** The rectangle a defined name covers as written (not cut to the used range), and its sheet. */
  namedRange(name: string): Located | undefined {
    const defined = this.names.get(name.toLowerCase());
    const range = defined ? parseRange(defined.address) : undefined;
    const sheet = defined ? this.sheet(range?.sheet ?? defined.sheet) : undefined;
    return range && sheet ? { sheet, range } : undefined;
  }

  private clamped(sheet: SheetGrid, range: ParsedRange): Located {
    const { rows, columns } = this.extent(sheet);
    const row2 = Math.max(range.row1, Math.min(range.row2, rows - 1));
    const column2 = Math.max(range.column1, Math.min(range.column2, columns - 1));
    return { sheet, range: { ...range, row2, column2 } };
  }

  address(row: number, column: number): string {
    return cellAddress(row, column);
  }

  private findMeta(): SheetGrid | undefined {
    const named = this.names.get("khoi_meta");
    if (named) {
      const range = parseRange(named.address);
      const sheet = this.sheet(range?.sheet ?? named.sheet);
      if (sheet) return sheet;
    }
    const byName = this.sheet(SHEET_NAMES.vi.meta);
    if (byName) return byName;
    return (this.grids.sheets ?? []).find((s) => gridValue(s.values?.[0]?.[0]) === "schema" && String(gridValue(s.values?.[0]?.[1]) ?? "").startsWith("khoi-workbook/"));
  }
}
