// The Office adapter's side of the table check on the fake Excel: the region around the selection or a range, with
// merged areas, in one sync; an older Excel (ExcelApi 1.6) gets the used range and no merges; marks are added in one
// sync and taken away in two, leaving the sheet's formats as they were; an Excel without conditional formats is
// told so, writing nothing.
import { createOfficeWorkbookHost } from "../../src/office/host";
import { FakeExcel } from "./fake-excel";

function officerSheet(profile = {}) {
  const excel = new FakeExcel([], profile);
  const sheet = excel.addSheet("Bảng điểm", {
    A1: "BẢNG ĐIỂM", A3: "STT", B3: "Tên đơn vị", C3: "Tổng điểm", D3: "Xếp hạng",
    A4: 1, B4: "Sở Tư pháp", C4: 90, D4: 1, A5: 2, B5: "Sở Y tế", C5: 85, D5: 1,
  });
  sheet.merges.push("A1:D1");
  excel.activeSheet = "Bảng điểm";
  excel.selection = "'Bảng điểm'!B4";
  return { excel, sheet };
}

describe("readRegion", () => {
  it("reads the columns of the region around the selection over every used row, in one sync", async () => {
    const { excel } = officerSheet();
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements });
    const region = await host.readRegion!();
    expect(excel.syncs).toBe(1);
    expect(region).toEqual({
      sheet: "Bảng điểm",
      origin: { row: 0, column: 0 },
      values: [
        ["BẢNG ĐIỂM", null, null, null], [null, null, null, null],
        ["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng"], [1, "Sở Tư pháp", 90, 1], [2, "Sở Y tế", 85, 1],
      ],
      merges: [{ row1: 0, column1: 0, row2: 0, column2: 3 }],
    });
  });

  it("a blank row in the middle of the table does not cut it, whichever part holds the selection", async () => {
    const { excel } = officerSheet();
    excel.type("Bảng điểm", "A7", 3);
    excel.type("Bảng điểm", "B7", "Sở Xây dựng");
    excel.type("Bảng điểm", "C7", 70);
    excel.type("Bảng điểm", "F7", "ghi chú ngoài bảng");
    excel.selection = "'Bảng điểm'!B7";
    const region = await createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements }).readRegion!();
    expect(region.origin).toEqual({ row: 0, column: 0 });
    expect(region.values.map((row) => row[1])).toEqual([null, null, "Tên đơn vị", "Sở Tư pháp", "Sở Y tế", null, "Sở Xây dựng"]);
    // Row 7 has nothing in D, so Excel's current region there is A7:C7; the table's column D is kept, the note in
    // F (after the empty column E) is not.
    expect(region.values[6]).toEqual([3, "Sở Xây dựng", 70, null]);
  });

  it("reads a range with the merged areas it touches", async () => {
    const { excel } = officerSheet();
    const region = await createOfficeWorkbookHost({ run: excel.run }).readRegion!("Bảng điểm", "A1:D5");
    expect(region.origin).toEqual({ row: 0, column: 0 });
    expect(region.values[1]).toEqual([null, null, null, null]);
    expect(region.merges).toEqual([{ row1: 0, column1: 0, row2: 0, column2: 3 }]);
  });

  it("on ExcelApi 1.6 (no current region, no merged areas) reads the used range of the active sheet", async () => {
    const { excel } = officerSheet({ excelApi: "1.6" });
    const region = await createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements }).readRegion!();
    expect(region.origin).toEqual({ row: 0, column: 0 });
    expect(region.values).toHaveLength(5);
    expect(region.merges).toEqual([]);
  });
});

describe("highlightCells / clearHighlight", () => {
  it("marks each cell once in one sync, takes the marks away in two, and leaves the officer's formats", async () => {
    const { excel, sheet } = officerSheet();
    sheet.conditionalFormats.push({ id: "own", address: "C4:C5", rects: [{ row1: 3, column1: 2, row2: 4, column2: 2 }], type: "Custom", props: {} });
    const before = JSON.stringify([sheet.styles, sheet.conditionalFormats]);
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements });
    await host.highlightCells!([{ sheet: "Bảng điểm", address: "D5" }, { sheet: "Bảng điểm", address: "D5" }, { sheet: "Bảng điểm", address: "B5" }]);
    expect(excel.syncs).toBe(1);
    expect(sheet.conditionalFormats.map((c) => c.address)).toEqual(["C4:C5", "D5", "B5"]);
    expect(sheet.styles).toEqual([]);
    // A second Đánh dấu replaces the first marks instead of piling up.
    await host.highlightCells!([{ sheet: "Bảng điểm", address: "D5" }]);
    expect(sheet.conditionalFormats.map((c) => c.address)).toEqual(["C4:C5", "D5"]);
    const syncs = excel.syncs;
    await host.clearHighlight!();
    expect(excel.syncs - syncs).toBe(2);
    expect(JSON.stringify([sheet.styles, sheet.conditionalFormats])).toBe(before);
  });

  it("a mark the officer already deleted by hand is skipped", async () => {
    const { excel, sheet } = officerSheet();
    const host = createOfficeWorkbookHost({ run: excel.run });
    await host.highlightCells!([{ sheet: "Bảng điểm", address: "D5" }]);
    sheet.conditionalFormats = [];
    await expect(host.clearHighlight!()).resolves.toBeUndefined();
  });

  it("an Excel without conditional formats (ExcelApi 1.5) is told so and nothing is written", async () => {
    const { excel, sheet } = officerSheet({ excelApi: "1.5" });
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements });
    await expect(host.highlightCells!([{ sheet: "Bảng điểm", address: "D5" }])).rejects.toThrow(/ExcelApi 1\.6/);
    expect(excel.runs).toBe(0);
    expect(sheet.conditionalFormats).toEqual([]);
  });
});
