// The standalone page's WorkbookHost on an in-memory .xlsx, checked at the file boundary: what it saves is read back
// with ExcelJS and the workbook reader, and compared with the engine on the same block (never with the host's own view).
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import { buildLayout } from "../../src/workbook/build";
import { readWorkbook } from "../../src/xlsx/read";
import { BookOpenError, emptyBook, loadBook } from "../../src/xlsx/book";
import { DEMO_DOCUMENT, demoBook } from "../../src/standalone/demo";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook, parseTsv, typedValue } from "../../src/standalone/fileWorkbook";
import { readSummary, summaryDifferences } from "../helpers/summary-cells";

const SHARED_EXAMPLE = join(__dirname, "..", "..", "..", "shared", "examples", "lang-son-cum-ii-2020.json");
type Doc = { scores: { self: Record<string, Record<string, unknown>> }; units: { id: string; name: string }[] };
const example = (): Doc => JSON.parse(JSON.stringify(DEMO_DOCUMENT)) as Doc;

async function demo(): Promise<FileWorkbook> {
  return new FileWorkbook(await demoBook("vi"), { kind: "demo" });
}

/** Where a score of the self layer is on Chấm điểm (row, column from 0), found from the layout the file was built from. */
function selfScoreCell(code: string, unit: string): { row: number; column: number } {
  const { block } = parseBlock(DEMO_DOCUMENT);
  const sheet = buildLayout(block!, { formulas: "native", language: "vi" }).sheets.find((s) => s.key === "scores")!;
  let codeRow = -1;
  let unitColumn = -1;
  for (const region of sheet.regions) {
    region.cells.forEach((line, dr) =>
      line.forEach((cell, dc) => {
        if (cell === code && region.column + dc === 0) codeRow = region.row + dr;
        if (cell === unit && unitColumn < 0) unitColumn = region.column + dc;
      }),
    );
  }
  if (codeRow < 0 || unitColumn < 0) throw new Error(`no cell for ${code}/${unit}`);
  return { row: codeRow, column: unitColumn };
}

async function saved(doc: FileWorkbook) {
  const { bytes, fileName } = await doc.save();
  return { bytes, fileName, reading: await readWorkbook(bytes) };
}

describe("the demo workbook", () => {
  it("is the shared example, copied unchanged into the page", () => {
    expect(DEMO_DOCUMENT).toEqual(JSON.parse(readFileSync(SHARED_EXAMPLE, "utf8")));
  });

  it("gives the reported outcome: Ga Đồng Đăng first with the flag, Lương thực Cao Lạng second with the Bằng khen", async () => {
    const { reading } = await saved(await demo());
    const result = evaluate(reading.doc);
    const byRank = [...result.units].sort((a, b) => a.rank - b.rank);
    expect(byRank.slice(0, 2).map((u) => [u.id, u.rank, u.award])).toEqual([
      ["ga-dd", 1, "flag"],
      ["lt-cl", 2, "merit"],
    ]);
  });
});

describe("typing and pasting into the input sheets", () => {
  it("a typed score is stored as the number it stands for, and Tổng hợp caches the engine's new results", async () => {
    const doc = await demo();
    const penalty = selfScoreCell("TR", "ga-dd");
    expect(doc.setCell("Chấm điểm", penalty.row, penalty.column, "10")).toBe(true);
    const report = selfScoreCell("II.2", "lt-cl");
    expect(doc.setCell("Chấm điểm", report.row, report.column, "9,5")).toBe(true);
    expect(doc.dirty).toBe(true);

    const expected = example();
    expected.scores.self["ga-dd"].TR = 10;
    expected.scores.self["lt-cl"]["II.2"] = 9.5;
    const engine = evaluate(expected);
    const { bytes } = await doc.save();
    const { rows } = await readSummary(bytes);
    expect(summaryDifferences(rows, engine.units)).toEqual([]);
    // And the ranking changed hands: the expectation is not the demo's.
    expect(engine.units.find((u) => u.id === "ga-dd")!.rank).not.toBe(1);
  });

  it("refuses cells that do not take values: computed sheets and the labels of input sheets", async () => {
    const doc = await demo();
    const before = Buffer.from(await doc.book.xlsx.writeBuffer()).length;
    expect(doc.setCell("Tổng hợp", 5, 8, "100")).toBe(false);
    expect(doc.setCell("Chấm điểm", 0, 0, "x")).toBe(false);
    expect(doc.setCell("Không có", 0, 0, "x")).toBe(false);
    expect(doc.dirty).toBe(false);
    expect(Buffer.from(await doc.book.xlsx.writeBuffer()).length).toBe(before);
  });

  it("pastes a tab-separated block from its top-left cell, skipping cells that do not take values", async () => {
    const doc = await demo();
    const start = selfScoreCell("III.1", "xd-ls");
    // Three columns from xd-ls: xd-ls, lt-cl, bm-ls are inputs; a 4th would be the appraised layer's first unit (input too).
    const outcome = doc.paste("Chấm điểm", start.row, start.column, "1\t2\r\n3\t4\r\n");
    expect(outcome).toEqual({ written: 4, skipped: 0 });
    const { reading } = await saved(doc);
    const self = (reading.doc as Doc).scores.self;
    expect([self["xd-ls"]["III.1"], self["lt-cl"]["III.1"], self["xd-ls"]["III.2"], self["lt-cl"]["III.2"]]).toEqual([1, 2, 3, 4]);
    // A block that starts on the criterion's name column: those cells are skipped, the rest written.
    const names = doc.paste("Chấm điểm", start.row, 1, "a\tb\tc\td\t7");
    expect(names.skipped).toBe(3);
  });

  it("reads what an officer types the way Excel with Vietnamese settings does", () => {
    expect(typedValue("8,5")).toBe(8.5);
    expect(typedValue(" 12 ")).toBe(12);
    expect(typedValue("")).toBeNull();
    // Ambiguous (one thousand, or one point zero?): kept as typed for the reader to flag with an offer.
    expect(typedValue("1.000")).toBe("1.000");
    expect(typedValue("Có")).toBe("Có");
    expect(parseTsv("1\t2\r\n3\t4\r\n")).toEqual([["1", "2"], ["3", "4"]]);
    expect(parseTsv("5\n")).toEqual([["5"]]);
  });
});

