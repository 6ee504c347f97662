// What the officer typed where Khối does not read, and what overwrote Khối's own cells. The layout is rebuilt from the
// block just read (same formula mode and language) and laid over the workbook:
// - every non-empty cell of an input sheet that the reader never looked at and that is no label of the layout is
//   CELL_IGNORED (a unit typed under the list, a score column added by hand, a unit id that is not in the list…);
// - every formula cell of the layout that now holds a constant or another formula is FORMULA_OVERWRITTEN;
// - a unit without its row on Tổng hợp is ROW_MISSING, and a total the workbook shows that differs from the
//   engine's is TOTAL_MISMATCH with the expected value.
// Formula positions are compared only on sheets whose regions still stand where the layout puts them: a sheet where
// rows were inserted or deleted is judged by its rows' ids instead.
import { evaluate } from "../core/evaluate";
import { parseBlock } from "../core/parse";
import type { CellRef, Finding, FindingCode, Severity } from "../core/types";
import { cellAddress, parseRange, type ParsedRange } from "./a1";
import { workbookBlockers } from "./blockers";
import { buildLayout } from "./build";
import { en as EN_MESSAGES, vi as VI_MESSAGES } from "../core/messages";
import { brokenKhoiFormula } from "./broken-formula";
import { canonicalFormula } from "./formula-text";
import { GridBook, isCellError, type GridValue } from "./grid";
import { forEachFormulaCell, isFormulaCell, NAMES, type FormulaMode, type Language, type SheetGrid, type SheetKey, type SheetLayout, type WorkbookLayout } from "./model";

/** The sheets the officer types into. */
const INPUT_SHEETS: readonly SheetKey[] = ["block", "criteria", "targets", "scores", "votes"];
/** Region roles that hold the layout's own words (titles, headings, keys), not the officer's data. */
const LABEL_ROLES = new Set(["title", "text", "header", "key", "computed", "helper"]);
const TOTAL_TOLERANCE = 1e-6;

/** A GridBook that remembers every cell the reader looked at. */
export class TrackedBook extends GridBook {
  private seen?: Map<SheetGrid, Set<number>>;

  override value(sheet: SheetGrid, row: number, column: number): GridValue {
    (this.seen ??= new Map());
    let cells = this.seen.get(sheet);
    if (!cells) this.seen.set(sheet, (cells = new Set()));
    cells.add(row * 20_000 + column);
    return super.value(sheet, row, column);
  }

  wasRead(sheet: SheetGrid, row: number, column: number): boolean {
    return this.seen?.get(sheet)?.has(row * 20_000 + column) ?? false;
  }
}

interface Emit {
  (code: FindingCode, severity: Severity, cell: CellRef, message: string, messageEn: string, extra?: Partial<Finding>): void;
}

