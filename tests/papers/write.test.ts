// The papers written into real .xlsx files and read back with ExcelJS: page setup as written (A4, orientation,
// Decree 30/2020 margins, print titles, one page wide), Times New Roman and the rule under the motto; a sheet of the
// officer's is never written over; every paper written is a Nhật ký line (action "papers"); regenerating after a
// score changes keeps every field the officer typed and changes only the rows of numbers; `khoi papers` in place.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runPapersCommand } from "../../src/cli/commands/papers";
import { logLines } from "../../src/forms/events";
import { readFields } from "../../src/papers/fields";
import { writePapersToFile } from "../../src/xlsx/papers";
import { loadWorkbook, workbookGrids } from "../../src/xlsx/read";
import { bookOf, papersOfBook, paperText, sixUnits, TODAY } from "./helpers";

const OPTIONS = { time: "2025-01-05T02:00:00.000Z", who: "Cán bộ TĐKT" };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Cell text of a sheet's printed columns (A…G or the print area's), one line per row. */
function sheetText(ws: ExcelJS.Worksheet): string {
  const last = ws.pageSetup.printArea?.match(/:\$?([A-Z]+)\$?\d+$/)?.[1] ?? "G";
  const lastColumn = ws.getColumn(last).number;
  const lines: string[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell, c) => {
      if (c <= lastColumn && cell.value !== null && cell.value !== "" && !(cell.isMerged && cell.master.address !== cell.address)) cells.push(String(cell.value));
    });
    if (cells.length > 0) lines.push(cells.join(" | "));
  });
  return lines.join("\n");
}

/** A cell's value, font and border as plain data. */
function look(ws: ExcelJS.Worksheet, address: string): { value: unknown; font: Partial<ExcelJS.Font>; border: Partial<ExcelJS.Borders> } {
  return { value: ws.getCell(address).value, font: ws.getCell(address).font ?? {}, border: ws.getCell(address).border ?? {} };
}

/** Sets a paper field in its sheet, as the officer types it: the value cell of the key's row. */
function setField(ws: ExcelJS.Worksheet, key: string, value: string): void {
  let done = false;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (!done && cell.value === key) {
      ws.getCell(cell.row as unknown as number, (cell.col as unknown as number) + 2).value = value;
      done = true;
    }
  }));
  if (!done) throw new Error(`no field ${key} on ${ws.name}`);
}

/** The self-score cell of a unit for a criterion on Chấm điểm (criteria by row, units by column). */
function scoreCell(ws: ExcelJS.Worksheet, unit: string, code: string): ExcelJS.Cell {
  let row = 0;
  let column = 0;
  ws.eachRow((r, i) => r.eachCell((cell, c) => {
    if (cell.value === code && row === 0) row = i;
    if (cell.value === unit && column === 0) column = c;
  }));
  if (!row || !column) throw new Error(`no score cell for ${unit} ${code}`);
  return ws.getCell(row, column);
}

