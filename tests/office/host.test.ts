// The rest of the Office WorkbookHost: formula mode detection and switching, going to a finding's cell, inspecting
// a plain workbook, reading back unreadable cells as findings with their address.
import type { Finding } from "../../src/core/types";
import { createOfficeWorkbookHost, detectFormulaMode } from "../../src/office/host";
import { rangeAddress } from "../../src/workbook/a1";
import { buildLayout } from "../../src/workbook/build";
import { isFormulaCell } from "../../src/workbook/model";
import { templateBlock } from "./blocks";
import { FakeExcel } from "./fake-excel";

const block = templateBlock([["a", "Công ty A"], ["b", "Công ty B"]]);

async function applied(formulas: "native" | "khoi" = "native") {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run });
  await host.applyLayout(buildLayout(block, { formulas }), { block, keepValues: true });
  return { excel, host };
}

const probe = (code: Finding["code"], unit: string, criterion = "", layer?: Finding["layer"]): Finding =>
  ({ code, severity: "info", unit, criterion, ...(layer ? { layer } : {}), message: "", messageEn: "" });

describe("detectFormulaMode", () => {
  /** A host that supports exactly these sets ("Name version", versions cumulative within a set). */
  const only = (...sets: string[]) => ({
    isSetSupported: (name: string, version = "1.1") =>
      sets.some((s) => s.split(" ")[0] === name && Number(s.split(" ")[1].split(".")[1]) >= Number(version.split(".")[1])),
  });

  it("chooses KHOI.* only where the manifest loads it: CustomFunctionsRuntime 1.2 and SharedRuntime 1.1", async () => {
    expect(detectFormulaMode(only("CustomFunctionsRuntime 1.3", "SharedRuntime 1.1"))).toBe("khoi");
    expect(detectFormulaMode(only("CustomFunctionsRuntime 1.2", "SharedRuntime 1.1"))).toBe("khoi");
    // CustomFunctionsRuntime 1.1 alone: the manifest does not load the functions there.
    expect(detectFormulaMode(only("CustomFunctionsRuntime 1.1", "SharedRuntime 1.1"))).toBe("native");
    expect(detectFormulaMode(only("CustomFunctionsRuntime 1.2"))).toBe("native");
    expect(detectFormulaMode(only("SharedRuntime 1.1"))).toBe("native");
    expect(detectFormulaMode(undefined)).toBe("native");
    const host = createOfficeWorkbookHost({ run: new FakeExcel().run, requirements: only("CustomFunctionsRuntime 1.2", "SharedRuntime 1.1") });
    await expect(host.detectFormulaMode()).resolves.toBe("khoi");
  });
});

