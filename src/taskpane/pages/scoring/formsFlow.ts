// What the Chấm điểm page does with a workbook, through the WorkbookHost only, so it runs the same in Excel and in
// the standalone page: read the scoring status, make the units' forms (and record them as sent), plan an import of
// returned forms (the same checks as `khoi import`), then write it. ExcelJS is loaded only when forms are made or
// read (a separate chunk), so the pane does not pay for it on start.
import { zipSync } from "fflate";
import { parseBlock } from "../../../core/parse";
import { formEvents, sentEntry } from "../../../forms/events";
import { formFileNames } from "../../../forms/filename";
import { importLogEntries, planImport, type ImportPlan, type ReturnedFile } from "../../../forms/plan";
import { scoringStatus, type ScoringStatus } from "../../../forms/status";
import { GridBook } from "../../../workbook/grid";
import type { WorkbookHost } from "../../../workbook/host";
import { officerOf } from "../../../workbook/officer";
import { readLayout } from "../../../workbook/read";

export interface FormFile {
  name: string;
  data: Uint8Array;
}

/** Who the pane's Nhật ký lines name. */
export const PANE_WHO = "Khối (ngăn tác vụ)";

/** True when the host can make and import forms (reads grids and writes cells). */
export function hostDoesForms(host: WorkbookHost): boolean {
  return typeof host.readGrids === "function" && typeof host.writeCells === "function";
}

/** The scoring status; null when the workbook holds no block. One read of the workbook. */
export async function loadScoring(host: WorkbookHost): Promise<ScoringStatus | null> {
  if (host.readGrids) {
    const grids = await host.readGrids();
    return scoringStatus(readLayout(grids), formEvents(grids));
  }
  return scoringStatus(await host.readBlock());
}

/** The forms of every unit (or of `units`), and one Nhật ký line per form sent. */
export async function makeForms(host: WorkbookHost, now: Date, units?: readonly string[]): Promise<FormFile[]> {
  if (!host.readGrids || !host.writeCells) throw new Error("host cannot make forms");
  const grids = await host.readGrids();
  const reading = readLayout(grids);
  const { block } = reading.doc ? parseBlock(reading.doc) : { block: null };
  if (!block) throw new Error("Sổ chưa có bảng chấm điểm dùng được (The workbook holds no usable block).");
  const chosen = units ? block.units.filter((u) => units.includes(u.id)) : block.units;
  const names = formFileNames(chosen, block.block.year);
  const language = new GridBook(grids).metaValue("language") === "en" ? "en" : "vi";
  const { writeFormFile } = await import("../../../xlsx/forms");
  const files: FormFile[] = [];
  for (const unit of chosen) files.push({ name: names.get(unit.id)!, data: (await writeFormFile(block, unit.id, { language })).bytes });
  const time = now.toISOString();
  await host.writeCells([], chosen.map((u) => sentEntry(u, names.get(u.id)!, time, officerOf(grids) ?? PANE_WHO)));
  return files;
}

async function returnedFiles(files: readonly FormFile[]): Promise<ReturnedFile[]> {
  const { readReturnedFile } = await import("../../../xlsx/forms");
  return Promise.all(files.map((f) => readReturnedFile(f.name, f.data)));
}

/** Checks the returned files against the workbook as it is now; nothing is written. */
export async function previewImport(host: WorkbookHost, files: readonly FormFile[]): Promise<ImportPlan> {
  if (!host.readGrids) throw new Error("host cannot import forms");
  const [grids, returned] = await Promise.all([host.readGrids(), returnedFiles(files)]);
  return planImport(grids, returned);
}

/** The workbook changed between the preview and the write: nothing is written, preview again. */
export class StalePreviewError extends Error {}

const changeKey = (plan: ImportPlan): string => JSON.stringify(plan.changes.map((c) => [c.cell, c.old, c.new]));

/** Writes a previewed import, all of it: the plan is made again on the workbook as it is now and must be the one
 *  the officer saw, else nothing is written (StalePreviewError). Returns how many values and log lines. */
export async function commitImport(host: WorkbookHost, files: readonly FormFile[], previewed: ImportPlan, now: Date): Promise<{ written: number; lines: number }> {
  if (!host.writeCells || !host.readGrids) throw new Error("host cannot import forms");
  const [grids, returned] = await Promise.all([host.readGrids(), returnedFiles(files)]);
  const plan = planImport(grids, returned);
  if (!plan.ok || changeKey(plan) !== changeKey(previewed)) throw new StalePreviewError("stale preview");
  // The lines name the officer the workbook remembers (given on the Môi trường page).
  const log = importLogEntries(plan, now.toISOString(), officerOf(grids) ?? PANE_WHO);
  await host.writeCells(plan.changes.map((c) => ({ cell: c.cell, value: c.new })), log);
  return { written: plan.changes.length, lines: log.length };
}

/** Every form in one .zip (the standalone page's "download all"). */
export function zipForms(files: readonly FormFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, f.data])));
}
