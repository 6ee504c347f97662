// Units the officer typed by hand under Khối's unit list, with the targets and scores typed for them in new columns
// beside Giao ước and Chấm điểm: what Thiết lập offers to take into the block ("Lấy các dòng gõ thêm"), so that
// re-applying the layout puts them in their place instead of leaving them outside every region.
import { dict } from "../core/dict";
import { nameKey } from "../core/text/normalize";
import type { Block, CriterionNode, Finding, LayerName, ScoreValue, UnitValues } from "../core/types";
import { parseRange, type ParsedRange } from "./a1";
import { GridBook, isCellError, type GridValue } from "./grid";
import { NO_WORDS, YES_WORDS } from "./labels";
import { NAMES, type CellValue, type SheetGrid, type SheetGrids } from "./model";

export interface StrayUnit {
  /** The id typed in the id column, when there is one. */
  id?: string;
  name: string;
  titles: string[];
  disqualified?: string;
  /** Where the row is, e.g. "Khối!B33". */
  cell: string;
}

/** Values typed in a column beside a matrix, headed by a unit id or name. */
export interface StrayColumn {
  /** "targets" or a score layer. */
  kind: "targets" | LayerName;
  /** What heads the column (an id or a name). */
  unit: string;
  /** criterion code -> value, in the column's rows. */
  values: Map<string, GridValue>;
  cell: string;
}

export interface StrayEntries {
  units: StrayUnit[];
  columns: StrayColumn[];
}

const textOf = (v: GridValue): string | null => (typeof v === "string" && v.trim() !== "" ? v.normalize("NFC").trim() : typeof v === "number" ? String(v) : null);

/** The stray units and columns of a block workbook (empty lists when there are none). */
export function strayEntries(book: GridBook): StrayEntries {
  const units: StrayUnit[] = [];
  const columns: StrayColumn[] = [];
  const unitsRegion = book.namedRange(NAMES.units);
  if (unitsRegion) {
    const { sheet, range } = unitsRegion;
    const keys = keyColumns(book, sheet, range);
    const at = (r: number, k: string): string | null => (keys.has(k) ? textOf(book.peek(sheet, r, keys.get(k)!)) : null);
    const { rows } = book.extent(sheet);
    for (let r = range.row2 + 1; r < rows; r++) {
      const id = at(r, "id");
      const name = at(r, "name") ?? id;
      if (name === null) continue;
      const titles = (at(r, "titles") ?? "").split(";").map((t) => t.trim()).filter((t) => t !== "");
      const unit: StrayUnit = { name, titles, cell: `${sheet.name}!${book.address(r, keys.get("name") ?? range.column1)}` };
      if (id !== null && id !== name) unit.id = id;
      const reason = at(r, "disqualified");
      if (reason !== null) unit.disqualified = reason;
      units.push(unit);
    }
  }
  const targets = book.namedRange(NAMES.targets);
  if (targets) columns.push(...strayColumns(book, "targets", targets.sheet, targets.range, targets.range.column1));
  const codes = book.namedRange(NAMES.scoreCodes);
  // Only the right-most layer can have columns typed beside it without overwriting the next layer.
  for (const layer of ["final", "appraised", "self"] as const) {
    const found = book.namedRange(NAMES.scores[layer]);
    if (!found) continue;
    columns.push(...strayColumns(book, layer, found.sheet, found.range, codes?.range.column1 ?? 0));
    break;
  }
  return { units, columns };
}

/** Key row (the hidden row under the headings) of a table region: key -> column. */
function keyColumns(book: GridBook, sheet: SheetGrid, range: ParsedRange): Map<string, number> {
  const keys = new Map<string, number>();
  for (let c = range.column1; c <= range.column2; c++) {
    const k = textOf(book.peek(sheet, range.row1 + 1, c));
    if (k !== null && !keys.has(k)) keys.set(k, c);
  }
  return keys;
}

