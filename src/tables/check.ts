// Checking a home-made ranking table without changing a cell: the engine's rules on the table's block (names,
// scores, ranks, ties, the flag), plus what only a hand-made table gets wrong (a total that is not the sum of its
// criteria, scores typed as text, ranks that cannot be read). Every finding points at the officer's own cell.
import { evaluate } from "../core/evaluate";
import { makeFinding } from "../core/messages";
import { combineTotal } from "../core/total";
import type { Finding, FindingCode } from "../core/types";
import { cellAddress, parseRange } from "../workbook/a1";
import { DEFAULT_FLAG_COUNT, scoredColumns, tableBlock, type TableBlockOptions } from "./block";
import { tableMessage, totalTextNote, type TableMessageParams } from "./messages";
import { readTable, type TableContents, type TableUnit } from "./read";
import type { ColumnMapping, TableFinding, TableGrid, TableMapping, TableOnlyCode } from "./types";
import { scoreNumber } from "./values";

/** Totals typed by hand and sums of decimals differ by float noise only below this. */
const TOTAL_TOLERANCE = 1e-6;

/** The engine's findings that say something about a hand-made table (the rest are about block files). */
const ENGINE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "UNIT_DUPLICATE", "UNIT_LEGACY_ENCODING", "SCORE_MISSING", "SCORE_INVALID", "SCORE_OUT_OF_RANGE",
  "TIE_UNRESOLVED", "TIE_AT_AWARD_BOUNDARY", "RANK_MISMATCH", "AWARD_QUOTA_EXCEEDED", "AWARD_MISMATCH",
]);

export interface TableCheck {
  mapping: TableMapping;
  findings: TableFinding[];
  /** The block the engine checked (unit ids are the name cells, B7, B8…; final layer). */
  block: Record<string, unknown>;
}

function tableFinding(code: TableOnlyCode, cell: string, params: TableMessageParams, unit?: string): TableFinding {
  const finding: TableFinding = { code, ...tableMessage(code, params), cell };
  if (unit) finding.unit = unit;
  return finding;
}

/** Scores typed as text, and unreadable ranks. */
function cellFindings(contents: TableContents): TableFinding[] {
  const findings: TableFinding[] = [];
  const { criteria, values } = scoredColumns(contents);
  const rank = contents.columnOf("rank");
  const total = contents.columnOf("total");
  contents.units.forEach((unit, u) => {
    values(u).forEach((reading, i) => {
      if (reading.kind !== "text") return;
      const cell = contents.cell(unit.row, criteria[i].column);
      findings.push({ ...tableFinding("SCORE_TEXT", cell, { unit: unit.name, column: criteria[i].name, value: reading.text, expected: reading.value }, unit.id), criterion: criteria[i].code, suggestion: { value: reading.value } });
    });
    // A total typed as text (when the total is not itself the one scored column).
    if (total && contents.criteria.length > 0 && unit.total?.kind === "text") {
      findings.push({ ...tableFinding("SCORE_TEXT", contents.cell(unit.row, total), { unit: unit.name, column: total.heading, value: unit.total.text, expected: unit.total.value }, unit.id), suggestion: { value: unit.total.value } });
    }
    if (rank && unit.rank?.kind === "invalid") findings.push(tableFinding("RANK_INVALID", contents.cell(unit.row, rank), { unit: unit.name, value: unit.rank.value }, unit.id));
  });
  return findings;
}

/** TOTAL_MISMATCH: the total column against the sum of the unit's criteria (as combineTotal adds them). */
function totalFindings(contents: TableContents): TableFinding[] {
  const total = contents.columnOf("total");
  if (!total || contents.criteria.length === 0) return [];
  const findings: TableFinding[] = [];
  for (const unit of contents.units) {
    if (unit.total === null || (unit.total.kind !== "number" && unit.total.kind !== "text")) continue;
    const sum = (type: string) => contents.criteria.reduce((s, c, i) => (c.type === type ? s + scoreNumber(unit.scores[i]) : s), 0);
    const base = contents.criteria.filter((c) => c.type === "points").map((c) => scoreNumber(unit.scores[contents.criteria.indexOf(c)]));
    const expected = combineTotal(base, [], null, 0, sum("bonus"), sum("penalty")).total;
    if (Math.abs(expected - unit.total.value) <= TOTAL_TOLERANCE) continue;
    const textCells = contents.criteria.flatMap((c, i) => (unit.scores[i].kind === "text" ? [contents.cell(unit.row, c.column)] : []));
    // The engine's code, severity and message (src/core/messages); the finding's cell is the officer's A1.
    const { cell: _none, ...engine } = makeFinding("TOTAL_MISMATCH", { unit: { id: unit.id, name: unit.name }, declared: unit.total.value, expected });
    const finding: TableFinding = engine;
    if (textCells.length > 0) {
      const note = totalTextNote(textCells);
      finding.message += ` ${note.vi}`;
      finding.messageEn += ` ${note.en}`;
    }
    findings.push({ ...finding, cell: contents.cell(unit.row, total), suggestion: { value: expected } });
  }
  return findings;
}

