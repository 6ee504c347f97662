// Finding the table in a region of the officer's sheet: the header row(s), what each column holds, the optional row
// of maxima, and which rows are units (footer, blank, numbering and note rows are left out).
import { columnLetters } from "../workbook/a1";
import { cellText, isBlank } from "./fold";
import { isFooterLabel, isKnownHeading, isMaximaLabel, maxFromHeading, roleOfHeading } from "./headings";
import type { CellRect, ColumnMapping, ColumnRole, SkippedKind, TableCell, TableGrid, TableMapping } from "./types";
import { readScore } from "./values";

/** How far down a region the header is looked for: titles, dates and blank lines come first in real tables. */
const HEADER_SEARCH_ROWS = 20;

/** The grid with every merged range's value copied into each of its cells (how a reader sees a header). */
export function filledValues(grid: TableGrid): TableCell[][] {
  const filled = grid.values.map((row) => row.slice());
  const { row: r0, column: c0 } = grid.origin;
  for (const m of grid.merges) {
    const master = grid.values[m.row1 - r0]?.[m.column1 - c0] ?? null;
    for (let r = Math.max(m.row1, r0); r <= m.row2 && r - r0 < filled.length; r++) {
      for (let c = Math.max(m.column1, c0); c <= m.column2; c++) filled[r - r0][c - c0] = master;
    }
  }
  return filled;
}

const width = (grid: TableGrid): number => grid.values.reduce((w, row) => Math.max(w, row.length), 0);

function mergeAt(grid: TableGrid, row: number, column: number): CellRect | undefined {
  return grid.merges.find((m) => row >= m.row1 && row <= m.row2 && column >= m.column1 && column <= m.column2);
}

/** A row whose only content is one merged cell across the table ("BẢNG TỔNG HỢP ĐIỂM…") is a title. */
function isTitleRow(grid: TableGrid, r: number): boolean {
  const row = grid.values[r] ?? [];
  const filled = row.map((v, c) => ({ v, c })).filter(({ v }) => !isBlank(v));
  if (filled.length !== 1) return false;
  const merge = mergeAt(grid, grid.origin.row + r, grid.origin.column + filled[0].c);
  return filled.length === 1 && (merge ? merge.column2 > merge.column1 + 1 : true);
}

/** The first row (relative) that reads as a header: a unit-name heading plus at least one other known heading. */
function findHeaderRow(grid: TableGrid, filled: TableCell[][]): number {
  const limit = Math.min(filled.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (isTitleRow(grid, r)) continue;
    const roles = (filled[r] ?? []).map((v) => (typeof v === "string" ? roleOfHeading(v) : null));
    const known = (filled[r] ?? []).filter((v) => typeof v === "string" && isKnownHeading(v)).length;
    const texts = (filled[r] ?? []).filter((v) => typeof v === "string" && readScore(v).kind === "invalid").length;
    if (roles.includes("unit") && (known >= 2 || texts >= 3)) return r;
  }
  return -1;
}

/** Does the row below the first header row belong to the header? Merges spanning both rows, or only text where
 *  the unit column is empty (sub-headings "Tiêu chí 1 | Tiêu chí 2" under "Điểm các tiêu chí"). */
function hasSecondHeaderRow(grid: TableGrid, header: number, unitColumn: number): boolean {
  const next = grid.values[header + 1];
  if (!next) return false;
  const sheetRow = grid.origin.row + header;
  if (grid.merges.some((m) => m.row1 === sheetRow && m.row2 >= sheetRow + 1)) return true;
  const cells = next.filter((v) => !isBlank(v));
  if (cells.length === 0) return false;
  if (!isBlank(next[unitColumn])) return false;
  return cells.every((v) => typeof v === "string" && readScore(v).kind === "invalid" && !isMaximaLabel(v));
}