describe("Thiết lập through the file host", () => {
  const { block } = parseBlock(DEMO_DOCUMENT);

  it("creates the block workbook in an empty book, and the saved file reads back as the same block", async () => {
    const doc = new FileWorkbook(emptyBook(), { kind: "new" });
    const host = createFileWorkbookHost(doc, { now: () => new Date("2026-01-02T03:04:05Z") });
    expect((await host.inspect()).isBlockWorkbook).toBe(false);
    const steps: string[] = [];
    const report = await host.applyLayout(buildLayout(block!, { formulas: "native", language: "vi" }), {
      block: block!, keepValues: true, onProgress: (step) => steps.push(step),
    });
    expect(steps).toEqual(["inspect", "write", "done"]);
    expect(report.created.map((s) => s.name)).toContain("Chấm điểm");
    expect(report.units).toBe(5);
    const inspection = await host.inspect();
    expect(inspection.isBlockWorkbook).toBe(true);
    const { reading, fileName } = await saved(doc);
    expect(fileName).toBe("Cụm thi đua II - Các doanh nghiệp Trung ương 2020.xlsx");
    expect((reading.doc as Doc).units.map((u) => u.id)).toEqual(["dl-ls", "ga-dd", "xd-ls", "lt-cl", "bm-ls"]);
  });

  it("keeps the user's own sheets (a sheet called Tổng hợp included) and their values, and names Khối's sheet apart", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Danh sách").addRows([["STT", "Đơn vị"], [1, "Ga Đồng Đăng"]]);
    wb.addWorksheet("Tổng hợp").getCell("C3").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    const logo = wb.addImage({ buffer: readFileSync(join(__dirname, "..", "..", "assets", "icon-32.png")) as unknown as ExcelJS.Buffer, extension: "png" });
    wb.getWorksheet("Danh sách")!.addImage(logo, "D2:E4");
    const user = await loadBook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const doc = new FileWorkbook(user, { kind: "file", name: "danh-sach.xlsx" });
    const host = createFileWorkbookHost(doc);
    const report = await host.applyLayout(buildLayout(block!, { formulas: "native", language: "vi" }), { block: block!, keepValues: true });
    expect(report.renamed).toEqual([{ key: "summary", wanted: "Tổng hợp", name: "Tổng hợp (2)" }]);

    const { bytes } = await doc.save();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(back.worksheets.slice(0, 2).map((ws) => ws.name)).toEqual(["Danh sách", "Tổng hợp"]);
    expect(back.getWorksheet("Danh sách")!.getCell("B2").value).toBe("Ga Đồng Đăng");
    // The user's picture is still there, where it was.
    const images = back.getWorksheet("Danh sách")!.getImages();
    expect(images).toHaveLength(1);
    expect([images[0].range.tl.nativeCol, images[0].range.tl.nativeRow]).toEqual([3, 1]);
    expect(Buffer.from(back.getImage(Number(images[0].imageId)).buffer as unknown as ArrayBuffer).equals(readFileSync(join(__dirname, "..", "..", "assets", "icon-32.png")))).toBe(true);
    expect((back.getWorksheet("Tổng hợp")!.getCell("C3").value as { formula: string }).formula).toBe("1+1");
    expect(back.getWorksheet("Tổng hợp (2)")).toBeDefined();
    // The file is a block workbook the reader takes (Khối's summary found under its new name).
    const reading = await readWorkbook(bytes);
    expect(evaluate(reading.doc).units).toHaveLength(5);
  });

  it("upgrading a block workbook keeps every typed value, as typed", async () => {
    const doc = await demo();
    const at = selfScoreCell("III.2", "bm-ls");
    doc.setCell("Chấm điểm", at.row, at.column, "oops");
    const host = createFileWorkbookHost(doc);
    const report = await host.applyLayout(buildLayout(block!, { formulas: "native", language: "vi" }), { block: block!, keepValues: true });
    expect(report.updated.map((s) => s.name)).toContain("Chấm điểm");
    expect(report.kept).toBeGreaterThan(40);
    expect(report.dropped).toEqual([]);
    const { reading } = await saved(doc);
    const self = (reading.doc as Doc).scores.self;
    expect(self["bm-ls"]["III.2"]).toBe("oops");
    expect(self["ga-dd"]["I.1"]).toBe(252);
  });

  it("switching formulas rewrites only formula cells: KHOI.* and back to native, typed values untouched", async () => {
    const doc = await demo();
    const host = createFileWorkbookHost(doc);
    const toKhoi = await host.switchFormulaMode("khoi");
    expect(toKhoi.cells).toBeGreaterThan(0);
    expect((await host.inspect()).formulas).toBe("khoi");
    const formulas: string[] = [];
    doc.book.getWorksheet("Tổng hợp")!.eachRow((row) => row.eachCell((cell) => {
      const f = (cell as unknown as { formula?: string }).formula;
      if (f) formulas.push(f);
    }));
    expect(formulas.some((f) => f.includes("KHOI."))).toBe(true);
    const back = await host.switchFormulaMode("native");
    expect(back.cells).toBe(toKhoi.cells);
    const { bytes } = await doc.save();
    const { rows } = await readSummary(bytes);
    expect(summaryDifferences(rows, evaluate(DEMO_DOCUMENT).units)).toEqual([]);
  });

  it("«Đến ô …» reaches the page's listener; an unknown sheet is refused in Vietnamese", async () => {
    const doc = await demo();
    const host = createFileWorkbookHost(doc);
    const seen: string[] = [];
    doc.onGoTo((ref) => seen.push(`${ref.sheet}!${ref.address}`));
    await host.goToCell({ sheet: "Chấm điểm", address: "F13" });
    expect(seen).toEqual(["Chấm điểm!F13"]);
    await expect(host.goToCell({ sheet: "Không có", address: "A1" })).rejects.toThrow("Không có trang");
  });

  it("the forms round trip's writes: cells set and lines appended to Nhật ký, change listeners told", async () => {
    const doc = await demo();
    const host = createFileWorkbookHost(doc);
    let told = 0;
    const stop = await host.onInputsChanged!(() => told++);
    const at = selfScoreCell("III.1", "bm-ls");
    const address = `${String.fromCharCode(65 + at.column)}${at.row + 1}`;
    await host.writeCells!([{ cell: { sheet: "Chấm điểm", address }, value: 6 }], [
      { time: "2026-01-02T03:04:05Z", who: "Khối", what: "Nhận phiếu tự chấm của Công ty Bảo Minh Lạng Sơn", old: 9, new: 6, cell: `Chấm điểm!${address}` },
    ]);
    stop();
    expect(told).toBe(1);
    const { bytes, reading } = await saved(doc);
    expect((reading.doc as Doc).scores.self["bm-ls"]["III.1"]).toBe(6);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const lines: unknown[][] = [];
    back.getWorksheet("Nhật ký")!.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
    expect(lines.some((line) => line.includes("Nhận phiếu tự chấm của Công ty Bảo Minh Lạng Sơn") && line.includes(`Chấm điểm!${address}`))).toBe(true);
    expect((await host.readGrids!()).sheets.map((g) => g.name)).toContain("Nhật ký");
    await expect(host.writeCells!([{ cell: { sheet: "Không có", address: "A1" }, value: 1 }], [])).rejects.toThrow("chưa ghi gì");
  });

  it("saving a workbook with no sheet yet says to set up first", async () => {
    const doc = new FileWorkbook(emptyBook(), { kind: "new" });
    await expect(doc.save()).rejects.toThrow("Thiết lập");
  });
});

