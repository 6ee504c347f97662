// The block's papers on files (ExcelJS): a paper goes on a sheet of its own, replacing only the earlier paper of its
// kind that Khối wrote (found by its marker cell); a sheet of the officer's with the same name is left alone and the
// paper takes the next free name. Each paper written is one Nhật ký line. Used by `khoi papers` and, through
// writePaperSheet, by the standalone page's host.
import type ExcelJS from "exceljs";
import { logAppendPosition } from "../forms/events";
import { choosePaperSheet, paperLogEntry, type PaperSheet, type PaperWriteReport } from "../workbook/paper";
import { updateMasterFile } from "./forms";
import { loadWorkbook, workbookGrids } from "./read";
import { writeSheet } from "./write";

function cellText(ws: ExcelJS.Worksheet | undefined, address: string): unknown {
  const value = ws?.getCell(address).value;
  return value && typeof value === "object" && "richText" in value ? value.richText.map((r) => r.text).join("") : value;
}

/** Writes the paper into the workbook; returns the sheet it is on and whether an earlier paper was replaced. */
export function writePaperSheet(wb: ExcelJS.Workbook, paper: PaperSheet): { name: string; replaced: boolean } {
  const names = wb.worksheets.map((ws) => ws.name);
  const target = choosePaperSheet(paper.sheet.name, paper.kind, names, (name) => cellText(wb.getWorksheet(name), paper.marker));
  let order: number | undefined;
  if (target.replaced) {
    const old = wb.getWorksheet(target.name)!;
    order = (old as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(old.id);
  }
  const ws = writeSheet(wb, { ...paper.sheet, name: target.name });
  // Back in the old sheet's place among the tabs.
  if (order !== undefined) (ws as unknown as { orderNo: number }).orderNo = order;
  return target;
}

/** The workbook's bytes with these papers written and logged (as `who` at `time`). */
export async function writePapersToFile(data: Uint8Array, papers: readonly PaperSheet[], options: { time: string; who: string }): Promise<{ bytes: Uint8Array; reports: PaperWriteReport[] }> {
  const wb = await loadWorkbook(data);
  const reports: PaperWriteReport[] = papers.map((paper) => {
    const { name, replaced } = writePaperSheet(wb, paper);
    return { sheet: name, replaced, log: [paperLogEntry(paper, name, replaced, options.time, options.who)] };
  });
  const canLog = logAppendPosition(workbookGrids(wb)) !== null;
  wb.calcProperties.fullCalcOnLoad = true;
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (!canLog) return { bytes, reports: reports.map((r) => ({ ...r, log: [] })) };
  // Nhật ký through the same append as the forms' import (key row found, older key rows completed).
  return { bytes: await updateMasterFile(bytes, [], reports.flatMap((r) => r.log)), reports };
}
