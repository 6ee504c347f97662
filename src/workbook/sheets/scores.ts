// The Chấm điểm sheet: one row per criterion, and for each layer (self, appraised, final) one column per unit.
// Inputs are unlocked and validated by leaf type; invalid entries turn red; group rows are locked.
import { rangeAddress } from "../a1";
import { definedName, LAYER_ORDER, SheetBuilder, STYLE, type Context } from "../context";
import { LEAF_TYPE_LABELS, YES_NO } from "../labels";
import { NAMES, type CellValue, type ConditionalFormat, type DefinedName, type LayoutCell, type SheetLayout } from "../model";
import type { CriterionRow } from "../tree";
import { CRITERIA_MAX_COLUMN } from "./criteria";
import { cellValueOf, yesNoCell } from "./values";

/** Runs of consecutive row indices that satisfy pred: [start, end] inclusive. */
export function runs<T>(items: readonly T[], pred: (item: T) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  items.forEach((item, i) => {
    if (pred(item)) { if (start < 0) start = i; }
    else if (start >= 0) { out.push([start, i - 1]); start = -1; }
  });
  if (start >= 0) out.push([start, items.length - 1]);
  return out;
}

const RED = { fill: "FFC7CE", fontColor: "9C0006" };

/** The "this entry is unusable" test of a leaf type, written for the top-left cell `c` with the row's max in `m`. */
function invalidTest(row: CriterionRow, c: string, m: string): string | null {
  const leaf = row.leaf;
  if (!leaf || row.kind === "invalid") return null;
  switch (leaf.type) {
    case "points":
    case "bonus":
    case "penalty":
      return `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<0,${c}>${m}))`;
    case "yesno":
      return `AND(${c}<>"",NOT(OR(${c}=TRUE,${c}=FALSE,${c}=1,${c}=0,${c}="Có",${c}="Không",${c}="Yes",${c}="No")))`;
    case "count":
      return `AND(${c}<>"",IF(ISNUMBER(${c}),OR(${c}<0,${c}<>INT(${c})),TRUE))`;
    case "target":
      return `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<0))`;
    default:
      return null;
  }
}

