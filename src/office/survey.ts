// What is in the workbook, read in as few syncs as possible: every sheet's name, the defined names, the hidden
// meta sheet (loaded on the guess that it has its usual name), then the grids of whichever sheets are needed.
// Each `queue…` only queues loads; the caller syncs, then calls the matching `resolve…`.
import { SEAL_SHEET } from "../workbook/seal-values";
import { parseRange } from "../workbook/a1";
import { SHEET_NAMES } from "../workbook/labels";
import { NAMES, SHEET_KEYS, WORKBOOK_SCHEMA, type SheetGrid, type SheetGrids, type SheetKey, type Visibility } from "../workbook/model";
import { sheetNameKey } from "./plan";

/** The meta sheet's usual name: loaded speculatively in the first sync. */
export const META_SHEET_NAME = SHEET_NAMES.vi.meta;

export interface WorkbookName {
  name: string;
  sheet?: string;
  address: string;
}

export interface Survey {
  sheets: { name: string; visibility: Visibility }[];
  names: WorkbookName[];
  /** The sheet that holds the meta rows (from the khoi_meta name, else the usual name), null when none. */
  metaSheet: string | null;
  /** The meta rows (column A → column B), null when they are still to be read. */
  meta: Map<string, unknown> | null;
}

interface SurveyLoads {
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  metaRange: Excel.Range;
}

export function queueSurvey(context: Excel.RequestContext): SurveyLoads {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const metaRange = worksheets.getItemOrNullObject(META_SHEET_NAME).getUsedRangeOrNullObject(true);
  metaRange.load("values");
  return { worksheets, names, metaRange };
}

export function resolveSurvey(loads: SurveyLoads): Survey {
  const sheets = loads.worksheets.items.map((sheet) => ({ name: sheet.name, visibility: visibilityOf(sheet.visibility) }));
  const names: WorkbookName[] = loads.names.items.map((item) => {
    const parsed = parseRange(String(item.formula ?? ""));
    return { name: item.name, sheet: parsed?.sheet, address: String(item.formula ?? "").replace(/^=/, "").replace(/^.*!/, "") };
  });
  const metaName = names.find((n) => n.name.toLowerCase() === NAMES.meta)?.sheet;
  const exists = (name: string) => sheets.some((s) => sheetNameKey(s.name) === sheetNameKey(name));
  const metaSheet = metaName && exists(metaName) ? metaName : exists(META_SHEET_NAME) ? META_SHEET_NAME : null;
  // The speculative load only counts when the meta really is on the sheet of the usual name.
  const guessed = metaSheet !== null && sheetNameKey(metaSheet) === sheetNameKey(META_SHEET_NAME) && !loads.metaRange.isNullObject;
  return { sheets, names, metaSheet, meta: guessed ? metaRows(loads.metaRange.values) : metaSheet === null ? new Map() : null };
}

function visibilityOf(value: unknown): Visibility {
  return value === "Hidden" ? "hidden" : value === "VeryHidden" ? "veryHidden" : "visible";
}

/** Column A → column B of the meta sheet's rows. */
export function metaRows(values: unknown[][]): Map<string, unknown> {
  const rows = new Map<string, unknown>();
  for (const row of values) {
    const k = row[0];
    if (typeof k === "string" && k.trim() !== "") rows.set(k.trim(), row[1]);
  }
  return rows;
}

export function isBlockMeta(meta: Map<string, unknown> | null): boolean {
  return meta?.get("schema") === WORKBOOK_SCHEMA;
}