const display = (value: GridValue): string => {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Runs every check above; `emit` adds a finding to the reading. */
export function auditLayout(book: TrackedBook, doc: unknown, emit: Emit): void {
  const { block, findings } = parseBlock(doc);
  // A block whose rules or criteria could not be read in full would give another layout than the workbook's: its
  // problems are reported by the reader and the engine first, and the layout is compared once they are fixed.
  if (!block || block.units.length === 0 || workbookBlockers(findings).length > 0) return;
  const mode: FormulaMode = book.metaValue("formulas") === "khoi" ? "khoi" : "native";
  const language: Language = book.metaValue("language") === "en" ? "en" : "vi";
  const layout = buildLayout(block, { formulas: mode, language, withoutResults: true });
  const { actual, aligned, sheetKey } = placeSheets(book, layout);
  // A broken KHOI.* formula is offered the native formula (it computes everywhere); built only when one is found.
  let native: WorkbookLayout | undefined;
  const nativeFormula = (key: SheetKey, row: number, column: number): string | undefined =>
    layoutFormula((native ??= mode === "native" ? layout : buildLayout(block, { formulas: "native", language, withoutResults: true })), key, row, column);

  for (const sheet of layout.sheets) {
    const grid = actual.get(sheet.key);
    if (!grid) continue;
    if (INPUT_SHEETS.includes(sheet.key)) findIgnoredCells(book, sheet, grid, aligned.get(sheet.key) === true, emit);
    if (aligned.get(sheet.key) && grid.formulas) findOverwrittenFormulas(book, sheet, grid, sheetKey, nativeFormula, emit);
  }
  const summary = actual.get("summary");
  if (summary) checkSummaryRows(book, doc, emit);
}

/** The layout's formula at a cell of a sheet, if it has one there. */
export function layoutFormula(layout: WorkbookLayout, key: SheetKey, row: number, column: number): string | undefined {
  const sheet = layout.sheets.find((s) => s.key === key);
  for (const region of sheet?.regions ?? []) {
    const cell = region.cells[row - region.row]?.[column - region.column];
    if (cell !== undefined && isFormulaCell(cell)) return cell.formula;
  }
  return undefined;
}

/** Where each of Khối's sheets is in the workbook, whether its regions stand where the layout puts them, and the
 *  stable key of a sheet name (for comparing formulas across renames). The audit and the formula repair share it. */
export function placeSheets(book: GridBook, layout: WorkbookLayout): { actual: Map<SheetKey, SheetGrid>; aligned: Map<SheetKey, boolean>; sheetKey: (name: string) => string | undefined } {
  // Where each of Khối's sheets is now, found through its defined names (they follow a rename), and whether every
  // region of it still starts and ends where the layout puts it.
  const actual = new Map<SheetKey, SheetGrid>();
  const aligned = new Map<SheetKey, boolean>();
  for (const sheet of layout.sheets) {
    let grid: SheetGrid | undefined;
    let same = true;
    for (const name of layout.names.filter((n) => n.sheet === sheet.key)) {
      const found = book.namedRange(name.name);
      const wanted = parseRange(name.range);
      if (!found || !wanted) { same = false; continue; }
      grid ??= found.sheet;
      if (found.range.row1 !== wanted.row1 || found.range.row2 !== wanted.row2 || found.range.column1 !== wanted.column1 || found.range.column2 !== wanted.column2) same = false;
    }
    grid ??= book.sheetByKey(sheet.key);
    if (grid) actual.set(sheet.key, grid);
    aligned.set(sheet.key, same);
  }
  const keyOfName = new Map<string, string>();
  for (const sheet of layout.sheets) keyOfName.set(sheet.name.normalize("NFC").toLowerCase(), sheet.key);
  for (const [key, grid] of actual) keyOfName.set(grid.name.normalize("NFC").toLowerCase(), key);
  const sheetKey = (name: string): string | undefined => keyOfName.get(name.normalize("NFC").toLowerCase());
  return { actual, aligned, sheetKey };
}

/** Non-empty cells of an input sheet that nothing reads. */
function findIgnoredCells(book: TrackedBook, sheet: SheetLayout, grid: SheetGrid, aligned: boolean, emit: Emit): void {
  const labelCells = new Set<number>();
  const labelTexts = new Set<string>();
  for (const region of sheet.regions) {
    if (!LABEL_ROLES.has(region.role)) continue;
    region.cells.forEach((row, dr) => row.forEach((cell, dc) => {
      if (aligned) labelCells.add((region.row + dr) * 20_000 + region.column + dc);
      if (typeof cell === "string" && cell.trim() !== "") labelTexts.add(cell.normalize("NFC").trim());
    }));
  }
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (r && aligned) for (let row = r.row1; row <= r.row2; row++) for (let c = r.column1; c <= r.column2; c++) labelCells.add(row * 20_000 + c);
  }
  const origin = grid.origin ?? { row: 0, column: 0 };
  const stray: { row: number; column: number; value: GridValue }[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const cells = grid.values[r];
    if (!Array.isArray(cells)) continue;
    for (let c = 0; c < cells.length; c++) {
      const row = r + origin.row;
      const column = c + origin.column;
      const value = book.peek(grid, row, column);
      if (value === null || (typeof value === "string" && value.trim() === "")) continue;
      if (book.wasRead(grid, row, column) || labelCells.has(row * 20_000 + column)) continue;
      if (typeof value === "string" && labelTexts.has(value.normalize("NFC").trim())) continue;
      stray.push({ row, column, value });
    }
  }
  if (stray.length === 0) return;
  const regions = regionsOf(book, sheet.key);
  for (const cell of stray) emit(...describeStray(sheet.key, grid, cell, regions));
}

/** The rectangles of Khối's regions on a sheet, as the workbook has them now. */
function regionsOf(book: GridBook, key: SheetKey): Record<string, ParsedRange | undefined> {
  const get = (name: string): ParsedRange | undefined => book.namedRange(name)?.range;
  switch (key) {
    case "block": return { units: get(NAMES.units), awards: get(NAMES.awards) };
    case "criteria": return { criteria: get(NAMES.criteria) };
    case "targets": return { matrix: get(NAMES.targets) };
    case "scores": return { matrix: unionOf([get(NAMES.scores.self), get(NAMES.scores.appraised), get(NAMES.scores.final)]) };
    case "votes": return { matrix: get(NAMES.ballots) };
    default: return {};
  }
}

