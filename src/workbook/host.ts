// The one interface the task pane uses to talk to a block workbook: src/office implements it on the live
// workbook, a file-backed host can implement it on an .xlsx, tests hand in a fake. Pure types, no Office.
import type { Block, CellRef, Finding } from "../core/types";
import type { CellValue, FormulaMode, Language, LogEntry, SheetGrids, SheetKey, WorkbookLayout } from "./model";
import type { FormulaRepairReport } from "./repair";
import type { StrayEntries } from "./stray";
import type { PaperSheet, PaperWriteReport } from "./paper";

/** What is in the open workbook before Khối touches it. */
export interface WorkbookInspection {
  /** True when the hidden meta sheet says this workbook was made by Khối. */
  isBlockWorkbook: boolean;
  /** The layout version stored in the meta sheet (compare with LAYOUT_VERSION to offer an upgrade). */
  layoutVersion?: number;
  formulas?: FormulaMode;
  language?: Language;
  blockId?: string;
  /** Khối's own sheets found in the workbook, by key, with the name they have now. */
  blockSheets: Partial<Record<SheetKey, string>>;
  /** Every other sheet: the user's, never overwritten. */
  userSheets: string[];
}

/** The steps of applying a layout, in order; the pane shows them with a progress bar. */
export type ApplyStep = "inspect" | "read" | "merge" | "write" | "done";

export interface ApplyOptions {
  /** The block `layout` was built from. With keepValues on a block workbook, the values already entered are
   *  merged into it (matched by unit id and criterion code) and the layout is rebuilt in the same formula mode
   *  and language before writing. */
  block: Block;
  /** Keep the values already entered in the input regions (targets, score layers, ballots, block info, units). */
  keepValues: boolean;
  /** Who the log entries name (the officer); default the name the workbook remembers, else "Khối". */
  who?: string;
  /** More Nhật ký lines written with this apply, after its own (e.g. the stray units taken in, action "takeIn"). */
  log?: LogEntry[];
  onProgress?(step: ApplyStep, fraction: number): void;
}

export interface SheetOutcome {
  key: SheetKey;
  name: string;
}

/** A value of the previous workbook and where it went. */
export interface KeptValue {
  /** "targets", a layer ("self" | "appraised" | "final"), "ballots", "block" or "unit". */
  kind: string;
  unit?: string;
  criterion?: string;
  value: CellValue;
  /** Where it was, e.g. "Chấm điểm!E7". */
  from?: string;
  /** Where it is now; absent when it was dropped. */
  to?: string;
  /** Why it was dropped (Vietnamese), e.g. the unit is no longer in the block. */
  reason?: string;
}

/** What applyLayout did, for the summary the pane shows. */
export interface ApplyReport {
  formulas: FormulaMode;
  /** Sheets added to the workbook. */
  created: SheetOutcome[];
  /** Khối's own sheets that were rewritten in place (re-applying on a block workbook). */
  updated: SheetOutcome[];
  /** Khối sheets that got another name because a sheet the user made already had the wanted one. */
  renamed: { key: SheetKey; wanted: string; name: string }[];
  /** Defined names written (khoi_units, khoi_scores_self …). */
  names: string[];
  units: number;
  criteria: number;
  /** How many values of the previous workbook were kept (moved ones included). */
  kept: number;
  /** Kept values that now stand in another cell. */
  moved: KeptValue[];
  /** Values that have no place in the new layout (their unit or criterion is gone); they are in the log. */
  dropped: KeptValue[];
  /** The entries appended to the Nhật ký sheet by this apply. */
  log: LogEntry[];
}

/** A block read back from the workbook (readLayout's answer): the document (khoi-block/1, every layer, the
 *  workbook's own ranks and awards as `declared`; null when it is not a block workbook), the problems of unreadable
 *  cells (each with its cell), and where any finding points. */
export interface BlockReading {
  doc: unknown;
  findings: Finding[];
  locate(finding: Finding): CellRef | undefined;
  /** Units typed by hand under the unit list, with their typed columns of targets and scores (src/workbook/stray.ts). */
  stray?: StrayEntries;
  /** The cell of a Bình xét or leadership field by its document path, empty table rows included
   *  (src/workbook/ballot-cells.ts): where the Bình xét page writes. */
  cellOf?(path: string): CellRef | undefined;
  /** What that cell held when read (null when empty): the "old" of the log. */
  valueOf?(path: string): unknown;
}