describe("papers written into the block workbook", () => {
  let book: Uint8Array;
  let written: Uint8Array;
  beforeAll(async () => {
    book = await bookOf(sixUnits());
    written = (await writePapersToFile(book, await papersOfBook(book), OPTIONS)).bytes;
  });

  it("page setup as Decree 30/2020 asks, read back from the file", async () => {
    const wb = await load(written);
    const summary = wb.getWorksheet("Bảng tổng hợp 2024")!;
    const minutes = wb.getWorksheet("Biên bản 2024")!;
    const memo = wb.getWorksheet("Tờ trình 2024")!;
    for (const ws of [summary, minutes, memo]) {
      expect(ws.pageSetup.paperSize).toBe(9);
      const m = ws.pageSetup.margins!;
      // Inches in the file: 20 mm top and bottom, 30 mm left, 15 mm right.
      expect(m.top * 25.4).toBeCloseTo(20, 0);
      expect(m.bottom * 25.4).toBeCloseTo(20, 0);
      expect(m.left * 25.4).toBeCloseTo(30, 0);
      expect(m.right * 25.4).toBeCloseTo(15, 0);
      expect(ws.getCell("A1").font?.name).toBe("Times New Roman");
    }
    expect(summary.pageSetup.orientation).toBe("landscape");
    expect(minutes.pageSetup.orientation).toBe("portrait");
    expect(memo.pageSetup.orientation).toBe("portrait");
    expect(summary.pageSetup.fitToPage).toBe(true);
    expect(summary.pageSetup.fitToWidth).toBe(1);
    expect(summary.pageSetup.fitToHeight).toBe(0);
    // The three header rows of the table repeat on every page.
    const titles = summary.pageSetup.printTitlesRow!;
    expect(titles).toMatch(/^\$?\d+:\$?\d+$/);
    const [first, last] = titles.replace(/\$/g, "").split(":").map(Number);
    expect(last - first).toBe(2);
    expect(String(summary.getCell(first, 1).value)).toBe("STT");
    expect(String(summary.getCell(first + 2, 2).value)).toBe("Điểm tối đa");
    // The national heading: bold, upper case, 12 pt; the motto bold 13 pt with a drawn rule beneath.
    const motto = look(minutes, "C2");
    expect(motto.value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(motto.font?.bold).toBe(true);
    expect(motto.font?.size).toBe(13);
    expect(motto.border?.bottom?.style).toBe("thin");
    expect(minutes.getCell("C1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(minutes.getCell("C1").font?.size).toBe(12);
  });

  it("the file holds the paper's text, and the block's own sheets still read", async () => {
    const wb = await load(written);
    expect(sheetText(wb.getWorksheet("Biên bản 2024")!)).toContain("1 | Ban Quản lý Khu kinh tế Vân Phong | 5 | 5 | 4 | 4 | 80%");
    expect(await papersOfBook(written)).toHaveLength(3);
  });

  it("each paper is one Nhật ký line with action «papers»; writing again replaces Khối's papers, never adds sheets", async () => {
    const first = logLines(workbookGrids(await loadWorkbook(written))).filter((l) => l.action === "papers");
    expect(first.map((l) => l.what)).toEqual([
      "Tạo văn bản «Bảng tổng hợp kết quả chấm điểm» trên trang mới «Bảng tổng hợp 2024»",
      "Tạo văn bản «Biên bản họp bình xét thi đua» trên trang mới «Biên bản 2024»",
      "Tạo văn bản «Tờ trình đề nghị khen thưởng» trên trang mới «Tờ trình 2024»",
    ]);
    expect(first.every((l) => l.who === "Cán bộ TĐKT")).toBe(true);
    const again = await writePapersToFile(written, await papersOfBook(written), OPTIONS);
    expect(again.reports.map((r) => [r.sheet, r.replaced])).toEqual([["Bảng tổng hợp 2024", true], ["Biên bản 2024", true], ["Tờ trình 2024", true]]);
    const wb = await load(again.bytes);
    expect(wb.worksheets.filter((ws) => /^(Bảng tổng hợp|Biên bản|Tờ trình)/.test(ws.name))).toHaveLength(3);
    const lines = logLines(workbookGrids(await loadWorkbook(again.bytes))).filter((l) => l.action === "papers");
    expect(lines).toHaveLength(6);
    expect(lines[3].what).toMatch(/^Tạo lại văn bản «Bảng tổng hợp kết quả chấm điểm» trên trang «Bảng tổng hợp 2024»/);
  });

  it("a sheet of the officer's with the paper's name is left as it was; the paper takes the next free name", async () => {
    const wb = await load(book);
    wb.addWorksheet("Biên bản 2024").getCell("A1").value = "Biên bản tự soạn của tôi";
    const mine = await save(wb);
    const out = await writePapersToFile(mine, await papersOfBook(mine), OPTIONS);
    expect(out.reports[1]).toMatchObject({ sheet: "Biên bản 2024 (2)", replaced: false });
    const back = await load(out.bytes);
    expect(back.getWorksheet("Biên bản 2024")!.getCell("A1").value).toBe("Biên bản tự soạn của tôi");
    expect(back.getWorksheet("Biên bản 2024")!.actualRowCount).toBe(1);
    expect(sheetText(back.getWorksheet("Biên bản 2024 (2)")!)).toContain("BIÊN BẢN");
  });
});

describe("regenerating after a score changed", () => {
  it("keeps every field the officer typed and changes only the rows of numbers", async () => {
    const book = await bookOf(sixUnits());
    const first = (await writePapersToFile(book, await papersOfBook(book), OPTIONS)).bytes;
    const typed = await load(first);
    const minutes = typed.getWorksheet("Biên bản 2024")!;
    const memo = typed.getWorksheet("Tờ trình 2024")!;
    const summary = typed.getWorksheet("Bảng tổng hợp 2024")!;
    setField(minutes, "number", "07");
    setField(minutes, "chair", "Trần Văn Biên, Trưởng ban");
    setField(minutes, "secretary", "Lê Thị Hoa");
    setField(minutes, "time", "14 giờ 00");
    setField(minutes, "date", "20/12/2024");
    setField(memo, "number", "15");
    setField(memo, "legalBases", "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2024 của UBND tỉnh;\nCăn cứ Quy chế hoạt động của Khối năm 2024,");
    setField(memo, "recipients", "Như trên;\nLưu: VT, KTĐ.");
    setField(memo, "signer", "Nguyễn Thị Mai");
    setField(summary, "preparer", "Phạm Văn Tư");
    const fieldsOnly = await save(typed);
    // Ban Quản lý dự án Đầu tư xây dựng's self score for I.2 (attracting projects) goes from 17 to 12: 90 → 85.
    scoreCell(typed.getWorksheet("Chấm điểm")!, "dt", "I.2").value = 12;
    const changed = await save(typed);

    const before = await papersOfBook(fieldsOnly);
    const after = await papersOfBook(changed);
    const rewritten = (await writePapersToFile(changed, after, OPTIONS)).bytes;
    const back = await load(rewritten);
    // Every typed field is still in its cell.
    const grids = workbookGrids(await loadWorkbook(rewritten));
    const fields = (name: string) => readFields(grids.sheets.find((s) => s.name === name)!)!.fields;
    expect(fields("Biên bản 2024")).toMatchObject({ number: "07", chair: "Trần Văn Biên, Trưởng ban", secretary: "Lê Thị Hoa", time: "14 giờ 00", date: "20/12/2024" });
    expect(fields("Tờ trình 2024")).toMatchObject({ number: "15", recipients: "Như trên;\nLưu: VT, KTĐ.", signer: "Nguyễn Thị Mai" });
    expect(fields("Tờ trình 2024").legalBases).toContain("Quyết định số 12/QĐ-UBND");
    expect(fields("Bảng tổng hợp 2024").preparer).toBe("Phạm Văn Tư");
    // … and shows in the papers.
    const minutesText = sheetText(back.getWorksheet("Biên bản 2024")!);
    expect(minutesText).toContain("Số: 07/BB-KTĐ | Khánh Hòa, ngày 20 tháng 12 năm 2024");
    expect(minutesText).toContain("1. Thời gian: 14 giờ 00, ngày 20 tháng 12 năm 2024.");
    expect(minutesText).toContain("Lê Thị Hoa | Trần Văn Biên");
    const memoText = sheetText(back.getWorksheet("Tờ trình 2024")!);
    expect(memoText).toContain("Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2024 của UBND tỉnh;");
    expect(memoText).not.toContain("Nghị định số 98/2023");
    expect(memoText).toContain("- Lưu: VT, KTĐ.");
    expect(memoText).toContain("(Biên bản số 07/BB-KTĐ)");
    expect(sheetText(back.getWorksheet("Bảng tổng hợp 2024")!)).toContain("5 | Ban Quản lý dự án Đầu tư xây dựng | 48 | 48 | 37 | 37 | 0 | 0 | 85 | 5");
    // Only rows of numbers changed: Đầu tư xây dựng fell from 4th (90) to 5th (85), Nông nghiệp rose to 4th.
    // Summary: their two rows; minutes: the ranking and both ballot tables; memo: neither is proposed, nothing.
    const expected = [2, 6, 0];
    for (const kind of [0, 1, 2]) {
      const a = paperText(before[kind]).split("\n");
      const b = paperText(after[kind]).split("\n");
      expect(b).toHaveLength(a.length);
      const differing = b.filter((line, i) => line !== a[i]);
      expect(differing).toHaveLength(expected[kind]);
      for (const line of differing) expect(line).toMatch(/^\d+ \| Ban Quản lý dự án (Đầu tư xây dựng|Nông nghiệp) \|/);
    }
  });
});

describe("khoi papers", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
  };

  it("writes the papers into the workbook in place and keeps a dated backup", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khoi-papers-"));
    const path = join(dir, "khoi.xlsx");
    const original = await bookOf(sixUnits());
    writeFileSync(path, original);
    const run = io();
    // The meeting's day (not today, 5/1/2025) decides the date and the legal texts in force: Decree 91/2017 in 2021.
    expect(await runPapersCommand([path, "--who", "Cán bộ TĐKT", "--date", "8/1/2021"], run.io, () => TODAY)).toBe(0);
    expect(run.out.join("")).toContain("Tạo mới trang «Biên bản 2024»");
    const backups = readdirSync(dir).filter((f) => f.startsWith("khoi.backup-"));
    expect(backups).toHaveLength(1);
    expect(new Uint8Array(readFileSync(join(dir, backups[0])))).toEqual(original);
    const wb = await load(new Uint8Array(readFileSync(path)));
    expect(sheetText(wb.getWorksheet("Biên bản 2024")!)).toContain("Khánh Hòa, ngày 08 tháng 01 năm 2021");
    expect(sheetText(wb.getWorksheet("Tờ trình 2024")!)).toContain("Căn cứ Nghị định số 91/2017/NĐ-CP");
    expect(logLines(workbookGrids(await loadWorkbook(new Uint8Array(readFileSync(path))))).filter((l) => l.action === "papers" && l.who === "Cán bộ TĐKT")).toHaveLength(3);
  });

  it("a workbook with errors still gets its papers, with a warning to fix them before signing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khoi-papers-"));
    const path = join(dir, "khoi.xlsx");
    const doc = sixUnits() as { scores: { self: Record<string, Record<string, unknown>> } };
    doc.scores.self.gt["I.2"] = 25; // above the criterion's maximum of 20
    writeFileSync(path, await bookOf(doc));
    const run = io();
    expect(await runPapersCommand([path], run.io, () => TODAY)).toBe(0);
    expect(run.out.join("")).toContain("Lưu ý: sổ còn 1 lỗi");
  });

  it("--pdf without LibreOffice says so and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khoi-papers-"));
    const path = join(dir, "khoi.xlsx");
    writeFileSync(path, await bookOf(sixUnits()));
    const run = io();
    const code = await runPapersCommand([path, "--pdf", join(dir, "pdf")], run.io, () => TODAY, { PATH: "/nonexistent", SOFFICE: "/nonexistent/soffice" });
    expect(code).toBe(2);
    expect(run.err.join("")).toContain("không tìm thấy LibreOffice (soffice)");
    expect(readdirSync(dir)).toEqual(["khoi.xlsx"]);
    expect(existsSync(join(dir, "pdf"))).toBe(false);
  });

  it("a workbook without a block is refused with a reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khoi-papers-"));
    const path = join(dir, "khac.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "Danh sách";
    writeFileSync(path, await save(wb));
    const run = io();
    expect(await runPapersCommand([path], run.io, () => TODAY)).not.toBe(0);
    expect(run.err.join("")).toMatch(/khoi papers: .*khac\.xlsx/);
    expect(readdirSync(dir)).toEqual(["khac.xlsx"]);
  });
});
