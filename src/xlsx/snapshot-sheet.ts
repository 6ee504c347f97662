// One worksheet's XML read quickly into the two shapes the standalone page uses before any edit: the grid of values
// and formulas the reader takes (as src/xlsx/read.ts workbookGrids gives it) and the cells the page shows (as
// src/xlsx/book.ts sheetViews gives them). Both must be exactly what ExcelJS's full load would give, so this follows
// ExcelJS's rules where they matter (a formula's cached result, merged cells, which rows count, column widths) and
// refuses (QuickReadRefused) whatever it does not cover: shared or array formulas, rich text, dates, hyperlinks,
// styles inherited from rows or columns. A refused file is simply read by ExcelJS.
import { columnIndex } from "../workbook/a1";
import type { CellView } from "./book";
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from "./limits";
import { attributesOf, elements, firstInside, xmlText } from "./snapshot-xml";

/** The quick read does not cover something in the file: read it with ExcelJS instead. */
export class QuickReadRefused extends Error {}

export const refuse = (why: string): never => {
  throw new QuickReadRefused(why);
};

/** What the cells' style ids mean for the page: unlocked (an input cell), or a date format (ExcelJS makes Dates). */
export interface StyleFacts {
  unlocked(styleId: number): boolean;
  dateLike(styleId: number): boolean;
}

export interface QuickSheet {
  values: unknown[][];
  formulas: unknown[][];
  cells: (CellView | undefined)[][];
  columns: number;
  widths: (number | undefined)[];
  /** Every unlocked cell as "row:column" from 0, also in rows the page does not list (a row of empty input cells). */
  unlocked: Set<string>;
}

type Cell =
  | { kind: "value"; value: unknown; unlocked: boolean }
  | { kind: "formula"; formula: string; result: unknown; unlocked: boolean }
  | { kind: "empty"; unlocked: boolean }
  | { kind: "merged"; unlocked: boolean };

const CELL = /<c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/;
const INLINE = /<is(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/is>)/;
const ADDRESS = /^([A-Z]{1,3})(\d+)$/;
/** The column letters of a cell's address (its row is the enclosing row's, as ExcelJS takes it). */
const CELL_COLUMN = /\br="([A-Z]{1,3})\d+"/;
const STYLE = /\bs="([^"]*)"/;
const TYPE = /\bt="([^"]*)"/;
/** "A" → 1, "AB" → 28 (letters already checked to be A–Z). */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

/** ExcelJS's default width for a column listed without one. */
const DEFAULT_WIDTH = 9;

