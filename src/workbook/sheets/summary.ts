// The Tổng hợp sheet: per unit the base groups, base, bonus, penalty, total, rank and proposed award, then helper
// columns (rounded total, tie-break keys, per tier: candidate and granted) that make ranks and awards native formulas.
import { cellAddress, rangeAddress } from "../a1";
import { definedName, matchLiteral, SheetBuilder, STYLE, type Context } from "../context";
import type { SummaryResult } from "../cached";
import { NAMES, type CellValue, type DefinedName, type FormulaCell, type LayoutCell, type SheetLayout } from "../model";
import * as khoi from "../khoi";
import * as native from "../native";
import { CRITERIA_WEIGHT_COLUMN } from "./criteria";
import { DETAIL_GROUP_COLUMN, DETAIL_KIND_COLUMN, DETAIL_MAX_COLUMN, DETAIL_WEIGHT_COLUMN } from "./detail";

/** Stable keys of the summary columns (the hidden key row): readers find rank and award by them. */
export const SUMMARY_KEYS = { id: "id", name: "name", base: "base", bonus: "bonus", penalty: "penalty", total: "total", rank: "rank", award: "award", awardLabel: "awardLabel", reason: "reason" } as const;

interface TieColumn {
  key: string;
  /** The key's value for unit i in row r, higher is better. */
  cell(i: number, r: number): string;
}

/** `results` (summaryResults): the engine's answers to cache in the visible result cells, by unit id; helper
 *  columns never get one. */
