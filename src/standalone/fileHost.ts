// The WorkbookHost on the standalone page's in-memory .xlsx: the pane's pages call it exactly as they call the Office
// adapter. Applying a layout follows src/office/apply.ts step by step with the same pure parts (keepEnteredValues,
// the Nhật ký entries, planSheets/renameSheets); the formula switch follows src/office/formulas.ts.
import { parseBlock } from "../core/parse";
import { buildLayout } from "../workbook/build";
import type { ApplyOptions, ApplyReport, CellWrite, FormulaSwitchReport, SheetRegion, WorkbookHost } from "../workbook/host";
import { parseRange } from "../workbook/a1";
import { logAppendPosition, logAppendWrites, switchLogEntry } from "../forms/events";
import { officerOf, whoFor } from "../workbook/officer";
import type { FormulaRepairReport } from "../workbook/repair";
import { isFormulaCell, LAYOUT_VERSION, type FormulaMode, type Language, type LogEntry, type SheetKey, type WorkbookLayout } from "../workbook/model";
import { readLayout, type LayoutReading } from "../workbook/read";
import { gridsForCheck, isValuesOnly } from "../workbook/seal-values";
import { rebuildBook, setCellValue, writeRegions } from "../xlsx/book";
import { workbookGrids } from "../xlsx/read";
import { applyReport, mergeEnteredValues } from "../office/merge";
import { planSheets, renameSheets, sheetNameKey } from "../office/plan";
import { inspectionOf } from "../office/read";
import { isBlockMeta, ownedSheets } from "../office/survey";
import { markWorkbookCells, unmarkWorkbookCells } from "../xlsx/sheet-marks";
import { worksheetValues } from "../xlsx/sheet-grid";
import type { FileWorkbook } from "./fileWorkbook";

export interface Clock {
  now(): Date;
}

const NOT_BLOCK = "Sổ tính này chưa có bảng chấm điểm của Khối: hãy tạo bảng ở bước Thiết lập trước.";

export function createFileWorkbookHost(doc: FileWorkbook, clock: Clock = { now: () => new Date() }): WorkbookHost {
  // Reading and checking use the quick read of an opened file; anything that changes the workbook, or reads more
  // than its values, first waits for ExcelJS's full model (src/standalone/fileWorkbook.ts).
  const loaded = <A extends unknown[], R>(run: (...args: A) => R) => async (...args: A): Promise<Awaited<R>> => {
    await doc.loaded();
    return await run(...args);
  };
  return {
    // No KHOI.* custom functions outside Excel: the page writes native formulas.
    detectFormulaMode: async () => "native",
    inspect: async () => doc.inspect(),
    readBlock: async () => {
      await doc.settled();
      return readBlock(doc);
    },
    goToCell: async (ref) => doc.goTo(ref),
    applyLayout: loaded((layout: WorkbookLayout, options: ApplyOptions) => applyLayout(doc, layout, options, clock)),
    switchFormulaMode: loaded((mode: FormulaMode) => switchFormulas(doc, mode, clock)),
    // What the Chấm điểm page's forms round trip needs; the page's own change events stand for Excel's.
    readGrids: loaded(() => workbookGrids(doc.book)),
    writeCells: loaded((writes: readonly CellWrite[], log: readonly LogEntry[]) => writeCells(doc, writes, log)),
    // No KHOI.* runs in the page: broken formulas are written back as native formulas.
    repairFormulas: loaded((who: string | undefined) => repairFile(doc, clock, who)),
    onInputsChanged: async (listener) => doc.subscribe(listener),
    // «Kiểm tra bảng có sẵn» on a file: the officer's own sheet read as it is; marks are conditional formats of
    // Khối's (src/xlsx/sheet-marks.ts) that the saved file keeps until «Bỏ đánh dấu».
    readRegion: loaded((sheet: string | undefined, range: string | undefined) => readRegion(doc, sheet, range)),
    highlightCells: loaded((cells: Parameters<typeof markWorkbookCells>[1]) => {
      if (markWorkbookCells(doc.book, cells) > 0) doc.changed();
    }),
    clearHighlight: loaded(() => {
      if (unmarkWorkbookCells(doc.book) > 0) doc.changed();
    }),
    // Văn bản: each paper on a sheet of its own (src/xlsx/papers.ts, as `khoi papers`), one Nhật ký line each.
    // Papers, the seal and the repair load their code when first used: the page opens and checks a file sooner.
    writePaper: loaded(async (paper: Parameters<NonNullable<WorkbookHost["writePaper"]>>[0], who: string | undefined) => {
      const [{ writePaperSheet }, { paperLogEntry }] = await Promise.all([import("../xlsx/papers"), import("../workbook/paper")]);
      const target = writePaperSheet(doc.book, paper);
      const grids = workbookGrids(doc.book);
      const log = logAppendPosition(grids) ? [paperLogEntry(paper, target.name, target.replaced, clock.now().toISOString(), whoFor(who, grids))] : [];
      writeCells(doc, [], log);
      return { sheet: target.name, replaced: target.replaced, log };
    }),
    // Gửi đi: the seal's very hidden sheet, and «values only» (src/xlsx/seal.ts, as `khoi send --values`).
    writeHiddenSheet: loaded(async (name: string, rows: Parameters<NonNullable<WorkbookHost["writeHiddenSheet"]>>[1]) => {
      const { writeHiddenSheet } = await import("../xlsx/seal");
      writeHiddenSheet(doc.book, name, rows);
      doc.changed();
    }),
    formulasToValues: loaded(async () => {
      const { replaceFormulasWithValues } = await import("../xlsx/seal");
      const done = replaceFormulasWithValues(doc.book);
      doc.changed();
      return done;
    }),
  };
}

