// «Kiểm tra bảng có sẵn» in the standalone page: the file host reads the officer's own sheet (the sheet on screen,
// or a named range), the page's check finds what the hand computation says, and «Đánh dấu» / «Bỏ đánh dấu» leave the
// saved file's cells exactly as they were.
import ExcelJS from "exceljs";
import { loadBook } from "../../src/xlsx/book";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { checkRegion } from "../../src/taskpane/pages/table/tableModel";
import { tableBytes } from "../fixtures/tables/make-tables";
import { spec } from "../tables/load";

async function opened(file: string) {
  const book = await loadBook(await tableBytes(spec(file)));
  const doc = new FileWorkbook(book, { kind: "file", name: `${file}.xlsx` });
  return { doc, host: createFileWorkbookHost(doc) };
}

test("the sheet on screen is read and checked: fixture 01's swapped ranks 4 and 5 (totals 77 and 78)", async () => {
  const { host } = await opened("01");
  const table = checkRegion(await host.readRegion!());
  expect(table).not.toBeNull();
  expect(table!.findings.map((f) => [f.code, f.cell])).toEqual([["RANK_MISMATCH", "G5"], ["RANK_MISMATCH", "G6"]]);
});

test("a typed range is read from its corner: the same findings at the same cells", async () => {
  const { host } = await opened("01");
  const region = await host.readRegion!(undefined, "A1:H6");
  expect(region.origin).toEqual({ row: 0, column: 0 });
  expect(checkRegion(region)!.findings.map((f) => f.cell)).toEqual(["G5", "G6"]);
  await expect(host.readRegion!(undefined, "không phải vùng")).rejects.toThrow(/Không hiểu vùng/);
});

test("marking and unmarking leave every cell's style as it was in the saved file", async () => {
  const { doc, host } = await opened("01");
  const styles = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await doc.save()).bytes as unknown as ArrayBuffer);
    const out: Record<string, string> = {};
    wb.worksheets[0].eachRow((row) => row.eachCell((cell) => { out[cell.address] = JSON.stringify(cell.style); }));
    return { out, formats: (wb.worksheets[0] as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings?.length ?? 0 };
  };
  const before = await styles();
  const sheet = doc.book.worksheets[0].name;
  await host.highlightCells!([{ sheet, address: "G5" }, { sheet, address: "G6" }]);
  const marked = await styles();
  expect(marked.formats).toBe(before.formats + 2);
  expect(marked.out).toEqual(before.out);
  await host.clearHighlight!();
  expect(await styles()).toEqual(before);
});