describe("switchFormulaMode", () => {
  it("rewrites only the formula cells: entered values stay, the meta row follows, the sheets stay protected", async () => {
    const { excel, host } = await applied("native");
    const self = (await host.readBlock()).locate(probe("SCORE_INVALID", "a", "II.2", "self"))!;
    excel.type(self.sheet, self.address, 4);
    const rank = (await host.readBlock()).locate(probe("RANK_MISMATCH", "a"))!;
    // A formula that is not what the layout says (an older version's): switching rewrites it.
    excel.cell(rank.sheet, rank.address)!.formula = "=1";
    excel.writes = [];

    const report = await host.switchFormulaMode("khoi");
    const khoi = buildLayout(block, { formulas: "khoi" });
    let formulaCells = 0;
    for (const sheet of khoi.sheets) {
      for (const region of sheet.regions) {
        region.cells.forEach((row, i) => row.forEach((cell, j) => {
          if (!isFormulaCell(cell)) return;
          formulaCells++;
          expect(excel.sheet(sheet.name).cells.get(`${region.row + i},${region.column + j}`)?.formula).toBe(`=${cell.formula}`);
        }));
      }
    }
    expect(report).toEqual({ formulas: "khoi", cells: formulaCells });
    expect(excel.formula(rank.sheet, rank.address)).not.toBe("=1");
    expect(excel.value(self.sheet, self.address)).toBe(4);
    // Only regions holding formulas (and the meta rows) were written, each in one call; Nhật ký gets the switch's
    // one line (values, under the lines already there).
    const logWrites = excel.writes.filter((w) => w.sheet === "Nhật ký");
    expect(logWrites.map((w) => [w.kind, w.rows])).toEqual([["values", 1]]);
    const written = new Set(excel.writes.filter((w) => w.sheet !== "Nhật ký").map((w) => `${w.sheet}!${w.address}`));
    const expected = new Set(khoi.sheets.flatMap((s) => s.regions
      .filter((r) => s.key === "meta" || r.cells.some((row) => row.some(isFormulaCell)))
      .map((r) => `${s.name}!${rangeAddress(r.row, r.column, r.row + r.cells.length - 1, r.column + r.cells[0].length - 1)}`)));
    expect(written).toEqual(expected);
    expect(excel.writes.every((w) => w.kind === "formulas" || w.sheet === "Nhật ký")).toBe(true);
    expect((await host.inspect()).formulas).toBe("khoi");
    expect(excel.sheet("Tổng hợp").protected).toBe(true);

    await host.switchFormulaMode("native");
    expect((await host.inspect()).formulas).toBe("native");
    expect(excel.value(self.sheet, self.address)).toBe(4);
  });

  it("refuses, in Vietnamese, on a workbook without a block", async () => {
    const host = createOfficeWorkbookHost({ run: new FakeExcel().run });
    await expect(host.switchFormulaMode("khoi")).rejects.toThrow("chưa có bảng chấm điểm");
  });
});

describe("goToCell", () => {
  it("activates the finding's sheet and selects its cell, in one sync", async () => {
    const { excel, host } = await applied();
    const before = excel.syncs;
    await host.goToCell({ sheet: "Chấm điểm", address: "E7" });
    expect(excel.syncs - before).toBe(1);
    expect(excel.activeSheet).toBe("Chấm điểm");
    expect(excel.selection).toBe("'Chấm điểm'!E7");
  });

  it("fails when the sheet is gone", async () => {
    const { host } = await applied();
    await expect(host.goToCell({ sheet: "Không có", address: "A1" })).rejects.toThrow("ItemNotFound");
  });
});

describe("inspect and readBlock", () => {
  it("sees a plain workbook as the user's only", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    excel.addSheet("Tổng hợp", { A1: "Báo cáo", B2: 42 });
    const host = createOfficeWorkbookHost({ run: excel.run });
    await expect(host.inspect()).resolves.toEqual({ isBlockWorkbook: false, blockSheets: {}, userSheets: ["Sheet1", "Tổng hợp"] });
    excel.syncs = 0;
    const reading = await host.readBlock();
    // Nothing of Khối there: the user's sheets are not even loaded.
    expect(excel.syncs).toBe(1);
    expect(reading.doc).toBeNull();
    expect(reading.findings.map((f) => f.code)).toEqual(["FORMAT_INVALID"]);
  });

  it("turns a number typed as text into a finding at its cell, with the offer to convert", async () => {
    const { excel, host } = await applied();
    const cell = (await host.readBlock()).locate(probe("SCORE_INVALID", "b", "II.2", "appraised"))!;
    excel.type(cell.sheet, cell.address, "4,5");
    const reading = await host.readBlock();
    const finding = reading.findings.find((f) => f.cell?.address === cell.address);
    expect(finding?.cell).toEqual({ sheet: "Chấm điểm", address: cell.address });
    expect(finding?.message).toBe("«4,5» là văn bản, không phải số — chuyển thành 4,5?");
    expect(finding?.suggestion).toEqual({ value: 4.5 });
  });

  it("tells an error value from text: a rank cell showing #N/A is a RANK_MISMATCH at that cell", async () => {
    const { excel, host } = await applied();
    const rank = (await host.readBlock()).locate(probe("RANK_MISMATCH", "a"))!;
    excel.setComputed(rank.sheet, rank.address, "#N/A", true);
    const reading = await host.readBlock();
    const finding = reading.findings.find((f) => f.code === "RANK_MISMATCH");
    expect(finding?.cell).toEqual(rank);
    expect(finding?.message).toContain("#N/A");
  });
});