function unionOf(ranges: (ParsedRange | undefined)[]): ParsedRange | undefined {
  const present = ranges.filter((r): r is ParsedRange => r !== undefined);
  if (present.length === 0) return undefined;
  return {
    row1: Math.min(...present.map((r) => r.row1)), column1: Math.min(...present.map((r) => r.column1)),
    row2: Math.max(...present.map((r) => r.row2)), column2: Math.max(...present.map((r) => r.column2)),
  };
}

/** The finding for one stray cell, worded by where it stands: under the unit list, under the criteria, beside a matrix. */
function describeStray(
  key: SheetKey, grid: SheetGrid, cell: { row: number; column: number; value: GridValue }, regions: Record<string, ParsedRange | undefined>,
): Parameters<Emit> {
  const where = `${grid.name}!${cellAddress(cell.row, cell.column)}`;
  const ref: CellRef = { sheet: grid.name, address: cellAddress(cell.row, cell.column) };
  const text = display(cell.value);
  const numeric = typeof cell.value === "number";
  const below = (r: ParsedRange | undefined): boolean => r !== undefined && cell.row > r.row2 && cell.column >= r.column1 && cell.column <= r.column2 + 1;
  const beside = (r: ParsedRange | undefined): boolean => r !== undefined && cell.column > r.column2 && cell.row >= r.row1 - 2;
  const inside = (r: ParsedRange | undefined): boolean => r !== undefined && cell.row >= r.row1 && cell.row <= r.row2 && cell.column >= r.column1 && cell.column <= r.column2;
  if (key === "block" && below(regions.units)) {
    return ["CELL_IGNORED", "error", ref,
      `Đơn vị «${text}» ở ${where} chưa thuộc khối: Khối không tính đơn vị này. Thêm đơn vị bằng trang Thiết lập (chọn «Lấy các dòng gõ thêm»).`,
      `Unit “${text}” in ${where} is not in the block: Khối does not count it. Add the unit on the Set-up page (“Take in the rows typed by hand”).`];
  }
  if (key === "criteria" && below(regions.criteria)) {
    return ["CELL_IGNORED", "error", ref,
      `Tiêu chí «${text}» ở ${where} chưa có trong bảng tiêu chí: Khối không chấm tiêu chí này. Thêm tiêu chí bằng trang Thiết lập.`,
      `Criterion “${text}” in ${where} is not in the criteria table: Khối does not score it. Add the criterion on the Set-up page.`];
  }
  const matrix = regions.matrix;
  if (matrix && inside(matrix)) {
    return ["CELL_IGNORED", "error", ref,
      `«${text}» ở ${where} nằm trong bảng nhưng ở cột hoặc dòng của một mã đơn vị hay tiêu chí không có trong khối, nên không được tính. Thêm đơn vị, tiêu chí bằng trang Thiết lập, hoặc xoá ô này.`,
      `“${text}” in ${where} is in the table but in the column or row of a unit id or criterion code that is not in the block, so it is not counted. Add the unit or criterion on the Set-up page, or clear the cell.`];
  }
  if (matrix && (beside(matrix) || below(matrix))) {
    return ["CELL_IGNORED", "error", ref,
      `«${text}» ở ${where} nằm ngoài bảng Khối đọc (cột hoặc dòng gõ thêm bằng tay) nên không được tính. Đơn vị hoặc tiêu chí mới phải được thêm bằng trang Thiết lập.`,
      `“${text}” in ${where} is outside the table Khối reads (a column or row added by hand), so it is not counted. New units or criteria must be added on the Set-up page.`];
  }
  return ["CELL_IGNORED", numeric ? "error" : "warning", ref,
    `Ô ${where} có «${text}» nằm ngoài các vùng Khối đọc nên không được tính; ghi chú hãy để ở trang Nhật ký, đơn vị và tiêu chí mới thêm bằng trang Thiết lập.`,
    `Cell ${where} holds “${text}” outside every region Khối reads, so it is not counted; keep notes on the Log sheet, and add units and criteria on the Set-up page.`];
}

/** Formula cells of the layout that now hold a constant or a different formula; a KHOI.* formula that cannot compute
 *  in any Excel (_xldudf_ prefix, another file's path) is FORMULA_BROKEN with the native formula offered. */
