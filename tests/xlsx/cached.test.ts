// Cached values: a native workbook written by Khối and opened by no one shows the engine's group scores, totals,
// ranks and awards in Tổng hợp (a mail preview does not calculate), reads back declaring the engine's ranks, and
// still asks Excel and LibreOffice to recalculate on open. Helper columns and Điểm chi tiết carry nothing.
import ExcelJS from "exceljs";
import { join } from "path";
import { inflateRawSync } from "zlib";
import { evaluate } from "../../src/core/evaluate";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { runCli } from "../cli/run-cli";
import { loadExample as load, parsedBlock as parsed } from "../helpers/fixtures";
import { generateBlock } from "../helpers/generate-block";
import { readSummary } from "../helpers/summary-cells";

const cases: { name: string; doc: unknown }[] = [
  ...["lang-son-cum-ii-2020", "khanh-hoa-khoi-2-2021"].map((name) => ({ name, doc: load(name) })),
  ...Array.from({ length: 50 }, (_, i) => ({ name: `generated-${i + 1}`, doc: generateBlock(i + 1) as unknown })),
];

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** One entry of a zip file, through its central directory (ExcelJS does not read calcPr back). */
function zipEntry(bytes: Uint8Array, name: string): string | null {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    if (buf.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + skip;
  }
  return null;
}

/** The cached value of a formula cell (ExcelJS keeps a cached 0 in `result` only). */
const cached = (cell: ExcelJS.Cell): unknown => (cell as unknown as { result?: unknown }).result;

describe("a native workbook nobody has opened", () => {
  test("Lạng Sơn shows its ranking: totals, ranks, award ids and labels", async () => {
    const { rows } = await readSummary(await writeWorkbook(parsed(load("lang-son-cum-ii-2020")), { formulas: "native" }));
    const shown = [...rows.values()].map(({ values: v }) => [v.id, v.total, v.rank, v.award ?? "", v.awardLabel ?? ""]);
    expect(shown).toEqual([
      ["dl-ls", 85.25, 3, "", ""],
      ["ga-dd", 103, 1, "flag", "Cờ thi đua của UBND tỉnh"],
      ["xd-ls", expect.any(Number), 4, "", ""],
      ["lt-cl", expect.any(Number), 2, "merit", "Bằng khen của Chủ tịch UBND tỉnh"],
      ["bm-ls", expect.any(Number), 5, "", ""],
    ]);
  });

  test("the examples and 50 generated blocks cache exactly what evaluate() computes, by unit id", async () => {
    for (const c of cases) {
      const block = parsed(c.doc);
      const expected = evaluate(c.doc);
      const labels = new Map(block.rules.awards.map((t) => [t.id, t.label ?? ""]));
      const { rows } = await readSummary(await writeWorkbook(block, { formulas: "native" }));
      expect({ case: c.name, units: rows.size }).toEqual({ case: c.name, units: expected.units.length });
      for (const unit of expected.units) {
        const v = rows.get(unit.id)!.values;
        const groups = Object.fromEntries(Object.keys(unit.groups).map((code) => [code, v[`group:${code}`]]));
        expect({
          case: c.name, unit: unit.id, groups, base: v.base, bonus: v.bonus, penalty: v.penalty, total: v.total, rank: v.rank,
          award: v.award ?? "", awardLabel: v.awardLabel ?? "",
        }).toEqual({
          case: c.name, unit: unit.id, groups: unit.groups, base: unit.base, bonus: unit.bonus, penalty: unit.penalty, total: unit.total,
          rank: unit.rank, award: unit.award ?? "", awardLabel: unit.award === null ? "" : labels.get(unit.award),
        });
      }
    }
  }, 60_000);

  test("reading it back declares the engine's ranks and awards: no RANK_MISMATCH or AWARD_MISMATCH", async () => {
    for (const c of cases) {
      const expected = evaluate(c.doc);
      const reading = await readWorkbook(await writeWorkbook(parsed(c.doc), { formulas: "native" }));
      const declared = (reading.doc as { declared?: { ranks?: Record<string, number>; awards?: Record<string, string | null> } }).declared;
      expect({ case: c.name, ranks: declared?.ranks, awards: declared?.awards }).toEqual({
        case: c.name,
        ranks: Object.fromEntries(expected.units.map((u) => [u.id, u.rank])),
        awards: Object.fromEntries(expected.units.map((u) => [u.id, u.award])),
      });
      const mismatches = evaluate(reading.doc).findings.filter((f) => f.code === "RANK_MISMATCH" || f.code === "AWARD_MISMATCH");
      expect({ case: c.name, mismatches }).toEqual({ case: c.name, mismatches: [] });
    }
  }, 60_000);

  test("`khoi evaluate` on a fresh `khoi workbook` file reports no rank or award mismatch", async () => {
    const dir = (await import("fs")).mkdtempSync(join((await import("os")).tmpdir(), "khoi-cached-"));
    const out = join(dir, "khanh-hoa.xlsx");
    const written = await runCli(["workbook", join(__dirname, "..", "fixtures", "examples", "khanh-hoa-khoi-2-2021.json"), "-o", out]);
    expect(written.code).toBe(0);
    const run = await runCli(["evaluate", out, "--json"]);
    const result = JSON.parse(run.stdout) as { findings: { code: string }[]; units: unknown[] };
    expect(result.units.length).toBeGreaterThan(0);
    expect(result.findings.map((f) => f.code).filter((code) => code === "RANK_MISMATCH" || code === "AWARD_MISMATCH")).toEqual([]);
  });

  test("helper columns and Điểm chi tiết carry no cached value; the file still recalculates on load", async () => {
    const bytes = await writeWorkbook(parsed(load("lang-son-cum-ii-2020")), { formulas: "native" });
    const wb = await loaded(bytes);
    const summary = wb.getWorksheet("Tổng hợp")!;
    // O..X are helpers (rounded total, tie-break keys, titles, yes votes, candidate/granted); M is the reason.
    for (const address of ["M6", "O6", "P6", "Q6", "V6", "X6"]) {
      expect({ address, formula: typeof (summary.getCell(address).value as { formula?: unknown }).formula }).toEqual({ address, formula: "string" });
      expect({ address, cached: cached(summary.getCell(address)) }).toEqual({ address, cached: undefined });
    }
    const detail = wb.getWorksheet("Điểm chi tiết")!;
    let formulas = 0;
    detail.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) {
        formulas++;
        expect({ cell: cell.address, cached: cached(cell) }).toEqual({ cell: cell.address, cached: undefined });
      }
    }));
    expect(formulas).toBeGreaterThan(0);
    expect(zipEntry(bytes, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("a khoi-mode file caches nothing", async () => {
    const wb = await loaded(await writeWorkbook(parsed(load("lang-son-cum-ii-2020")), { formulas: "khoi" }));
    const summary = wb.getWorksheet("Tổng hợp")!;
    for (const address of ["F6", "I6", "J6", "K6"]) expect({ address, cached: cached(summary.getCell(address)) }).toEqual({ address, cached: undefined });
  });
});
