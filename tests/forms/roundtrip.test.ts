// The email round trip on real files, through the command line: `khoi forms` for a 6-unit block, forms filled as
// units fill them (an NFD unit name, "98,5" as text, a =HYPERLINK note, a score above its maximum, an edited maximum,
// another block's form, last year's form, an unchanged form), `khoi import`, then the master's values, its Nhật ký,
// the backup, and that with one refused file nothing at all was written.
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { evaluate } from "../../src/core/evaluate";
import { readWorkbook, workbookGrids } from "../../src/xlsx/read";
import { runCli } from "../cli/run-cli";
import { loadExample } from "../helpers/fixtures";
import { fillForm } from "./fill";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NFD_NAME = "Công ty Cổ phần Cà phê Mê Trang".normalize("NFD");

function blockDoc(): Json {
  const doc = loadExample("khanh-hoa-khoi-2-2021") as Json;
  doc.units.find((u: Json) => u.id === "me-trang").name = NFD_NAME;
  delete doc.scores.self.mascopex; // a unit that has not scored yet: its form comes blank
  return doc;
}

const dir = mkdtempSync(join(tmpdir(), "khoi-roundtrip-"));
const book = join(dir, "book.xlsx");
const out = join(dir, "forms");
const path = (name: string): string => join(dir, name);
const read = (p: string): Uint8Array => new Uint8Array(readFileSync(p));
let formOf: Map<string, string>;

async function formFor(unitId: string): Promise<Uint8Array> {
  return read(join(out, formOf.get(unitId)!));
}

async function sheetValues(data: Uint8Array, sheet: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const cells = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((cell) => cells.set(cell.address, cell.value)));
  return cells;
}

beforeAll(async () => {
  writeFileSync(path("block.json"), JSON.stringify(blockDoc()));
  const made = await runCli(["workbook", path("block.json"), "-o", book]);
  expect(made.code).toBe(0);
  const forms = await runCli(["forms", book, "-o", out, "--who", "Trưởng khối"]);
  expect(forms.stderr).toBe("");
  expect(forms.code).toBe(0);
  // Which file is whose: the command prints "name → path".
  formOf = new Map();
  const doc = blockDoc();
  for (const line of forms.stdout.split("\n")) {
    const m = /^(.*) → (.*)$/.exec(line);
    if (!m) continue;
    const unit = doc.units.find((u: Json) => u.name.normalize("NFC") === m[1]);
    if (unit) formOf.set(unit.id, m[2].split(/[\\/]/).pop()!);
  }
  expect(formOf.size).toBe(6);

  // Filled as the units would.
  writeFileSync(path("me-trang.xlsx"), await fillForm(await formFor("me-trang"), [
    { code: "II.1", value: 88 }, { code: "III.2", value: 4 }, { code: "II.1", column: "G", value: "Báo cáo số 12/BC" },
    { address: "B3", value: NFD_NAME }, // the unit retyped its own name, in NFD
  ]));
  writeFileSync(path("mai-linh.xlsx"), await fillForm(await formFor("mai-linh"), [
    { code: "II.1", value: "98,5" }, { code: "II.1", column: "G", value: '=HYPERLINK("http://x","y")' },
    { code: "III.1", value: 70 }, { code: "III.1", column: "G", value: "\t+84 912 345 678" },
  ]));
  writeFileSync(path("mascopex.xlsx"), await fillForm(await formFor("mascopex"), [
    { code: "I.1", value: 255 }, { code: "II.1", value: 80 }, { code: "II.3", value: "Có" },
  ]));
  writeFileSync(path("khanh-viet.xlsx"), await formFor("khanh-viet")); // sent back unchanged
  writeFileSync(path("ben-xe.xlsx"), await fillForm(await formFor("ben-xe"), [{ code: "II.1", value: 120 }]));
  writeFileSync(path("moi-truong.xlsx"), await fillForm(await formFor("moi-truong"), [{ code: "II.1", column: "C", value: 150 }, { code: "II.1", value: 140 }]));

  // Another block's form, and this block's form of last year.
  const other = loadExample("lang-son-cum-ii-2020") as Json;
  writeFileSync(path("other.json"), JSON.stringify(other));
  expect((await runCli(["workbook", path("other.json"), "-o", path("other-book.xlsx")])).code).toBe(0);
  expect((await runCli(["forms", path("other-book.xlsx"), "-o", path("other-forms"), "--unit", "dl-ls"])).code).toBe(0);
  const lastYear = { ...blockDoc(), block: { ...blockDoc().block, year: 2020 } };
  writeFileSync(path("last-year.json"), JSON.stringify(lastYear));
  expect((await runCli(["workbook", path("last-year.json"), "-o", path("last-year-book.xlsx")])).code).toBe(0);
  expect((await runCli(["forms", path("last-year-book.xlsx"), "-o", path("last-year-forms"), "--unit", "khanh-viet"])).code).toBe(0);
}, 60_000);