/** ExcelJS's decoding of a `str` result: it decodes the five entities once more. */
const decodeAgain = (text: string): string =>
  text.replace(/&([a-z]*);/g, (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c);

function inlineText(inside: string): string | undefined {
  if (/<r[\s>]|<rPh[\s>]/.test(inside)) refuse("rich inline text");
  let text: string | undefined;
  for (const t of elements(inside, "t")) if (t.inside) text = (text ?? "") + xmlText(t.inside);
  return text;
}

/** One `<c>` as ExcelJS's cell parser reads it (its parseClose), or null for a cell ExcelJS would mis-read. */
function readCell(attributes: string, inside: string | undefined, strings: readonly (string | null)[], styles: StyleFacts): Cell {
  // Only s (style) and t (type) matter here; SpreadsheetML writes them as plain numbers and words.
  const a = attributes.indexOf("'") < 0 ? { s: STYLE.exec(attributes)?.[1], t: TYPE.exec(attributes)?.[1] } : attributesOf(attributes);
  const styleId = a.s ? parseInt(a.s, 10) : 0;
  const unlocked = styleId ? styles.unlocked(styleId) : false;
  let formula: string | undefined;
  let text: string | undefined;
  if (inside && inside.startsWith("<v>") && inside.indexOf("<", 3) === inside.length - 4 && inside.endsWith("</v>")) {
    // The common cell: a value and nothing else.
    if (inside.length > 7) text = xmlText(inside.slice(3, -4));
  } else if (inside) {
    const f = FORMULA.exec(inside);
    if (f) {
      if (attributesOf(f[1]).t) refuse("shared or array formula");
      if (f[2]) formula = xmlText(f[2]);
    }
    const v = VALUE.exec(inside);
    if (v?.[1]) text = xmlText(v[1]);
    const is = INLINE.exec(inside);
    if (is?.[1]) text = inlineText(is[1]) ?? text;
  }
  const dated = styleId > 0 && styles.dateLike(styleId);
  if (formula) {
    let result: unknown;
    if (text) {
      if (dated) refuse("date result");
      result = a.t === "str" ? decodeAgain(text) : a.t === "b" ? parseInt(text, 10) !== 0 : a.t === "e" ? { error: text } : parseFloat(text);
    }
    return { kind: "formula", formula, result, unlocked };
  }
  if (text !== undefined) {
    switch (a.t) {
      case "s": {
        const s = strings[parseInt(text, 10)];
        if (typeof s !== "string") refuse("rich or missing shared string");
        return { kind: "value", value: s, unlocked };
      }
      case "str":
        return { kind: "value", value: decodeAgain(text), unlocked };
      case "inlineStr":
        return { kind: "value", value: text, unlocked };
      case "b":
        return { kind: "value", value: parseInt(text, 10) !== 0, unlocked };
      case "e":
        return { kind: "value", value: { error: text }, unlocked };
      case undefined:
      case "n":
        if (dated) refuse("date value");
        return { kind: "value", value: parseFloat(text), unlocked };
      default:
        return refuse(`cell type ${a.t}`);
    }
  }
  // ExcelJS reads a cell with neither value nor style as part of a merge; outside one it would misread it.
  return styleId ? { kind: "empty", unlocked } : { kind: "merged", unlocked: false };
}

function readRows(sheetData: string, strings: readonly (string | null)[], styles: StyleFacts): Map<number, Map<number, Cell>> {
  const rows = new Map<number, Map<number, Cell>>();
  for (const row of elements(sheetData, "row")) {
    const a = attributesOf(row.attributes);
    const number = parseInt(a.r, 10);
    if (!(number > 0) || rows.has(number)) refuse("row without a number, or twice");
    if (a.s && a.customFormat && styles.unlocked(parseInt(a.s, 10))) refuse("row style");
    const cells = new Map<number, Cell>();
    rows.set(number, cells);
    if (!row.inside) continue;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(row.inside); m; m = CELL.exec(row.inside)) {
      const letters = CELL_COLUMN.exec(m[1])?.[1] ?? ADDRESS.exec(attributesOf(m[1]).r ?? "")?.[1];
      if (!letters) return refuse("cell without an address");
      cells.set(columnNumber(letters), readCell(m[1], m[2], strings, styles));
    }
  }
  return rows;
}

/** Marks the merged cells as ExcelJS does (every cell of a range but its top-left) and returns them; overlapping
 *  ranges are refused (ExcelJS cannot load them). */
function applyMerges(xml: string, rows: Map<number, Map<number, Cell>>): Set<string> {
  const covered = new Set<string>();
  const merged = new Set<string>();
  const inside = firstInside(xml, "mergeCells");
  if (!inside) return merged;
  for (const m of elements(inside, "mergeCell")) {
    const [from, to = from] = (attributesOf(m.attributes).ref ?? "").split(":");
    const a = ADDRESS.exec(from);
    const b = ADDRESS.exec(to);
    if (!a || !b) return refuse("merge range");
    const [top, bottom] = [Number(a[2]), Number(b[2])].sort((x, y) => x - y);
    const [left, right] = [columnIndex(a[1]) + 1, columnIndex(b[1]) + 1].sort((x, y) => x - y);
    if ((bottom - top + 1) * (right - left + 1) > 100_000) refuse("huge merge");
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const key = `${r}:${c}`;
        if (covered.has(key)) refuse("overlapping merges");
        covered.add(key);
        if (r === top && c === left) continue;
        merged.add(key);
        let row = rows.get(r);
        if (!row) rows.set(r, (row = new Map()));
        // A merged cell keeps its own style (ExcelJS merges on load without styles).
        row.set(c, { kind: "merged", unlocked: row.get(c)?.unlocked ?? false });
      }
    }
  }
  return merged;
}

