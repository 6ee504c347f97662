// Bình xét typed by hand: votes typed as text, a nominee under an unknown category, a leaders row without a year and
// a nominee typed below the table are each reported at their cell; nothing typed is silently dropped.
import ExcelJS from "exceljs";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";

const block = parseBlock({
  format: "khoi-block/1",
  block: { name: "Cụm thi đua số 2", year: 2024, leader: "a", deputy: "b" },
  rules: { scale: 100, tieBreak: [], awards: [{ id: "flag", label: "Cờ thi đua", count: 1 }] },
  units: [{ id: "a", name: "Đơn vị A" }, { id: "b", name: "Đơn vị B" }],
  criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
  targets: {},
  scores: { self: { a: { "1": 96 }, b: { "1": 90 } } },
  votes: { members: 2, present: 2, exemplary: [{ id: "TT", label: "Tập thể tiêu biểu", places: 1, nominees: [{ name: "Đội 1", yes: 2 }] }] },
}).block as Block;

async function edited(edit: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(block, { formulas: "native" })) as unknown as ArrayBuffer);
  edit(wb);
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The first data row of a table, found by its header texts in columns B and C. */
function firstRowUnder(ws: ExcelJS.Worksheet, b: string, c: string): number {
  let found = 0;
  ws.eachRow((row, n) => { if (!found && row.getCell(2).value === b && row.getCell(3).value === c) found = n; });
  return found + 2; // the hidden key row, then the rows
}

test("each hand edit of the Bình xét and leaders tables is reported at its cell", async () => {
  let yesCell = "", catCell = "", yearCell = "", belowCell = "";
  const reading = await edited((wb) => {
    const votes = wb.getWorksheet("Bình xét")!;
    const nomRow = (() => { let r = 0; votes.eachRow((row, n) => { if (row.getCell(3).value === "Đội 1") r = n; }); return r; })();
    votes.getCell(`E${nomRow}`).value = "2 phiếu"; yesCell = `E${nomRow}`;
    votes.getCell(`B${nomRow + 1}`).value = "XX"; votes.getCell(`C${nomRow + 1}`).value = "Đội 2"; catCell = `B${nomRow + 1}`;
    const khoi = wb.getWorksheet("Khối")!;
    const leaders = firstRowUnder(khoi, "Năm", "Trưởng khối");
    khoi.getCell(`C${leaders}`).value = "Đơn vị C"; yearCell = `B${leaders}`;
    // Below the nominees table (its rows end where its defined name ends): typed, not read.
    const range = wb.definedNames.getRanges("khoi_exemplary_nominees").ranges[0];
    const end = Number(/(\d+)$/.exec(range)![1]);
    votes.getCell(`C${end + 1}`).value = "Đội 3"; belowCell = `C${end + 1}`;
  });
  const at = (code: string) => reading.findings.filter((f) => f.code === code).map((f) => `${f.cell?.sheet}!${f.cell?.address}`);
  expect(at("FORMAT_INVALID")).toEqual(expect.arrayContaining([`Bình xét!${yesCell}`, `Bình xét!${catCell}`, `Khối!${yearCell}`]));
  expect(reading.findings.find((f) => f.cell?.address === yesCell)!.message).toContain("«2 phiếu» không phải là số");
  expect(reading.findings.find((f) => f.cell?.address === catCell)!.message).toContain("«XX»");
  expect(at("CELL_IGNORED")).toContain(`Bình xét!${belowCell}`);
});
