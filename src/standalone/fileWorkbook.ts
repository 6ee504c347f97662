// The workbook the standalone page has open: an in-memory .xlsx (src/xlsx/book) plus what the page needs around it:
// which of Khối's sheets take typed values, typing and pasting into them (the engine's results re-cached after each
// change), unsaved changes, the file name to save under, and "show this cell" requests from the pages.
// A file opened by the page is first read quickly (src/xlsx/snapshot.ts): enough to show its sheets and check it.
// ExcelJS's full model, needed to change or save it, is built when first needed or when the page is idle; edits
// typed before then are applied, in order, as soon as it is there.
import type ExcelJS from "exceljs";
import { parseBlock } from "../core/parse";
import { parseVietnameseNumber } from "../core/text/numbers";
import type { CellRef } from "../core/types";
import { parseRange } from "../workbook/a1";
import { buildLayout } from "../workbook/build";
import type { WorkbookInspection } from "../workbook/host";
import type { CellValue, SheetKey } from "../workbook/model";
import type { SheetGrids } from "../workbook/model";
import { readLayout, type LayoutReading } from "../workbook/read";
import { bookBytes, cacheResults, cellConstant, setCellValue, sheetViews, type QuickBook, type SheetView } from "../xlsx/book";
import { workbookGrids } from "../xlsx/read";
import { inspectionOf } from "../office/read";
import { isBlockMeta, ownedSheets, type Survey } from "../office/survey";
import { surveyBook, surveyGrids } from "./survey";

/** Khối's sheets where the officer types: Giao ước (targets), Chấm điểm (score layers), Bình xét (ballots). */
export const INPUT_SHEETS: readonly SheetKey[] = ["targets", "scores", "votes"];

export type Origin = { kind: "new" } | { kind: "demo" } | { kind: "file"; name: string };

export interface PasteOutcome {
  /** Cells of the block written (a value equal to the one there counts too). */
  written: number;
  /** Cells of the pasted block that fall on a protected cell or outside the sheet's input cells: left as they were. */
  skipped: number;
}

let nextId = 1;

/** What the officer typed, as Excel with Vietnamese settings would store it: "8,5" and "8.5" are 8.5, empty is
 *  nothing, text that is not a plain number (or is ambiguous, like "1.000") stays text for the reader to flag. */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const parsed = parseVietnameseNumber(trimmed);
  return parsed.ok ? parsed.value : text;
}

/** Tab-separated text as Excel puts it on the clipboard: rows by newline, cells by tab, one trailing newline. */
export function parseTsv(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return rows.map((row) => row.split("\t"));
}

export class FileWorkbook {
  readonly id = nextId++;
  private wb: ExcelJS.Workbook | null;
  private quick: QuickBook | null = null;
  private loading: Promise<ExcelJS.Workbook> | null = null;
  /** Edits typed before the full model was there, applied to it in order. */
  private queued: (() => void)[] = [];
  /** Why the full model could not be built (the file can be looked at and checked, not changed), else null. */
  loadError: string | null = null;
  private version = 0;
  private cachedViews: { version: number; views: SheetView[] } | null = null;
  private cachedSurvey: { version: number; survey: Survey } | null = null;
  private cachedReading: { version: number; reading: LayoutReading } | null = null;
  private listeners = new Set<() => void>();
  private goToListeners = new Set<(ref: CellRef) => void>();
  /** True when there are changes that are not in a saved file. */
  dirty = false;

  constructor(wb: ExcelJS.Workbook | QuickBook, readonly origin: Origin) {
    if ("snapshot" in wb) {
      this.wb = null;
      this.quick = wb;
    } else {
      this.wb = wb;
    }
  }

  /** ExcelJS's model; only once `loaded()` has resolved (always, for a workbook made in the page). */
  get book(): ExcelJS.Workbook {
    if (!this.wb) throw new Error("The workbook's full model is not built yet: await loaded() first.");
    return this.wb;
  }

  /** True once ExcelJS's model is there: changes go straight to it. */
  get isLoaded(): boolean {
    return this.wb !== null;
  }

  /** ExcelJS's model, built on first call for a file read quickly; edits typed meanwhile are applied first. */
  loaded(): Promise<ExcelJS.Workbook> {
    if (this.wb) return Promise.resolve(this.wb);
    this.loading ??= this.quick!.load().then(
      (wb) => {
        this.wb = wb;
        this.quick = null;
        for (const edit of this.queued.splice(0)) edit();
        return wb;
      },
      (error: unknown) => {
        this.loadError = error instanceof Error ? error.message : String(error);
        this.queued = [];
        for (const listener of this.listeners) listener();
        throw error;
      },
    );
    return this.loading;
  }