/** Columns right of a matrix whose key-row (or the row above it) cell names a unit, with their values by code. */
function strayColumns(book: GridBook, kind: StrayColumn["kind"], sheet: SheetGrid, range: ParsedRange, codeColumn: number): StrayColumn[] {
  const out: StrayColumn[] = [];
  const { columns } = book.extent(sheet);
  for (let c = range.column2 + 1; c < columns; c++) {
    const unit = textOf(book.peek(sheet, range.row1, c)) ?? textOf(book.peek(sheet, range.row1 - 1, c));
    if (unit === null) continue;
    const values = new Map<string, GridValue>();
    for (let r = range.row1 + 1; r <= range.row2; r++) {
      const code = textOf(book.peek(sheet, r, codeColumn));
      const value = book.peek(sheet, r, c);
      if (code !== null && value !== null) values.set(code, value);
    }
    out.push({ kind, unit, values, cell: `${sheet.name}!${book.address(range.row1, c)}` });
  }
  return out;
}

/** The block with the values typed in stray columns for its units (matched by id, or by name after NFC, spacing and
 *  case), where the block has none yet; yes/no words become true/false. Returns how many values were taken in. */
export function takeInStrayValues(block: Block, stray: StrayEntries): { block: Block; taken: number } {
  const byKey = new Map<string, string>();
  for (const unit of block.units) {
    byKey.set(unit.id, unit.id);
    byKey.set(nameKey(unit.name), unit.id);
  }
  const leaves = new Map<string, string>();
  const walk = (nodes: readonly CriterionNode[]): void => {
    for (const n of nodes) {
      if ("children" in n && Array.isArray(n.children)) walk(n.children);
      else leaves.set(n.code, (n as { type: string }).type);
    }
  };
  walk(block.criteria);
  const next: Block = { ...block, targets: copyValues(block.targets), scores: { self: copyValues(block.scores.self), appraised: copyValues(block.scores.appraised), final: copyValues(block.scores.final) } };
  let taken = 0;
  for (const column of stray.columns) {
    const id = byKey.get(column.unit) ?? byKey.get(nameKey(column.unit));
    if (id === undefined) continue;
    const into = column.kind === "targets" ? next.targets : next.scores[column.kind];
    const row = (into[id] ??= dict<ScoreValue>());
    for (const [code, value] of column.values) {
      const type = leaves.get(code);
      if (type === undefined || (row[code] !== undefined && row[code] !== null) || value === null || isCellError(value)) continue;
      row[code] = type === "yesno" && typeof value === "string" ? yesNo(value) : value;
      taken++;
    }
  }
  return { block: next, taken };
}

function copyValues(values: UnitValues): UnitValues {
  const out = dict<Record<string, ScoreValue>>();
  for (const [unit, row] of Object.entries(values)) out[unit] = Object.assign(dict<ScoreValue>(), row);
  return out;
}

function yesNo(text: string): ScoreValue {
  const word = text.normalize("NFC").trim().toLowerCase();
  if (YES_WORDS.includes(word)) return true;
  if (NO_WORDS.includes(word)) return false;
  return text;
}

/** Every cell the reader reported as typed outside the tables (CELL_IGNORED), with its value: what re-applying the
 *  layout clears, so that it goes to the log first ("nothing is lost"). */
export function ignoredCellValues(grids: SheetGrids, findings: readonly Finding[]): { from: string; value: CellValue }[] {
  const book = new GridBook(grids);
  const out: { from: string; value: CellValue }[] = [];
  for (const f of findings) {
    if (f.code !== "CELL_IGNORED" || !f.cell) continue;
    const sheet = book.sheet(f.cell.sheet);
    const at = parseRange(f.cell.address);
    if (!sheet || !at) continue;
    const value = book.peek(sheet, at.row1, at.column1);
    out.push({ from: `${f.cell.sheet}!${f.cell.address}`, value: value === null || isCellError(value) ? null : value });
  }
  return out;
}