describe("khoi forms", () => {
  test("one form per unit, named in plain ASCII from the unit's name (the NFD name too)", () => {
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(6);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9-]+\.xlsx$/);
    expect(formOf.get("me-trang")).toBe("Phieu-tu-cham-2021-Cong-ty-Co-phan-Ca-phe-Me-Trang.xlsx");
    expect(formOf.get("khanh-viet")).toBe("Phieu-tu-cham-2021-Tong-cong-ty-Khanh-Viet.xlsx");
  });

  test("the form shows block, year, unit, targets, maxima, the current self scores, and protects all but the inputs", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formFor("ben-xe")) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((s) => s.state === "visible")!;
    expect(ws.name).toBe("Phiếu tự chấm");
    expect(ws.getCell("B2").value).toBe("Khối thi đua các Doanh nghiệp (Khối 2)");
    expect(ws.getCell("B3").value).toBe("Công ty CP Khai thác bến xe và Dịch vụ vận tải Khánh Hòa");
    expect(ws.getCell("B4").value).toBe(2021);
    const row = (code: string): number => { let n = -1; ws.eachRow((r, i) => { if (n < 0 && r.getCell(1).value === code) n = i; }); return n; };
    const i1 = row("I.1");
    expect(ws.getCell(`C${i1}`).value).toBe(200); // maximum
    expect(ws.getCell(`D${i1}`).value).toBe(180); // ben-xe's target
    expect(ws.getCell(`E${i1}`).value).toBe(185); // its self score, pre-filled
    expect(ws.getCell(`E${row("II.3")}`).value).toBe("Có");
    expect(ws.getCell(`E${i1}`).protection?.locked).toBe(false);
    expect(ws.getCell(`G${i1}`).protection?.locked).toBe(false);
    expect(ws.getCell(`C${i1}`).protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(wb.worksheets.find((s) => s.state !== "visible")?.getCell("B1").value).toBe("khoi-form/1");
  });

  test("the forms sent are recorded in the master's Nhật ký, with a dated backup of the book", async () => {
    const doc = await sheetValues(read(book), "Nhật ký");
    const what = [...doc.values()].filter((v) => typeof v === "string" && v.startsWith("Gửi phiếu tự chấm"));
    expect(what).toHaveLength(6);
    expect(readdirSync(dir).filter((n) => /^book\.backup-\d{8}-\d{6}(-\d+)?\.xlsx$/.test(n)).length).toBeGreaterThanOrEqual(1);
  });
});