export function buildSummarySheet(ctx: Context, results: ReadonlyMap<string, SummaryResult> | null = null): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, units, tiers, rows, baseGroups } = ctx;
  const n = units.length;
  const p = ctx.pos.summary;
  const d = ctx.pos.detail;
  const first = p.firstRow;
  const last = first + Math.max(n, 1) - 1;
  const b = new SheetBuilder("summary", ctx.sheetName.summary);
  const detailFirst = d.firstRow;
  const detailLast = detailFirst + Math.max(rows.length, 1) - 1;
  const rowOfNode = new Map(rows.map((r, j) => [r.node, j]));

  const lookup = (range: string, id: string): string => `INDEX(${range},MATCH(${matchLiteral(id)},${ctx.pos.block.unitIds},0))`;
  const yesLookup = (tierIndex: number, id: string): string => {
    const v = ctx.pos.votes;
    const yes = ctx.range("votes", v.firstRow, v.yesColumn + tierIndex, v.firstRow + Math.max(n, 1) - 1, v.yesColumn + tierIndex);
    const ids = ctx.range("votes", v.firstRow, 1, v.firstRow + Math.max(n, 1) - 1, 1);
    return `MAX(0,N(IFERROR(INDEX(${yes},MATCH(${matchLiteral(id)},${ids},0)),0)))`;
  };
  const detailScore = (i: number, j: number): string => ctx.ref("detail", detailFirst + j, d.scoreColumn + i);
  const detailScores = (i: number): string => ctx.range("detail", detailFirst, d.scoreColumn + i, detailLast, d.scoreColumn + i);
  const detailKinds = ctx.range("detail", detailFirst, DETAIL_KIND_COLUMN, detailLast, DETAIL_KIND_COLUMN);

  // Tie-break keys the engine accepts, in order; the others it reports and ignores.
  const tieColumns: TieColumn[] = [];
  for (const key of ctx.block.rules.tieBreak) {
    if (key === "penalty") tieColumns.push({ key, cell: (_i, r) => native.rounded(`-${cellAddress(r, p.penaltyColumn)}`) });
    else if (key === "bonus") tieColumns.push({ key, cell: (_i, r) => native.rounded(cellAddress(r, p.bonusColumn)) });
    else if (key === "exceeded") {
      tieColumns.push({
        key,
        cell: (i) => (d.exceededColumn === null ? "0" : `SUM(${ctx.range("detail", detailFirst, d.exceededColumn + i, detailLast, d.exceededColumn + i)})`),
      });
    } else if (key.startsWith("group:")) {
      const code = key.slice("group:".length).trim();
      const node = rows.find((r) => r.node.code === code);
      if (!node) continue;
      const j = rowOfNode.get(node.node)!;
      const scored = node.leaf === null || node.kind === "base";
      tieColumns.push({ key, cell: (i) => (scored ? native.rounded(detailScore(i, j)) : "0") });
    } else if (key.startsWith("vote:")) {
      const tierIndex = tiers.findIndex((tier) => tier.id === key.slice("vote:".length).trim());
      if (tierIndex < 0) continue;
      tieColumns.push({ key, cell: (_i, r) => cellAddress(r, yesColumn(tierIndex)) });
    }
  }
  // Helpers: rounded total, tie-break keys, the unit's titles, its yes votes per tier, then per tier candidate/granted.
  const roundedColumn = p.helperColumn;
  const keyColumns = [roundedColumn, ...tieColumns.map((_, k) => roundedColumn + 1 + k)];
  const titlesColumn = roundedColumn + 1 + tieColumns.length;
  function yesColumn(k: number): number { return titlesColumn + 1 + k; }
  const tierColumn = (k: number): { candidate: number; granted: number } => ({
    candidate: titlesColumn + 1 + tiers.length + 2 * k,
    granted: titlesColumn + 2 + tiers.length + 2 * k,
  });
  const lastColumn = tiers.length > 0 ? tierColumn(tiers.length - 1).granted : titlesColumn;
  const column = (c: number): string => rangeAddress(first, c, last, c, true);

  // Headers and the hidden key row.
  const header: CellValue[] = new Array(lastColumn + 1).fill(null);
  const keys: CellValue[] = new Array(lastColumn + 1).fill(null);
  const set = (c: number, label: string, key: string): void => { header[c] = label; keys[c] = key; };
  set(0, t.summaryHeader.id, SUMMARY_KEYS.id);
  set(1, t.summaryHeader.name, SUMMARY_KEYS.name);
  baseGroups.forEach((g, k) => set(p.groupColumn + k, `${g.node.code}. ${g.node.name}`, `group:${g.node.code}`));
  set(p.baseColumn, t.summaryHeader.base, SUMMARY_KEYS.base);
  set(p.bonusColumn, t.summaryHeader.bonus, SUMMARY_KEYS.bonus);
  set(p.penaltyColumn, t.summaryHeader.penalty, SUMMARY_KEYS.penalty);
  set(p.totalColumn, t.summaryHeader.total, SUMMARY_KEYS.total);
  set(p.rankColumn, t.summaryHeader.rank, SUMMARY_KEYS.rank);
  set(p.awardColumn, t.summaryHeader.award, SUMMARY_KEYS.award);
  set(p.awardLabelColumn, t.summaryHeader.awardLabel, SUMMARY_KEYS.awardLabel);
  set(p.reasonColumn, t.summaryHeader.reason, SUMMARY_KEYS.reason);
  set(roundedColumn, t.helperHeader.roundedTotal, "h:total");
  tieColumns.forEach((tc, k) => set(roundedColumn + 1 + k, tc.key, `h:${tc.key}`));
  set(titlesColumn, t.unitsHeader.titles, "h:titles");
  tiers.forEach((tier, k) => set(yesColumn(k), `${t.votes.yes} ${tier.id}`, `h:yes:${tier.id}`));
  tiers.forEach((tier, k) => {
    const c = tierColumn(k);
    set(c.candidate, `${t.helperHeader.candidate} ${tier.id}`, `h:candidate:${tier.id}`);
    set(c.granted, `${t.helperHeader.granted} ${tier.id}`, `h:granted:${tier.id}`);
  });

  const gatedDenominator = ctx.block.rules.vote.denominator === "members" ? ctx.pos.votes.members : ctx.pos.votes.present;
  const strict = ctx.block.rules.vote.strict === true;
  const weighted = ctx.weights
    ? {
        scale: ctx.pos.block.scale,
        weights: baseGroups.map((g) => ctx.ref("criteria", ctx.pos.criteria.firstRow + rowOfNode.get(g.node)!, CRITERIA_WEIGHT_COLUMN)),
        maxima: baseGroups.map((g) => ctx.ref("detail", detailFirst + rowOfNode.get(g.node)!, DETAIL_MAX_COLUMN)),
      }
    : null;

  const detailIds = ctx.range("detail", detailFirst - 1, d.scoreColumn, detailFirst - 1, d.scoreColumn + Math.max(n, 1) - 1);
  const detailColumn = (c: number): string => ctx.range("detail", detailFirst, c, detailLast, c);
  const totalInputs: khoi.TotalInputs | null = ctx.mode === "khoi" && baseGroups.length > 0 && n > 0
    ? {
        scores: ctx.range("detail", detailFirst, d.scoreColumn, detailLast, d.scoreColumn + n - 1),
        kinds: detailKinds, maxima: detailColumn(DETAIL_MAX_COLUMN), groups: detailColumn(DETAIL_GROUP_COLUMN),
        weights: ctx.weights ? detailColumn(DETAIL_WEIGHT_COLUMN) : null, scale: ctx.pos.block.scale,
      }
    : null;

  const matrix: LayoutCell[][] = units.map((unit, i) => {
    const r = first + i;
    const at = (c: number): string => cellAddress(r, c);
    const cells: LayoutCell[] = new Array(lastColumn + 1).fill(null);
    cells[0] = unit.id;
    cells[1] = unit.name;
    baseGroups.forEach((g, k) => { cells[p.groupColumn + k] = { formula: detailScore(i, rowOfNode.get(g.node)!) }; });
    const groupCells = baseGroups.map((_, k) => at(p.groupColumn + k));
    if (totalInputs) {
      ([p.baseColumn, p.bonusColumn, p.penaltyColumn, p.totalColumn] as const).forEach((c, k) => {
        cells[c] = { formula: khoi.totalFormula(totalInputs, matchLiteral(unit.id), detailIds, (k + 1) as 1 | 2 | 3 | 4) };
      });
    } else {
      cells[p.baseColumn] = { formula: native.baseFormula(groupCells, weighted) };
      cells[p.bonusColumn] = { formula: native.kindSum(detailScores(i), detailKinds, "bonus") };
      cells[p.penaltyColumn] = { formula: native.kindSum(detailScores(i), detailKinds, "penalty") };
      cells[p.totalColumn] = { formula: native.totalFormula(at(p.baseColumn), at(p.bonusColumn), at(p.penaltyColumn)) };
    }
    cells[roundedColumn] = { formula: native.rounded(at(p.totalColumn)) };
    tieColumns.forEach((tc, k) => { cells[roundedColumn + 1 + k] = { formula: tc.cell(i, r) }; });
    cells[titlesColumn] = { formula: `${lookup(ctx.pos.block.unitTitles, unit.id)}&""` };
    tiers.forEach((_, k) => { cells[yesColumn(k)] = { formula: yesLookup(k, unit.id) }; });
    const position = `ROW()-${first}`;
    cells[p.rankColumn] = {
      formula: ctx.mode === "khoi"
        ? khoi.rankFormula(column(p.totalColumn), tieColumns.length > 0 ? rangeAddress(first, roundedColumn + 1, last, roundedColumn + tieColumns.length, true) : null, tieColumns.length, position)
        : native.rankFormula(keyColumns.map(column), keyColumns.map(at)),
    };

    const reason = `TRIM(${lookup(ctx.pos.block.unitReasons, unit.id)}&"")`;
    const titles = at(titlesColumn);
    tiers.forEach((tier, k) => {
      const c = tierColumn(k);
      const refs = ctx.pos.block.tier[k];
      const conditions = [`${reason}=""`, native.minScoreCondition(at(p.totalColumn), refs.minScore)];
      for (const title of tier.requires ?? []) conditions.push(native.titleCondition(titles, title));
      if (typeof tier.minVoteShare === "number") {
        conditions.push(`${ctx.pos.votes.quorumMet}=1`);
        conditions.push(native.voteCondition(at(yesColumn(k)), gatedDenominator, refs.minVoteShare, strict));
      }
      const earlier = tiers.slice(0, k).map((_, e) => at(tierColumn(e).granted));
      cells[c.candidate] = { formula: native.candidateFormula({ conditions, earlier }) };
      cells[c.granted] = { formula: native.grantedFormula(at(c.candidate), column(c.candidate), at(p.rankColumn), column(p.rankColumn), refs.count) };
    });
    cells[p.awardColumn] = {
      formula: ctx.mode === "khoi" && tiers.length > 0
        ? khoi.awardFormula({
          totals: column(p.totalColumn), tiers: ctx.pos.block.tierTable, ranks: column(p.rankColumn), reasons: column(p.reasonColumn),
          titles: column(titlesColumn), yes: rangeAddress(first, yesColumn(0), last, yesColumn(tiers.length - 1), true),
          members: ctx.pos.votes.members, present: ctx.pos.votes.present, quorum: ctx.pos.block.quorum,
          denominator: ctx.block.rules.vote.denominator === "members" ? "members" : "present", strict,
        }, position)
        : native.awardFormula(tiers.map((_, k) => at(tierColumn(k).granted)), tiers.map((tier) => tier.id)),
    };
    const award = at(p.awardColumn);
    cells[p.awardLabelColumn] = { formula: `IF(${award}="","",IFERROR(INDEX(${ctx.pos.block.awardLabels},MATCH(${award},${ctx.pos.block.awardIds},0))&"",${award}))` };
    cells[p.reasonColumn] = { formula: reason };
    const result = results?.get(unit.id);
    if (result) {
      const give = (c: number, value: CellValue | undefined): void => { if (value !== undefined) (cells[c] as FormulaCell).result = value; };
      baseGroups.forEach((g, k) => give(p.groupColumn + k, result.groups[g.node.code]));
      give(p.baseColumn, result.base);
      give(p.bonusColumn, result.bonus);
      give(p.penaltyColumn, result.penalty);
      give(p.totalColumn, result.total);
      give(p.rankColumn, result.rank);
      give(p.awardColumn, result.award);
      give(p.awardLabelColumn, result.awardLabel);
    }
    return cells;
  });

  // Layout: widths readable on a 1366-px screen for the main columns; helpers off to the right.
  const widths: { width: number; hidden?: boolean }[] = [{ width: 10 }, { width: 36 }];
  baseGroups.forEach(() => widths.push({ width: 11 }));
  widths.push({ width: 9 }, { width: 8 }, { width: 8 }, { width: 9 }, { width: 7 }, { width: 8 }, { width: 26 }, { width: 18 }, { width: 3 });
  for (let c = roundedColumn; c <= lastColumn; c++) widths.push({ width: c === roundedColumn ? 15 : 10 });
  b.columns(widths);
  b.region("summary.title", 0, 0, [[t.title.summary]], "title", { style: STYLE.title });
  b.merge(0, 0, 0, p.reasonColumn);
  b.region("summary.subtitle", 1, 0, [[`${ctx.block.block.name} – ${ctx.block.block.year}`]], "text", { style: { bold: true } });
  b.merge(1, 0, 1, p.reasonColumn);
  b.region("summary.note", 2, 0, [[t.notes.summary]], "text", { style: STYLE.note });
  b.merge(2, 0, 2, p.reasonColumn);
  b.region("summary.helpers.title", 2, roundedColumn, [[t.helpers]], "text", { style: STYLE.note });
  b.region("summary.header", first - 2, 0, [header], "header", { style: STYLE.header });
  b.region("summary.keys", first - 1, 0, [keys], "key", { style: STYLE.key });
  b.row(first - 2, { height: 60 }).row(first - 1, { hidden: true });
  if (n > 0) {
    const formats: (string | null)[] = new Array(lastColumn + 1).fill(null);
    for (let c = p.groupColumn; c <= p.totalColumn; c++) formats[c] = "0.00";
    formats[p.rankColumn] = "0";
    formats[roundedColumn] = "0.000000000";
    b.region("summary.rows", first, 0, matrix, "computed", { style: STYLE.computed, columnFormats: formats });
    b.format([rangeAddress(first, p.totalColumn, last, p.rankColumn)], { bold: true });
    b.format([rangeAddress(first, roundedColumn, last, lastColumn)], STYLE.helper);

    const rank = cellAddress(first, p.rankColumn);
    b.conditional({ ranges: [rangeAddress(first, p.groupColumn, last, lastColumn)], kind: "error", formula: `ISERROR(${cellAddress(first, p.groupColumn)})`, style: { fill: "FFC7CE", fontColor: "9C0006" } });
    b.conditional({ ranges: [column(p.rankColumn).replace(/\$/g, "")], kind: "tie", formula: `COUNTIF(${column(p.rankColumn)},${rank})>1`, style: { fill: "FFE699", bold: true } });
    b.conditional({ ranges: [rangeAddress(first, 0, last, p.reasonColumn)], kind: "award", formula: `$${cellAddress(first, p.awardColumn).replace(/\d+$/, "")}${first + 1}<>""`, style: { fill: "C6EFCE", fontColor: "006100" } });
  }
  b.sheet.frozen = { rows: first, columns: 2 };
  b.sheet.print = {
    orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: [first - 1, first - 1],
    area: rangeAddress(0, 0, last, p.reasonColumn),
  };

  const names: DefinedName[] = [
    definedName(NAMES.summary, "summary", first - 2, 0, last, lastColumn),
    definedName(NAMES.ranks, "summary", first, p.rankColumn, last, p.rankColumn),
    definedName(NAMES.awardsProposed, "summary", first, p.awardColumn, last, p.awardColumn),
  ];
  return { sheet: b.sheet, names };
}
