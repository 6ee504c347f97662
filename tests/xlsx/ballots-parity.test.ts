// Bình xét parity: workbooks with ballots and exemplary categories, recalculated by headless LibreOffice from the
// native formulas, give the engine's awards (a tie at the Bằng khen boundary broken by ballots through `vote:merit`)
// and the engine's exemplary results, on the boundaries: a share exactly at the minimum (strict and not), the
// denominator members, a tie at the last place, no vote at all, a quorum just missed. Each case's chosen names are
// also worked by hand below, so the engine is held to them too.
import ExcelJS from "exceljs";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import { GridBook } from "../../src/workbook/grid";
import { NAMES } from "../../src/workbook/model";
import { workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { khoiFormulaMismatches } from "../helpers/khoi-parity";
import { libreOfficeAvailable, recalculate, SOFFICE } from "../helpers/libreoffice";
import { readSummary, summaryDifferences } from "../helpers/summary-cells";

const UNITS = ["A", "B", "C", "D", "E", "F"];

/** Six units with totals 95, 90, 88, 88, 80, 75: C and D tie at the last Bằng khen place unless the ballot breaks it. */
function block(vote: object, votes: object, tieBreak: string[] = []): Record<string, unknown> {
  const totals = [95, 90, 88, 88, 80, 75];
  return {
    format: "khoi-block/1",
    block: { name: "Cụm thi đua số 3", year: 2024, leader: "A", deputy: "B" },
    rules: { scale: 100, tieBreak, vote, awards: [{ id: "flag", label: "Cờ thi đua", count: 1, minVoteShare: 0.8 }, { id: "merit", label: "Bằng khen", count: 2 }] },
    units: UNITS.map((id) => ({ id, name: `Đơn vị ${id}` })),
    criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
    targets: {},
    scores: { self: Object.fromEntries(UNITS.map((id, i) => [id, { "1": totals[i] }])) },
    votes,
  };
}

const category = (id: string, places: number, nominees: [string, number | null][], minVoteShare?: number) => ({
  id, label: `Danh hiệu ${id}`, places, ...(minVoteShare === undefined ? {} : { minVoteShare }),
  nominees: nominees.map(([name, yes]) => (yes === null ? { name } : { name, yes })),
});

const CASES: { name: string; doc: Record<string, unknown>; chosen: Record<string, string[]> }[] = [
  {
    // 10 present: 5/10 = 50 % reaches 50 %, 4/10 does not; TT: 8 > 6 = 6 with 2 places: the tie takes none.
    name: "tie at the last place, a share exactly at the minimum",
    doc: block({}, { members: 10, present: 10, issued: 10, returned: 10, valid: 10, yes: { flag: { A: 8 } }, exemplary: [
      category("TT", 2, [["Đội 1", 8], ["Đội 2", 6], ["Đội 3", 6]]),
      category("B", 3, [["Tổ X", 5], ["Tổ Y", 4], ["Tổ Z", 0], ["Tổ W", null]], 0.5),
    ] }),
    chosen: { TT: ["Đội 1"], B: ["Tổ X"] },
  },
  {
    // strict: 5/10 = 50 % does not exceed 50 %; 6/10 does. The ballot breaks C–D (D 5 > C 2) for the Bằng khen.
    name: "strict share, ties broken by vote:merit",
    doc: block({ strict: true }, { members: 10, present: 10, yes: { flag: { A: 9 }, merit: { C: 2, D: 5 } }, exemplary: [
      category("B", 2, [["Tổ X", 5], ["Tổ Y", 6]], 0.5),
    ] }, ["vote:merit"]),
    chosen: { B: ["Tổ Y"] },
  },
  {
    // denominator members: 12 members, 9 present; 6/12 = 50 % reaches 50 %, 5/12 does not; places 3 for 2 passing.
    name: "denominator members",
    doc: block({ denominator: "members" }, { members: 12, present: 9, yes: { flag: { A: 10 } }, exemplary: [
      category("TT", 3, [["Đội 1", 6], ["Đội 2", 7], ["Đội 3", 5]], 0.5),
    ] }),
    chosen: { TT: ["Đội 2", "Đội 1"] },
  },
  {
    // quorum 0.75 with 8 members: 5 present (62,5 %) misses it — no exemplary place and no flag.
    name: "quorum just missed",
    doc: block({ quorum: 0.75 }, { members: 8, present: 5, yes: { flag: { A: 5 } }, exemplary: [category("TT", 1, [["Đội 1", 5]])] }),
    chosen: { TT: [] },
  },
  {
    // quorum exactly met: 6/8 = 75 %.
    name: "quorum exactly met",
    doc: block({ quorum: 0.75 }, { members: 8, present: 6, yes: { flag: { A: 5 } }, exemplary: [category("TT", 1, [["Đội 1", 5], ["Đội 2", 1]])] }),
    chosen: { TT: ["Đội 1"] },
  },
];

/** The nominees table after recalculation: category -> names whose result cell is not empty. */
async function chosenInWorkbook(data: Uint8Array): Promise<Record<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const book = new GridBook(workbookGrids(wb));
  const loc = book.region(NAMES.nominees);
  if (!loc) throw new Error("no khoi_exemplary_nominees region");
  const col = new Map<string, number>();
  for (let c = loc.range.column1; c <= loc.range.column2; c++) col.set(String(book.value(loc.sheet, loc.range.row1 + 1, c)), c);
  const out: Record<string, { name: string; yes: number }[]> = {};
  for (let r = loc.range.row1 + 2; r <= loc.range.row2; r++) {
    const name = book.value(loc.sheet, r, col.get("name")!);
    const cat = book.value(loc.sheet, r, col.get("category")!);
    if (name === null || cat === null) continue;
    out[String(cat)] ??= [];
    const result = book.value(loc.sheet, r, col.get("chosen")!);
    if (result !== null && result !== "") out[String(cat)].push({ name: String(name), yes: Number(book.value(loc.sheet, r, col.get("yes")!) ?? 0) });
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.sort((a, b) => b.yes - a.yes).map((n) => n.name)]));
}

