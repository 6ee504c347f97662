// The Bình xét page's writes on a real .xlsx: a draft (counts, yes votes, exemplary categories and nominees, next
// year's leader and deputy, the leaders by year) becomes cell writes at the cells the reader found, only where a
// value changes, each with a Nhật ký line (old → new); read back, the workbook holds exactly the draft.
import ExcelJS from "exceljs";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { ballotWrites, blockWithDraft, draftFromBlock, withNextTerm } from "../../src/workbook/ballot-cells";
import { loadWorkbook, readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";

const block = parseBlock({
  format: "khoi-block/1",
  block: { name: "Cụm thi đua số 2", year: 2024, leader: "a", deputy: "b" },
  rules: { scale: 100, tieBreak: [], awards: [{ id: "flag", label: "Cờ thi đua", count: 1, minVoteShare: 0.8 }, { id: "merit", label: "Bằng khen", count: 1 }] },
  units: [{ id: "a", name: "Đơn vị A" }, { id: "b", name: "Đơn vị B" }, { id: "c", name: "Đơn vị C" }],
  criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
  targets: {},
  scores: { self: { a: { "1": 96 }, b: { "1": 90 }, c: { "1": 80 } } },
  votes: { members: 3, present: 3, yes: { flag: { a: 2 } } },
}).block as Block;

async function applyWrites(data: Uint8Array, writes: { cell: { sheet: string; address: string }; value: unknown }[]): Promise<Uint8Array> {
  const wb = await loadWorkbook(data);
  for (const w of writes) wb.getWorksheet(w.cell.sheet)!.getCell(w.cell.address).value = w.value as ExcelJS.CellValue;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("a draft typed on the page lands in Bình xét and Khối, and reads back as the same block", async () => {
  const data = await writeWorkbook(block, { formulas: "native" });
  const reading = await readWorkbook(data);
  const draft = draftFromBlock(parseBlock(reading.doc).block!);
  expect(draft.counts).toEqual({ members: 3, present: 3, issued: null, returned: null, valid: null });

  draft.counts.issued = 3; draft.counts.returned = 3; draft.counts.valid = 3;
  draft.yes.flag.a = 3;
  draft.categories.push({ id: "TT", label: "Tập thể tiêu biểu", places: 1, minVoteShare: null });
  draft.nominees.push({ category: "TT", name: "Phòng Kế hoạch", unit: "a", yes: 3 }, { category: "TT", name: "Tổ Kỹ thuật", unit: "", yes: 1 });
  draft.nextLeader = "b"; draft.nextDeputy = "c";
  draft.history = withNextTerm(block, draft);
  expect(draft.history).toEqual([{ year: 2024, leader: "Đơn vị A", deputy: "Đơn vị B" }, { year: 2025, leader: "Đơn vị B", deputy: "Đơn vị C" }]);

  const { writes, log, overflow } = ballotWrites(reading, draft, "Nguyễn Thị Hoa", new Date("2025-01-05T02:00:00Z"));
  expect(overflow).toEqual([]);
  // 3 counts, 1 yes, 3 category cells (no minimum share), 7 nominee cells (an empty unit writes nothing),
  // 2 leaders, 6 history cells.
  expect(writes).toHaveLength(3 + 1 + 3 + 7 + 2 + 6);
  const yesLine = log.find((l) => l.old === 2 && l.new === 3)!;
  expect(yesLine).toMatchObject({ who: "Nguyễn Thị Hoa", action: "ballots", cell: "Bình xét!D13" });
  expect(log.find((l) => l.new === "b")!.cell).toBe("Khối!C9");

  const after = await readWorkbook(await applyWrites(data, writes));
  const expected = blockWithDraft(block, draft);
  const got = parseBlock(after.doc).block!;
  expect(got.votes).toEqual(expected.votes);
  expect(got.block).toEqual(expected.block);
  // Nothing else moved: writing the same draft again writes nothing.
  expect(ballotWrites(after, draftFromBlock(got), "x", new Date()).writes).toEqual([]);
});

test("a nominee removed on the page is cleared from the sheet; rows beyond the table are reported, not written", async () => {
  const withNominees = blockWithDraft(block, { ...draftFromBlock(block), categories: [{ id: "TT", label: "", places: 1, minVoteShare: null }], nominees: [{ category: "TT", name: "Đội 1", unit: "", yes: 1 }, { category: "TT", name: "Đội 2", unit: "", yes: 2 }] });
  const data = await writeWorkbook(withNominees, { formulas: "native" });
  const reading = await readWorkbook(data);
  const draft = draftFromBlock(parseBlock(reading.doc).block!);
  draft.nominees = draft.nominees.filter((n) => n.name !== "Đội 1");
  const { writes } = ballotWrites(reading, draft, "x", new Date());
  const after = parseBlock((await readWorkbook(await applyWrites(data, writes))).doc).block!;
  expect(after.votes!.exemplary![0].nominees).toEqual([{ name: "Đội 2", yes: 2 }]);

  draft.nominees = Array.from({ length: 40 }, (_, i) => ({ category: "TT", name: `Đội ${i + 1}`, unit: "", yes: 1 }));
  const many = ballotWrites(reading, draft, "x", new Date());
  expect(many.overflow.length).toBeGreaterThan(0);
  expect(many.overflow[0]).toMatch(/^Đội \d+$/);
});