/** Which defined name lives on which sheet key, when the meta rows do not say. */
const NAME_KEYS: Record<string, SheetKey> = {
  [NAMES.meta]: "meta", [NAMES.blockInfo]: "block", [NAMES.rules]: "block", [NAMES.awards]: "block", [NAMES.units]: "block",
  [NAMES.criteria]: "criteria", [NAMES.targets]: "targets", [NAMES.scoreCodes]: "scores", [NAMES.scores.self]: "scores",
  [NAMES.scores.appraised]: "scores", [NAMES.scores.final]: "scores", [NAMES.detail]: "detail", [NAMES.summary]: "summary",
  [NAMES.ranks]: "summary", [NAMES.awardsProposed]: "summary", [NAMES.votes]: "votes", [NAMES.ballots]: "votes", [NAMES.log]: "log",
};

/** Khối's own sheets in the workbook, by key: from the meta rows ("sheet:summary" → name) and the khoi_* names.
 *  Only sheets that exist count. Empty for a workbook Khối did not make. */
export function ownedSheets(survey: Survey): Partial<Record<SheetKey, string>> {
  const owned: Partial<Record<SheetKey, string>> = {};
  if (!isBlockMeta(survey.meta)) return owned;
  const actual = (name: string) => survey.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name))?.name;
  for (const key of SHEET_KEYS) {
    const name = survey.meta?.get(`sheet:${key}`);
    const found = typeof name === "string" ? actual(name) : undefined;
    if (found) owned[key] = found;
  }
  for (const n of survey.names) {
    const key = NAME_KEYS[n.name.toLowerCase()];
    const found = n.sheet ? actual(n.sheet) : undefined;
    if (key && found && owned[key] === undefined) owned[key] = found;
  }
  if (survey.metaSheet) owned.meta = actual(survey.metaSheet) ?? owned.meta;
  return owned;
}

interface GridLoads {
  ranges: { name: string; visibility: Visibility; range: Excel.Range }[];
}

/** Queues the used range (values and formulas) of each named sheet. */
export function queueGrids(context: Excel.RequestContext, sheets: readonly { name: string; visibility: Visibility }[]): GridLoads {
  const worksheets = context.workbook.worksheets;
  return {
    ranges: sheets.map((sheet) => {
      const range = worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
      range.load("values,formulas,valueTypes,rowIndex,columnIndex");
      return { name: sheet.name, visibility: sheet.visibility, range };
    }),
  };
}

export function resolveGrids(loads: GridLoads, names: readonly WorkbookName[]): SheetGrids {
  const sheets: SheetGrid[] = loads.ranges.map(({ name, visibility, range }) =>
    range.isNullObject
      ? { name, values: [], formulas: [], visibility }
      : { name, values: withErrors(range.values, range.valueTypes), formulas: range.formulas, origin: { row: range.rowIndex, column: range.columnIndex }, visibility },
  );
  return { sheets, names: names.map((n) => ({ ...n })) };
}

/** Office.js gives an error cell as its text ("#N/A"); its value type tells it from text typed by a user. */
function withErrors(values: unknown[][], types: unknown[][]): unknown[][] {
  if (!Array.isArray(types)) return values;
  return values.map((row, r) => row.map((value, c) => (types[r]?.[c] === "Error" ? { error: String(value) } : value)));
}

/** The sheets a read of a block workbook needs: Khối's own, the meta included. */
export function sheetsToRead(survey: Survey): { name: string; visibility: Visibility }[] {
  const owned = new Set(Object.values(ownedSheets(survey)).map(sheetNameKey));
  owned.add(sheetNameKey(SEAL_SHEET)); // the seal's record, read by Gửi đi's verify
  return survey.sheets.filter((s) => owned.has(sheetNameKey(s.name)));
}

/** When the meta is not where it was guessed: the meta's sheet and every sheet a khoi_* name points at. */
export function sheetsBehindNames(survey: Survey): Survey["sheets"] {
  const wanted = new Set<string>();
  if (survey.metaSheet) wanted.add(sheetNameKey(survey.metaSheet));
  for (const n of survey.names) if (n.name.toLowerCase().startsWith("khoi_") && n.sheet) wanted.add(sheetNameKey(n.sheet));
  return survey.sheets.filter((s) => wanted.has(sheetNameKey(s.name)));
}
