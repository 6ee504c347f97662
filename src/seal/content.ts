// What a seal covers, gathered from a workbook's grids: the block document as read (every field the reader gives,
// so fields added to the workbook later are sealed without a change here), the engine's results on it, and every
// cell of Khối's named regions (found through the defined names or the meta sheet, never by position) — inputs as
// values, computed cells as formula cells (their shown value is kept for the report, outside the hash). Nhật ký is
// sealed apart: it only grows, so its lines at sealing are kept as short digests.
import { evaluate } from "../core/evaluate";
import { canonicalJson } from "../workbook/fingerprint";
import { GridBook } from "../workbook/grid";
import { cellAddress, rangeAddress } from "../workbook/a1";
import { readLayout, type LayoutReading } from "../workbook/read";
import { NAMES, SHEET_KEYS, type SheetGrid, type SheetGrids } from "../workbook/model";
import { sha256Hex } from "./hash";
import { sealJson, sealValue, type SealValue } from "./normalize";
import { isFormulaEntry } from "../workbook/seal-values";

/** Named regions that are not the block: the log (sealed apart) and the meta sheet (the formula mode lives there). */
const NOT_SEALED = new Set([NAMES.log, NAMES.meta].map((n) => n.toLowerCase()));
/** What a formula cell is sealed as. Which formula it holds is the reader's audit's to judge (FORMULA_OVERWRITTEN,
 *  against the layout rebuilt from the block): a sealed workbook had none, so verify lists any as a change. Comparing
 *  formula texts here too would cost a canonical spelling of every formula (LibreOffice respells them) for nothing. */
export const FORMULA = "=";
/** A region larger than this is cut to the used range (a name stretched over a whole column by hand). */
const MAX_REGION_CELLS = 200_000;

/** One named region's cells at sealing: a row of values, and where a cell holds a formula, its canonical text. */
export interface SealedRegion {
  name: string;
  /** The sheet's stable key (its name when Khối does not know the sheet) and its name at sealing. */
  sheet: string;
  sheetName: string;
  /** A1 range without the sheet, e.g. "E7:S60". */
  range: string;
  values: SealValue[][];
  /** FORMULA where the cell holds a formula, null where it is a constant. */
  formulas: (string | null)[][];
}

export interface SealedLog {
  /** The sheet's name and the 0-based row and column of the first line (below the hidden key row). */
  sheet: string;
  row: number;
  column: number;
  /** 16 hex digits per line: SHA-256 of its time, who, what, old, new, cell. */
  lines: string[];
}

export interface SealContent {
  doc: unknown;
  results: unknown;
  regions: SealedRegion[];
}

/** What the hash is taken over: the shown value of a formula cell is left out (recalculation is not an edit). */
export function hashedText(content: SealContent): string {
  return canonicalJson({
    doc: content.doc,
    results: content.results,
    regions: content.regions.map((r) => ({
      name: r.name, sheet: r.sheet, range: r.range,
      cells: r.values.map((row, i) => row.map((v, j) => (r.formulas[i]?.[j] != null ? { f: r.formulas[i][j] } : v))),
    })),
  });
}

/** The stable key of each sheet name (from the meta sheet's records, then the default names). */
function sheetKeys(book: GridBook): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const key of SHEET_KEYS) {
    const sheet = book.sheetByKey(key);
    if (sheet) byName.set(sheet.name.normalize("NFC").toLowerCase(), key);
  }
  return (name) => byName.get(name.normalize("NFC").toLowerCase());
}

/** Every khoi_* name the workbook has (defined names, and the meta sheet's records when names were lost), sorted. */
function regionNames(grids: SheetGrids, book: GridBook): string[] {
  const names = new Set<string>();
  for (const n of grids.names ?? []) if (typeof n?.name === "string" && /^khoi_/i.test(n.name)) names.add(n.name.toLowerCase());
  for (const row of book.meta?.values ?? []) {
    const key = row?.[0];
    if (typeof key === "string" && key.startsWith("name:khoi_")) names.add(key.slice(5).toLowerCase());
  }
  return [...names].filter((n) => !NOT_SEALED.has(n)).sort();
}