/** The officer's cell an engine finding is about, or undefined when it is about no one cell. */
function engineCell(finding: Finding, contents: TableContents, headerRow: number, flagCount: number): string | undefined {
  const byId = new Map<string, TableUnit>(contents.units.map((u) => [u.id, u]));
  const { criteria } = scoredColumns(contents);
  const criterion = criteria.find((c) => c.code === finding.criterion);
  const at = (unitId: string | undefined, ...columns: (ColumnMapping | undefined)[]): string | undefined => {
    const unit = unitId === undefined ? undefined : byId.get(unitId);
    const column = columns.find((c) => c !== undefined);
    return unit && column ? contents.cell(unit.row, column) : undefined;
  };
  const unitColumn = contents.columnOf("unit");
  const rank = contents.columnOf("rank");
  const award = contents.columnOf("award");
  const total = contents.columnOf("total");
  switch (finding.code) {
    case "UNIT_DUPLICATE": return at(finding.units?.[1], unitColumn);
    case "UNIT_LEGACY_ENCODING": return criterion ? cellAddress(headerRow - 1, criterion.column.index) : at(finding.unit, unitColumn);
    case "SCORE_MISSING":
    case "SCORE_INVALID":
    case "SCORE_OUT_OF_RANGE": return at(finding.unit, criterion?.column);
    case "RANK_MISMATCH": return at(finding.unit, rank);
    case "TIE_UNRESOLVED": return at(finding.units?.[0], rank, total, unitColumn);
    case "TIE_AT_AWARD_BOUNDARY": return at(finding.units?.[0], award, rank, unitColumn);
    case "AWARD_MISMATCH": return at(finding.unit, award);
    case "AWARD_QUOTA_EXCEEDED":
      // The first flag beyond the quota: the place the officer has to take one back from.
      return at(finding.units?.[Math.min(flagCount, (finding.units?.length ?? 1) - 1)], award);
    default: return undefined;
  }
}

function position(cell: string | undefined): [number, number] {
  const range = cell === undefined ? undefined : parseRange(cell);
  return range ? [range.row1, range.column1] : [Number.MAX_SAFE_INTEGER, 0];
}

/** Findings of a table under a mapping, in sheet order (row, then column). Never changes the grid. */
export function checkTable(grid: TableGrid, mapping: TableMapping, options: TableBlockOptions = {}): TableCheck {
  const contents = readTable(grid, mapping);
  const block = tableBlock(contents, options);
  const result = evaluate(block);
  const headerRow = mapping.headerRows[mapping.headerRows.length - 1];
  const engine: TableFinding[] = result.findings
    .filter((f) => ENGINE_CODES.has(f.code))
    .map((f) => {
      const { cell: _ignored, ...rest } = f;
      const cell = engineCell(f, contents, headerRow, options.flagCount ?? DEFAULT_FLAG_COUNT);
      return cell === undefined ? rest : { ...rest, cell };
    });
  const unitColumn = contents.columnOf("unit");
  const unnamed = unitColumn === undefined ? [] : mapping.skippedRows
    .filter((s) => s.kind === "unnamed")
    .map((s) => tableFinding("ROW_UNNAMED", contents.cell(s.row, unitColumn), { row: s.row }));
  const findings = [...unnamed, ...cellFindings(contents), ...totalFindings(contents), ...engine];
  const order = findings.map((f, i) => ({ f, i, p: position(f.cell) }));
  order.sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.i - b.i);
  return { mapping, findings: order.map((o) => o.f), block };
}
