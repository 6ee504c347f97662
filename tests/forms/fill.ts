// Test helpers that act as a member unit: open a form .xlsx with ExcelJS, type into cells found by criterion code
// (column A holds the codes, as a person reading the form sees them), save.
import ExcelJS from "exceljs";

export type Typed = string | number | boolean | null | { formula: string; result?: string | number };

export interface FormEdit {
  code?: string;
  /** Column letter: E = Tự chấm, G = Minh chứng, C = Điểm tối đa, D = Chỉ tiêu. */
  column?: string;
  address?: string;
  value: Typed;
}

export async function fillForm(data: Uint8Array, edits: FormEdit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((s) => s.state === "visible")!;
  for (const edit of edits) {
    let address = edit.address;
    if (!address) {
      let row = -1;
      ws.eachRow((r, n) => { if (row < 0 && String(r.getCell(1).value ?? "").trim() === edit.code) row = n; });
      if (row < 0) throw new Error(`no row for ${edit.code}`);
      address = `${edit.column ?? "E"}${row}`;
    }
    ws.getCell(address).value = edit.value as ExcelJS.CellValue;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The visible sheet's cells as a map "E9" -> value, for checking what a person sees. */
export async function visibleCells(data: Uint8Array): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((s) => s.state === "visible")!;
  const out = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((cell) => out.set(cell.address, cell.value)));
  return out;
}
