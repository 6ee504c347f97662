// Re-applying Thiết lập keeps what Bình xét holds: the ballot counts, the exemplary categories and nominees, next
// year's leader and deputy and the leaders by year (a unit that left the block loses only its links, listed as dropped).
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import { FakeExcel } from "./fake-excel";

const doc = {
  format: "khoi-block/1",
  block: { name: "Cụm thi đua số 2", year: 2024, leader: "a", deputy: "b", nextLeader: "b", nextDeputy: "c", history: [{ year: 2023, leader: "Đơn vị C", deputy: "Đơn vị A" }] },
  rules: { scale: 100, tieBreak: [], awards: [{ id: "flag", label: "Cờ thi đua", count: 1 }] },
  units: [{ id: "a", name: "Đơn vị A" }, { id: "b", name: "Đơn vị B" }, { id: "c", name: "Đơn vị C" }],
  criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
  targets: {},
  scores: { self: { a: { "1": 96 }, b: { "1": 90 }, c: { "1": 80 } } },
  votes: {
    members: 3, present: 3, issued: 3, returned: 3, valid: 2, yes: { flag: { a: 2 } },
    exemplary: [{ id: "TT", label: "Tập thể tiêu biểu", places: 1, minVoteShare: 0.5, nominees: [{ name: "Phòng Kế hoạch", unit: "c", yes: 2 }, { name: "Tổ Kỹ thuật", yes: 1 }] }],
  },
};

test("re-applying the layout keeps every Bình xét value and the leadership", async () => {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run, clock: { now: () => new Date("2025-01-05T08:30:00.000Z") } });
  const block = parseBlock(doc).block as Block;
  await host.applyLayout(buildLayout(block, { formulas: "native" }), { block, keepValues: true });

  // Thiết lập rebuilds from the template block: no ballots, no leadership of its own.
  const fresh: Block = { ...block, block: { name: block.block.name, year: 2024 }, votes: undefined };
  const report = await host.applyLayout(buildLayout(fresh, { formulas: "native" }), { block: fresh, keepValues: true });
  expect(report.dropped).toEqual([]);
  const back = parseBlock((await host.readBlock()).doc).block!;
  expect(back.votes).toEqual(block.votes);
  expect(back.block).toEqual(block.block);

  // Unit c leaves: its nominee stays, without the link; next year's deputy was c, so it is dropped and listed.
  const smaller: Block = { ...fresh, units: fresh.units.filter((u) => u.id !== "c"), scores: { self: { a: { "1": 96 }, b: { "1": 90 } }, appraised: {}, final: {} } };
  const after = await host.applyLayout(buildLayout(smaller, { formulas: "native" }), { block: smaller, keepValues: true });
  expect(after.dropped.map((d) => [d.kind, d.value])).toEqual(expect.arrayContaining([["ballots", "Phòng Kế hoạch"], ["block", "c"]]));
  const last = parseBlock((await host.readBlock()).doc).block!;
  expect(last.votes!.exemplary![0].nominees).toEqual([{ name: "Phòng Kế hoạch", yes: 2 }, { name: "Tổ Kỹ thuật", yes: 1 }]);
  expect(last.block.nextDeputy).toBeUndefined();
  expect(last.block.nextLeader).toBe("b");
});
