// The Điểm chi tiết sheet (computed, locked): for every criterion row and unit, the value used (first of
// final, appraised, self), the leaf score, group sums, and the helpers the relative method and `exceeded` need.
import { cellAddress, rangeAddress } from "../a1";
import { definedName, SheetBuilder, STYLE, type Context } from "../context";
import { NAMES, type CellValue, type DefinedName, type LayoutCell, type SheetLayout } from "../model";
import * as khoi from "../khoi";
import * as native from "../native";
import { totalGroupLabel } from "../tree";
import { CRITERIA_MAX_COLUMN, CRITERIA_WEIGHT_COLUMN } from "./criteria";

/** 0-based column of the kind helper ("base", "bonus", "penalty", "group", "invalid"). */
export const DETAIL_KIND_COLUMN = 2;
export const DETAIL_MAX_COLUMN = 3;
/** KHOI.TOTAL's group of each leaf (top-level group code, "bonus", "penalty") and its group's weight. */
export const DETAIL_GROUP_COLUMN = 4;
export const DETAIL_WEIGHT_COLUMN = 5;

export function buildDetailSheet(ctx: Context): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, units, rows } = ctx;
  const n = units.length;
  const d = ctx.pos.detail;
  const first = d.firstRow;
  const last = first + Math.max(rows.length, 1) - 1;
  const s = ctx.pos.scores;
  const b = new SheetBuilder("detail", ctx.sheetName.detail);

  const blocks: { key: keyof typeof t.detailBlocks; column: number; width: number; format: string }[] = [
    { key: "effective", column: d.effectiveColumn, width: 9, format: "General" },
    { key: "score", column: d.scoreColumn, width: 9, format: "0.00" },
  ];
  if (d.excessColumn !== null) blocks.push({ key: "excess", column: d.excessColumn, width: 9, format: "0.0000" });
  if (d.exceededColumn !== null) blocks.push({ key: "exceeded", column: d.exceededColumn, width: 7, format: "0" });
  const lastColumn = Math.max(...blocks.map((x) => x.column + n - 1 + (x.key === "excess" ? 1 : 0)), DETAIL_MAX_COLUMN);
  const widths: { width: number; hidden?: boolean }[] = [
    { width: 9 }, { width: 40 }, { width: 8, hidden: true }, { width: 7 }, { width: 8, hidden: true }, { width: 8, hidden: true },
  ];
  for (let c = d.effectiveColumn; c <= lastColumn; c++) widths.push({ width: 9 });
  b.columns(widths);

  b.region("detail.title", 0, 0, [[t.title.detail]], "title", { style: STYLE.title });
  b.merge(0, 0, 0, 3);
  b.region("detail.note", 1, 0, [[t.notes.detail]], "text", { style: STYLE.note });
  b.merge(1, 0, 1, 3);
  const keyRow: CellValue[] = [t.code, t.criterion, "kind", t.max, "group", "weight"];
  for (let c = d.effectiveColumn; c <= lastColumn; c++) keyRow.push(null);
  for (const block of blocks) {
    if (n === 0) continue;
    b.region(`detail.band.${block.key}`, first - 3, block.column, [[t.detailBlocks[block.key], ...new Array<CellValue>(n - 1).fill(null)]], "header", { style: STYLE.header });
    b.merge(first - 3, block.column, first - 3, block.column + n - 1);
    b.region(`detail.unitNames.${block.key}`, first - 2, block.column, [units.map((u) => u.name)], "header", { style: { ...STYLE.header, fontSize: 9 } });
    units.forEach((u, i) => { keyRow[block.column + i] = u.id; });
    if (block.key === "excess") {
      b.region("detail.band.eStar", first - 3, block.column + n, [[t.helperHeader.eStar]], "header", { style: STYLE.header });
      keyRow[block.column + n] = "e*";
    }
  }
  b.row(first - 2, { height: 75 });
  b.region("detail.keys", first - 1, 0, [keyRow], "key", { style: STYLE.key });

  // One region for every criterion row: constants and formulas side by side.
  const matrix: LayoutCell[][] = [];
  const layerCol = (layer: number, i: number): number => s.firstUnitColumn + layer * n + i;
  rows.forEach((row, j) => {
    const r = first + j;
    const cells: LayoutCell[] = new Array(lastColumn + 1).fill(null);
    cells[0] = row.node.code;
    cells[1] = row.node.name;
    cells[DETAIL_KIND_COLUMN] = row.kind;
    cells[DETAIL_GROUP_COLUMN] = totalGroupLabel(row) || null;
    if (ctx.weights && row.kind === "base") {
      const top = rows.findIndex((r) => r.node === row.top);
      cells[DETAIL_WEIGHT_COLUMN] = { formula: ctx.ref("criteria", ctx.pos.criteria.firstRow + top, CRITERIA_WEIGHT_COLUMN) };
    }
    const kinds = rangeAddress(r + 1, DETAIL_KIND_COLUMN, row.end + first, DETAIL_KIND_COLUMN, true);
    if (!row.leaf) {
      // A group: sums of the scored leaves below it (the header row itself is outside the range, so no cycle).
      const hasChildren = row.end > j;
      cells[DETAIL_MAX_COLUMN] = { formula: hasChildren ? native.groupSum(rangeAddress(r + 1, DETAIL_MAX_COLUMN, row.end + first, DETAIL_MAX_COLUMN, true), kinds) : "0" };
      units.forEach((_, i) => {
        const c = d.scoreColumn + i;
        cells[c] = { formula: hasChildren ? native.groupSum(rangeAddress(r + 1, c, row.end + first, c, true), kinds) : "0" };
      });
    } else {
      const leaf = row.leaf;
      const invalid = row.kind === "invalid";
      cells[DETAIL_MAX_COLUMN] = { formula: ctx.ref("criteria", ctx.pos.criteria.firstRow + j, CRITERIA_MAX_COLUMN) };
      const targetRow = ctx.pos.targets.rowOf.get(leaf.code);
      const isTarget = leaf.type === "target";
      const relative = isTarget && leaf.method === "relative" && !invalid && d.excessColumn !== null;
      units.forEach((_, i) => {
        const eff = cellAddress(r, d.effectiveColumn + i);
        const refs = [2, 1, 0].map((L) => ctx.ref("scores", r, layerCol(L, i)));
        cells[d.effectiveColumn + i] = { formula: native.effectiveValue(refs[0], refs[1], refs[2]) };
        const target = isTarget && targetRow !== undefined ? ctx.ref("targets", targetRow, ctx.pos.targets.firstUnitColumn + i) : '""';
        const excessCell = relative ? cellAddress(r, d.excessColumn! + i) : undefined;
        const best = relative ? cellAddress(r, d.excessColumn! + n, true) : undefined;
        const useKhoi = ctx.mode === "khoi" && isTarget && !invalid && targetRow !== undefined;
        cells[d.scoreColumn + i] = {
          formula: useKhoi
            ? khoi.pointsFormula(
              leaf,
              rangeAddress(r, d.effectiveColumn, r, d.effectiveColumn + n - 1, true),
              ctx.range("targets", targetRow, ctx.pos.targets.firstUnitColumn, targetRow, ctx.pos.targets.firstUnitColumn + n - 1),
              `$D${r + 1}`, i + 1, eff, target,
            )
            : native.leafScore(leaf, invalid, { value: eff, max: `$D${r + 1}`, target, excess: excessCell, bestExcess: best }),
        };
        if (relative) cells[d.excessColumn! + i] = { formula: native.excess(leaf, eff, target) };
        if (d.exceededColumn !== null && isTarget && !invalid) cells[d.exceededColumn + i] = { formula: native.exceeded(leaf, eff, target) };
      });
      if (relative && n > 0) cells[d.excessColumn! + n] = { formula: `MAX(${rangeAddress(r, d.excessColumn!, r, d.excessColumn! + n - 1, true)})` };
    }
    matrix.push(cells);
  });
  if (matrix.length > 0) {
    b.region("detail.rows", first, 0, matrix, "computed", {
      style: STYLE.computed,
      columnFormats: matrix[0].map((_, c) => (c === DETAIL_MAX_COLUMN ? "0.##" : formatOfColumn(c))),
    });
  }
  b.format(rows.map((r, j) => (r.leaf ? "" : rangeAddress(first + j, 0, first + j, lastColumn))).filter((a) => a), { bold: true, fill: "EDEDED" });

  function formatOfColumn(c: number): string | null {
    for (const block of blocks) if (c >= block.column && c < block.column + n + (block.key === "excess" ? 1 : 0)) return block.format;
    return null;
  }

  if (rows.length > 0 && n > 0) {
    b.conditional({
      ranges: [rangeAddress(first, d.effectiveColumn, last, lastColumn)], kind: "error",
      formula: `ISERROR(${cellAddress(first, d.effectiveColumn)})`, style: { fill: "FFC7CE", fontColor: "9C0006" },
    });
  }
  b.sheet.frozen = { rows: first, columns: d.effectiveColumn };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: [first - 2, first] };
  return { sheet: b.sheet, names: [definedName(NAMES.detail, "detail", first - 1, 0, last, lastColumn)] };
}
