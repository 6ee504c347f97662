// `khoi workbook BOOK.xlsx --next-year -o NEXT.xlsx`: next year's block file starts from this year's workbook — the
// leader and deputy the conference elected, the leaders-by-year history carried on, the same units, criteria and
// rules, and nothing of this year's targets, scores, ballots, titles or disqualifications.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseBlock } from "../../src/core/parse";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "khoi-next-"));
const thisYear = {
  format: "khoi-block/1",
  block: { name: "Cụm thi đua số 5", year: 2024, leader: "a", deputy: "b", nextLeader: "b", nextDeputy: "c", history: [{ year: 2023, leader: "Đơn vị C", deputy: "Đơn vị A" }] },
  rules: { scale: 100, tieBreak: [], awards: [{ id: "flag", label: "Cờ thi đua", count: 1, requires: ["TTLĐXS"] }] },
  units: [{ id: "a", name: "Đơn vị A", titles: ["TTLĐXS"] }, { id: "b", name: "Đơn vị B", disqualified: "Vi phạm" }, { id: "c", name: "Đơn vị C" }],
  criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
  targets: {},
  scores: { self: { a: { "1": 96 }, b: { "1": 90 }, c: { "1": 80 } } },
  votes: { members: 3, present: 3, yes: { flag: { a: 3 } }, exemplary: [{ id: "TT", label: "Tập thể tiêu biểu", places: 2, nominees: [{ name: "Phòng Kế hoạch", yes: 3 }] }] },
};

test("next year's workbook: elected leadership, history carried on, this year's values left behind", async () => {
  const book = join(dir, "2024.xlsx");
  const next = join(dir, "2025.xlsx");
  writeFileSync(book, await writeWorkbook(parseBlock(thisYear).block!, { formulas: "native" }));
  const run = await runCli(["workbook", book, "--next-year", "-o", next]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("năm 2025");
  expect(run.stdout).toContain("Trưởng khối Đơn vị B, Phó trưởng khối Đơn vị C");

  const block = parseBlock((await readWorkbook(new Uint8Array(readFileSync(next)))).doc).block!;
  expect(block.block).toMatchObject({ name: "Cụm thi đua số 5", year: 2025, leader: "b", deputy: "c" });
  expect(block.block.nextLeader).toBeUndefined();
  expect(block.block.history).toEqual([
    { year: 2023, leader: "Đơn vị C", deputy: "Đơn vị A" },
    { year: 2024, leader: "Đơn vị A", deputy: "Đơn vị B" },
    { year: 2025, leader: "Đơn vị B", deputy: "Đơn vị C" },
  ]);
  expect(block.units).toEqual([
    { id: "a", name: "Đơn vị A", titles: [], disqualified: null },
    { id: "b", name: "Đơn vị B", titles: [], disqualified: null },
    { id: "c", name: "Đơn vị C", titles: [], disqualified: null },
  ]);
  expect(block.rules.awards).toEqual(parseBlock(thisYear).block!.rules.awards);
  expect(block.scores.self).toEqual({});
  expect(block.votes).toEqual({ members: 3, exemplary: [{ id: "TT", label: "Tập thể tiêu biểu", places: 2, nominees: [] }] });
});

test("without an election the rotation leads: this year's deputy", async () => {
  const plain = { ...thisYear, block: { name: "Cụm thi đua số 5", year: 2024, leader: "a", deputy: "b" } };
  const file = join(dir, "plain.json");
  writeFileSync(file, JSON.stringify(plain));
  const out = join(dir, "plain-2025.xlsx");
  expect((await runCli(["workbook", file, "--next-year", "-o", out])).code).toBe(0);
  const block = parseBlock((await readWorkbook(new Uint8Array(readFileSync(out)))).doc).block!;
  expect(block.block).toMatchObject({ year: 2025, leader: "b" });
  expect(block.block.deputy).toBeUndefined();
  expect(block.block.history).toEqual([{ year: 2024, leader: "Đơn vị A", deputy: "Đơn vị B" }, { year: 2025, leader: "Đơn vị B" }]);
});
