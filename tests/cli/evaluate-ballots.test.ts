// `khoi evaluate` reports what the ballots decided and next year's leadership, in its text and its JSON, for a block
// file and for the same block as a workbook (read back through the Bình xét and Khối sheets).
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseBlock } from "../../src/core/parse";
import { writeWorkbook } from "../../src/xlsx/write";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "khoi-ballots-"));
const doc = {
  format: "khoi-block/1",
  block: { name: "Cụm thi đua số 5", year: 2024, leader: "a", deputy: "b", nextLeader: "b", nextDeputy: "c", history: [{ year: 2023, leader: "Đơn vị C", deputy: "Đơn vị A" }] },
  rules: { scale: 100, tieBreak: [], awards: [{ id: "flag", label: "Cờ thi đua", count: 1, minVoteShare: 0.8 }] },
  units: [{ id: "a", name: "Đơn vị A" }, { id: "b", name: "Đơn vị B" }, { id: "c", name: "Đơn vị C" }],
  criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
  targets: {},
  scores: { self: { a: { "1": 96 }, b: { "1": 90 }, c: { "1": 80 } } },
  votes: {
    members: 3, present: 3, issued: 3, returned: 3, valid: 3, yes: { flag: { a: 3 } },
    exemplary: [{ id: "TT", label: "Tập thể tiêu biểu", places: 1, nominees: [{ name: "Phòng Kế hoạch", unit: "a", yes: 3 }, { name: "Tổ Kỹ thuật", yes: 1 }] }],
  },
};

test("text: counts, each tier's ballots, the exemplary chosen and next year's leader and deputy", async () => {
  const file = join(dir, "block.json");
  writeFileSync(file, JSON.stringify(doc));
  const run = await runCli(["evaluate", file]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("3 thành viên, 3 có mặt (đủ tỷ lệ có mặt); phiếu phát ra 3, thu về 3, hợp lệ 3.");
  expect(run.stdout).toContain("Cờ thi đua (1 suất, tối thiểu 80 %): Đơn vị A 3/3 (100 %) ✓");
  expect(run.stdout).toContain("Suy tôn «Tập thể tiêu biểu» (1 suất): được chọn Phòng Kế hoạch (3 phiếu)");
  expect(run.stdout).toContain("Trưởng khối năm sau: Đơn vị B");
  expect(run.stdout).toContain("Phó trưởng khối năm sau: Đơn vị C");
});

test("JSON and a workbook: the same ballots and leadership after the round trip through the sheets", async () => {
  const file = join(dir, "block.xlsx");
  writeFileSync(file, await writeWorkbook(parseBlock(doc).block!, { formulas: "native" }));
  const run = await runCli(["evaluate", file, "--json"]);
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout);
  expect(result.leadership).toEqual({ leader: "a", deputy: "b", nextLeader: "b", nextDeputy: "c", suggestedLeader: "b", history: [{ year: 2023, leader: "Đơn vị C", deputy: "Đơn vị A" }] });
  expect(result.ballots).toMatchObject({ members: 3, present: 3, issued: 3, returned: 3, valid: 3, quorumMet: true });
  expect(result.ballots.tiers[0].awarded).toEqual(["a"]);
  expect(result.ballots.exemplary[0]).toMatchObject({ id: "TT", chosen: ["Phòng Kế hoạch"], nominees: [{ name: "Phòng Kế hoạch", unit: "a", yes: 3 }, { name: "Tổ Kỹ thuật", unit: null, yes: 1 }] });
});

test("a workbook's impossible count points at its cell on Bình xét", async () => {
  const bad = { ...doc, votes: { ...doc.votes, valid: 4 } };
  const file = join(dir, "bad.xlsx");
  writeFileSync(file, await writeWorkbook(parseBlock(bad).block!, { formulas: "native" }));
  const run = await runCli(["evaluate", file]);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/\[BALLOT_COUNTS_INVALID\] Bình xét!C9: Số phiếu hợp lệ \(4\) lớn hơn số phiếu thu về \(3\)/);
});
