// The requirement floor: on an Excel of each ExcelApi level (the fake's host profiles refuse members above their
// level the way office.js does), every operation either refuses cleanly, in Vietnamese, with the workbook exactly as
// it was, or completes a workbook identical to the one a current Excel makes — never a half-written one.
import type { Finding } from "../../src/core/types";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { FEATURES, highestExcelApi, layoutFeatures } from "../../src/office/requirements";
import { buildLayout } from "../../src/workbook/build";
import { isHostRefusal, type HostRefusal } from "../../src/workbook/refusal";
import { templateBlock } from "./blocks";
import { FakeExcel } from "./fake-excel";

const block = templateBlock([["a", "Công ty Điện lực A"], ["001", "Ga Đồng Đăng"], ["c", "Chi nhánh Viettel"]]);
const layout = buildLayout(block, { formulas: "native" });
const clock = { now: () => new Date("2026-01-15T08:30:00.000Z") };

/** Everything the fake holds, as plain JSON: two workbooks with the same state give the same text. */
function state(excel: FakeExcel): string {
  const sorted = <T>(map: Map<string | number, T>) => [...map.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify({
    sheets: excel.sheets.map((s) => ({
      ...s,
      cells: sorted(s.cells),
      columnWidths: sorted(s.columnWidths),
      hiddenColumns: [...s.hiddenColumns].sort(),
      rowHeights: sorted(s.rowHeights),
      hiddenRows: [...s.hiddenRows].sort(),
    })),
    names: sorted(excel.names),
    active: excel.activeSheet,
  });
}

const probe = (code: Finding["code"], unit: string, criterion: string, layer?: Finding["layer"]): Finding =>
  ({ code, severity: "info", unit, criterion, ...(layer ? { layer } : {}), message: "", messageEn: "" });

/** A block workbook made on a current Excel, with a few scores typed by the officer. */
async function blockWorkbook(profile: { excelApi?: string } = {}): Promise<FakeExcel> {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements, clock });
  await host.applyLayout(layout, { block, keepValues: true });
  const reading = await host.readBlock();
  const self = reading.locate(probe("SCORE_INVALID", "001", "II.2", "self"))!;
  const final = reading.locate(probe("SCORE_INVALID", "a", "II.2", "final"))!;
  excel.type(self.sheet, self.address, 4);
  excel.type(final.sheet, final.address, "4,5");
  excel.excelApi = profile.excelApi ?? null;
  return excel;
}

async function refusalOf(promise: Promise<unknown>): Promise<HostRefusal> {
  const outcome = await promise.then(() => null, (error: unknown) => error);
  if (!isHostRefusal(outcome)) throw new Error(`expected a HostRefusal, got ${outcome === null ? "success" : String(outcome)}`);
  return outcome;
}

describe("the fake's host profiles refuse as office.js does", () => {
  it("answers isSetSupported by level, and the highest level is found by probing", () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.8", sets: { SharedRuntime: "1.1" } });
    expect(excel.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(excel.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(excel.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    expect(excel.requirements.isSetSupported("CustomFunctionsRuntime", "1.1")).toBe(false);
    expect(highestExcelApi(excel.requirements)).toBe("1.8");
    expect(highestExcelApi(new FakeExcel([], { excelApi: "1.14" }).requirements)).toBe("1.14");
    expect(highestExcelApi(undefined)).toBeNull();
  });

  it("throws ApiNotFound the moment a guarded member is touched, so nothing of the batch is sent", async () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.6" });
    const before = state(excel);
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["đã ghi"]];
        sheet.freezePanes.freezeRows(1);
        await context.sync();
      }),
    ).rejects.toThrow(/ApiNotFound.*freezePanes.*1\.7/);
    expect(excel.syncs).toBe(0);
    expect(state(excel)).toBe(before);
  });

  it("refuses a plain property write only at sync, after the batch's earlier commands ran (the half-written book)", async () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.6" });
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["đã ghi"]];
        sheet.tabColor = "#FF0000";
        sheet.getRange("A2").values = [["không ghi"]];
        await context.sync();
      }),
    ).rejects.toThrow(/ApiNotFound.*tabColor.*1\.7/);
    expect(excel.value("Sheet1", "A1")).toBe("đã ghi");
    expect(excel.value("Sheet1", "A2")).toBe("");
  });

  it("without the floor, applying on ExcelApi 1.8 fails with a raw Office error (what the floor spares the officer)", async () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.8" });
    const host = createOfficeWorkbookHost({ run: excel.run, clock });
    await expect(host.applyLayout(layout, { block, keepValues: true })).rejects.toThrow(/ApiNotFound/);
  });
});