/** The file's reading; a workbook sent "values only" is read without the formula checks (src/workbook/seal-values.ts). */
function readBlock(doc: FileWorkbook): LayoutReading {
  const reading = doc.reading();
  if (!reading.findings.some((f) => f.code === "FORMULA_OVERWRITTEN")) return reading;
  const grids = doc.grids();
  return isValuesOnly(grids) ? readLayout(gridsForCheck(grids)) : reading;
}

/** `range` of `sheet` (default: the sheet on screen), else the whole used part of the sheet: the table detection
 *  leaves titles, blank rows and notes out. */
function readRegion(doc: FileWorkbook, sheetName: string | undefined, rangeText: string | undefined): SheetRegion {
  const name = sheetName ?? doc.shownSheet();
  const ws = name ? doc.book.getWorksheet(name) : undefined;
  if (!ws) throw new Error(`Không có trang «${name ?? ""}» trong sổ. (No such sheet.)`);
  const all = worksheetValues(ws);
  if (!rangeText) return { sheet: ws.name, origin: all.origin, values: all.values, merges: all.merges };
  const r = parseRange(rangeText);
  if (!r) throw new Error(`Không hiểu vùng «${rangeText}»: hãy ghi như A3:K30. (Cannot read the range: write it as A3:K30.)`);
  const values = Array.from({ length: r.row2 - r.row1 + 1 }, (_, i) =>
    Array.from({ length: r.column2 - r.column1 + 1 }, (_, j) => all.values[r.row1 + i]?.[r.column1 + j] ?? null));
  const merges = all.merges.filter((m) => m.row2 >= r.row1 && m.row1 <= r.row2 && m.column2 >= r.column1 && m.column1 <= r.column2);
  return { sheet: ws.name, origin: { row: r.row1, column: r.column1 }, values, merges };
}

/** Sets the cells and appends the lines to Nhật ký, as src/office/forms.ts does on the live workbook. */
function writeCells(doc: FileWorkbook, writes: readonly CellWrite[], log: readonly LogEntry[]): void {
  const position = log.length > 0 ? logAppendPosition(workbookGrids(doc.book)) : null;
  if (log.length > 0 && !position) throw new Error("Sổ không có trang Nhật ký để ghi lại thay đổi; hãy chạy Thiết lập lại. (The workbook has no Nhật ký sheet.)");
  const cells = writes.map((write) => ({ write, at: parseRange(write.cell.address) }));
  const wrong = cells.find((c) => !c.at || !doc.book.getWorksheet(c.write.cell.sheet));
  if (wrong) throw new Error(`Không có ô ${wrong.write.cell.sheet}!${wrong.write.cell.address} trong sổ: chưa ghi gì.`);
  for (const { write, at } of cells) setCellValue(doc.book, write.cell.sheet, at!.row1, at!.column1, write.value);
  if (position) {
    const { blocks, lines } = logAppendWrites(position, log);
    for (const block of blocks) block.values[0].forEach((value, j) => setCellValue(doc.book, position.sheet, block.row, block.column + j, value));
    lines.forEach((values, i) => values.forEach((value, j) => setCellValue(doc.book, position.sheet, position.row + i, position.column + j, value)));
  }
  doc.changed();
}

