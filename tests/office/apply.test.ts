// The Office adapter applying a block layout to a live workbook (office-addin-mock through FakeExcel): what is
// written, in how many syncs, what happens to a user's sheet of the same name, and what a re-apply keeps.
import type { Finding, FindingCode, LayerName } from "../../src/core/types";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { columnWidthPoints } from "../../src/office/cells";
import { buildLayout } from "../../src/workbook/build";
import type { WorkbookHost } from "../../src/workbook/host";
import { isFormulaCell, type WorkbookLayout } from "../../src/workbook/model";
import { templateBlock } from "./blocks";
import { FakeExcel, parseAddress } from "./fake-excel";

const UNITS: [string, string][] = [
  ["a", "Công ty Điện lực A"],
  ["001", "Ga Đồng Đăng"],
  ["c", "=1+1 Công ty"],
];

function setup(sheets: string[] = ["Sheet1"]) {
  const excel = new FakeExcel(sheets);
  const clock = { now: () => new Date("2026-01-15T08:30:00.000Z") };
  const host = createOfficeWorkbookHost({ run: excel.run, clock });
  return { excel, host };
}

function probe(code: FindingCode, unit: string, criterion: string, layer?: LayerName): Finding {
  return { code, severity: "info", unit, criterion, ...(layer ? { layer } : {}), message: "", messageEn: "" };
}

async function cellOf(host: WorkbookHost, finding: Finding): Promise<{ sheet: string; address: string }> {
  const reading = await host.readBlock();
  const ref = reading.locate(finding);
  if (!ref) throw new Error(`no cell for ${JSON.stringify(finding)}`);
  return ref;
}

function regionCount(layout: WorkbookLayout): number {
  return layout.sheets.reduce((n, s) => n + s.regions.length, 0);
}