export interface FormulaSwitchReport {
  formulas: FormulaMode;
  /** Formula cells rewritten; constants are never touched. */
  cells: number;
}

/** A region of a sheet as the officer left it (the check of an existing table reads it): values from `origin`
 *  (0-based sheet row and column; a formula cell gives its result, an empty cell null) and its merged ranges. */
export interface SheetRegion {
  sheet: string;
  origin: { row: number; column: number };
  values: (string | number | boolean | null)[][];
  merges: { row1: number; column1: number; row2: number; column2: number }[];
}

/** A cell to set (the email round trip's import writes self scores this way). */
export interface CellWrite {
  cell: CellRef;
  value: CellValue;
}

export interface WorkbookHost {
  /** "khoi" where KHOI.* custom functions run, else "native". */
  detectFormulaMode(): Promise<FormulaMode>;
  inspect(): Promise<WorkbookInspection>;
  /** Writes the layout. No undo: Office cannot undo add-in writes, so keepValues is the safety net. */
  applyLayout(layout: WorkbookLayout, options: ApplyOptions): Promise<ApplyReport>;
  readBlock(): Promise<BlockReading>;
  /** Activates the cell's sheet and selects the cell. */
  goToCell(ref: CellRef): Promise<void>;
  /** Optional (the Chấm điểm page offers no forms without it): the workbook's sheets as grids, Nhật ký included;
   *  src/forms makes the forms and checks the returned ones on them. */
  readGrids?(): Promise<SheetGrids>;
  /** Optional: sets these cells and appends these lines to Nhật ký, in one go; nothing else is written. */
  writeCells?(writes: readonly CellWrite[], log: readonly LogEntry[]): Promise<void>;
  /** Optional: rewrites the KHOI.* formulas that cannot compute here (FORMULA_BROKEN) from the layout, in the mode
   *  this host runs, with one Nhật ký line per cell as `who` (default: the officer the workbook remembers). */
  repairFormulas?(who?: string): Promise<FormulaRepairReport>;
  /** Optional: opens a file Khối made (a self-scoring form) as a new workbook, where the host can. */
  openWorkbook?(name: string, data: Uint8Array): Promise<void>;
  /** Optional, where the host has change events: calls `listener` when a cell of Khối's input sheets (Khối, Giao
   *  ước, Chấm điểm) changes; resolves to a function that stops listening. Pages debounce and re-read. */
  onInputsChanged?(listener: () => void): Promise<() => void>;
  /** Rewrites only the formula cells of the block in the other mode. */
  switchFormulaMode(mode: FormulaMode): Promise<FormulaSwitchReport>;
  /** Optional (pages degrade without it): `range` of `sheet` (default: the active sheet), or without a range the
   *  current region around the selection. Reads only. */
  readRegion?(sheet?: string, range?: string): Promise<SheetRegion>;
  /** Optional: marks the cells at fault with a highlight Khối owns; the cells' own formats are never written. */
  highlightCells?(cells: CellRef[]): Promise<void>;
  /** Optional: takes every mark of highlightCells away, leaving the formats exactly as they were before. */
  clearHighlight?(): Promise<void>;
  /** Optional (the Văn bản page needs it): writes a paper (src/papers) on its own sheet, replacing only Khối's
   *  earlier paper of that kind, and logs it in Nhật ký as `who` (src/workbook/paper.ts). */
  writePaper?(paper: PaperSheet, who?: string): Promise<PaperWriteReport>;
  /** Optional (Gửi đi seals only with it, readGrids and writeCells): replaces the very hidden sheet `name` with `rows`
   *  of text from A1, creating it when missing — the seal's record (src/seal). */
  writeHiddenSheet?(name: string, rows: readonly (readonly string[])[]): Promise<void>;
  /** Optional (Gửi đi's «values only»): every formula of the workbook replaced by the value it shows; how many cells,
   *  and how many had no computed value (left empty). */
  formulasToValues?(): Promise<{ cells: number; uncomputed: number }>;
}
