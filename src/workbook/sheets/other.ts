// The plain sheets: Hướng dẫn (how to use), Nhật ký (the change log) and the hidden meta sheet.
import { definedName, SheetBuilder, STYLE, type Context } from "../context";
import { NAMES, type CellValue, type DefinedName, type LogEntry, type SheetLayout, type WorkbookMeta } from "../model";
import { LOG_KEYS, logRowCells } from "../log-row";
import { cellValueOf } from "./values";

export { LOG_KEYS };

export function buildGuideSheet(ctx: Context): SheetLayout {
  const b = new SheetBuilder("guide", ctx.sheetName.guide);
  b.columns([110]);
  b.region("guide.title", 0, 0, [[ctx.t.title.guide]], "title", { style: STYLE.title });
  b.region("guide.text", 2, 0, ctx.t.guide.map((line) => [line]), "text", { style: { wrap: true, vertical: "top" } });
  b.sheet.tabColor = "2F75B5";
  b.sheet.print = { orientation: "portrait", paper: "A4", fitToWidth: true };
  return b.sheet;
}

export function buildLogSheet(ctx: Context, log: readonly LogEntry[]): { sheet: SheetLayout; names: DefinedName[] } {
  const b = new SheetBuilder("log", ctx.sheetName.log);
  b.columns([20, 22, 50, 16, 16, 18, 18, 30]);
  b.region("log.title", 0, 0, [[ctx.t.title.log]], "title", { style: STYLE.title });
  b.region("log.header", 1, 0, [LOG_KEYS.map((k) => ctx.t.logHeader[k])], "header", { style: STYLE.header });
  b.region("log.keys", 2, 0, [[...LOG_KEYS]], "key", { style: STYLE.key });
  b.row(2, { hidden: true });
  const rows: CellValue[][] = log.map((e) => logRowCells({ ...e, old: cellValueOf(e.old), new: cellValueOf(e.new) }));
  if (rows.length > 0) b.region("log.entries", 3, 0, rows, "input", { style: STYLE.input });
  // The log is the officer's as much as the add-in's: left unprotected so notes can be added.
  b.sheet.protection = { protect: false, password: null };
  b.sheet.frozen = { rows: 3, columns: 0 };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: [2, 2] };
  return { sheet: b.sheet, names: [definedName(NAMES.log, "log", 1, 0, 3 + Math.max(rows.length, 1) - 1, LOG_KEYS.length - 1)] };
}

/** Key/value rows of the hidden meta sheet: the facts, where each sheet is, and where each named region was put. */
export function buildMetaSheet(ctx: Context, meta: WorkbookMeta, names: readonly DefinedName[]): { sheet: SheetLayout; names: DefinedName[] } {
  const b = new SheetBuilder("meta", ctx.sheetName.meta, "hidden");
  b.columns([28, 60]);
  const rows: CellValue[][] = [
    ["schema", meta.schema],
    ["layoutVersion", meta.layoutVersion],
    ["formulas", meta.formulas],
    ["language", meta.language],
    ["blockId", meta.blockId],
    ["criteriaFingerprint", meta.criteriaFingerprint],
  ];
  for (const [key, name] of Object.entries(ctx.sheetName)) rows.push([`sheet:${key}`, name]);
  for (const n of names) rows.push([`name:${n.name}`, `${n.sheet}!${n.range}`]);
  // Last, where the pane appends it in a workbook built without it (src/workbook/officer.ts).
  if (meta.officer) rows.push(["officer", meta.officer]);
  b.region("meta.rows", 0, 0, rows, "computed");
  return { sheet: b.sheet, names: [definedName(NAMES.meta, "meta", 0, 0, rows.length - 1, 1)] };
}