describe("applyLayout on a workbook without a block", () => {
  const block = templateBlock(UNITS);
  const layout = buildLayout(block, { formulas: "native" });

  it("adds every sheet after the user's, hides the meta sheet, and writes in 2 syncs with calculation suspended", async () => {
    const { excel, host } = setup();
    const report = await host.applyLayout(layout, { block, keepValues: true });
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "Sheet1", "Hướng dẫn", "Khối", "Tiêu chí", "Giao ước", "Chấm điểm", "Điểm chi tiết", "Tổng hợp", "Bình xét", "Nhật ký", "_khoi",
    ]);
    expect(excel.sheet("_khoi").visibility).toBe("Hidden");
    expect(excel.sheet("Tổng hợp").visibility).toBe("Visible");
    expect(excel.syncs).toBe(2);
    expect(excel.suspendedSyncs).toEqual([2]);
    expect(report.created.map((s) => s.key)).toEqual(["guide", "block", "criteria", "targets", "scores", "detail", "summary", "votes", "log", "meta"]);
    expect(report.updated).toEqual([]);
    expect(report.renamed).toEqual([]);
    expect(report.units).toBe(3);
    expect(report.criteria).toBe(17);
    expect(report.log).toEqual([]);
    expect(excel.sheet("Sheet1").cells.size).toBe(0);
  });

  it("writes each region in one 2-D assignment, exactly as the layout says", async () => {
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    const cellWrites = excel.writes.filter((w) => w.kind !== "numberFormat");
    expect(cellWrites.length).toBe(regionCount(layout));
    for (const sheet of layout.sheets) {
      for (const region of sheet.regions) {
        region.cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            const written = excel.sheet(sheet.name).cells.get(`${region.row + i},${region.column + j}`);
            if (isFormulaCell(cell)) expect(written?.formula).toBe(`=${cell.formula}`);
            else if (cell === null || cell === "") expect(written?.value ?? "").toBe("");
            else expect({ at: `${sheet.name} ${region.id}`, value: written?.value }).toEqual({ at: `${sheet.name} ${region.id}`, value: cell });
          }),
        );
      }
    }
  });

  it("keeps text as text: an id of digits and a name starting with '=' are not turned into a number or a formula", async () => {
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    const units = excel.names.get("khoi_units");
    expect(units).toMatch(/^='Khối'!\$B\$\d+:\$E\$\d+$/);
    const first = parseAddress(units!.replace(/^=.*!/, ""));
    // Header, hidden key row, then the units in the order given.
    const idAt = (i: number) => excel.sheet("Khối").cells.get(`${first.row1 + 2 + i},${first.column1}`);
    const nameAt = (i: number) => excel.sheet("Khối").cells.get(`${first.row1 + 2 + i},${first.column1 + 1}`);
    expect([idAt(0)?.value, idAt(1)?.value, idAt(2)?.value]).toEqual(["a", "001", "c"]);
    expect(nameAt(2)).toEqual({ value: "=1+1 Công ty" });
    expect(nameAt(1)?.value).toBe("Ga Đồng Đăng");
  });

  it("defines every stable name on the sheet it belongs to, with absolute addresses", async () => {
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    expect([...excel.names.keys()].sort()).toEqual(layout.names.map((n) => n.name).sort());
    const sheetOf = new Map(layout.sheets.map((s) => [s.key, s.name]));
    for (const name of layout.names) {
      const [a, b] = name.range.split(":");
      const abs = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
      expect(excel.names.get(name.name)).toBe(`='${sheetOf.get(name.sheet)}'!${abs(a)}${b ? `:${abs(b)}` : ""}`);
    }
    expect(excel.names.get("khoi_meta")).toMatch(/^='_khoi'!\$A\$1:\$B\$\d+$/);
  });

  it("puts validation on the inputs: a points leaf takes 0 to its max, a yes/no leaf takes Có or Không", async () => {
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    // II.2 is a points leaf of max 5; II.1 is yes/no (enterprise template).
    const points = await cellOf(host, probe("SCORE_INVALID", "001", "II.2", "appraised"));
    expect(points.sheet).toBe("Chấm điểm");
    const rule = excel.validationAt("Chấm điểm", points.address);
    expect(rule?.rule).toEqual({ decimal: { formula1: 0, formula2: 5, operator: "Between" } });
    expect(rule?.ignoreBlanks).toBe(true);
    expect(rule?.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "Giá trị không hợp lệ", message: "Nhập một số từ 0 đến 5." });
    const yesNo = await cellOf(host, probe("SCORE_INVALID", "a", "II.1", "self"));
    expect(excel.validationAt("Chấm điểm", yesNo.address)?.rule).toEqual({ list: { inCellDropDown: true, source: "Có,Không" } });
  });

  it("unlocks the inputs, protects the formula sheets without a password, freezes headers and sets widths", async () => {
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    const input = await cellOf(host, probe("SCORE_INVALID", "a", "II.2", "final"));
    expect(excel.styleAt("Chấm điểm", input.address, "format.protection.locked")).toBe(false);
    const rank = await cellOf(host, probe("RANK_MISMATCH", "a", ""));
    expect(rank.sheet).toBe("Tổng hợp");
    expect(excel.styleAt("Tổng hợp", rank.address, "format.protection.locked")).toBe(true);
    expect(excel.sheet("Tổng hợp").protected).toBe(true);
    expect(excel.sheet("Chấm điểm").protected).toBe(true);
    // The log takes the officer's notes: left open.
    expect(excel.sheet("Nhật ký").protected).toBe(false);
    expect(excel.sheet("Chấm điểm").freeze).toEqual({ rows: 5, columns: 4 });
    expect(excel.sheet("Hướng dẫn").columnWidths.get(0)).toBe(columnWidthPoints(110));
    expect(columnWidthPoints(110)).toBe(581.25);
  });

  it("adds the conditional formats (an error red, a tie amber, an award green) on Tổng hợp", async () => {
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    const formats = excel.sheet("Tổng hợp").conditionalFormats;
    const wanted = layout.sheets.find((s) => s.key === "summary")!.conditionalFormats;
    expect(formats.map((f) => [f.address, f.type, f.props["custom.rule.formula"], f.props["custom.format.fill.color"]])).toEqual(
      wanted.map((w) => [w.ranges.join(","), "Custom", `=${w.formula}`, `#${w.style.fill}`]),
    );
    expect(formats.map((f) => f.props["custom.format.fill.color"])).toEqual(["#FFC7CE", "#FFE699", "#C6EFCE"]);
  });

  it("writes the meta sheet: schema, layout version, formula mode and where each sheet is", async () => {
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    expect(excel.value("_khoi", "A1")).toBe("schema");
    expect(excel.value("_khoi", "B1")).toBe("khoi-workbook/1");
    const inspection = await host.inspect();
    expect(inspection).toMatchObject({ isBlockWorkbook: true, layoutVersion: 1, formulas: "native", language: "vi", userSheets: ["Sheet1"] });
    expect(inspection.blockSheets.summary).toBe("Tổng hợp");
  });
});