  /** Resolves when no typed edit is waiting for the model (what a read must see). */
  async settled(): Promise<void> {
    if (this.queued.length > 0) await this.loaded();
  }

  /** The sheets' values and formulas as of the last change. */
  grids(): SheetGrids {
    if (this.cachedGrids?.version !== this.version) {
      this.cachedGrids = { version: this.version, grids: this.wb ? workbookGrids(this.wb) : this.quick!.snapshot.grids };
    }
    return this.cachedGrids.grids;
  }

  private cachedGrids: { version: number; grids: SheetGrids } | null = null;

  /** The number of sheets in the workbook. */
  sheetCount(): number {
    return this.wb ? this.wb.worksheets.length : this.quick!.snapshot.views.length;
  }

  hasSheet(name: string): boolean {
    return this.wb ? this.wb.getWorksheet(name) !== undefined : this.quick!.snapshot.views.some((v) => v.name === name);
  }

  /** Changes on every edit; the page re-renders on it. */
  get revision(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onGoTo(listener: (ref: CellRef) => void): () => void {
    this.goToListeners.add(listener);
    return () => this.goToListeners.delete(listener);
  }

  /** Asks the page to show a cell; throws when the workbook has no such sheet. */
  goTo(ref: CellRef): void {
    if (!this.hasSheet(ref.sheet)) throw new Error(`Không có trang "${ref.sheet}" trong sổ để đến ô ${ref.address}.`);
    for (const listener of this.goToListeners) listener(ref);
  }

  private shown: string | null = null;

  /** The grid shows this sheet now (the page's counterpart of Excel's active sheet). */
  showing(sheet: string): void {
    this.shown = sheet;
  }

  /** The sheet on screen, else the first visible sheet that is not one of Khối's, else the first sheet. */
  shownSheet(): string | undefined {
    if (this.shown && this.hasSheet(this.shown)) return this.shown;
    const owned = new Set(Object.values(ownedSheets(this.survey())));
    const sheets = this.views();
    return (sheets.find((v) => v.visibility === "visible" && !owned.has(v.name)) ?? sheets[0])?.name;
  }

  /** The workbook's sheets, names and meta, as of the last change. */
  survey(): Survey {
    if (this.cachedSurvey?.version !== this.version) {
      this.cachedSurvey = { version: this.version, survey: this.wb ? surveyBook(this.wb) : surveyGrids(this.quick!.snapshot.grids) };
    }
    return this.cachedSurvey.survey;
  }

  /** The block read back from the workbook as of the last change (Thiết lập and Kiểm tra both ask for it). */
  reading(): LayoutReading {
    if (this.cachedReading?.version !== this.version) this.cachedReading = { version: this.version, reading: readLayout(this.grids()) };
    return this.cachedReading.reading;
  }

  inspect(): WorkbookInspection {
    return inspectionOf(this.survey());
  }

  /** The names of the sheets that take typed values (only on a block workbook). */
  inputSheets(): Set<string> {
    const survey = this.survey();
    if (!isBlockMeta(survey.meta)) return new Set();
    const owned = ownedSheets(survey);
    return new Set(INPUT_SHEETS.map((key) => owned[key]).filter((name): name is string => name !== undefined));
  }

  views(): SheetView[] {
    if (this.cachedViews?.version !== this.version) {
      this.cachedViews = { version: this.version, views: this.wb ? sheetViews(this.wb) : this.quick!.snapshot.views };
    }
    return this.cachedViews.views;
  }

  /** True when the cell takes typed values: an unprotected cell of an input sheet. */
  isEditable(sheet: string, row: number, column: number): boolean {
    if (!this.inputSheets().has(sheet)) return false;
    if (!this.wb) return this.quick!.snapshot.unlocked.get(sheet)?.has(`${row}:${column}`) === true;
    const ws = this.wb.getWorksheet(sheet);
    return ws?.getCell(row + 1, column + 1).protection?.locked === false;
  }

  /** Before the full model is there, an edit waits for it (and asks for it); the answer is the same. */
  private whenLoaded(edit: () => void): void {
    this.queued.push(edit);
    this.loaded().catch(() => undefined); // the failure is kept in loadError and shown by the page
  }

  /** Types `text` into a cell. Returns false (and changes nothing) when the cell does not take typed values. */
  setCell(sheet: string, row: number, column: number, text: string): boolean {
    if (!this.isEditable(sheet, row, column)) return false;
    if (!this.wb) {
      this.whenLoaded(() => this.setCell(sheet, row, column, text));
      return true;
    }
    const value = typedValue(text);
    if (cellConstant(this.wb, sheet, row, column) === value) return true;
    setCellValue(this.wb, sheet, row, column, value);
    this.changed();
    return true;
  }

  /** Pastes a block of tab-separated text with its top-left corner at (row, column). */
  paste(sheet: string, row: number, column: number, tsv: string): PasteOutcome {
    const outcome: PasteOutcome = { written: 0, skipped: 0 };
    if (!this.wb) {
      for (const [dr, line] of parseTsv(tsv).entries()) {
        for (const dc of line.keys()) outcome[this.isEditable(sheet, row + dr, column + dc) ? "written" : "skipped"]++;
      }
      this.whenLoaded(() => this.paste(sheet, row, column, tsv));
      return outcome;
    }
    const wb = this.wb;
    let changed = false;
    parseTsv(tsv).forEach((line, dr) =>
      line.forEach((text, dc) => {
        const r = row + dr;
        const c = column + dc;
        if (!this.isEditable(sheet, r, c)) {
          outcome.skipped++;
          return;
        }
        const value = typedValue(text);
        outcome.written++;
        if (cellConstant(wb, sheet, r, c) === value) return;
        setCellValue(wb, sheet, r, c, value);
        changed = true;
      }),
    );
    if (changed) this.changed();
    return outcome;
  }

  /** Puts a rebuilt workbook in place (after Thiết lập), or marks a change made in place (a formula switch). */
  replace(wb: ExcelJS.Workbook): void {
    this.wb = wb;
    this.quick = null;
    this.changed();
  }

  changed(): void {
    this.version++;
    this.refreshResults();
    this.dirty = true;
    for (const listener of this.listeners) listener();
  }

  /** Recomputes the block with the engine and caches its results in Tổng hợp's formula cells (native mode, valid
   *  blocks: see src/workbook/cached.ts), so the read-only view and a viewer that never calculates show them. */
  private refreshResults(): void {
    const survey = this.survey();
    if (!isBlockMeta(survey.meta)) return;
    const owned = ownedSheets(survey);
    if (!owned.summary) return;
    const { block } = parseBlock(this.reading().doc);
    if (!block) return;
    const inspection = inspectionOf(survey);
    const layout = buildLayout(block, { formulas: inspection.formulas ?? "native", language: inspection.language ?? "vi" });
    const summary = layout.sheets.find((s) => s.key === "summary");
    // The reading above saw Tổng hợp before its new results: when a cached result changed, read again when asked.
    if (summary && cacheResults(this.book, owned.summary, summary) > 0) {
      this.cachedReading = null;
      this.cachedGrids = null;
    }
  }

  /** "Cụm thi đua II … 2020.xlsx": the block's name and year, without characters file systems refuse. */
  fileName(): string {
    const block = (this.reading().doc as { block?: { name?: unknown; year?: unknown } } | null)?.block;
    const name = typeof block?.name === "string" ? block.name.trim() : "";
    const year = typeof block?.year === "number" || typeof block?.year === "string" ? String(block.year).trim() : "";
    const base = [name, year].filter((part) => part !== "").join(" ") || (this.origin.kind === "file" ? this.origin.name.replace(/\.xlsx$/i, "") : "Khối");
    const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "-").replace(/\s+/g, " ").slice(0, 120).trim();
    return `${safe || "Khối"}.xlsx`;
  }

  /** The .xlsx bytes to save; the workbook counts as saved once the page has handed them to the browser. */
  async save(): Promise<{ bytes: Uint8Array; fileName: string }> {
    if (this.sheetCount() === 0) {
      throw new Error("Sổ chưa có trang nào: hãy tạo bảng chấm điểm ở bước Thiết lập rồi mới lưu.");
    }
    return { bytes: await bookBytes(await this.loaded()), fileName: this.fileName() };
  }

  markSaved(): void {
    this.dirty = false;
    for (const listener of this.listeners) listener();
  }
}

/** "E7" → row 6, column 4 (from 0); the top-left cell of a range; null when it is not an address. */
export function cellPosition(address: string): { row: number; column: number } | null {
  const range = parseRange(address);
  return range ? { row: range.row1, column: range.column1 } : null;
}