function sealRegion(book: GridBook, name: string, keyOf: (name: string) => string | undefined): SealedRegion | null {
  let located = book.namedRange(name) ?? book.region(name);
  if (!located) return null;
  const { range } = located;
  if ((range.row2 - range.row1 + 1) * (range.column2 - range.column1 + 1) > MAX_REGION_CELLS) located = book.region(name) ?? located;
  const { sheet } = located;
  const r = located.range;
  const values: SealValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let row = r.row1; row <= r.row2; row++) {
    const vs: SealValue[] = [];
    const fs: (string | null)[] = [];
    for (let column = r.column1; column <= r.column2; column++) {
      const value = book.peek(sheet, row, column);
      const raw = sheet.formulas?.[row - (sheet.origin?.row ?? 0)]?.[column - (sheet.origin?.column ?? 0)];
      vs.push(sealValue(value));
      fs.push(isFormulaEntry(raw, sheet.values[row - (sheet.origin?.row ?? 0)]?.[column - (sheet.origin?.column ?? 0)]) ? FORMULA : null);
    }
    values.push(vs);
    formulas.push(fs);
  }
  return { name, sheet: keyOf(sheet.name) ?? sheet.name, sheetName: sheet.name, range: rangeAddress(r.row1, r.column1, r.row2, r.column2), values, formulas };
}

const LOG_PREFIX = ["time", "who", "what", "old", "new", "cell"];
const plain = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** Nhật ký's lines (the six first columns, which every version of the log has), or null without a log. */
export function logLines(book: GridBook): { sheet: SheetGrid; row: number; column: number; lines: SealValue[][] } | null {
  const sheet = book.region(NAMES.log)?.sheet ?? book.sheetByKey("log");
  if (!sheet) return null;
  const origin = sheet.origin ?? { row: 0, column: 0 };
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const c = Array.from(row).findIndex((_, i) => LOG_PREFIX.every((k, j) => plain(row[i + j]) === k));
    if (c < 0) continue;
    const lines: SealValue[][] = [];
    for (let rr = r + 1; rr < sheet.values.length; rr++) lines.push(LOG_PREFIX.map((_, j) => sealValue(sheet.values[rr]?.[c + j])));
    while (lines.length > 0 && lines[lines.length - 1].every((v) => v === null)) lines.pop();
    return { sheet, row: origin.row + r + 1, column: origin.column + c, lines };
  }
  return null;
}

export const logLineDigest = (line: SealValue[]): string => sha256Hex(canonicalJson(line)).slice(0, 16);

export function sealLog(book: GridBook): SealedLog | null {
  const found = logLines(book);
  return found ? { sheet: found.sheet.name, row: found.row, column: found.column, lines: found.lines.map(logLineDigest) } : null;
}

/** The reading, the engine's verdict on it, and what a seal of it covers. */
export interface SealReading {
  reading: LayoutReading;
  content: SealContent | null;
}

/** The block document without what is the workbook's display rather than the block (declared ranks and awards are
 *  the shown results: their cells are sealed as formulas). */
function blockDocument(doc: unknown): unknown {
  if (!doc || typeof doc !== "object") return doc;
  const { declared: _declared, ...rest } = doc as Record<string, unknown>;
  void _declared;
  return rest;
}

/** The engine's result without its findings (their wording changes between versions; the check runs apart). */
function engineResults(doc: unknown): unknown {
  const { findings: _f, ok: _ok, ...rest } = evaluate(doc) as unknown as Record<string, unknown>;
  void _f;
  void _ok;
  return rest;
}

/** The seal content of a workbook's grids (null when they are not a block workbook). */
export function sealContent(grids: SheetGrids, reading: LayoutReading = readLayout(grids)): SealContent | null {
  if (reading.doc === null) return null;
  const book = new GridBook(grids);
  const keyOf = sheetKeys(book);
  const regions = regionNames(grids, book)
    .map((name) => sealRegion(book, name, keyOf))
    .filter((r): r is SealedRegion => r !== null);
  return { doc: sealJson(blockDocument(reading.doc)), results: sealJson(engineResults(reading.doc)), regions };
}

/** "Sheet!A1" of a region's cell. */
export function regionCell(region: { sheetName: string; range: string }, i: number, j: number): { sheet: string; address: string } {
  const m = /^([A-Z]+)(\d+)/.exec(region.range)!;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { sheet: region.sheetName, address: cellAddress(Number(m[2]) - 1 + i, column - 1 + j) };
}
