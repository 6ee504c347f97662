// The block's papers on the live workbook: one Excel.run reads the sheet names and the marker cell of each sheet
// the paper could go on, then clears Khối's earlier paper of that kind (or adds a sheet; a sheet of the officer's is
// never touched) and queues the paper with queueSheet and its page layout (ExcelApi 1.9: A4, orientation, margins
// in points, print area and titles, one page wide) — two syncs. The Nhật ký line is appended through the forms'
// write path (its own read and write).
import type { LogEntry, SheetLayout } from "../workbook/model";
import { choosePaperSheet, paperLogEntry, type PaperSheet, type PaperWriteReport } from "../workbook/paper";
import { logAppendPosition } from "../forms/events";
import { whoFor } from "../workbook/officer";
import type { ExcelRun } from "./excel";
import { readGridsFromWorkbook, writeCellsToWorkbook } from "./forms";
import { queueClear, queueSheet } from "./write";

const points = (mm: number): number => Math.round((mm * 72) / 25.4 * 100) / 100;

/** Sheets that may hold this paper: its name and "name (2)"…, compared the way Excel compares sheet names. */
const candidates = (names: readonly string[], wanted: string): string[] => {
  const key = (n: string) => n.normalize("NFC").trim().toLowerCase();
  const base = key(wanted);
  return names.filter((n) => key(n) === base || (key(n).startsWith(`${base.slice(0, 24)}`) && / \(\d+\)$/.test(n)));
};

export async function writePaperToWorkbook(run: ExcelRun, paper: PaperSheet, who: string | undefined, now: () => Date): Promise<PaperWriteReport> {
  const target = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const markers = candidates(names, paper.sheet.name).map((name) => {
      const range = sheets.getItem(name).getRange(paper.marker);
      range.load("values");
      return { name, range };
    });
    await context.sync();
    const values = new Map(markers.map((m) => [m.name, m.range.values[0]?.[0] as unknown]));
    const chosen = choosePaperSheet(paper.sheet.name, paper.kind, names, (name) => values.get(name));
    const sheet = chosen.replaced ? sheets.getItem(chosen.name) : sheets.add(chosen.name);
    if (chosen.replaced) queueClear(sheet);
    const layout = { ...paper.sheet, name: chosen.name, key: "summary" } as SheetLayout;
    queueSheet(sheet, { ...layout, print: undefined });
    const print = paper.sheet.print;
    if (print) {
      const page = sheet.pageLayout;
      page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      page.paperSize = "A4";
      if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows[0]}:$${print.titleRows[1]}`);
      if (print.area) page.setPrintArea(print.area);
      if (print.margins) {
        page.topMargin = points(print.margins.top);
        page.bottomMargin = points(print.margins.bottom);
        page.leftMargin = points(print.margins.left);
        page.rightMargin = points(print.margins.right);
      }
    }
    sheet.activate();
    await context.sync();
    return chosen;
  });
  const grids = await readGridsFromWorkbook(run);
  // The officer named, else the one the workbook remembers (src/workbook/officer.ts), else "Khối".
  const entry = paperLogEntry(paper, target.name, target.replaced, now().toISOString(), whoFor(who, grids));
  const log: LogEntry[] = logAppendPosition(grids) ? [entry] : [];
  if (log.length > 0) await writeCellsToWorkbook(run, [], log);
  return { sheet: target.name, replaced: target.replaced, log };
}
