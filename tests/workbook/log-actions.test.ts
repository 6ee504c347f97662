// Every write path logs its Nhật ký line with an action and the officer the workbook remembers: the officer's name
// kept in the meta sheet (and kept through a re-apply and a switch), apply's moved/dropped values ("apply"), the
// stray units taken in ("takeIn", passed with the apply), the formula switch ("switch") on the fake Excel and on the
// standalone page's file (saved and read back with ExcelJS), and an import of returned forms ("import", real .xlsx).
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runImportCommand } from "../../src/cli/commands/import";
import { logLines } from "../../src/forms/events";
import { importLogEntries, planImport } from "../../src/forms/plan";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { buildLayout } from "../../src/workbook/build";
import { cellAddress } from "../../src/workbook/a1";
import { GridBook } from "../../src/workbook/grid";
import { NAMES } from "../../src/workbook/model";
import { officerOf, officerWrites, whoFor } from "../../src/workbook/officer";
import { strayEntries } from "../../src/workbook/stray";
import { takeInLogEntries } from "../../src/workbook/take-in-log";
import { readReturnedFile, updateMasterFile, writeFormFile } from "../../src/xlsx/forms";
import { workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { loadBook } from "../../src/xlsx/book";
import { fillForm } from "../forms/fill";
import { templateBlock } from "../office/blocks";
import { FakeExcel } from "../office/fake-excel";

const three = templateBlock([["a", "Công ty A"], ["b", "Công ty B"], ["c", "Công ty C"]]);
const two = templateBlock([["a", "Công ty A"], ["b", "Công ty B"]]);
const clock = { now: () => new Date("2026-02-03T04:05:06.000Z") };

async function officeBook() {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run, clock });
  await host.applyLayout(buildLayout(three, { formulas: "native" }), { block: three, keepValues: true });
  return { excel, host };
}

describe("on the live workbook (fake Excel)", () => {
  test("the officer's name is kept in the meta sheet and named by the switch, the re-apply and the lines passed with it", async () => {
    const { host } = await officeBook();
    expect(officerOf(await host.readGrids!())).toBeUndefined();
    await host.writeCells!(officerWrites(await host.readGrids!(), "  Chị Lan "), []);
    expect(officerOf(await host.readGrids!())).toBe("Chị Lan");
    // Renamed: the same row is rewritten, not a second one added.
    await host.writeCells!(officerWrites(await host.readGrids!(), "Chị Lan (VP)"), []);
    expect(officerWrites(await host.readGrids!(), "x")).toHaveLength(1);

    await host.switchFormulaMode("native");
    let lines = logLines(await host.readGrids!());
    expect(lines.at(-1)).toMatchObject({ action: "switch", who: "Chị Lan (VP)", old: "native", new: "native", time: "2026-02-03T04:05:06.000Z" });
    expect(officerOf(await host.readGrids!())).toBe("Chị Lan (VP)");

    // Re-applied with the lines the page passes (a stray unit taken in): they name the remembered officer.
    await host.applyLayout(buildLayout(two, { formulas: "native" }), {
      block: two, keepValues: true,
      log: [{ time: "2026-02-03T04:05:06.000Z", who: "", what: "Lấy đơn vị «Công ty D» từ cột gõ ngoài bảng vào khối", action: "takeIn", cell: "Chấm điểm!K5" }],
    });
    lines = logLines(await host.readGrids!());
    expect(lines.find((l) => l.action === "switch")).toBeDefined();
    expect(lines.at(-1)).toMatchObject({ action: "takeIn", who: "Chị Lan (VP)", cell: "Chấm điểm!K5" });
    // The rebuild keeps the officer in the meta sheet.
    expect(officerOf(await host.readGrids!())).toBe("Chị Lan (VP)");
  });

  test("a dropped value is logged with action apply and its reason", async () => {
    const { excel, host } = await officeBook();
    const grids = await host.readGrids!();
    const scores = grids.sheets.find((s) => s.name === "Chấm điểm")!;
    // The self-score column of unit c: the column whose key row holds "c" (found in the sheet, not hard-coded).
    let at: { row: number; column: number } | undefined;
    scores.values.forEach((row, r) => row?.forEach((v, c) => { if (v === "c" && !at) at = { row: r + 1, column: c }; }));
    expect(at).toBeDefined();
    let leafRow = -1;
    scores.values.forEach((row, r) => { if (leafRow < 0 && r > at!.row && row?.[0] === "I.1") leafRow = r; });
    expect(leafRow).toBeGreaterThan(0);
    const address = `${String.fromCharCode(65 + at!.column)}${leafRow + 1}`;
    excel.type("Chấm điểm", address, 7);
    await host.applyLayout(buildLayout(two, { formulas: "native" }), { block: two, keepValues: true });
    const dropped = logLines(await host.readGrids!()).filter((l) => l.old === 7);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ action: "apply", who: "Khối" });
    expect(dropped[0].reason).toBeTruthy();
  });
});

