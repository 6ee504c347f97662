// The papers through the Office adapter, on the fake Excel: a sheet of its own with Times New Roman, the rule under
// the motto and the page layout (A4, orientation, margins in points, print area and titles, one page wide); a sheet
// of the officer's keeps its content; writing again replaces Khối's paper; a line in Nhật ký; an Excel without
// ExcelApi 1.9 is refused before anything is written.
import { logLines } from "../../src/forms/events";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildPapers, fieldsFor, papersSource } from "../../src/papers";
import { buildLayout } from "../../src/workbook/build";
import { HostRefusal } from "../../src/workbook/refusal";
import type { PaperSheet } from "../../src/workbook/paper";
import { FakeExcel } from "../office/fake-excel";
import { blockOf, sixUnits, TODAY } from "./helpers";

async function setUp(excel: FakeExcel) {
  const block = blockOf(sixUnits());
  const host = createOfficeWorkbookHost({ run: excel.run, clock: { now: () => TODAY } });
  await host.applyLayout(buildLayout(block, { formulas: "native" }), { block, keepValues: false });
  const source = papersSource(await host.readBlock());
  if ("problem" in source) throw new Error(source.problem);
  const papers = buildPapers(source.block, source.result, fieldsFor(source.block, await host.readGrids!(), TODAY), { today: TODAY });
  const byKind = (kind: PaperSheet["kind"]) => papers.find((p) => p.kind === kind)!;
  return { host, byKind };
}

describe("papers on the live workbook", () => {
  it("writes the minutes on a sheet of their own with the page layout of Decree 30/2020, and logs it", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const { host, byKind } = await setUp(excel);
    const report = await host.writePaper!(byKind("minutes"), "Cán bộ TĐKT");
    expect(report).toMatchObject({ sheet: "Biên bản 2024", replaced: false });
    expect(excel.value("Biên bản 2024", "C1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(excel.value("Biên bản 2024", "C2")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(excel.styleAt("Biên bản 2024", "C1", "format.font.name")).toBe("Times New Roman");
    expect(excel.styleAt("Biên bản 2024", "C2", "format.borders.EdgeBottom.style")).toBe("Continuous");
    const page = excel.sheet("Biên bản 2024").page;
    expect(page).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
    // 30 mm = 85,04 pt; 15 mm = 42,52 pt; 20 mm = 56,69 pt.
    expect(page.leftMargin).toBeCloseTo(85.04, 1);
    expect(page.rightMargin).toBeCloseTo(42.52, 1);
    expect(page.topMargin).toBeCloseTo(56.69, 1);
    expect(page.printArea).toMatch(/^A1:G\d+$/);
    const lines = logLines(await host.readGrids!()).filter((l) => l.action === "papers");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ who: "Cán bộ TĐKT", what: "Tạo văn bản «Biên bản họp bình xét thi đua» trên trang mới «Biên bản 2024»" });
  });

  it("the summary is landscape, one page wide, its header rows repeated", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const { host, byKind } = await setUp(excel);
    await host.writePaper!(byKind("summary"));
    const page = excel.sheet("Bảng tổng hợp 2024").page;
    expect(page).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(page.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
  });

  it("never writes over the officer's sheet; writing again replaces only Khối's paper", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    excel.addSheet("Tờ trình 2024", { A1: "Tờ trình tôi tự soạn" });
    const { host, byKind } = await setUp(excel);
    const first = await host.writePaper!(byKind("memo"));
    expect(first).toMatchObject({ sheet: "Tờ trình 2024 (2)", replaced: false });
    expect(excel.value("Tờ trình 2024", "A1")).toBe("Tờ trình tôi tự soạn");
    expect(excel.value("Tờ trình 2024 (2)", "C1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const again = await host.writePaper!(byKind("memo"));
    expect(again).toMatchObject({ sheet: "Tờ trình 2024 (2)", replaced: true });
    expect(excel.sheets.map((s) => s.name).filter((n) => n.startsWith("Tờ trình"))).toEqual(["Tờ trình 2024", "Tờ trình 2024 (2)"]);
    expect(excel.value("Tờ trình 2024", "A1")).toBe("Tờ trình tôi tự soạn");
  });

  it("an Excel without page layout (ExcelApi 1.8) is refused and nothing is written", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const { byKind } = await setUp(excel);
    const old = createOfficeWorkbookHost({ run: excel.run, requirements: { isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= 8 } });
    const before = excel.sheets.length;
    await expect(old.writePaper!(byKind("minutes"))).rejects.toBeInstanceOf(HostRefusal);
    expect(excel.sheets).toHaveLength(before);
  });
});