/** Column widths as ExcelJS's getColumn(c).width gives them: listed columns (first listing wins), 9 when unset. */
function columnWidths(xml: string, styles: StyleFacts): Map<number, number> {
  const widths = new Map<number, number>();
  const inside = firstInside(xml, "cols");
  if (!inside) return widths;
  const cols = [...elements(inside, "col")].map((c) => attributesOf(c.attributes));
  if (cols.some((c) => c.style && styles.unlocked(parseInt(c.style, 10)))) refuse("column style");
  cols.sort((x, y) => parseInt(x.min || "0", 10) - parseInt(y.min || "0", 10));
  let next = 1;
  for (const col of cols) {
    const max = Math.min(parseInt(col.max || "0", 10), MAX_SHEET_COLUMNS + 1);
    for (next = Math.max(next, parseInt(col.min || "0", 10)); next <= max; next++) {
      widths.set(next, col.width === undefined ? DEFAULT_WIDTH : parseFloat(col.width || "0"));
    }
  }
  return widths;
}

function viewOf(cell: Cell | undefined): CellView | undefined {
  if (!cell || cell.kind === "merged") return undefined;
  if (cell.kind === "empty") return cell.unlocked ? { value: null, formula: null, unlocked: true } : undefined;
  const raw = cell.kind === "formula" ? cell.result ?? null : cell.value;
  const value = raw && typeof raw === "object" && "error" in raw ? { error: String((raw as { error: unknown }).error) } : raw;
  const formula = cell.kind === "formula" ? cell.formula : null;
  return value !== null || formula !== null || cell.unlocked ? { value, formula, unlocked: cell.unlocked } : undefined;
}

/** One worksheet part, read quickly. Throws QuickReadRefused where ExcelJS must read it. */
export function readQuickSheet(xml: string, strings: readonly (string | null)[], styles: StyleFacts): QuickSheet {
  if (/<\w+:(sheetData|row|c)[\s>]/.test(xml) || /<hyperlinks?[\s>]/.test(xml)) refuse("prefixed XML or hyperlinks");
  const sheetData = firstInside(xml, "sheetData") ?? "";
  const rows = readRows(sheetData, strings, styles);
  const merged = applyMerges(xml, rows);
  const widths = columnWidths(xml, styles);

  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const cells: (CellView | undefined)[][] = [];
  const unlocked = new Set<string>();
  let columns = 0;
  let lastRow = 0;
  for (const [r, row] of [...rows].sort((x, y) => x[0] - y[0])) {
    lastRow = Math.max(lastRow, r);
    let lastColumn = 0;
    for (const [c, cell] of row) {
      if (cell.kind === "merged" && !merged.has(`${r}:${c}`)) refuse("cell without value or style");
      if (cell.unlocked) unlocked.add(`${r - 1}:${c - 1}`);
      lastColumn = Math.max(lastColumn, c);
    }
    if (lastColumn > MAX_SHEET_COLUMNS) refuse("too many columns");
    // ExcelJS skips rows whose cells are all empty (styled only), for the values and for the page alike.
    let listed = false;
    for (const cell of row.values()) if (cell.kind !== "empty") { listed = true; break; }
    if (!listed) continue;
    const vals: unknown[] = [];
    const fs: unknown[] = [];
    const line: (CellView | undefined)[] = [];
    for (const [c, cell] of row) {
      if (cell.kind === "empty") continue;
      vals[c - 1] = cell.kind === "formula" ? cell.result ?? null : cell.kind === "value" ? cell.value : null;
      fs[c - 1] = cell.kind === "formula" ? cell.formula : null;
    }
    for (let c = 1; c <= lastColumn; c++) {
      const view = viewOf(row.get(c));
      if (view) line[c - 1] = view;
    }
    values[r - 1] = vals;
    formulas[r - 1] = fs;
    cells[r - 1] = line;
    columns = Math.max(columns, line.length);
  }
  if (lastRow > MAX_SHEET_ROWS) refuse("too many rows");
  for (let r = 0; r < values.length; r++) {
    if (!values[r]) { values[r] = []; formulas[r] = []; }
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { values, formulas, cells, columns, widths: Array.from({ length: columns }, (_, c) => widths.get(c + 1)), unlocked };
}
