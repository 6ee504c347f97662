// The edits an officer makes by hand, on real files: each edit is applied to Lạng Sơn's native workbook with ExcelJS,
// the file is recalculated and saved by headless LibreOffice (as the officer's spreadsheet would), read back and
// validated. Every edit must give exactly the findings listed, at exactly those cells — nothing typed or overwritten
// goes unseen, and nothing unedited is blamed. Cells are A1 addresses of the workbook the officer sees.
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parseBlock } from "../../src/core/parse";
import { readLayout } from "../../src/workbook/read";
import { validateReading } from "../../src/workbook/validate";
import { loadWorkbook, readWorkbook, workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { libreOfficeAvailable, recalculate, SOFFICE } from "../helpers/libreoffice";

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json"), "utf8")) as unknown;

type Edit = (wb: ExcelJS.Workbook) => void;
interface Case {
  name: string;
  edit: Edit;
  /** "CODE@Sheet!A1" for every finding, sorted; a finding without a cell is "CODE@-". */
  expected: string[];
}

const set = (sheet: string, address: string, value: ExcelJS.CellValue): Edit => (wb) => {
  wb.getWorksheet(sheet)!.getCell(address).value = value;
};
const all = (...edits: Edit[]): Edit => (wb) => edits.forEach((e) => e(wb));

// Lạng Sơn's workbook: units dl-ls, ga-dd, xd-ls, lt-cl, bm-ls in Khối!B39:B43 and Tổng hợp rows 6–10; Chấm điểm's
// self layer in columns E–I, appraised J–N, final O–S, criteria rows 6–19 (III.1 in row 16); Giao ước's targets in
// D5:H8; Tổng hợp's total in column I, rank J, award K, the rounded-total helper O.
const CASES: Case[] = [
  { name: "Khối: a unit typed under the list (id and name)", edit: all(set("Khối", "B44", "tl-ls"), set("Khối", "C44", "Công ty Thuỷ lợi Lạng Sơn")), expected: ["CELL_IGNORED@Khối!B44", "CELL_IGNORED@Khối!C44"] },
  { name: "Khối: only a unit name typed under the list", edit: set("Khối", "C45", "Bưu điện tỉnh Lạng Sơn"), expected: ["CELL_IGNORED@Khối!C45"] },
  { name: "Khối: a note typed beside the tables", edit: set("Khối", "H2", "Đã gửi Sở ngày 5/1"), expected: ["CELL_IGNORED@Khối!H2"] },
  { name: "Khối: the year typed as words", edit: set("Khối", "C5", "năm 2020"), expected: ["FORMAT_INVALID@Khối!C5"] },
  { name: "Khối: the scale typed with its unit", edit: set("Khối", "C14", "100 điểm"), expected: ["RULES_INVALID@Khối!C14"] },
  { name: "Khối: a tier's places typed as a word", edit: set("Khối", "C24", "một"), expected: ["RULES_INVALID@Khối!C24"] },
  { name: "Tiêu chí: a criterion typed under the table", edit: all(set("Tiêu chí", "A19", "IV"), set("Tiêu chí", "B19", "Chuyển đổi số")), expected: ["CELL_IGNORED@Tiêu chí!A19", "CELL_IGNORED@Tiêu chí!B19"] },
  { name: "Tiêu chí: a group's maximum (a formula) typed over", edit: set("Tiêu chí", "E5", 60), expected: ["FORMULA_OVERWRITTEN@Tiêu chí!E5"] },
  { name: "Giao ước: a unit's targets typed in a new column", edit: all(set("Giao ước", "I4", "tl-ls"), set("Giao ước", "I5", 1000)), expected: ["CELL_IGNORED@Giao ước!I4", "CELL_IGNORED@Giao ước!I5"] },
  { name: "Giao ước: a target cleared", edit: set("Giao ước", "D5", null), expected: ["TARGET_MISSING@Giao ước!D5"] },
  { name: "Giao ước: a target typed with its unit", edit: set("Giao ước", "D5", "1500 tỷ"), expected: ["TARGET_MISSING@Giao ước!D5"] },
  { name: "Giao ước: a negative target", edit: set("Giao ước", "D6", -5), expected: ["TARGET_MISSING@Giao ước!D6"] },
  { name: "Chấm điểm: a score typed as Vietnamese text", edit: set("Chấm điểm", "E16", "9,5"), expected: ["SCORE_INVALID@Chấm điểm!E16"] },
  { name: "Chấm điểm: a score above its maximum", edit: set("Chấm điểm", "E16", 12), expected: ["SCORE_OUT_OF_RANGE@Chấm điểm!E16"] },
  { name: "Chấm điểm: a negative score", edit: set("Chấm điểm", "E16", -1), expected: ["SCORE_OUT_OF_RANGE@Chấm điểm!E16"] },
  { name: "Chấm điểm: a score cleared", edit: set("Chấm điểm", "E7", null), expected: ["SCORE_MISSING@Chấm điểm!E7"] },
  { name: "Chấm điểm: a word in a yes/no cell", edit: set("Chấm điểm", "E12", "x"), expected: ["SCORE_INVALID@Chấm điểm!E12"] },
  { name: "Chấm điểm: a unit's scores typed in a new column", edit: all(set("Chấm điểm", "T5", "tl-ls"), set("Chấm điểm", "T7", 1000)), expected: ["CELL_IGNORED@Chấm điểm!T5", "CELL_IGNORED@Chấm điểm!T7"] },
  { name: "Chấm điểm: a layer column's unit id changed", edit: all(set("Chấm điểm", "J5", "dl-moi"), set("Chấm điểm", "J16", 8)),
    // The native formulas still take the column by position: the workbook's total moved, the engine's did not.
    expected: ["UNIT_UNKNOWN@Chấm điểm!J5", "TOTAL_MISMATCH@Tổng hợp!I6"] },
  { name: "Chấm điểm: an appraised score far from the self score", edit: set("Chấm điểm", "J16", 2), expected: ["LAYER_DIVERGENCE@Chấm điểm!J16"] },
  { name: "Chấm điểm: the maximum column (a formula) typed over", edit: set("Chấm điểm", "D7", 20), expected: ["FORMULA_OVERWRITTEN@Chấm điểm!D7"] },
  { name: "Điểm chi tiết: a leaf score typed over", edit: set("Điểm chi tiết", "L8", 19), expected: ["FORMULA_OVERWRITTEN@Điểm chi tiết!L8", "TOTAL_MISMATCH@Tổng hợp!I6"] },
  { name: "Điểm chi tiết: a formula replaced by another", edit: set("Điểm chi tiết", "L9", { formula: "1+1" } as ExcelJS.CellValue), expected: ["FORMULA_OVERWRITTEN@Điểm chi tiết!L9", "TOTAL_MISMATCH@Tổng hợp!I6"] },
  { name: "Tổng hợp: 86 typed over a total", edit: set("Tổng hợp", "I6", 86), expected: ["FORMULA_OVERWRITTEN@Tổng hợp!I6", "TOTAL_MISMATCH@Tổng hợp!I6"] },
  { name: "Tổng hợp: a total cleared", edit: set("Tổng hợp", "I7", null),
    // An empty total ranks as 0: every rank and Ga Đồng Đăng's flag in the workbook are now wrong.
    expected: ["FORMULA_OVERWRITTEN@Tổng hợp!I7", "AWARD_MISMATCH@Tổng hợp!K7", "RANK_MISMATCH@Tổng hợp!J6", "RANK_MISMATCH@Tổng hợp!J7", "RANK_MISMATCH@Tổng hợp!J8", "RANK_MISMATCH@Tổng hợp!J9", "RANK_MISMATCH@Tổng hợp!J10"] },
  { name: "Tổng hợp: a rank typed over", edit: set("Tổng hợp", "J8", 1), expected: ["FORMULA_OVERWRITTEN@Tổng hợp!J8", "RANK_MISMATCH@Tổng hợp!J8"] },
  { name: "Tổng hợp: an award typed over", edit: set("Tổng hợp", "K6", "flag"), expected: ["AWARD_INELIGIBLE@Tổng hợp!K6", "AWARD_QUOTA_EXCEEDED@Tổng hợp!K6", "FORMULA_OVERWRITTEN@Tổng hợp!K6"] },
  {
    name: "Khối: a unit disqualified while its flag is still typed on Tổng hợp",
    edit: all(set("Khối", "E40", "Đang xem xét kỷ luật"), set("Tổng hợp", "K7", "flag")),
    // Without Ga Đồng Đăng the flag would go to Lương thực Cao Lạng, but its ballot (1 of 5) keeps it from the flag.
    expected: ["AWARD_INELIGIBLE@Tổng hợp!K7", "FORMULA_OVERWRITTEN@Tổng hợp!K7", "VOTE_THRESHOLD_NOT_MET@Bình xét!D16"],
  },
  { name: "Tổng hợp: a helper (the rounded total) typed over", edit: set("Tổng hợp", "O10", 99), expected: ["FORMULA_OVERWRITTEN@Tổng hợp!O10", "RANK_MISMATCH@Tổng hợp!J10", "RANK_MISMATCH@Tổng hợp!J6", "RANK_MISMATCH@Tổng hợp!J8", "RANK_MISMATCH@Tổng hợp!J9"] },
  { name: "Bình xét: the members typed as a word", edit: set("Bình xét", "C4", "năm"),
    // Without the number of members the flag, which needs a vote, cannot be decided.
    expected: ["FORMAT_INVALID@Bình xét!C4", "VOTE_QUORUM_NOT_MET@Bình xét!C5"] },
  { name: "Bình xét: yes votes typed with their unit", edit: set("Bình xét", "D14", "4 phiếu"),
    // Ga Đồng Đăng's votes for the flag now count 0 in the engine and in the workbook alike: the ballot keeps it from the flag.
    expected: ["FORMAT_INVALID@Bình xét!D14", "VOTE_THRESHOLD_NOT_MET@Bình xét!D14"] },
  { name: "Bình xét: a ballot row typed under the table", edit: all(set("Bình xét", "B18", "tl-ls"), set("Bình xét", "D18", 5)), expected: ["CELL_IGNORED@Bình xét!B18", "CELL_IGNORED@Bình xét!D18"] },
  { name: "the whole workbook: opened and saved in LibreOffice without an edit", edit: () => undefined, expected: [] },
];

/** Renames a sheet the way Excel does: the tab, every formula and every defined name that refers to it. */
function renameSheet(data: Uint8Array, from: string, to: string): Uint8Array {
  const parts = unzipSync(data);
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.endsWith(".xml")) continue;
    const xml = strFromU8(bytes)
      .split(`'${from}'!`).join(`'${to}'!`)
      .split(`&apos;${from}&apos;!`).join(`&apos;${to}&apos;!`)
      .split(`name="${from}"`).join(`name="${to}"`);
    parts[name] = strToU8(xml);
  }
  return zipSync(parts);
}

