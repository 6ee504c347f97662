// The quick read of an .xlsx for the standalone page: the sheets' values, formulas and what the page shows of them,
// straight from the unzipped parts, without building ExcelJS's full model (which the page needs only to change or
// save the file, and which costs several times more to build). What it gives equals what ExcelJS's load gives
// (tests/xlsx/snapshot.test.ts compares them file by file); a file using anything it does not cover gets null, and
// the page reads it with ExcelJS as before.
import ExcelJS from "exceljs";
import { strFromU8 } from "fflate";
import { columnIndex, columnLetters } from "../workbook/a1";
import type { SheetGrid, SheetGrids } from "../workbook/model";
import type { SheetView } from "./book";
import { MAX_NAME_CELLS } from "./limits";
import { definedNamesOf } from "./package";
import { readQuickSheet, refuse, type StyleFacts } from "./snapshot-sheet";
import { attributesOf, elements, firstInside, xmlText } from "./snapshot-xml";

/** A workbook as read quickly: the reader's grids and the page's sheet views, in the workbook's order, and each
 *  sheet's unlocked cells ("row:column" from 0). */
export interface BookSnapshot {
  grids: SheetGrids;
  views: SheetView[];
  unlocked: Map<string, Set<string>>;
}

const text = (parts: Map<string, Uint8Array>, name: string): string | undefined => {
  const bytes = parts.get(name);
  return bytes ? strFromU8(bytes) : undefined;
};

/** Shared strings as ExcelJS keeps them: plain text (its `_xHHHH_` escapes decoded); null for rich text, which the
 *  quick read does not cover. */
function sharedStrings(xml: string | undefined): (string | null)[] {
  if (!xml) return [];
  const out: (string | null)[] = [];
  for (const si of elements(xml, "si")) {
    const inside = (si.inside ?? "").replace(/<rPh(?=[\s>])[\s\S]*?<\/rPh>/g, "");
    let value: string | null = null;
    if (!/<r[\s>]/.test(inside)) {
      for (const t of elements(inside, "t")) value = xmlText(t.inside ?? "").replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
    out.push(value);
  }
  return out;
}

/** ExcelJS turns numbers in a date format into Dates. Built-in formats other than these are dates or locale-bound. */
const PLAIN_BUILT_IN = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 37, 38, 39, 40, 41, 42, 43, 44, 48, 49]);
const isDateFormat = (code: string): boolean => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

function styleFacts(xml: string | undefined): StyleFacts {
  const formats = new Map<number, string>();
  const xfs: { numFmtId: number; unlocked: boolean }[] = [];
  if (xml) {
    for (const f of elements(firstInside(xml, "numFmts") ?? "", "numFmt")) {
      const a = attributesOf(f.attributes);
      formats.set(parseInt(a.numFmtId, 10), a.formatCode ?? "");
    }
    for (const xf of elements(firstInside(xml, "cellXfs") ?? "", "xf")) {
      const protection = xf.inside ? /<protection\b([^>]*)/.exec(xf.inside) : null;
      xfs.push({ numFmtId: parseInt(attributesOf(xf.attributes).numFmtId, 10) || 0, unlocked: !!protection && attributesOf(protection[1]).locked === "0" });
    }
  }
  return {
    unlocked: (id) => xfs[id]?.unlocked === true,
    dateLike: (id) => {
      const xf = xfs[id];
      if (!xf || !xf.numFmtId) return false;
      const custom = formats.get(xf.numFmtId);
      return custom !== undefined ? isDateFormat(custom) : !PLAIN_BUILT_IN.has(xf.numFmtId);
    },
  };
}

/** Sheet names ExcelJS refuses or changes. */
const acceptedName = (name: string): boolean => name !== "" && name !== "History" && name.length <= 31 && !/[*?:/\\[\]]/.test(name) && !/(^')|('$)/.test(name);

/** One plain area of a defined name: 'Sheet'!$A$1:$B$2 or Sheet!$A$1. */
const AREA = /('(?:[^']|'')+'|[^'!,\s]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?/g;

/** The defined names as ExcelJS's model lists them (print areas and titles go to page set-up; names too large for it
 *  are left out, as checkPackage leaves them out of what ExcelJS loads). Only plain areas are covered. */