describe("what the layout needs", () => {
  it("goes up to ExcelApi 1.9: print settings, multi-area conditional formats, indents", () => {
    const needs = layoutFeatures(layout);
    expect(needs).toEqual(expect.arrayContaining(["pageLayout", "dataValidation", "freezePanes", "tabColor", "namedItemFormula", "suspendCalculation", "namesAdd"]));
    const highest = needs.map((f) => Number(FEATURES[f].version.split(".")[1])).reduce((a, b) => Math.max(a, b));
    expect(highest).toBe(9);
  });
});

describe.each([
  ["1.7", "refuses"],
  ["1.8", "refuses"],
  ["1.9", "completes"],
  ["1.20", "completes"],
] as const)("applyLayout on an Excel with ExcelApi %s", (level, expected) => {
  it(`${expected} on a fresh workbook`, async () => {
    const reference = new FakeExcel(["Sheet1"]);
    await createOfficeWorkbookHost({ run: reference.run, clock }).applyLayout(layout, { block, keepValues: true });

    const excel = new FakeExcel(["Sheet1"], { excelApi: level });
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements, clock });
    const before = state(excel);
    if (expected === "refuses") {
      const refusal = await refusalOf(host.applyLayout(layout, { block, keepValues: true }));
      expect(refusal.operation).toBe("applyLayout");
      expect(refusal.excelApi).toBe(level);
      expect(refusal.missing.map((m) => `${m.set} ${m.version}`)).toContain("ExcelApi 1.9");
      expect(refusal.message).toContain(`Excel này chỉ có ExcelApi ${level} nên Khối chưa tạo bảng chấm điểm được`);
      expect(refusal.message).toContain("thiết lập trang in");
      expect(refusal.message).toContain("Sổ tính không bị thay đổi");
      expect(refusal.message).toContain("app.html");
      expect(refusal.messageEn).toContain("The workbook was not changed");
      // Decided before Excel.run: nothing was even read.
      expect(excel.runs).toBe(0);
      expect(state(excel)).toBe(before);
    } else {
      const report = await host.applyLayout(layout, { block, keepValues: true });
      expect(report.created.length).toBe(layout.sheets.length);
      expect(state(excel)).toBe(state(reference));
      const reading = await host.readBlock();
      expect(reading.doc).toEqual((await createOfficeWorkbookHost({ run: reference.run }).readBlock()).doc);
    }
  });

  it(`${expected} on a block workbook, keeping what was typed`, async () => {
    const reference = await blockWorkbook();
    const referenceHost = createOfficeWorkbookHost({ run: reference.run, clock });
    await referenceHost.applyLayout(layout, { block, keepValues: true });

    const excel = await blockWorkbook({ excelApi: level });
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements, clock });
    const before = state(excel);
    // Reading needs ExcelApi 1.7 (defined names' formulas): every level here reads the block.
    const readBefore = await host.readBlock();
    expect((readBefore.doc as { units: unknown[] }).units.length).toBe(3);
    if (expected === "refuses") {
      const refusal = await refusalOf(host.applyLayout(layout, { block, keepValues: true }));
      expect(refusal.message).toContain("ExcelApi 1.9");
      expect(state(excel)).toBe(before);
      // The formula switch needs only 1.7: it still works, completely.
      await host.switchFormulaMode("khoi");
      await createOfficeWorkbookHost({ run: reference.run }).switchFormulaMode("khoi");
    } else {
      const report = await host.applyLayout(layout, { block, keepValues: true });
      expect(report.kept).toBe(2);
      expect(state(excel)).toBe(state(reference));
    }
    const readAfter = await host.readBlock();
    if (expected === "refuses") expect(readAfter.doc).toEqual((await createOfficeWorkbookHost({ run: reference.run }).readBlock()).doc);
    else expect(readAfter.doc).toEqual((await referenceHost.readBlock()).doc);
  });
});

describe.each(["1.1", "1.4", "1.6"])("on an Excel with ExcelApi %s (older than 2019 volume-licensed)", (level) => {
  it("refuses every operation that reads or writes, leaving the block workbook as it was", async () => {
    const excel = await blockWorkbook({ excelApi: level });
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements, clock });
    const before = state(excel);
    const runs = excel.runs;
    for (const [operation, attempt] of [
      ["inspect", () => host.inspect()],
      ["readBlock", () => host.readBlock()],
      ["applyLayout", () => host.applyLayout(layout, { block, keepValues: true })],
      ["switchFormulaMode", () => host.switchFormulaMode("khoi")],
    ] as const) {
      const refusal = await refusalOf(attempt());
      expect(refusal.operation).toBe(operation);
      expect(refusal.missing.map((m) => m.version)).toContain("1.7");
      expect(refusal.message).toMatch(/^Excel này chỉ có ExcelApi 1\.\d nên Khối chưa/);
    }
    expect(excel.runs).toBe(runs);
    expect(state(excel)).toBe(before);
    // Going to a cell needs nothing above 1.1.
    await host.goToCell({ sheet: "Tổng hợp", address: "B7" });
    expect(excel.selection).toBe("'Tổng hợp'!B7");
  });
});
