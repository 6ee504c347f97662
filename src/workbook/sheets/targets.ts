// The Giao ước sheet: each unit's registered target per target criterion. Rows keyed by criterion code,
// columns by unit id (a visible key row), so a reader never depends on positions.
import { rangeAddress } from "../a1";
import { definedName, SheetBuilder, STYLE, type Context } from "../context";
import { METHOD_LABELS } from "../labels";
import { NAMES, type CellValue, type DefinedName, type LayoutCell, type SheetLayout } from "../model";
import { cellValueOf } from "./values";

export function buildTargetsSheet(ctx: Context): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, units } = ctx;
  const n = units.length;
  const { firstRow, firstUnitColumn, rows } = ctx.pos.targets;
  const b = new SheetBuilder("targets", ctx.sheetName.targets);
  b.columns([9, 44, 20, ...units.map(() => 12)]);
  b.region("targets.title", 0, 0, [[t.title.targets]], "title", { style: STYLE.title });
  b.merge(0, 0, 0, 5);
  b.region("targets.note", 1, 0, [[t.notes.targets]], "text", { style: STYLE.note });
  b.merge(1, 0, 1, 5);
  b.region("targets.unitNames", firstRow - 2, firstUnitColumn, [units.map((u) => u.name)], "header", { style: STYLE.header });
  b.region("targets.keys", firstRow - 1, 0, [[t.code, t.criterion, t.method, ...units.map((u) => u.id)]], "key", { style: STYLE.key });
  b.row(firstRow - 2, { height: 60 });

  const methods = METHOD_LABELS[ctx.lang];
  const labels: LayoutCell[][] = rows.map((r) => [r.leaf!.code, r.leaf!.name, r.leaf!.method ? methods[r.leaf!.method] : null]);
  if (labels.length > 0) {
    b.region("targets.labels", firstRow, 0, labels, "computed", { style: STYLE.computed });
    const values: CellValue[][] = rows.map((r) => units.map((u) => cellValueOf(ctx.block.targets[u.id]?.[r.leaf!.code])));
    if (n > 0) b.region("targets.values", firstRow, firstUnitColumn, values, "input", { style: STYLE.input });
  }
  const last = firstRow + Math.max(rows.length, 1) - 1;
  if (rows.length > 0 && n > 0) {
    const all = rangeAddress(firstRow, firstUnitColumn, last, firstUnitColumn + n - 1);
    b.validation({ ranges: [all], kind: "decimal", min: 0, errorTitle: t.validation.title, error: t.validation.number.replace("{min}", "0").replace(" đến {max}", "").replace(" to {max}", "") });
    // Red where a target is unusable: not a number, or not above 0 (inverse: below 0).
    const lines = (inverse: boolean): string[] =>
      rows.map((r, i) => ((r.leaf!.method === "inverse") === inverse ? rangeAddress(firstRow + i, firstUnitColumn, firstRow + i, firstUnitColumn + n - 1) : "")).filter((a) => a);
    for (const inverse of [false, true]) {
      const ranges = lines(inverse);
      if (ranges.length === 0) continue;
      const top = ranges[0].split(":")[0];
      b.conditional({
        ranges, kind: "invalid",
        formula: `AND(${top}<>"",OR(NOT(ISNUMBER(${top})),${top}${inverse ? "<0" : "<=0"}))`,
        style: { fill: "FFC7CE", fontColor: "9C0006" },
      });
    }
  }
  b.sheet.frozen = { rows: firstRow, columns: firstUnitColumn };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: [firstRow - 1, firstRow] };
  return { sheet: b.sheet, names: [definedName(NAMES.targets, "targets", firstRow - 1, 0, last, firstUnitColumn + Math.max(n, 1) - 1)] };
}