function definedNames(workbookXml: string): { name: string; address: string }[] {
  const list: { name: string; ranges: string[] }[] = [];
  for (const n of definedNamesOf(workbookXml)) {
    if (n.name === "_xlnm.Print_Area" || n.name === "_xlnm.Print_Titles" || n.cells > MAX_NAME_CELLS) continue;
    if (/^\d+$/.test(n.name)) refuse("a name ExcelJS would reorder");
    const ranges = n.address.match(AREA) ?? [];
    if (ranges.join(",") !== n.address.trim()) refuse("defined name that is not plain areas");
    list.push({ name: n.name, ranges });
  }
  if (list.every((n) => n.ranges.length === 1)) return singleAreaNames(list);
  // ExcelJS's own DefinedNames turns the areas into its cell lists and back: the same names, in the same order and
  // spelling, as its full load.
  const names = new ExcelJS.Workbook().definedNames;
  names.model = list as typeof names.model;
  return (names.model as { name: string; ranges: string[] }[]).filter((n) => n.ranges.length > 0).map((n) => ({ name: n.name, address: n.ranges[0] }));
}

/** What ExcelJS's DefinedNames gives back for names of one area each (the usual case, and all of Khối's): a name
 *  listed twice keeps its first place and its last area; the sheet is quoted unless plain letters and digits; a
 *  single cell is written without ":". */
function singleAreaNames(list: { name: string; ranges: string[] }[]): { name: string; address: string }[] {
  const byName = new Map<string, string>();
  for (const { name, ranges } of list) {
    const m = /^(?:'((?:[^']|'')*)'|([^'!]*))!\$([A-Z]{1,3})\$(\d+)(?::\$([A-Z]{1,3})\$(\d+))?$/.exec(ranges[0]);
    if (!m) return refuse("defined name area");
    const sheet = m[1] ?? m[2];
    const [top, bottom] = [Number(m[4]), Number(m[6] ?? m[4])].sort((x, y) => x - y);
    const [left, right] = [columnIndex(m[3]), columnIndex(m[5] ?? m[3])].sort((x, y) => x - y);
    const prefix = /^[a-zA-Z0-9]*$/.test(sheet) ? `${sheet}!` : `'${sheet}'!`;
    const corner = (column: number, row: number) => `$${columnLetters(column)}$${row}`;
    byName.set(name, top === bottom && left === right ? prefix + corner(left, top) : `${prefix}${corner(left, top)}:${corner(right, bottom)}`);
  }
  return [...byName].map(([name, address]) => ({ name, address }));
}

function readBook(parts: Map<string, Uint8Array>): BookSnapshot | null {
  const workbook = text(parts, "xl/workbook.xml");
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return null;
  const targets = new Map<string, string>();
  for (const r of elements(rels, "Relationship")) {
    const a = attributesOf(r.attributes);
    if (a.Id && a.Target) targets.set(a.Id, `xl/${a.Target.replace(/^(\s|\/xl\/)+/, "")}`);
  }
  const strings = sharedStrings(text(parts, "xl/sharedStrings.xml"));
  const styles = styleFacts(text(parts, "xl/styles.xml"));
  const sheets: SheetGrid[] = [];
  const views: SheetView[] = [];
  const unlocked = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const s of elements(firstInside(workbook, "sheets") ?? "", "sheet")) {
    const a = attributesOf(s.attributes);
    const path = targets.get(a["r:id"] ?? "");
    // ExcelJS reads only worksheets at xl/worksheets/sheetN.xml; other sheets (chart sheets) are left out.
    if (!path || !/^xl\/worksheets\/sheet\d+\.xml$/.test(path) || !parts.has(path)) continue;
    const name = a.name ?? "";
    if (!acceptedName(name) || seen.has(name.toLowerCase())) refuse("sheet name");
    seen.add(name.toLowerCase());
    const visibility = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    const sheet = readQuickSheet(text(parts, path)!, strings, styles);
    sheets.push({ name, values: sheet.values, formulas: sheet.formulas, visibility });
    views.push({ name, visibility, cells: sheet.cells, columns: sheet.columns, widths: sheet.widths });
    unlocked.set(name, sheet.unlocked);
  }
  if (sheets.length === 0) return null;
  return { grids: { sheets, names: definedNames(workbook) }, views, unlocked };
}

/** The workbook read quickly from its unzipped parts, or null when ExcelJS must read it. */
export function readQuickBook(parts: Map<string, Uint8Array>): BookSnapshot | null {
  try {
    return readBook(parts);
  } catch {
    // QuickReadRefused, or anything unexpected: ExcelJS reads the file, and says what is wrong with it if anything.
    return null;
  }
}