describe("taking stray units in (Thiết lập)", () => {
  test("a unit typed under the list and taken in is one takeIn line naming the officer; one left out is not", async () => {
    const { excel, host } = await officeBook();
    await host.writeCells!(officerWrites(await host.readGrids!(), "Chị Mai"), []);
    const units = new GridBook(await host.readGrids!()).namedRange(NAMES.units)!.range;
    excel.type("Khối", cellAddress(units.row2 + 1, 1), "d");
    excel.type("Khối", cellAddress(units.row2 + 1, 2), "Công ty D");
    excel.type("Khối", cellAddress(units.row2 + 2, 2), "Công ty E");
    const stray = strayEntries(new GridBook(await host.readGrids!()));
    expect(stray.units.map((u) => u.name)).toEqual(["Công ty D", "Công ty E"]);
    const four = templateBlock([["a", "Công ty A"], ["b", "Công ty B"], ["c", "Công ty C"], ["d", "Công ty D"]]);
    await host.applyLayout(buildLayout(four, { formulas: "native" }), { block: four, keepValues: true, log: takeInLogEntries(stray, four, clock.now().toISOString()) });
    const taken = logLines(await host.readGrids!()).filter((l) => l.action === "takeIn");
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ who: "Chị Mai", cell: `Khối!${cellAddress(units.row2 + 1, 2)}`, new: "Công ty D" });
    expect(taken[0].what).toContain("«Công ty D» (mã d)");
  });
});

describe("on the standalone page's file", () => {
  test("the formula switch writes one switch line, saved in the file", async () => {
    const doc = new FileWorkbook(await loadBook(await writeWorkbook(three, { formulas: "native", officer: "Anh Nam" })), { kind: "demo" });
    const host = createFileWorkbookHost(doc, clock);
    await host.switchFormulaMode("native");
    const { bytes } = await doc.save();
    const grids = workbookGrids(await loadBook(bytes));
    expect(officerOf(grids)).toBe("Anh Nam");
    const lines = logLines(grids);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ action: "switch", who: "Anh Nam", new: "native" });
    expect(lines[0].what).toMatch(/viết lại \d+ ô công thức/);
  });
});

describe("import of returned forms into a .xlsx", () => {
  test("every line of the import carries action import and the remembered officer", async () => {
    const master = await writeWorkbook(two, { formulas: "native", officer: "Chị Hoa" });
    const grids = workbookGrids(await loadBook(master));
    const { bytes } = await writeFormFile(two, "a");
    const returned = await readReturnedFile("a.xlsx", await fillForm(bytes, [{ code: "II.2", value: "4,5" }]));
    const plan = planImport(grids, [returned]);
    expect(plan.ok).toBe(true);
    const log = importLogEntries(plan, clock.now().toISOString(), whoFor(undefined, grids));
    const after = await updateMasterFile(master, plan.changes.map((c) => ({ cell: c.cell, value: c.new })), log);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after as unknown as ArrayBuffer);
    const lines = logLines(workbookGrids(wb));
    expect(lines.length).toBe(2);
    expect(lines.every((l) => l.action === "import" && l.who === "Chị Hoa")).toBe(true);
    expect(lines[1]).toMatchObject({ new: 4.5 });
  });
});

describe("khoi import without --who", () => {
  test("the lines name the officer the workbook remembers, not the login name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khoi-who-"));
    const book = join(dir, "so.xlsx");
    const form = join(dir, "a.xlsx");
    writeFileSync(book, await writeWorkbook(two, { formulas: "native", officer: "Chị Hoa" }));
    const { bytes } = await writeFormFile(two, "a");
    writeFileSync(form, await fillForm(bytes, [{ code: "II.2", value: "4,5" }]));
    const io = { stdout: () => undefined, stderr: () => undefined };
    expect(await runImportCommand([book, form], io, () => clock.now())).toBe(0);
    const lines = logLines(workbookGrids(await loadBook(new Uint8Array(readFileSync(book)))));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.who === "Chị Hoa" && l.action === "import")).toBe(true);
  });
});
