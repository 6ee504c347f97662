// Re-applying the layout clears Khối's sheets: a cell the officer typed outside the tables (a unit under the list, a
// note beside a table) is reported by the reader first and goes to Nhật ký with its value, so nothing disappears
// without a trace.
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import { templateBlock } from "./blocks";
import { FakeExcel } from "./fake-excel";

test("cells typed outside the tables are logged with their value when the layout is applied again", async () => {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run, clock: { now: () => new Date("2026-01-15T08:30:00.000Z") } });
  const block = templateBlock([["a", "Công ty A"], ["b", "Công ty B"]]);
  await host.applyLayout(buildLayout(block, { formulas: "native" }), { block, keepValues: true });
  excel.type("Khối", "C50", "Công ty C gõ thêm");
  excel.type("Khối", "K3", "Đã gửi Sở ngày 5/1");

  const before = await host.readBlock();
  const ignored = before.findings.filter((f) => f.code === "CELL_IGNORED").map((f) => f.cell!.address).sort();
  expect(ignored).toEqual(["C50", "K3"]);

  const report = await host.applyLayout(buildLayout(block, { formulas: "native" }), { block, keepValues: true });
  const strays = report.dropped.filter((d) => d.kind === "stray").map((d) => [d.from, d.value]);
  expect(strays.sort()).toEqual([["Khối!C50", "Công ty C gõ thêm"], ["Khối!K3", "Đã gửi Sở ngày 5/1"]]);
  const logged = report.log.filter((e) => e.what.startsWith("Bỏ ô gõ ngoài bảng")).map((e) => [e.cell, e.old]);
  expect(logged.sort()).toEqual([["Khối!C50", "Công ty C gõ thêm"], ["Khối!K3", "Đã gửi Sở ngày 5/1"]]);
  // The workbook now reads clean: the cells were cleared with the sheet, their values are in the log.
  const after = await host.readBlock();
  expect(after.findings.filter((f) => f.code === "CELL_IGNORED")).toEqual([]);
});