let recalculated: Map<string, Uint8Array>;
const named = CASES.map((c, i) => ({ ...c, file: `ballots-${i}.xlsx`, expected: evaluate(c.doc) }));

beforeAll(async () => {
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found`);
  const files = [];
  for (const c of named) files.push({ name: c.file, data: await writeWorkbook(parseBlock(c.doc).block!, { formulas: "native" }) });
  recalculated = await recalculate(files);
}, 180_000);

describe("Bình xét: LibreOffice, the engine and the hand count agree", () => {
  test.each(named.map((c) => [c.name, c] as const))("%s: exemplary results", async (_name, c) => {
    const engine = Object.fromEntries(c.expected.ballots!.exemplary.map((e) => [e.id, e.chosen]));
    expect(engine).toEqual(c.chosen);
    const inWorkbook = await chosenInWorkbook(recalculated.get(c.file)!);
    for (const [id, names] of Object.entries(c.chosen)) expect([id, inWorkbook[id] ?? []]).toEqual([id, names]);
  });

  test.each(named.map((c) => [c.name, c] as const))("%s: awards on Tổng hợp", async (_name, c) => {
    const { rows } = await readSummary(recalculated.get(c.file)!);
    expect(summaryDifferences(rows, c.expected.units)).toEqual([]);
  });

  test("the ballot breaks the tie at the Bằng khen boundary in both", () => {
    const broken = named[1].expected;
    expect(broken.units.filter((u) => u.award === "merit").map((u) => u.id).sort()).toEqual(["B", "D"]);
    expect(named[0].expected.findings.map((f) => f.code)).toContain("TIE_AT_AWARD_BOUNDARY");
    expect(named[0].expected.findings.map((f) => f.code)).toContain("EXEMPLARY_TIE");
  });

  test.each(named.map((c) => [c.name, c] as const))("%s: the KHOI.* formulas give LibreOffice's numbers", async (_name, c) => {
    const { wrong, checked } = await khoiFormulaMismatches(recalculated.get(c.file)!, c.doc, c.expected);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
