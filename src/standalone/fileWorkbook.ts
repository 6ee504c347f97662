// The workbook the standalone page has open: an in-memory .xlsx (src/xlsx/book) plus what the page needs around it:
// which of Khối's sheets take typed values, typing and pasting into them (the engine's results re-cached after each
// change), unsaved changes, the file name to save under, and "show this cell" requests from the pages.
import type ExcelJS from "exceljs";
import { parseBlock } from "../core/parse";
import { parseVietnameseNumber } from "../core/text/numbers";
import type { CellRef } from "../core/types";
import { parseRange } from "../workbook/a1";
import { buildLayout } from "../workbook/build";
import type { WorkbookInspection } from "../workbook/host";
import type { CellValue, SheetKey } from "../workbook/model";
import { readLayout, type LayoutReading } from "../workbook/read";
import { bookBytes, cacheResults, cellConstant, setCellValue, sheetViews, type SheetView } from "../xlsx/book";
import { workbookGrids } from "../xlsx/read";
import { inspectionOf } from "../office/read";
import { isBlockMeta, ownedSheets, type Survey } from "../office/survey";
import { surveyBook } from "./survey";

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
  private wb: ExcelJS.Workbook;
  private version = 0;
  private cachedViews: { version: number; views: SheetView[] } | null = null;
  private cachedSurvey: { version: number; survey: Survey } | null = null;
  private cachedReading: { version: number; reading: LayoutReading } | null = null;
  private listeners = new Set<() => void>();
  private goToListeners = new Set<(ref: CellRef) => void>();
  /** True when there are changes that are not in a saved file. */
  dirty = false;

  constructor(wb: ExcelJS.Workbook, readonly origin: Origin) {
    this.wb = wb;
  }

  get book(): ExcelJS.Workbook {
    return this.wb;
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
    if (!this.wb.getWorksheet(ref.sheet)) throw new Error(`Không có trang "${ref.sheet}" trong sổ để đến ô ${ref.address}.`);
    for (const listener of this.goToListeners) listener(ref);
  }

  private shown: string | null = null;

  /** The grid shows this sheet now (the page's counterpart of Excel's active sheet). */
  showing(sheet: string): void {
    this.shown = sheet;
  }

  /** The sheet on screen, else the first visible sheet that is not one of Khối's, else the first sheet. */
  shownSheet(): string | undefined {
    if (this.shown && this.wb.getWorksheet(this.shown)) return this.shown;
    const owned = new Set(Object.values(ownedSheets(this.survey())));
    const sheets = this.wb.worksheets;
    return (sheets.find((ws) => ws.state !== "hidden" && ws.state !== "veryHidden" && !owned.has(ws.name)) ?? sheets[0])?.name;
  }

  /** The workbook's sheets, names and meta, as of the last change. */
  survey(): Survey {
    if (this.cachedSurvey?.version !== this.version) this.cachedSurvey = { version: this.version, survey: surveyBook(this.wb) };
    return this.cachedSurvey.survey;
  }

  /** The block read back from the workbook as of the last change (Thiết lập and Kiểm tra both ask for it). */
  reading(): LayoutReading {
    if (this.cachedReading?.version !== this.version) this.cachedReading = { version: this.version, reading: readLayout(workbookGrids(this.wb)) };
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
    if (this.cachedViews?.version !== this.version) this.cachedViews = { version: this.version, views: sheetViews(this.wb) };
    return this.cachedViews.views;
  }

  /** True when the cell takes typed values: an unprotected cell of an input sheet. */
  isEditable(sheet: string, row: number, column: number): boolean {
    if (!this.inputSheets().has(sheet)) return false;
    const ws = this.wb.getWorksheet(sheet);
    return ws?.getCell(row + 1, column + 1).protection?.locked === false;
  }

  /** Types `text` into a cell. Returns false (and changes nothing) when the cell does not take typed values. */
  setCell(sheet: string, row: number, column: number, text: string): boolean {
    if (!this.isEditable(sheet, row, column)) return false;
    const value = typedValue(text);
    if (cellConstant(this.wb, sheet, row, column) === value) return true;
    setCellValue(this.wb, sheet, row, column, value);
    this.changed();
    return true;
  }

  /** Pastes a block of tab-separated text with its top-left corner at (row, column). */
  paste(sheet: string, row: number, column: number, tsv: string): PasteOutcome {
    const outcome: PasteOutcome = { written: 0, skipped: 0 };
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
        if (cellConstant(this.wb, sheet, r, c) === value) return;
        setCellValue(this.wb, sheet, r, c, value);
        changed = true;
      }),
    );
    if (changed) this.changed();
    return outcome;
  }

  /** Puts a rebuilt workbook in place (after Thiết lập), or marks a change made in place (a formula switch). */
  replace(wb: ExcelJS.Workbook): void {
    this.wb = wb;
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
    if (summary && cacheResults(this.wb, owned.summary, summary) > 0) this.cachedReading = null;
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
    if (this.wb.worksheets.length === 0) {
      throw new Error("Sổ chưa có trang nào: hãy tạo bảng chấm điểm ở bước Thiết lập rồi mới lưu.");
    }
    return { bytes: await bookBytes(this.wb), fileName: this.fileName() };
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