describe("opening files that are not a Khối workbook", () => {
  const open = (bytes: Uint8Array) => loadBook(bytes).then(() => "opened", (error: unknown) => (error instanceof BookOpenError ? error.message : `raw: ${String(error)}`));

  it("says what each broken file is, in Vietnamese, never a raw library error", async () => {
    const zip = new JSZip();
    zip.file("ghi-chu.txt", "không phải sổ tính");
    expect(await open(new Uint8Array())).toMatch(/^Tệp rỗng \(0 byte\)/);
    expect(await open(new TextEncoder().encode("Đơn vị;Điểm\n"))).toMatch(/không phải sổ Excel \.xlsx/);
    expect(await open(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/định dạng cũ \(\.xls\)/);
    expect(await open(await zip.generateAsync({ type: "uint8array" }))).toMatch(/không phải sổ Excel \.xlsx đọc được/);
  });

  it("a workbook without Khối's sheets opens, is not a block workbook, and takes no typed value", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Danh sách").getCell("A1").value = "STT";
    const doc = new FileWorkbook(await loadBook(new Uint8Array(await wb.xlsx.writeBuffer())), { kind: "file", name: "x.xlsx" });
    expect(doc.inspect()).toMatchObject({ isBlockWorkbook: false, userSheets: ["Danh sách"] });
    expect(doc.setCell("Danh sách", 0, 0, "1")).toBe(false);
    expect(doc.fileName()).toBe("x.xlsx");
  });
});
