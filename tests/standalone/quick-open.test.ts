// A file opened on the standalone page is read quickly and checked at once; ExcelJS's full model comes later. What an
// officer types before it is there must not be lost, reads must see it, and writes must wait for it. Checked at the
// file boundary: the saved .xlsx read back, against the engine on the same block.
import JSZip from "jszip";
import { evaluate } from "../../src/core/evaluate";
import { bookBytes, openBook, sheetViews } from "../../src/xlsx/book";
import { readWorkbookAndGrids, workbookGrids } from "../../src/xlsx/read";
import { readLayout } from "../../src/workbook/read";
import { DEMO_DOCUMENT, demoBook } from "../../src/standalone/demo";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { readSummary, summaryDifferences } from "../helpers/summary-cells";

type Doc = { scores: { self: Record<string, Record<string, unknown>> } };
const example = (): Doc => JSON.parse(JSON.stringify(DEMO_DOCUMENT)) as Doc;

/** The demo saved to a file and opened as the page opens a file. */
async function openedDemo(): Promise<FileWorkbook> {
  const opened = await openBook(await bookBytes(await demoBook("vi")));
  expect("snapshot" in opened).toBe(true); // read quickly: the full model is not built yet
  return new FileWorkbook(opened, { kind: "file", name: "demo.xlsx" });
}

/** A self score's cell on Chấm điểm, found by the criterion code in column A and the unit's id in the header. */
function selfCell(doc: FileWorkbook, code: string, unit: string): { row: number; column: number } {
  const values = doc.grids().sheets.find((s) => s.name === "Chấm điểm")!.values;
  const row = values.findIndex((line) => line?.[0] === code);
  for (const line of values) {
    const at = (line ?? []).indexOf(unit);
    if (at >= 0) return { row, column: at };
  }
  throw new Error(`no cell for ${code}/${unit}`);
}

describe("a file read quickly, before ExcelJS's model is built", () => {
  it("shows and checks the same workbook the full load gives", async () => {
    const doc = await openedDemo();
    const quickViews = doc.views();
    const quickReading = doc.reading();
    expect(doc.isLoaded).toBe(false);
    // The demo's outcome, from the quick read alone.
    const ranked = [...evaluate(quickReading.doc).units].sort((a, b) => a.rank - b.rank);
    expect(ranked.slice(0, 2).map((u) => [u.id, u.award])).toEqual([["ga-dd", "flag"], ["lt-cl", "merit"]]);
    const book = await doc.loaded();
    expect(doc.isLoaded).toBe(true);
    // What the full model gives, read afresh: the same sheets, the same block, the same findings.
    expect(sheetViews(book)).toEqual(quickViews);
    const full = readLayout(workbookGrids(book));
    expect([full.doc, full.findings, full.stray]).toEqual([quickReading.doc, quickReading.findings, quickReading.stray]);
  });

  it("keeps a score typed and a block pasted before the model is there, applies them in order, and the check sees them", async () => {
    const doc = await openedDemo();
    const host = createFileWorkbookHost(doc);
    const penalty = selfCell(doc, "TR", "ga-dd");
    const report = selfCell(doc, "II.2", "lt-cl");
    expect(doc.setCell("Chấm điểm", penalty.row, penalty.column, "7")).toBe(true);
    expect(doc.setCell("Chấm điểm", penalty.row, penalty.column, "10")).toBe(true); // typed again: the last one counts
    expect(doc.paste("Chấm điểm", report.row, report.column, "9,5")).toEqual({ written: 1, skipped: 0 });
    // A label cell does not take values, before the model as after.
    expect(doc.setCell("Chấm điểm", 0, 0, "x")).toBe(false);
    expect(doc.isLoaded).toBe(false);

    // The check waits for the edits: it sees the new scores, not the file's.
    const expected = example();
    expected.scores.self["ga-dd"].TR = 10;
    expected.scores.self["lt-cl"]["II.2"] = 9.5;
    const reading = await host.readBlock();
    expect((reading.doc as Doc).scores.self["ga-dd"].TR).toBe(10);
    expect((reading.doc as Doc).scores.self["lt-cl"]["II.2"]).toBe(9.5);
    expect(doc.dirty).toBe(true);

    // The saved file holds them, with Tổng hợp's cached results the engine's.
    const { bytes } = await doc.save();
    const { rows } = await readSummary(bytes);
    const engine = evaluate(expected);
    expect(summaryDifferences(rows, engine.units)).toEqual([]);
    expect(engine.units.find((u) => u.id === "ga-dd")!.rank).not.toBe(1);
  });

  it("builds the model before any write: Nhật ký lines written through the host land in the saved file", async () => {
    const doc = await openedDemo();
    const host = createFileWorkbookHost(doc);
    const at = selfCell(doc, "TR", "ga-dd");
    await host.writeCells!(
      [{ cell: { sheet: "Chấm điểm", address: `${String.fromCharCode(65 + at.column)}${at.row + 1}` }, value: 10 }],
      [{ time: "2026-11-30T07:00:00.000Z", who: "Cán bộ thử", what: "Điểm tự chấm TR của Ga Đồng Đăng", old: null, new: 10, cell: "Chấm điểm!X", action: "ballots" }],
    );
    expect(doc.isLoaded).toBe(true);
    const { reading, grids } = await readWorkbookAndGrids((await doc.save()).bytes);
    expect((reading.doc as Doc).scores.self["ga-dd"].TR).toBe(10);
    const log = grids.sheets.find((sheet) => sheet.name === "Nhật ký")!.values;
    expect(log.some((line) => line?.includes("Cán bộ thử") && line.includes("Điểm tự chấm TR của Ga Đồng Đăng"))).toBe(true);
  });

  it("a file whose other parts ExcelJS cannot read: viewed and checked, not changed, and the page is told why", async () => {
    const zip = await JSZip.loadAsync(await bookBytes(await demoBook("vi")));
    // The document's properties cut short: nothing the quick read needs, but ExcelJS's load fails on it.
    zip.file("docProps/app.xml", "<Properties><Company>Sở Nội vụ");
    const opened = await openBook(await zip.generateAsync({ type: "uint8array" }));
    expect("snapshot" in opened).toBe(true);
    const doc = new FileWorkbook(opened, { kind: "file", name: "hỏng.xlsx" });
    let told = 0;
    doc.subscribe(() => told++);
    expect(evaluate(doc.reading().doc).units).toHaveLength(evaluate(DEMO_DOCUMENT).units.length);
    const at = selfCell(doc, "TR", "ga-dd");
    expect(doc.setCell("Chấm điểm", at.row, at.column, "10")).toBe(true);
    await expect(doc.loaded()).rejects.toThrow(/hỏng|không đọc được/);
    expect(doc.loadError).toMatch(/Excel hoặc LibreOffice/);
    expect(told).toBeGreaterThan(0);
    expect(doc.dirty).toBe(false); // the edit was not applied anywhere
    await expect(doc.save()).rejects.toThrow();
  });
});
