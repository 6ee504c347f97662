// The block workbook described as data: sheets, regions of cells and formulas, formats, validation, names.
// Both adapters (src/office on the live workbook, src/xlsx on files) apply one WorkbookLayout the same way.
// Pure: no Office, no ExcelJS, no Node. Rows and columns here are 0-based; addresses are A1 strings.

/** Identifies a workbook made by Khối and the shape of its layout; bump LAYOUT_VERSION when the shape changes. */
export const WORKBOOK_SCHEMA = "khoi-workbook/1";
export const LAYOUT_VERSION = 1;

/** "native": Excel 2016 functions only, computed anywhere. "khoi": KHOI.* custom functions (needs the add-in). */
export type FormulaMode = "native" | "khoi";
export type Language = "vi" | "en";

/** Stable keys of the sheets: the names shown to users change with the language and with renames, keys never do. */
export type SheetKey =
  | "guide" // Hướng dẫn
  | "block" // Khối: block info, rules, award tiers, units
  | "criteria" // Tiêu chí
  | "targets" // Giao ước
  | "scores" // Chấm điểm: the three input layers
  | "detail" // Điểm chi tiết: effective values and leaf scores (computed)
  | "summary" // Tổng hợp
  | "votes" // Bình xét
  | "log" // Nhật ký
  | "meta"; // _khoi (hidden): schema, block id, criteria fingerprint, where the regions are

export const SHEET_KEYS: readonly SheetKey[] = [
  "guide", "block", "criteria", "targets", "scores", "detail", "summary", "votes", "log", "meta",
];

export type Visibility = "visible" | "hidden" | "veryHidden";

/** A constant cell. null = empty. A string is literal text even when it starts with "=" (adapters must not
 *  let it become a formula, e.g. Office.js needs a leading apostrophe for such text). */
export type CellValue = string | number | boolean | null;

/** A computed cell. `formula` is invariant en-US A1 syntax WITHOUT the leading "=" and without `_xlfn.`
 *  prefixes (adapters add what their host needs). `result`, when given, is what the engine computes for it:
 *  an adapter may store it as the cached value so a viewer shows numbers before recalculating. */
export interface FormulaCell {
  formula: string;
  result?: CellValue;
}

export type LayoutCell = CellValue | FormulaCell;

export function isFormulaCell(cell: unknown): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && typeof (cell as FormulaCell).formula === "string";
}

/** Every formula cell of a sheet's layout with its 0-based row and column (the audit and the repair walk them). */
export function forEachFormulaCell(sheet: { regions: { row: number; column: number; cells: LayoutCell[][] }[] }, visit: (cell: FormulaCell, row: number, column: number) => void): void {
  for (const region of sheet.regions) {
    region.cells.forEach((cells, dr) => cells.forEach((cell, dc) => {
      if (isFormulaCell(cell)) visit(cell, region.row + dr, region.column + dc);
    }));
  }
}

export type HorizontalAlign = "left" | "center" | "right";

/** A small style vocabulary both hosts can express. Colours are "RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontal?: HorizontalAlign;
  vertical?: "top" | "middle" | "bottom";
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  /** Thin borders around every cell of the region. */
  border?: boolean;
  indent?: number;
  /** A font other than the host's default, e.g. "Times New Roman" for the block's papers (Decree 30/2020). */
  fontName?: string;
  /** A thin line under the cell: the rule drawn beneath a paper's national motto. */
  borderBottom?: boolean;
  underline?: boolean;
}

/** What a region is for: adapters may style by role; readers never depend on it. */
export type RegionRole = "title" | "text" | "header" | "key" | "input" | "computed" | "helper";

/** A rectangle of cells written in one call. `cells` is rectangular (every row the same length). */
export interface Region {
  /** Unique within the layout, e.g. "scores.self" or "summary.rank". */
  id: string;
  row: number;
  column: number;
  cells: LayoutCell[][];
  role: RegionRole;
  /** Locked cells cannot be edited once the sheet is protected; inputs are unlocked. */
  locked: boolean;
  /** Excel number format code for the whole region (locale-independent, e.g. "0.00"). */
  numberFormat?: string;
  /** Per-column number format, overriding `numberFormat`; null keeps the region's. */
  columnFormats?: (string | null)[];
  style?: CellStyle;
}

export interface ColumnLayout {
  /** Width in Excel character units (as ExcelJS `width` and Office's `columnWidth / 7` roughly). */
  width: number;
  hidden?: boolean;
}

/** A row that differs from the default: taller (wrapped headers) or hidden (the stable key rows readers use). */
export interface RowLayout {
  row: number;
  height?: number;
  hidden?: boolean;
}

export type ValidationKind = "decimal" | "whole" | "list";

/** Data validation on one or more ranges of a sheet. Blank is always allowed (a missing value is a finding, not a typo). */
export interface ValidationRule {
  /** A1 ranges on the sheet, e.g. ["E7:I7", "E9:I9"]. */
  ranges: string[];
  kind: ValidationKind;
  /** decimal/whole: inclusive bounds; absent = unbounded on that side. */
  min?: number;
  max?: number;
  /** list: the allowed entries, e.g. ["Có", "Không"]. */
  list?: string[];
  /** Shown when the entry is refused (Vietnamese or English per the layout language). */
  errorTitle: string;
  error: string;
  /** Shown when the cell is selected. */
  prompt?: string;
}