async function applyLayout(doc: FileWorkbook, layout: WorkbookLayout, options: ApplyOptions, clock: Clock): Promise<ApplyReport> {
  const progress = (step: Parameters<NonNullable<ApplyOptions["onProgress"]>>[0], fraction: number) => options.onProgress?.(step, fraction);
  progress("inspect", 0);
  const survey = doc.survey();
  const isBlock = isBlockMeta(survey.meta);
  const owned = isBlock ? ownedSheets(survey) : {};

  let finalLayout = layout;
  let kept = 0;
  let moved: ApplyReport["moved"] = [];
  let dropped: ApplyReport["dropped"] = [];
  let newEntries: LogEntry[] = [];
  if (isBlock) {
    progress("read", 0.2);
    const grids = workbookGrids(doc.book);
    progress("merge", 0.4);
    // The same merge as on the live workbook: values kept by id and code, the rest logged.
    ({ layout: finalLayout, kept, moved, dropped, log: newEntries } = mergeEnteredValues(grids, owned.log, layout, options, clock.now()));
  }

  const plans = planSheets(finalLayout, survey.sheets.map((s) => s.name), owned);
  finalLayout = renameSheets(finalLayout, Object.fromEntries(plans.map((p) => [p.key, p.name])) as Partial<Record<SheetKey, string>>);

  progress("write", 0.6);
  const ownedNames = new Set(Object.values(owned).map(sheetNameKey));
  const userSheets = survey.sheets.map((s) => s.name).filter((name) => !ownedNames.has(sheetNameKey(name)));
  doc.replace(await rebuildBook(finalLayout, doc.book, userSheets));
  progress("done", 1);

  return applyReport(plans, finalLayout, options, { kept, moved, dropped, log: newEntries });
}

async function repairFile(doc: FileWorkbook, clock: Clock, who: string | undefined): Promise<FormulaRepairReport> {
  const [{ planFormulaRepair, repairLogEntries }, { writeRepairs }] = await Promise.all([import("../workbook/repair"), import("../xlsx/repair")]);
  const grids = workbookGrids(doc.book);
  const plan = planFormulaRepair(grids, "native");
  if (plan.problem) throw new Error(plan.problem);
  const report: FormulaRepairReport = { mode: plan.mode, repairs: plan.repairs, reprotected: writeRepairs(doc.book, plan) };
  if (plan.repairs.length > 0) writeCells(doc, plan.modeWrite ? [plan.modeWrite] : [], repairLogEntries(plan, clock.now().toISOString(), whoFor(who, grids)));
  return report;
}

function switchFormulas(doc: FileWorkbook, mode: FormulaMode, clock: Clock): FormulaSwitchReport {
  const survey = doc.survey();
  if (!isBlockMeta(survey.meta)) throw new Error(NOT_BLOCK);
  const inspection = inspectionOf(survey);
  if (inspection.layoutVersion !== LAYOUT_VERSION) {
    throw new Error("Bảng chấm điểm được tạo bởi phiên bản Khối khác: hãy nâng cấp bảng ở bước Thiết lập trước khi đổi công thức.");
  }
  const grids = workbookGrids(doc.book);
  const { block } = parseBlock(readLayout(grids).doc);
  if (!block) throw new Error("Không đọc được khối từ sổ tính (xem bước Kiểm tra): công thức chưa được đổi.");
  const language: Language = inspection.language ?? "vi";
  const owned = ownedSheets(survey);
  const layout = renameSheets(buildLayout(block, { formulas: mode, language, officer: officerOf(grids) }), owned);
  let cells = 0;
  for (const sheet of layout.sheets) {
    const name = owned[sheet.key as SheetKey];
    const regions = sheet.regions.filter((r) => r.cells.some((row) => row.some(isFormulaCell)) || sheet.key === "meta");
    if (name && regions.length > 0) cells += writeRegions(doc.book, name, regions);
  }
  if (logAppendPosition(grids)) writeCells(doc, [], [switchLogEntry(inspection.formulas, mode, cells, clock.now(), whoFor(undefined, grids))]);
  doc.changed();
  return { formulas: mode, cells };
}

