// The table's contents under a mapping: units with their cells, criteria with their maxima, each value read the
// way the officer meant it. The check and the adoption both start here.
import { cellAddress } from "../workbook/a1";
import { codeFromHeading } from "./headings";
import type { ColumnMapping, TableCell, TableGrid, TableMapping } from "./types";
import { readRank, readScore, type RankReading, type ScoreReading } from "./values";

export interface TableCriterion {
  code: string;
  /** The lowest heading (the criterion's own name), the column heading when there is one row. */
  name: string;
  type: "points" | "bonus" | "penalty";
  max: number | null;
  column: ColumnMapping;
}

export interface TableUnit {
  /** The A1 address of its name cell ("B7"): unique, and the officer can find it. */
  id: string;
  name: string;
  /** 1-based sheet row. */
  row: number;
  scores: ScoreReading[];
  total: ScoreReading | null;
  rank: RankReading | null;
  award: TableCell;
}

export interface TableContents {
  sheet?: string;
  criteria: TableCriterion[];
  units: TableUnit[];
  columnOf(role: ColumnMapping["role"]): ColumnMapping | undefined;
  /** A1 of a cell of the table: the unit's row and a column. */
  cell(row: number, column: ColumnMapping): string;
}

function valueAt(grid: TableGrid, row: number, column: number): TableCell {
  return grid.values[row - 1 - grid.origin.row]?.[column - grid.origin.column] ?? null;
}

const TYPE_OF_ROLE = { criterion: "points", bonus: "bonus", penalty: "penalty" } as const;

/** Codes from the headings where they carry one ("I.2 …"), else TC1, TC2… in column order; never the same twice. */
function criterionCodes(columns: ColumnMapping[]): string[] {
  const used = new Set<string>();
  return columns.map((column, i) => {
    const lowest = column.heading.split(" / ").pop() ?? "";
    let code = codeFromHeading(lowest) ?? `TC${i + 1}`;
    for (let n = 2; used.has(code); n++) code = `${codeFromHeading(lowest) ?? "TC"}${codeFromHeading(lowest) ? "-" : ""}${n}`;
    used.add(code);
    return code;
  });
}

export function readTable(grid: TableGrid, mapping: TableMapping): TableContents {
  const scored = mapping.columns.filter((c) => c.role === "criterion" || c.role === "bonus" || c.role === "penalty");
  const codes = criterionCodes(scored);
  const criteria: TableCriterion[] = scored.map((column, i) => ({
    code: codes[i],
    name: column.heading.split(" / ").pop() || codes[i],
    type: TYPE_OF_ROLE[column.role as keyof typeof TYPE_OF_ROLE],
    max: column.max,
    column,
  }));
  const columnOf = (role: ColumnMapping["role"]) => mapping.columns.find((c) => c.role === role);
  const unitColumn = columnOf("unit");
  const total = columnOf("total");
  const rank = columnOf("rank");
  const award = columnOf("award");
  const units: TableUnit[] = unitColumn === undefined ? [] : mapping.unitRows.map((row) => ({
    id: cellAddress(row - 1, unitColumn.index),
    name: String(valueAt(grid, row, unitColumn.index) ?? ""),
    row,
    scores: criteria.map((c) => readScore(valueAt(grid, row, c.column.index))),
    total: total ? readScore(valueAt(grid, row, total.index)) : null,
    rank: rank ? readRank(valueAt(grid, row, rank.index)) : null,
    award: award ? valueAt(grid, row, award.index) : null,
  }));
  return { sheet: mapping.sheet, criteria, units, columnOf, cell: (row, column) => cellAddress(row - 1, column.index) };
}