/** Why a conditional format exists: an error red, a tie amber, an award highlighted, an invalid input red. */
export type ConditionalKind = "error" | "invalid" | "tie" | "award";

export interface ConditionalFormat {
  ranges: string[];
  kind: ConditionalKind;
  /** A formula (no "=") that is TRUE where the format applies, written relative to the top-left cell of ranges[0]. */
  formula: string;
  style: { fill: string; fontColor?: string; bold?: boolean };
}

export interface PrintSettings {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Fit all columns on one page width, as many pages tall as needed. */
  fitToWidth: boolean;
  /** Rows repeated on every printed page, 1-based inclusive, e.g. [1, 5]. */
  titleRows?: [number, number];
  /** What prints, as an A1 range (helper columns stay off the paper); absent = the used range. */
  area?: string;
  /** Page margins in millimetres (the papers: top and bottom 20–25, left 30–35, right 15–20); absent = the host's. */
  margins?: { top: number; bottom: number; left: number; right: number };
}

export interface SheetProtection {
  protect: boolean;
  /** No password by default: protection guards against slips, not people. */
  password: null;
}

export interface SheetLayout {
  key: SheetKey;
  /** The name shown on the tab (Vietnamese, or English when the layout language is "en"). */
  name: string;
  visibility: Visibility;
  tabColor?: string;
  columns: ColumnLayout[];
  rows: RowLayout[];
  /** Frozen rows at the top and columns at the left. */
  frozen?: { rows: number; columns: number };
  regions: Region[];
  /** A1 ranges to merge, e.g. "A1:H1". */
  merges: string[];
  /** Styles applied after the regions' own, over ranges that cut across regions (group rows in bold, indents). */
  formats: { ranges: string[]; style: CellStyle }[];
  validations: ValidationRule[];
  conditionalFormats: ConditionalFormat[];
  protection: SheetProtection;
  print?: PrintSettings;
}

/** A workbook-scoped defined name with a stable name (khoi_units, khoi_scores_self …). */
export interface DefinedName {
  name: string;
  sheet: SheetKey;
  /** A1 range on that sheet, without "$" (adapters make it absolute). */
  range: string;
}

/** The facts stored in the hidden meta sheet. */
export interface WorkbookMeta {
  schema: string;
  layoutVersion: number;
  formulas: FormulaMode;
  language: Language;
  blockId: string;
  /** criteriaFingerprint(block.criteria): FNV-1a 64-bit hex over the canonical JSON (src/workbook/fingerprint.ts). */
  criteriaFingerprint: string;
  /** The officer's name given in the pane (meta row "officer"): who the Nhật ký lines name. */
  officer?: string;
}

export interface WorkbookLayout {
  meta: WorkbookMeta;
  /** In tab order. */
  sheets: SheetLayout[];
  names: DefinedName[];
}

/** One line of the Nhật ký sheet (who changed what, when). */
export interface LogEntry {
  /** ISO 8601 time. */
  time: string;
  who: string;
  what: string;
  old?: CellValue;
  new?: CellValue;
  /** Where, e.g. "Chấm điểm!E7". */
  cell?: string;
  /** Which kind of write, a stable key (src/workbook/log-row.ts LOG_ACTIONS): "apply", "import", "ballots",
   *  "papers", "repair", "switch", "seal", "takeIn"… Absent on lines of workbooks made before it was logged. */
  action?: string;
  /** Why, when the write has a reason apart from `what` (e.g. why a formula was broken). */
  reason?: string;
}

/** A sheet's used range as a host reads it: the input of readLayout. */
export interface SheetGrid {
  name: string;
  /** values[r][c] is the cell at (origin.row + r, origin.column + c); formulas give their computed result. */
  values: unknown[][];
  /** Same shape as values: the formula text (with or without "=") or null/"" for constants. Optional. */
  formulas?: unknown[][];
  /** 0-based position of values[0][0]; default A1. */
  origin?: { row: number; column: number };
  visibility?: Visibility;
}

export interface SheetGrids {
  sheets: SheetGrid[];
  /** The workbook's defined names as the host reports them; `address` may carry "$" and a sheet prefix. */
  names?: { name: string; sheet?: string; address: string }[];
}

/** The stable defined names of a block workbook. Readers find regions through them first. */
export const NAMES = {
  meta: "khoi_meta",
  blockInfo: "khoi_block_info",
  rules: "khoi_rules",
  awards: "khoi_awards",
  units: "khoi_units",
  criteria: "khoi_criteria",
  targets: "khoi_targets",
  scoreCodes: "khoi_scores_codes",
  scores: { self: "khoi_scores_self", appraised: "khoi_scores_appraised", final: "khoi_scores_final" },
  detail: "khoi_detail",
  summary: "khoi_summary",
  ranks: "khoi_ranks",
  awardsProposed: "khoi_awards_proposed",
  votes: "khoi_votes",
  ballots: "khoi_ballots",
  exemplary: "khoi_exemplary",
  nominees: "khoi_exemplary_nominees",
  leaders: "khoi_leaders",
  log: "khoi_log",
} as const;
