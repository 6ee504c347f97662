// PROVINCE.xlsx written by `khoi province` on the fixture folder: read back with ExcelJS, recalculated by LibreOffice
// (its formulas must give the counts expected by hand), then marked by the board and consolidated again.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { libreOfficeAvailable, recalculate } from "../helpers/libreoffice";
import { runCli } from "../cli/run-cli";
import { FILES, fileOf, readerAuditsFormulas, writeProvinceFolder } from "./province-fixture";

/** 1 when the reader reports block 11's typed-over formula as well (see readerAuditsFormulas). */
let AUDIT = 0;

let dir: string;
let output: string;
let book: ExcelJS.Workbook;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
/** A cell's value, or its cached result for a formula. */
function valueAt(wb: ExcelJS.Workbook, sheet: string, address: string): unknown {
  return shown(wb.getWorksheet(sheet)!.getCell(address));
}
/** ExcelJS drops a cached 0 from `value`; the cell's `result` keeps it (as src/xlsx/read.ts reads it). */
function shown(cell: ExcelJS.Cell): unknown {
  const v = cell.value as { formula?: string } | null;
  return v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? (cell as unknown as { result?: unknown }).result : v;
}
function formulaAt(wb: ExcelJS.Workbook, sheet: string, address: string): string | undefined {
  return (wb.getWorksheet(sheet)!.getCell(address).value as { formula?: string } | null)?.formula;
}

const SUMMARY = "Tổng hợp";
const GOV = "Cờ Chính phủ";
const FLAG_LIST = "DS Cờ thi đua của UBND tỉnh";
const MERIT_LIST = "DS Bằng khen của Chủ tịch UBND"; // 31 characters at most

// Summary rows in block-name order (rows 5–18): file, errors, warnings, counted by hand from the fixture's findings
// (a finding across blocks counts once for each file it involves).
const EXPECTED_ROWS = (): [string, number, number][] => [
  [fileOf(1), 0, 0], [fileOf(2), 0, 0], [fileOf(3), 0, 1], [fileOf(4), 0, 2], [fileOf(5), 0, 0], [fileOf(6), 0, 0],
  [fileOf(7), 1, 0], [fileOf(8), 1, 0], [fileOf(9), 0, 0], [FILES.resent, 0, 1], [fileOf(10), 0, 1], [fileOf(11), 3 + AUDIT, 0],
  [FILES.lastYear, 1, 0], [fileOf(12), 0, 0],
];