function findOverwrittenFormulas(
  book: GridBook, sheet: SheetLayout, grid: SheetGrid, sheetKey: (name: string) => string | undefined,
  nativeFormula: (key: SheetKey, row: number, column: number) => string | undefined, emit: Emit,
): void {
  forEachFormulaCell(sheet, (cell, r, c) => {
      const found = book.formula(grid, r, c);
      // Most files hold the formula exactly as Khối wrote it (maybe with _xlfn.): compare the text before normalising.
      if (found !== "" && (found === cell.formula || found.replace(/_xlfn\./g, "") === cell.formula)) return;
      if (found !== "" && canonicalFormula(found, sheetKey) === canonicalFormula(cell.formula, sheetKey)) return;
      const ref: CellRef = { sheet: grid.name, address: cellAddress(r, c) };
      const where = `${grid.name}!${ref.address}`;
      const broken = found !== "" ? brokenKhoiFormula(found, true) : null;
      if (broken) {
        const formula = nativeFormula(sheet.key, r, c) ?? cell.formula;
        const params = { where, text: found, formula, brokenProblem: broken };
        emit("FORMULA_BROKEN", "error", ref, VI_MESSAGES.FORMULA_BROKEN(params), EN_MESSAGES.FORMULA_BROKEN(params), { suggestion: { value: `=${formula}` } });
        return;
      }
      const value = book.peek(grid, r, c);
      const [vi, en] = found !== ""
        ? [`đã thay bằng công thức khác: =${found}`, `replaced by another formula: =${found}`]
        : value === null ? ["ô đã bị xoá trắng", "the cell was cleared"] : [`đã gõ đè giá trị «${display(value)}»`, `the value “${display(value)}” was typed over it`];
      emit("FORMULA_OVERWRITTEN", "error", ref,
        `Công thức ở ô ${where} ${vi}; ô này không còn do Khối tính. Áp dụng lại trang Thiết lập (giữ số liệu đã nhập) để khôi phục công thức.`,
        `The formula in ${where}: ${en}; this cell is no longer computed by Khối. Apply Set-up again (keeping the values entered) to restore the formula.`);
  });
}

/** Units without their row on Tổng hợp, and totals that differ from the engine's. */
function checkSummaryRows(book: GridBook, doc: unknown, emit: Emit): void {
  const summary = book.region(NAMES.summary);
  if (!summary) return;
  const keyRow = summary.range.row1 + 1;
  let idColumn = summary.range.column1;
  let totalColumn: number | undefined;
  for (let c = summary.range.column1; c <= summary.range.column2; c++) {
    const k = book.peek(summary.sheet, keyRow, c);
    if (k === "id") idColumn = c;
    if (k === "total") totalColumn = c;
  }
  const rows = new Map<string, number>();
  for (let r = keyRow + 1; r <= summary.range.row2; r++) {
    const id = book.peek(summary.sheet, r, idColumn);
    if (typeof id === "string" && id.trim() !== "") rows.set(id.normalize("NFC").trim(), r);
  }
  const result = evaluate(doc);
  const sheetName = summary.sheet.name;
  for (const unit of result.units) {
    const r = rows.get(unit.id);
    if (r === undefined) {
      const ref: CellRef = { sheet: sheetName, address: cellAddress(Math.max(keyRow + 1, summary.range.row2), idColumn) };
      emit("ROW_MISSING", "error", ref,
        `${unit.name || unit.id} không có dòng trên trang ${sheetName} (dòng đã bị xoá?): thứ hạng và khen thưởng của đơn vị này không hiện trong sổ. Áp dụng lại trang Thiết lập để khôi phục.`,
        `${unit.name || unit.id} has no row on the ${sheetName} sheet (was the row deleted?): its rank and award are not shown. Apply Set-up again to restore it.`,
        { unit: unit.id });
      continue;
    }
    if (totalColumn === undefined) continue;
    const shown = book.peek(summary.sheet, r, totalColumn);
    if (typeof shown !== "number") continue;
    if (Math.abs(shown - unit.total) <= TOTAL_TOLERANCE * Math.max(1, Math.abs(unit.total))) continue;
    const fmt = (n: number, lang: "vi" | "en"): string => (Math.round(n * 100) / 100).toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 });
    emit("TOTAL_MISMATCH", "error", { sheet: sheetName, address: cellAddress(r, totalColumn) },
      `${unit.name || unit.id}: tổng điểm trong sổ là ${fmt(shown, "vi")}, nhưng tổng điểm tính theo tiêu chí là ${fmt(unit.total, "vi")}.`,
      `${unit.name || unit.id}: the workbook shows a total of ${fmt(shown, "en")}, but the total computed from the criteria is ${fmt(unit.total, "en")}.`,
      { unit: unit.id });
  }
}