describe("applyLayout next to a sheet the user made", () => {
  const block = templateBlock(UNITS);
  const layout = buildLayout(block, { formulas: "native" });

  it("gives Khối's sheet a suffix, reports it, and leaves the user's «Tổng hợp» exactly as it was", async () => {
    const { excel, host } = setup([]);
    excel.addSheet("Tổng hợp", { A1: "Báo cáo của phòng", B2: 42, C3: "=không phải công thức" });
    const before = JSON.stringify([...excel.sheet("Tổng hợp").cells]);
    const report = await host.applyLayout(layout, { block, keepValues: true });
    expect(report.renamed).toEqual([{ key: "summary", wanted: "Tổng hợp", name: "Tổng hợp (2)" }]);
    expect(report.created.find((s) => s.key === "summary")?.name).toBe("Tổng hợp (2)");
    const mine = excel.sheet("Tổng hợp");
    expect(JSON.stringify([...mine.cells])).toBe(before);
    expect(mine.protected).toBe(false);
    expect(mine.validations).toEqual([]);
    expect(mine.conditionalFormats).toEqual([]);
    expect(mine.styles).toEqual([]);
    expect(excel.names.get("khoi_ranks")).toMatch(/^='Tổng hợp \(2\)'!/);
    expect(excel.names.get("khoi_summary")).toMatch(/^='Tổng hợp \(2\)'!/);
    // The reader finds the ranks on Khối's sheet, not the user's.
    expect((await cellOf(host, probe("RANK_MISMATCH", "a", ""))).sheet).toBe("Tổng hợp (2)");
    const inspection = await host.inspect();
    expect(inspection.userSheets).toEqual(["Tổng hợp"]);
    expect(inspection.blockSheets.summary).toBe("Tổng hợp (2)");
  });

  it("re-applying updates «Tổng hợp (2)» in place: no «Tổng hợp (3)», the user's sheet still untouched", async () => {
    const { excel, host } = setup([]);
    excel.addSheet("Tổng hợp", { A1: "Báo cáo của phòng" });
    await host.applyLayout(layout, { block, keepValues: true });
    const report = await host.applyLayout(layout, { block, keepValues: true });
    expect(report.renamed).toEqual([]);
    expect(report.updated.find((s) => s.key === "summary")?.name).toBe("Tổng hợp (2)");
    expect(excel.sheets.map((s) => s.name).filter((n) => n.startsWith("Tổng hợp"))).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
    expect([...excel.sheet("Tổng hợp").cells.values()]).toEqual([{ value: "Báo cáo của phòng" }]);
  });

  it("rewrites the formulas that point at a renamed sheet: a user's «Chấm điểm» makes the detail read «Chấm điểm (2)»", async () => {
    const { excel, host } = setup(["Chấm điểm"]);
    await host.applyLayout(layout, { block, keepValues: true });
    const formulas = [...excel.sheet("Điểm chi tiết").cells.values()].map((c) => c.formula ?? "").join("\n");
    expect(formulas).toContain("'Chấm điểm (2)'!");
    expect(formulas).not.toContain("'Chấm điểm'!");
    expect(excel.sheet("Chấm điểm").cells.size).toBe(0);
    expect(excel.value("_khoi", "A1")).toBe("schema");
    const metaRows = [...excel.sheet("_khoi").cells.entries()].filter(([, c]) => c.value === "sheet:scores");
    const row = Number(metaRows[0][0].split(",")[0]);
    expect(excel.sheet("_khoi").cells.get(`${row},1`)?.value).toBe("Chấm điểm (2)");
  });
});

describe("errors propagate", () => {
  it("rejects with Office's error when the workbook refuses a write", async () => {
    const block = templateBlock(UNITS);
    const layout = buildLayout(block, { formulas: "native" });
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    // A Khối sheet the user protected with a password cannot be rewritten: Office says so, the adapter passes it on.
    const failing = createOfficeWorkbookHost({
      run: (batch) => excel.run(async (context) => {
        const original = context.sync.bind(context);
        let n = 0;
        (context as { sync: () => Promise<void> }).sync = async () => {
          if (++n === 3) throw new Error("AccessDenied: the sheet is protected with a password");
          return original();
        };
        return batch(context);
      }),
    });
    await expect(failing.applyLayout(layout, { block, keepValues: true })).rejects.toThrow("AccessDenied");
  });
});