beforeAll(async () => {
  dir = await writeProvinceFolder(mkdtempSync(join(tmpdir(), "khoi-province-book-")));
  output = join(dir, "PROVINCE.xlsx");
  AUDIT = (await readerAuditsFormulas(dir)) ? 1 : 0;
  const run = await runCli(["province", dir, "-o", output]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  book = await load(readFileSync(output));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("PROVINCE.xlsx", () => {
  it("has the summary, one sheet per award list, the Government-flag sheet and the findings", () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual([SUMMARY, "Xếp hạng", FLAG_LIST, MERIT_LIST, GOV, "Phát hiện"]);
  });

  it("lists every unit of the blocks used, block by block in rank order", () => {
    const ws = book.getWorksheet("Xếp hạng")!;
    // 12 blocks used: 6+7+8+9+5+6+7+8+9+5+6+7 = 83 units from row 4; block 3 (8 units) after blocks 1 (6) and 2 (7).
    expect(ws.getCell("A86").value).toBe(14);
    expect(ws.getCell("A87").value).toBeNull();
    expect(ws.getRow(17).values).toEqual([undefined, 3, "Khối thi đua số 03", 1, "Công ty Điện lực khu vực 3", 937.5, 93.75, "Cờ thi đua của UBND tỉnh", join(dir, fileOf(3))]);
    expect(ws.getRow(24).values).toEqual([undefined, 3, "Khối thi đua số 03", 8, "Trung tâm Văn hóa tỉnh", 920.7, 92.07, undefined, join(dir, fileOf(3))]);
  });

  it("summarises each block file on one row with its status, counts, leader and nominees", () => {
    const ws = book.getWorksheet(SUMMARY)!;
    expect(ws.getCell("B4").value).toBe("Khối, cụm thi đua");
    EXPECTED_ROWS().forEach(([file, errors, warnings], i) => {
      const r = 5 + i;
      expect([basename(String(valueAt(book, SUMMARY, `D${r}`))), valueAt(book, SUMMARY, `H${r}`), valueAt(book, SUMMARY, `I${r}`)]).toEqual([file, errors, warnings]);
    });
    expect(ws.getCell("E15").value).toBe(`Không dùng: khối đã gửi lại (${join(dir, FILES.resent)})`);
    expect(ws.getCell("E17").value).toBe("Không dùng: khác năm tổng hợp");
    expect(ws.getCell("F5").value).toBe("chưa niêm phong");
    expect(ws.getCell("J5").value).toBe("Công ty Cấp nước khu vực 1"); // the Trưởng khối: the second unit of each fixture block
    expect(ws.getCell("K5").value).toBe("Công ty Điện lực khu vực 1");
    expect(ws.getCell("L5").value).toBe("Công ty Cấp nước khu vực 1; Công ty Xăng dầu khu vực 1");
    expect(formulaAt(book, SUMMARY, "H5")).toMatch(/^COUNTIFS\('Phát hiện'!\$B\$5:\$B\$\d+,\$A5,'Phát hiện'!\$F\$5:\$F\$\d+,"Lỗi"\)$/);
  });

  it("lists every award proposal with its total on a 100-point scale, and the Government-flag candidates", () => {
    const flag = book.getWorksheet(FLAG_LIST)!;
    expect(flag.getRow(4).values).toEqual([undefined, "STT", "Đơn vị", "Khối, cụm thi đua", "Tổng điểm", "Điểm quy thang 100", "Hạng trong khối", "Phiếu đồng ý", "Số có mặt", "Tệp"]);
    // Blocks 2, 5, 8, 11 (agency) lead with 100 points; then the 1,000-point blocks with 937.5 → 93.75.
    expect(flag.getCell("E5").value).toBe(100);
    expect(flag.getCell("E9").value).toBe(93.75);
    expect(flag.getCell("D9").value).toBe(937.5);
    expect(valueAt(book, FLAG_LIST, "D18")).toBe(12);
    expect(valueAt(book, MERIT_LIST, "D27")).toBe(21);
    const gov = book.getWorksheet(GOV)!;
    expect([gov.getCell("E3").value, gov.getCell("E4").value, valueAt(book, GOV, "E5"), valueAt(book, GOV, "E6"), valueAt(book, GOV, "E7")])
      .toEqual([12, 0.2, 2, 0, "Trong giới hạn"]);
    expect(gov.getCell("H8").value).toBe("Chọn (x)");
    expect(gov.getColumn(9).hidden).toBe(true);
    expect([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((r) => gov.getCell(`B${r}`).value)).toHaveLength(12);
    expect(gov.getCell("B21").value).toBeNull();
  });

  it("lists every finding with its file and cell", () => {
    const ws = book.getWorksheet("Phát hiện")!;
    const rows: unknown[][] = [];
    for (let r = 5; r <= ws.rowCount; r++) rows.push([ws.getCell(`B${r}`).value, basename(String(ws.getCell(`D${r}`).value)), ws.getCell(`E${r}`).value, ws.getCell(`F${r}`).value, ws.getCell(`G${r}`).value]);
    expect(rows).toEqual([
      [null, FILES.contacts, null, "Cảnh báo", "PROVINCE_FILE_SKIPPED"],
      [null, FILES.corrupt, null, "Cảnh báo", "PROVINCE_FILE_SKIPPED"],
      [10, FILES.resent, "Khối!C4", "Cảnh báo", "PROVINCE_BLOCK_SENT_TWICE"],
      [11, fileOf(10), "Khối!C4", "Cảnh báo", "PROVINCE_BLOCK_SENT_TWICE"],
      [13, FILES.lastYear, "Khối!C5", "Lỗi", "PROVINCE_BLOCK_OTHER_YEAR"],
      [12, fileOf(11), "Tổng hợp!K7, Tổng hợp!K9", "Lỗi", "PROVINCE_AWARD_COUNT_EXCEEDED"],
      [3, fileOf(3), "Khối!C46", "Cảnh báo", "PROVINCE_UNIT_IN_TWO_BLOCKS"],
      [4, fileOf(4), "Khối!C47", "Cảnh báo", "PROVINCE_UNIT_IN_TWO_BLOCKS"],
      [7, fileOf(7), "Tổng hợp!K6", "Lỗi", "PROVINCE_AWARD_IN_TWO_BLOCKS"],
      [8, fileOf(8), "Tổng hợp!K6", "Lỗi", "PROVINCE_AWARD_IN_TWO_BLOCKS"],
      [4, fileOf(4), "Khối!C47", "Cảnh báo", "UNIT_LEGACY_ENCODING"],
      ...(AUDIT ? [[12, fileOf(11), "Tổng hợp!K9", "Lỗi", "FORMULA_OVERWRITTEN"]] : []),
      [12, fileOf(11), "Tổng hợp!K9", "Lỗi", "AWARD_MISMATCH"],
      [12, fileOf(11), "Tổng hợp!K7", "Lỗi", "AWARD_QUOTA_EXCEEDED"],
    ]);
  });

  it("prints on A4 in Times New Roman", () => {
    for (const ws of book.worksheets) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      ws.eachRow((row) => row.eachCell((c) => expect(c.font?.name).toBe("Times New Roman")));
    }
  });
});

describe("PROVINCE.xlsx recalculated by LibreOffice", () => {
  const run = libreOfficeAvailable() ? it : it.skip;
  run("gives the same counts from its formulas", async () => {
    const recalculated = await load((await recalculate([{ name: "PROVINCE.xlsx", data: readFileSync(output) }])).get("PROVINCE.xlsx")!);
    EXPECTED_ROWS().forEach(([, errors, warnings], i) => {
      expect([valueAt(recalculated, SUMMARY, `H${5 + i}`), valueAt(recalculated, SUMMARY, `I${5 + i}`)]).toEqual([errors, warnings]);
    });
    // Key figures under the table (rows 20–25): files, used blocks, errors, warnings, flag nominees, skipped files.
    expect([20, 21, 22, 23, 24, 25].map((r) => valueAt(recalculated, SUMMARY, `E${r}`))).toEqual([14, 12, 6 + AUDIT, 5, 12, 2]);
    expect(valueAt(recalculated, FLAG_LIST, "D18")).toBe(12);
    expect(valueAt(recalculated, MERIT_LIST, "D27")).toBe(21);
    expect([5, 6, 7].map((r) => valueAt(recalculated, GOV, `E${r}`))).toEqual([2, 0, "Trong giới hạn"]);
  }, 180_000);
});

describe("the board's marks", () => {
  it("are read back on a re-run: over the cap and a non-candidate each warn, the marks are kept, the old file backed up", async () => {
    const marked = await load(readFileSync(output));
    const gov = marked.getWorksheet(GOV)!;
    for (const r of [9, 10, 11]) gov.getCell(`H${r}`).value = "x";
    gov.getCell("B21").value = "Công ty Không Thuộc Khối Nào";
    gov.getCell("H21").value = "X";
    writeFileSync(output, new Uint8Array((await marked.xlsx.writeBuffer()) as ArrayBuffer));
    const chosen = [9, 10, 11].map((r) => String(gov.getCell(`B${r}`).value));

    if (libreOfficeAvailable()) {
      const recalculated = await load((await recalculate([{ name: "PROVINCE.xlsx", data: readFileSync(output) }])).get("PROVINCE.xlsx")!);
      expect([6, 7].map((r) => valueAt(recalculated, GOV, `E${r}`))).toEqual([4, "Vượt giới hạn"]);
    }

    const again = await runCli(["province", dir, "-o", output, "--json"]);
    expect(again.code).toBe(1);
    const json = JSON.parse(again.stdout);
    expect(json.choicesFrom).toEqual([output]);
    expect(json.skipped.map((s: { file: { name: string } }) => basename(s.file.name))).toEqual([FILES.contacts, FILES.corrupt]);
    const gov2 = json.findings.filter((f: { code: string }) => f.code.startsWith("PROVINCE_GOV_FLAG"));
    expect(gov2.map((f: { code: string; places: { file: string; cell?: { address: string } }[] }) => [f.code, f.places.map((p) => p.cell?.address)])).toEqual([
      ["PROVINCE_GOV_FLAG_OVER_CAP", ["H9", "H10", "H11", "H21"]],
      ["PROVINCE_GOV_FLAG_NOT_CANDIDATE", ["H21"]],
    ]);
    expect(gov2[0].message).toContain("Ban đã chọn 4 tập thể");
    expect(existsSync(`${output}.bak`)).toBe(true);

    const rewritten = (await load(readFileSync(output))).getWorksheet(GOV)!;
    const marks: string[] = [];
    rewritten.eachRow((row, r) => { if (r > 8 && row.getCell(8).value === "x") marks.push(String(row.getCell(2).value)); });
    expect(marks).toEqual([...chosen, "Công ty Không Thuộc Khối Nào"]);

    // The same marks given with --choices from elsewhere, the folder holding only block files.
    const elsewhere = join(mkdtempSync(join(tmpdir(), "khoi-choices-")), "DA-CHON.xlsx");
    writeFileSync(elsewhere, readFileSync(`${output}.bak`));
    rmSync(output);
    rmSync(`${output}.bak`);
    const viaOption = await runCli(["province", dir, "--choices", elsewhere, "--json"]);
    expect(JSON.parse(viaOption.stdout).findings.filter((f: { code: string }) => f.code.startsWith("PROVINCE_GOV_FLAG")).map((f: { code: string }) => f.code))
      .toEqual(["PROVINCE_GOV_FLAG_OVER_CAP", "PROVINCE_GOV_FLAG_NOT_CANDIDATE"]);
  }, 180_000);
});