function headingOf(filled: TableCell[][], headerRows: number[], c: number): string {
  const parts: string[] = [];
  for (const r of headerRows) {
    const text = cellText(filled[r]?.[c]);
    if (text && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts.join(" / ");
}

/** The role of a column: the lowest header text that names one, else a criterion when the column holds numbers. */
function roleOfColumn(filled: TableCell[][], headerRows: number[], c: number, dataRows: number[]): ColumnRole {
  for (const r of [...headerRows].reverse()) {
    const text = cellText(filled[r]?.[c]);
    const role = text ? roleOfHeading(text) : null;
    if (role) return role;
  }
  const heading = headingOf(filled, headerRows, c);
  const values = dataRows.map((r) => filled[r]?.[c]).filter((v) => !isBlank(v));
  const numeric = values.filter((v) => readScore(v).kind === "number" || readScore(v).kind === "text").length;
  return heading !== "" && numeric > 0 && numeric * 2 >= values.length ? "criterion" : "ignore";
}

/** "1 | 2 | 3 | 4=1+2+3" or "A | B | (1) | (2)": the row numbering the columns under a header. */
function isNumberingRow(row: TableCell[], unitColumn: number): boolean {
  const cells = row.filter((v) => !isBlank(v));
  if (cells.length < 2) return false;
  const unit = cellText(row[unitColumn]);
  if (unit.length > 4) return false;
  return cells.every((v) => /^\(?[A-Za-z0-9]{1,3}\)?(\s*=\s*[\w+\-*/().\s]+)?$/u.test(cellText(v)));
}

interface RowContext {
  filled: TableCell[][];
  /** The values as typed: a note merged across the table must not read as scores. */
  raw: TableCell[][];
  roles: ColumnRole[];
}

function columnsWith(ctx: RowContext, wanted: ColumnRole[]): number[] {
  return ctx.roles.flatMap((role, c) => (wanted.includes(role) ? [c] : []));
}

/** What a data row is, given the column roles. */
function classifyRow(ctx: RowContext, r: number, seenUnit: boolean): SkippedKind | "unit" | "maxima" {
  const row = ctx.filled[r] ?? [];
  const raw = ctx.raw[r] ?? [];
  if (row.every(isBlank)) return "blank";
  const unitColumn = ctx.roles.indexOf("unit");
  const label = [...columnsWith(ctx, ["stt", "unit"]), ...row.keys()].map((c) => cellText(row[c])).find((t) => t !== "") ?? "";
  if (!seenUnit && isMaximaLabel(label)) return "maxima";
  if (isFooterLabel(label) || isFooterLabel(cellText(row[unitColumn]))) return "footer";
  const name = cellText(raw[unitColumn]);
  const scores = columnsWith(ctx, ["criterion", "bonus", "penalty", "total"]).some((c) => {
    const kind = readScore(raw[c]).kind;
    return kind === "number" || kind === "text";
  });
  const marks = columnsWith(ctx, ["rank", "award"]).some((c) => !isBlank(raw[c]));
  // A numbered row with a name is a unit even before it has scores (the engine then says what is missing).
  const numbered = columnsWith(ctx, ["stt"]).some((c) => typeof raw[c] === "number");
  if (name !== "" && readScore(raw[unitColumn]).kind !== "number" && (scores || marks || numbered)) return "unit";
  // Scores without a name: never dropped silently.
  if (name === "" && scores) return "unnamed";
  return "note";
}

/** Column roles and row kinds from a header; `roles` overrides the proposed roles (the officer's corrections). */
function mapRows(grid: TableGrid, filled: TableCell[][], headerRows: number[], roles: ColumnRole[]): TableMapping {
  const { row: r0, column: c0 } = grid.origin;
  const ctx: RowContext = { filled, raw: grid.values, roles };
  const unitColumn = roles.indexOf("unit");
  const first = headerRows[headerRows.length - 1] + 1;
  const skippedRows: TableMapping["skippedRows"] = [];
  const unitRows: number[] = [];
  let maximaRow: number | null = null;
  for (let r = first; r < filled.length; r++) {
    if (unitRows.length === 0 && maximaRow === null && skippedRows.length === 0 && isNumberingRow(filled[r] ?? [], unitColumn)) {
      skippedRows.push({ row: r0 + r + 1, kind: "numbering" });
      continue;
    }
    const kind = classifyRow(ctx, r, unitRows.length > 0);
    if (kind === "unit") unitRows.push(r0 + r + 1);
    else if (kind === "maxima") maximaRow = r0 + r + 1;
    else skippedRows.push({ row: r0 + r + 1, kind });
  }
  const columns: ColumnMapping[] = roles.map((role, c) => {
    const heading = headingOf(filled, headerRows, c);
    let max: number | null = null;
    if (role === "criterion" || role === "bonus" || role === "penalty" || role === "total") {
      const fromRow = maximaRow === null ? { kind: "blank" as const } : readScore(filled[maximaRow - r0 - 1]?.[c]);
      max = fromRow.kind === "number" || fromRow.kind === "text" ? fromRow.value : maxFromHeading(heading);
    }
    return { column: columnLetters(c0 + c), index: c0 + c, heading, role, max };
  });
  return { sheet: grid.sheet, headerRows: headerRows.map((r) => r0 + r + 1), maximaRow, columns, unitRows, skippedRows };
}

/** The proposed mapping of a region, or null when no header with a unit-name column is found. */
export function detectTable(grid: TableGrid): TableMapping | null {
  const filled = filledValues(grid);
  const header = findHeaderRow(grid, filled);
  if (header < 0) return null;
  const firstRoles = (filled[header] ?? []).map((v) => (typeof v === "string" ? roleOfHeading(v) : null));
  const headerRows = hasSecondHeaderRow(grid, header, firstRoles.indexOf("unit")) ? [header, header + 1] : [header];
  const dataRows = Array.from({ length: Math.max(0, filled.length - headerRows[headerRows.length - 1] - 1) }, (_, i) => headerRows[headerRows.length - 1] + 1 + i);
  const n = width(grid);
  const roles = Array.from({ length: n }, (_, c) => roleOfColumn(filled, headerRows, c, dataRows));
  // One unit column: the first; any later "unit-like" heading is a note ("Đơn vị tính" and the like).
  const firstUnit = roles.indexOf("unit");
  roles.forEach((role, c) => { if (role === "unit" && c !== firstUnit) roles[c] = "ignore"; });
  return mapRows(grid, filled, headerRows, roles);
}

const SINGLE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["stt", "unit", "total", "rank", "award"]);

/** The mapping again after the officer changed column roles (by sheet column letters); rows are re-classified. */
export function remapTable(grid: TableGrid, mapping: TableMapping, roles: ReadonlyMap<string, ColumnRole>): TableMapping {
  const filled = filledValues(grid);
  const headerRows = mapping.headerRows.map((r) => r - grid.origin.row - 1);
  const byLetter = new Map(mapping.columns.map((c) => [c.column, c.role]));
  const n = width(grid);
  // A table has one column of names, totals, ranks, awards and STT: giving that role to a column takes it from another.
  const moved = new Set([...roles.values()].filter((role) => SINGLE_ROLES.has(role)));
  const newRoles = Array.from({ length: n }, (_, c) => {
    const letter = columnLetters(grid.origin.column + c);
    const given = roles.get(letter);
    if (given) return given;
    const before = byLetter.get(letter) ?? "ignore";
    return moved.has(before) ? "ignore" : before;
  });
  return mapRows(grid, filled, headerRows, newRoles);
}
