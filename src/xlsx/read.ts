// Reads a block workbook (.xlsx) back into a khoi-block/1 document (work in progress).
import type { CellRef, Finding } from "../core/types";

export interface WorkbookReading {
  doc: unknown;
  findings: Finding[];
  locate(finding: Finding): CellRef | undefined;
}

export async function readWorkbook(_data: Uint8Array): Promise<WorkbookReading> {
  throw new Error("chưa hỗ trợ đọc sổ Excel (reading workbooks is not implemented yet)");
}