describe("khoi import", () => {
  test("with one refused file nothing at all is written, and each refused file is named with why", async () => {
    const before = read(book);
    const backups = readdirSync(dir).filter((n) => n.includes(".backup-")).length;
    const files = ["me-trang", "mai-linh", "mascopex", "khanh-viet", "ben-xe", "moi-truong"].map((u) => path(`${u}.xlsx`));
    const otherForm = join(path("other-forms"), readdirSync(path("other-forms"))[0]);
    const lastYearForm = join(path("last-year-forms"), readdirSync(path("last-year-forms"))[0]);
    const run = await runCli(["import", book, ...files, otherForm, lastYearForm]);
    expect(run.code).toBe(1);
    expect(Buffer.compare(Buffer.from(read(book)), Buffer.from(before))).toBe(0);
    expect(readdirSync(dir).filter((n) => n.includes(".backup-")).length).toBe(backups);
    const refused = run.stderr.split("\n").filter((l) => l.startsWith("  "));
    expect(refused).toHaveLength(4);
    const line = (file: string): string => refused.find((l) => l.includes(file)) ?? "";
    expect(line("ben-xe.xlsx")).toMatch(/Phiếu tự chấm!E\d+: Tiêu chí II\.1: 120 vượt quá điểm tối đa 100/);
    expect(line("moi-truong.xlsx")).toMatch(/Phiếu tự chấm!C\d+: Tiêu chí II\.1: điểm tối đa trên phiếu là 150, trong sổ là 100/);
    expect(line(readdirSync(path("other-forms"))[0])).toContain("khối khác («Cụm thi đua II - Các doanh nghiệp Trung ương»)");
    expect(line(readdirSync(path("last-year-forms"))[0])).toContain("Phiếu của năm 2020");
  });

  test("the good forms are written all together: values, preview, log, backup; the rest of the book intact", async () => {
    const before = read(book);
    const beforeGrids = workbookGrids(await (async () => { const wb = new ExcelJS.Workbook(); await wb.xlsx.load(before as unknown as ArrayBuffer); return wb; })());
    const run = await runCli(["import", book, path("me-trang.xlsx"), path("mai-linh.xlsx"), path("mascopex.xlsx"), path("khanh-viet.xlsx"), path("mai-linh.xlsx"), "--who", "Chị Lan"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Preview: the conversion, every change old → new, the blanks kept, the duplicate file.
    expect(run.stdout).toMatch(/Phiếu tự chấm!E\d+: «98,5» là văn bản, đọc thành số 98,5/);
    expect(run.stdout).toContain("II.1 Thu nhập bình quân: 100 → 98,5");
    expect(run.stdout).toContain("II.1 Thu nhập bình quân: 90 → 88");
    expect(run.stdout).toContain("I.1 Doanh thu: (trống) → 255");
    expect(run.stdout).toMatch(/mascopex\.xlsx — Công ty Cổ phần Mascopex: 3 điểm thay đổi, 0 giữ nguyên, 7 chưa điền/);
    expect(run.stdout).toMatch(/khanh-viet\.xlsx — Tổng công ty Khánh Việt: 0 điểm thay đổi, 9 giữ nguyên, 1 chưa điền/);
    expect(run.stdout).toContain("= mai-linh.xlsx: trùng tệp «mai-linh.xlsx», bỏ qua");

    // The master's values, read back by the workbook reader.
    const reading = await readWorkbook(read(book));
    const self = (reading.doc as Json).scores.self;
    expect(self["me-trang"]["II.1"]).toBe(88);
    expect(self["me-trang"]["III.2"]).toBe(4);
    expect(self["mai-linh"]["II.1"]).toBe(98.5);
    expect(self["mai-linh"]["III.1"]).toBe(70);
    expect(self.mascopex).toEqual({ "I.1": 255, "II.1": 80, "II.3": true });
    expect(self["khanh-viet"]).toEqual(blockDoc().scores.self["khanh-viet"]);
    expect(reading.findings).toEqual([]);

    // The same numbers typed into the block file give the same evaluation (the import is only a way of typing).
    const doc = blockDoc();
    Object.assign(doc.scores.self["me-trang"], { "II.1": 88, "III.2": 4 });
    Object.assign(doc.scores.self["mai-linh"], { "II.1": 98.5, "III.1": 70 });
    doc.scores.self.mascopex = { "I.1": 255, "II.1": 80, "II.3": true };
    const expected = evaluate(doc).units.map((u) => [u.id, u.total, u.rank]);
    expect(evaluate(reading.doc).units.map((u) => [u.id, u.total, u.rank])).toEqual(expected);

    // Nhật ký: time, who, sheet!cell, old → new, which file; the note sanitised and never a formula.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(read(book) as unknown as ArrayBuffer);
    const log = wb.getWorksheet("Nhật ký")!;
    const rows: unknown[][] = [];
    log.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const written = rows.filter((r) => typeof r[2] === "string" && (r[2] as string).startsWith("Điểm tự chấm từ phiếu"));
    expect(written).toHaveLength(7);
    const mai = written.find((r) => (r[2] as string).includes("[mai-linh] II.1"))!;
    expect(mai[1]).toBe("Chị Lan");
    expect(String(mai[0])).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(mai[3]).toBe(100);
    expect(mai[4]).toBe(98.5);
    expect(mai[5]).toMatch(/^Chấm điểm!I\d+$/);
    expect(mai[2]).toContain("mai-linh.xlsx");
    expect(mai[2]).toContain(`minh chứng: '=HYPERLINK("http://x","y")`);
    expect(written.find((r) => (r[2] as string).includes("[mai-linh] III.1"))![2]).toContain("minh chứng: '+84 912 345 678");
    log.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(rows.filter((r) => typeof r[2] === "string" && (r[2] as string).startsWith("Nhận phiếu tự chấm"))).toHaveLength(4);
    // The written cell holds the number.
    expect(wb.getWorksheet("Chấm điểm")!.getCell(String(mai[5]).split("!")[1]).value).toBe(98.5);

    // The backup is the book as it was; the rest of the book is as it was (formulas, other sheets, protection).
    const backups = readdirSync(dir).filter((n) => n.includes(".backup-")).sort();
    const latest = backups.map((n) => read(join(dir, n))).find((b) => Buffer.compare(Buffer.from(b), Buffer.from(before)) === 0);
    expect(latest).toBeDefined();
    const afterGrids = workbookGrids(wb);
    // Cells as a person sees them: an empty cell is empty whether or not the grid has a slot for it.
    const dense = (grid: unknown[][] | undefined): unknown[][] => {
      const rows = (grid ?? []).map((row) => {
        const cells = Array.from(row ?? [], (v) => v ?? null);
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
      while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
      return rows;
    };
    for (const sheet of beforeGrids.sheets) {
      const after = afterGrids.sheets.find((s) => s.name === sheet.name)!;
      expect(dense(after.formulas)).toEqual(dense(sheet.formulas));
      if (!["Chấm điểm", "Nhật ký", "Tổng hợp"].includes(sheet.name)) expect(dense(after.values)).toEqual(dense(sheet.values));
    }
    expect(afterGrids.names).toEqual(beforeGrids.names?.map((n) => (n.name === "khoi_log" ? afterGrids.names!.find((m) => m.name === "khoi_log")! : n)));
    // Conditional formats, validations, print settings, frozen panes and visibility of every sheet, as before.
    const shape = async (data: Uint8Array): Promise<unknown[]> => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(data as unknown as ArrayBuffer);
      return book.worksheets.map((ws) => {
        const extra = ws as unknown as { conditionalFormattings?: unknown[]; dataValidations?: { model?: Record<string, unknown> } };
        return [ws.name, ws.state, extra.conditionalFormattings?.length ?? 0, Object.keys(extra.dataValidations?.model ?? {}).length,
          ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.printArea ?? null, ws.views?.[0]?.state ?? null];
      });
    };
    expect(await shape(read(book))).toEqual(await shape(before));
    const scores = wb.getWorksheet("Chấm điểm")!;
    expect((scores as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(scores.getCell(String(mai[5]).split("!")[1]).protection?.locked).toBe(false);
    expect(scores.getCell(String(mai[5]).split("!")[1]).dataValidation?.type).toBe("decimal");
  });

  test("an unchanged form, or a form imported again, is a no-op: the book's bytes stay as they are", async () => {
    const before = read(book);
    const again = await runCli(["import", book, path("khanh-viet.xlsx"), path("me-trang.xlsx")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Không có điểm nào thay đổi");
    expect(again.stdout).toContain("lưu ý: Tệp này đã được nhập trước đây.");
    expect(Buffer.compare(Buffer.from(read(book)), Buffer.from(before))).toBe(0);
  });

  test("a file that is not a form, and a missing file, are refused by name", async () => {
    const before = read(book);
    writeFileSync(path("notes.xlsx"), "not a workbook");
    const run = await runCli(["import", book, path("notes.xlsx"), book, path("nothing.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/notes\.xlsx: Tệp không phải sổ Excel \.xlsx đọc được/);
    expect(run.stderr).toMatch(/book\.xlsx: Đây là sổ chấm điểm của khối, không phải phiếu tự chấm/);
    expect(run.stderr).toMatch(/nothing\.xlsx: không có tệp này/);
    expect(Buffer.compare(Buffer.from(read(book)), Buffer.from(before))).toBe(0);
  });
});