function keys(findings: { code: string; cell?: { sheet: string; address: string } }[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell ? `${f.cell.sheet}!${f.cell.address}` : "-"}`).sort();
}

let base: Uint8Array;
let recalculated: Map<string, Uint8Array>;

beforeAll(async () => {
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found`);
  base = await writeWorkbook(parseBlock(EXAMPLE).block!, { formulas: "native" });
  const files: { name: string; data: Uint8Array }[] = [];
  for (const [i, c] of CASES.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(base as unknown as ArrayBuffer);
    c.edit(wb);
    files.push({ name: `edit-${i}.xlsx`, data: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) });
  }
  files.push({ name: "renamed.xlsx", data: renameSheet(base, "Chấm điểm", "Chấm điểm 2020") });
  recalculated = await recalculate(files, 170_000);
}, 180_000);

describe("every hand edit is seen, at its cell (recalculated and saved by LibreOffice)", () => {
  test("at least 30 edits", () => expect(CASES.length + 2).toBeGreaterThanOrEqual(30));

  test.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, c, i) => {
    const reading = await readWorkbook(recalculated.get(`edit-${i}.xlsx`)!);
    expect(keys(validateReading(reading).findings)).toEqual([...c.expected].sort());
  });

  test("a sheet renamed in the spreadsheet (tab, formulas and names follow): nothing to report", async () => {
    const reading = await readWorkbook(recalculated.get("renamed.xlsx")!);
    expect(keys(validateReading(reading).findings)).toEqual([]);
    expect((reading.doc as { units: unknown[] }).units).toHaveLength(5);
  });

  test("a unit's row deleted on Tổng hợp (the rows below move up, the names shrink): the unit has no row", async () => {
    const wb = await loadWorkbook(recalculated.get(`edit-${CASES.length - 1}.xlsx`)!);
    const grids = workbookGrids(wb);
    const summary = grids.sheets.find((s) => s.name === "Tổng hợp")!;
    // Row 8 (xd-ls) deleted as Excel deletes a row: later rows move up, names over it lose a row.
    summary.values.splice(7, 1);
    summary.formulas?.splice(7, 1);
    for (const n of grids.names ?? []) {
      if (/^(khoi_summary|khoi_ranks|khoi_awards_proposed)$/.test(n.name)) n.address = n.address.replace(/\$(\d+)$/, (_m, row: string) => `$${Number(row) - 1}`);
    }
    const findings = validateReading(readLayout(grids)).findings;
    expect(keys(findings)).toEqual(["ROW_MISSING@Tổng hợp!A9"]);
    expect(findings[0]).toMatchObject({ unit: "xd-ls", severity: "error" });
    expect(findings[0].message).toMatch(/Chi nhánh Xăng dầu Lạng Sơn không có dòng trên trang Tổng hợp/);
  });
});
