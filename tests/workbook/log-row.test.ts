// The Nhật ký row: time, who, what, old, new, cell, action, reason. New workbooks carry the eight keys; a workbook
// made before action and reason existed (six keys) still reads, and appending to it adds the two keys (and their
// headings) before writing the lines — in a real .xlsx (ExcelJS read back) and on the fake Excel.
import ExcelJS from "exceljs";
import { logLines } from "../../src/forms/events";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import type { LogEntry } from "../../src/workbook/model";
import { updateMasterFile } from "../../src/xlsx/forms";
import { workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { templateBlock } from "../office/blocks";
import { FakeExcel } from "../office/fake-excel";

const block = templateBlock([["a", "Công ty A"], ["b", "Công ty B"]]);
const entry: LogEntry = {
  time: "2026-03-01T02:00:00Z", who: "Chị Lan", what: "Sửa công thức ô Tổng hợp!D5", old: "=_xldudf_KHOI_RANK(1)", new: "=RANK(1,1)",
  cell: "Tổng hợp!D5", action: "repair", reason: "tên hàm có tiền tố _xldudf_",
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) rows.push(Array.from({ length: 10 }, (_, c) => ws.getCell(r, c + 1).value ?? null));
  return rows;
}

describe("the Nhật ký row in a .xlsx file", () => {
  test("a new workbook's key row has eight keys and headings, and an appended line fills each by key", async () => {
    const bytes = await writeWorkbook(block, { formulas: "native", log: [{ time: "2026-01-01T00:00:00Z", who: "Khối", what: "Thiết lập sổ", action: "apply" }] });
    const ws = (await load(bytes)).getWorksheet("Nhật ký")!;
    const rows = rowsOf(ws);
    expect(rows[1].slice(0, 8)).toEqual(["Thời gian", "Người thực hiện", "Nội dung", "Giá trị cũ", "Giá trị mới", "Ô", "Thao tác", "Lý do"]);
    expect(rows[2].slice(0, 8)).toEqual(["time", "who", "what", "old", "new", "cell", "action", "reason"]);
    expect(rows[3].slice(0, 8)).toEqual(["2026-01-01T00:00:00Z", "Khối", "Thiết lập sổ", null, null, null, "Thiết lập", null]);

    const after = await load(await updateMasterFile(bytes, [], [entry]));
    const line = rowsOf(after.getWorksheet("Nhật ký")!)[4];
    expect(line.slice(0, 8)).toEqual([entry.time, "Chị Lan", entry.what, entry.old, entry.new, "Tổng hợp!D5", "Sửa công thức", "tên hàm có tiền tố _xldudf_"]);
    // Read back: the stable key, not the label.
    expect(logLines(workbookGrids(after)).map((l) => [l.action, l.reason])).toEqual([["apply", undefined], ["repair", entry.reason]]);
  });

  test("an older workbook (six keys) reads, and appending adds the action and reason keys and headings", async () => {
    const bytes = await writeWorkbook(block, { formulas: "native", log: [{ time: "2025-01-01T00:00:00Z", who: "Anh Nam", what: "Dòng cũ", old: 1, new: 2, cell: "Chấm điểm!E7" }] });
    const old = await load(bytes);
    const ws = old.getWorksheet("Nhật ký")!;
    for (const r of [2, 3]) for (const c of [7, 8]) ws.getCell(r, c).value = null;
    const oldBytes = new Uint8Array((await old.xlsx.writeBuffer()) as ArrayBuffer);
    expect(logLines(workbookGrids(await load(oldBytes)))).toEqual([{ time: "2025-01-01T00:00:00Z", who: "Anh Nam", what: "Dòng cũ", old: 1, new: 2, cell: "Chấm điểm!E7" }]);

    const after = await load(await updateMasterFile(oldBytes, [], [entry]));
    const rows = rowsOf(after.getWorksheet("Nhật ký")!);
    expect(rows[1].slice(6, 8)).toEqual(["Thao tác", "Lý do"]);
    expect(rows[2].slice(0, 8)).toEqual(["time", "who", "what", "old", "new", "cell", "action", "reason"]);
    expect(rows[3].slice(0, 6)).toEqual(["2025-01-01T00:00:00Z", "Anh Nam", "Dòng cũ", 1, 2, "Chấm điểm!E7"]);
    expect(rows[4].slice(6, 8)).toEqual(["Sửa công thức", entry.reason]);
    const lines = logLines(workbookGrids(after));
    expect(lines).toHaveLength(2);
    expect(lines[0].action).toBeUndefined();
    expect(lines[1]).toEqual(entry);
  });
});

describe("the Nhật ký row on the live workbook (fake Excel)", () => {
  test("an older log's key row is extended and the line written under the right keys", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const host = createOfficeWorkbookHost({ run: excel.run });
    await host.applyLayout(buildLayout(block, { formulas: "native" }), { block, keepValues: true });
    // Make it an older workbook: no action and reason keys.
    const log = excel.sheet("Nhật ký");
    for (const r of [1, 2]) for (const c of [6, 7]) log.cells.delete(`${r},${c}`);
    await host.writeCells!([], [entry]);
    const lines = logLines(await host.readGrids!());
    expect(lines[lines.length - 1]).toEqual(entry);
    expect(log.cells.get("2,6")?.value).toBe("action");
    expect(log.cells.get("1,7")?.value).toBe("Lý do");
  });
});