export function buildScoresSheet(ctx: Context): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, units, rows } = ctx;
  const n = units.length;
  const { firstRow, firstUnitColumn } = ctx.pos.scores;
  const b = new SheetBuilder("scores", ctx.sheetName.scores);
  b.columns([9, 40, 12, 7, ...LAYER_ORDER.flatMap(() => units.map(() => 9))]);
  b.region("scores.title", 0, 0, [[t.title.scores]], "title", { style: STYLE.title });
  b.merge(0, 0, 0, 3);
  b.region("scores.note", 1, 0, [[t.notes.scores]], "text", { style: STYLE.note });
  b.merge(1, 0, 1, 3 + 3 * Math.max(n, 1));

  const layerColumn = (layer: number, i: number): number => firstUnitColumn + layer * n + i;
  const bandFills = ["FFF2CC", "E2EFDA", "DDEBF7"];
  LAYER_ORDER.forEach((layer, L) => {
    if (n === 0) return;
    b.region(`scores.band.${layer}`, firstRow - 3, layerColumn(L, 0), [[t.layers[layer], ...new Array<CellValue>(n - 1).fill(null)]], "header", {
      style: { ...STYLE.header, fill: bandFills[L] },
    });
    b.merge(firstRow - 3, layerColumn(L, 0), firstRow - 3, layerColumn(L, n - 1));
    b.region(`scores.unitNames.${layer}`, firstRow - 2, layerColumn(L, 0), [units.map((u) => u.name)], "header", { style: { ...STYLE.header, fill: bandFills[L], fontSize: 9 } });
  });
  b.row(firstRow - 2, { height: 75 });
  b.region("scores.keys", firstRow - 1, 0, [[t.code, t.criterion, t.type, t.max, ...LAYER_ORDER.flatMap(() => units.map((u) => u.id))]], "key", { style: STYLE.key });

  // Code, name, type, max (the max follows Tiêu chí).
  const types = LEAF_TYPE_LABELS[ctx.lang];
  const labels: LayoutCell[][] = rows.map((r, j) => [
    r.node.code, r.node.name, r.leaf ? types[r.leaf.type] : types.group,
    r.leaf ? { formula: ctx.ref("criteria", ctx.pos.criteria.firstRow + j, CRITERIA_MAX_COLUMN), result: r.leaf.max } : null,
  ]);
  const last = firstRow + Math.max(rows.length, 1) - 1;
  if (labels.length > 0) b.region("scores.labels", firstRow, 0, labels, "computed", { style: STYLE.computed, columnFormats: [null, null, null, "0.##"] });

  // Values: leaf rows are inputs, group rows are locked blanks.
  if (n > 0 && rows.length > 0) {
    LAYER_ORDER.forEach((layer, L) => {
      const layerValues = ctx.block.scores[layer] ?? {};
      const cells = rows.map((r) => units.map((u) => {
        if (!r.leaf) return null;
        const v = layerValues[u.id]?.[r.leaf.code];
        return r.leaf.type === "yesno" ? yesNoCell(v, ctx.lang) : cellValueOf(v);
      }));
      for (const [s, e] of runs(rows, (r) => r.leaf !== null)) {
        b.region(`scores.${layer}.${s}`, firstRow + s, layerColumn(L, 0), cells.slice(s, e + 1), "input", { style: STYLE.input });
      }
      for (const [s, e] of runs(rows, (r) => r.leaf === null)) {
        b.region(`scores.${layer}.group.${s}`, firstRow + s, layerColumn(L, 0), cells.slice(s, e + 1), "computed", { style: STYLE.group });
      }
    });

    // Validation and red marks, one rule per kind of entry over every layer.
    const span = (j: number): string => rangeAddress(firstRow + j, firstUnitColumn, firstRow + j, firstUnitColumn + 3 * n - 1);
    const byRule = new Map<string, { ranges: string[]; row: CriterionRow }>();
    rows.forEach((r, j) => {
      if (!r.leaf || r.kind === "invalid") return;
      const type = r.leaf.type;
      const key = type === "points" || type === "bonus" || type === "penalty" ? `range:${r.leaf.max}` : type;
      const entry = byRule.get(key) ?? { ranges: [], row: r };
      entry.ranges.push(span(j));
      byRule.set(key, entry);
    });
    const yesNo = YES_NO[ctx.lang];
    for (const [key, { ranges, row }] of byRule) {
      const common = { ranges, errorTitle: t.validation.title };
      if (key.startsWith("range:")) {
        const max = row.leaf!.max;
        b.validation({ ...common, kind: "decimal", min: 0, max, error: t.validation.number.replace("{min}", "0").replace("{max}", String(max)) });
      } else if (key === "count") {
        b.validation({ ...common, kind: "whole", min: 0, error: t.validation.whole });
      } else if (key === "yesno") {
        b.validation({ ...common, kind: "list", list: [yesNo.yes, yesNo.no], error: t.validation.yesno });
      } else if (key === "target") {
        b.validation({ ...common, kind: "decimal", min: 0, error: t.validation.number.replace("{min}", "0").replace(" đến {max}", "").replace(" to {max}", "") });
      }
      const top = ranges[0].split(":")[0];
      const rowNumber = top.replace(/^[A-Z]+/, "");
      const formula = invalidTest(row, top, `$D${rowNumber}`);
      if (formula) {
        const format: ConditionalFormat = { ranges, kind: "invalid", formula, style: RED };
        b.conditional(format);
      }
    }
  }

  const groupRows = rows.map((r, j) => (r.leaf ? -1 : firstRow + j)).filter((r) => r >= 0);
  b.format(groupRows.map((r) => rangeAddress(r, 0, r, 3)), { bold: true, fill: "EDEDED" });
  b.sheet.frozen = { rows: firstRow, columns: firstUnitColumn };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: [firstRow - 2, firstRow] };

  const names: DefinedName[] = [definedName(NAMES.scoreCodes, "scores", firstRow - 1, 0, last, 0)];
  LAYER_ORDER.forEach((layer, L) => {
    names.push(definedName(NAMES.scores[layer], "scores", firstRow - 1, layerColumn(L, 0), last, layerColumn(L, Math.max(n, 1) - 1)));
  });
  return { sheet: b.sheet, names };
}
