// The Tiêu chí sheet: the criteria tree, one row per node in depth-first order, with a parent column so the
// tree reads back, and every parameter of a leaf. Locked: the formulas are built from it.
import { isGroup } from "../../core/types";
import { rangeAddress } from "../a1";
import { definedName, SheetBuilder, STYLE, type Context } from "../context";
import { BASE_LABELS, LEAF_TYPE_LABELS, METHOD_LABELS } from "../labels";
import { NAMES, type DefinedName, type LayoutCell, type SheetLayout } from "../model";

export const CRITERIA_KEYS = ["code", "name", "parent", "type", "max", "weight", "method", "base", "cap", "bands", "per", "note"] as const;
/** 0-based columns of the values formulas read. */
export const CRITERIA_MAX_COLUMN = 4;
export const CRITERIA_WEIGHT_COLUMN = 5;

/** Bands as "threshold:fraction; …" with dots: a machine-readable cell that reads back exactly. */
export function formatBands(bands: readonly [number, number][] | undefined): string | null {
  if (!bands || bands.length === 0) return null;
  return bands.map(([t, f]) => `${t}:${f}`).join("; ");
}

export function buildCriteriaSheet(ctx: Context): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, rows } = ctx;
  const first = ctx.pos.criteria.firstRow;
  const b = new SheetBuilder("criteria", ctx.sheetName.criteria);
  b.columns([9, 50, 9, 12, 9, 9, 22, 12, 8, 24, 9, 30]);
  b.region("criteria.title", 0, 0, [[t.title.criteria]], "title", { style: STYLE.title });
  b.merge(0, 0, 0, 6);
  b.region("criteria.header", first - 2, 0, [CRITERIA_KEYS.map((k) => t.criteriaHeader[k])], "header", { style: STYLE.header });
  b.region("criteria.keys", first - 1, 0, [[...CRITERIA_KEYS]], "key", { style: STYLE.key });
  b.row(first - 2, { height: 32 }).row(first - 1, { hidden: true });

  const types = LEAF_TYPE_LABELS[ctx.lang];
  const methods = METHOD_LABELS[ctx.lang];
  const bases = BASE_LABELS[ctx.lang];
  const cells: LayoutCell[][] = rows.map((row, j) => {
    const node = row.node;
    const leaf = row.leaf;
    // A group's maximum is the sum of its scored leaves, computed on Điểm chi tiết.
    const max: LayoutCell = leaf ? leaf.max : { formula: ctx.ref("detail", ctx.pos.detail.firstRow + j, 3) };
    return [
      node.code, node.name, row.parent, isGroup(node) ? types.group : types[leaf!.type], max, node.weight ?? null,
      leaf?.method ? methods[leaf.method] : null, leaf?.base ? bases[leaf.base] : null, leaf?.cap ?? null,
      formatBands(leaf?.bands), leaf?.per ?? null, node.note ?? null,
    ];
  });
  const last = first + Math.max(rows.length, 1) - 1;
  if (cells.length > 0) b.region("criteria.rows", first, 0, cells, "computed", { style: { ...STYLE.computed, wrap: true }, columnFormats: [null, null, null, null, "0.##", "0.##"] });

  const groupRows = rows.map((r, j) => (r.leaf ? -1 : first + j)).filter((r) => r >= 0);
  b.format(groupRows.map((r) => rangeAddress(r, 0, r, CRITERIA_KEYS.length - 1)), STYLE.group);
  for (let depth = 1; depth <= 4; depth++) {
    const ranges = rows.map((r, j) => (r.depth === depth || (depth === 4 && r.depth > 4) ? rangeAddress(first + j, 1, first + j, 1) : "")).filter((a) => a);
    b.format(ranges, { indent: depth });
  }
  b.sheet.frozen = { rows: first, columns: 2 };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: [first - 1, first - 1] };
  return { sheet: b.sheet, names: [definedName(NAMES.criteria, "criteria", first - 2, 0, last, CRITERIA_KEYS.length - 1)] };
}
