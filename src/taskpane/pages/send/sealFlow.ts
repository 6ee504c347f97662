// The seal on the Gửi đi page, over any WorkbookHost (Office or the standalone file): the plan of src/seal (the full
// check first), then its note and Nhật ký line through writeCells, then the record sheet through writeHiddenSheet.
// Verify reads the grids and compares. The same code as `khoi seal` / `khoi verify` decides; this only sequences.
import { planSeal, recordRows, sealRecord, SEAL_SHEET, verifySeal, type SealPlan, type VerifyReport } from "../../../seal";
import type { WorkbookHost } from "../../../workbook/host";

/** The host can seal: it reads grids, writes cells with a log line, and writes the hidden record sheet. */
export const canSeal = (host: WorkbookHost): boolean => Boolean(host.readGrids && host.writeCells && host.writeHiddenSheet);
export const canVerify = (host: WorkbookHost): boolean => Boolean(host.readGrids);

/** Checks and seals the workbook as `by`; a plan with ok false wrote nothing. */
export async function sealWorkbook(host: WorkbookHost, by: string, now: Date = new Date()): Promise<SealPlan> {
  if (!canSeal(host)) throw new Error("Nơi mở sổ này chưa niêm phong được. (This host cannot seal.)");
  const plan = planSeal(await host.readGrids!(), by, now);
  if (!plan.ok) return plan;
  await host.writeCells!([plan.note], [plan.log]);
  // Nhật ký as it stands with the seal's own line: the record keeps its lines to tell later if it was cut.
  const after = await host.readGrids!();
  await host.writeHiddenSheet!(SEAL_SHEET, recordRows(sealRecord(plan, after)));
  return plan;
}

export async function verifyWorkbook(host: WorkbookHost): Promise<VerifyReport> {
  if (!canVerify(host)) throw new Error("Nơi mở sổ này chưa đọc được sổ để đối chiếu. (This host cannot read the workbook's cells.)");
  return verifySeal(await host.readGrids!());
}
