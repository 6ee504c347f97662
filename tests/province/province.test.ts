// The province of tests/province/province-fixture.ts read file by file and consolidated: every finding with its files
// and cells as the fixture was built (each cell also checked with ExcelJS to hold what the finding is about).
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { readProvinceInputs, type ProvinceInputs } from "../../src/cli/province-files";
import { consolidate, findingCounts } from "../../src/province/consolidate";
import { DEFAULT_PROVINCE_RULES, readProvinceRules } from "../../src/province/rules";
import type { ProvinceResult } from "../../src/province/types";
import { FILES, fileOf, PORT, SHARED_UNIT, SHARED_UNIT_IN_BLOCK_4, readerAuditsFormulas, writeProvinceFolder } from "./province-fixture";

// Reading 16 workbooks takes seconds on a busy machine.
jest.setTimeout(120_000);

let dir: string;
let inputs: ProvinceInputs;
let result: ProvinceResult;
let AUDITS_FORMULAS = false;

beforeAll(async () => {
  dir = await writeProvinceFolder(mkdtempSync(join(tmpdir(), "khoi-province-")));
  inputs = await readProvinceInputs([dir]);
  result = consolidate({ blocks: inputs.blocks, skipped: inputs.skipped });
  AUDITS_FORMULAS = await readerAuditsFormulas(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (sheet: string, address: string) => ({ sheet, address });

async function cellText(file: string, sheet: string, address: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const v = wb.getWorksheet(sheet)!.getCell(address).value as { result?: unknown } | null;
  return v && typeof v === "object" && "result" in v ? v.result : v;
}

describe("khoi province on a folder of 12 blocks", () => {
  it("skips the contacts workbook and the corrupt copy, saying why", () => {
    expect(inputs.skipped.map((s) => [basename(s.file.name), s.reason])).toEqual([
      [FILES.contacts, expect.stringContaining("không phải sổ chấm điểm của Khối")],
      [FILES.corrupt, expect.stringContaining("hỏng")],
    ]);
    // The reader's "tiếng Việt (English)" message is split, so --lang en says it in English.
    for (const s of inputs.skipped) expect(s.reasonEn).not.toBe(s.reason);
    expect(inputs.blocks).toHaveLength(14);
  });

  it("uses the later of the two files of block 10 and leaves last year's workbook of block 12 out", () => {
    const status = result.blocks.map((e) => [basename(e.summary.file.name), e.status]);
    expect(status).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => [fileOf(k), "used"]),
      [FILES.resent, "used"], [fileOf(10), "superseded"], [fileOf(11), "used"], [FILES.lastYear, "other-year"], [fileOf(12), "used"],
    ]);
    expect(result.year).toBe(2026);
  });

  it("reports exactly these findings across blocks, each with its files and cells", () => {
    const seen = result.findings.map((f) => ({ code: f.code, severity: f.severity, places: f.places.map((p) => [basename(p.file), p.cell ?? null]) }));
    expect(seen).toEqual([
      { code: "PROVINCE_FILE_SKIPPED", severity: "warning", places: [[FILES.contacts, null]] },
      { code: "PROVINCE_FILE_SKIPPED", severity: "warning", places: [[FILES.corrupt, null]] },
      { code: "PROVINCE_BLOCK_SENT_TWICE", severity: "warning", places: [[FILES.resent, at("Khối", "C4")], [fileOf(10), at("Khối", "C4")]] },
      { code: "PROVINCE_BLOCK_OTHER_YEAR", severity: "error", places: [[FILES.lastYear, at("Khối", "C5")]] },
      // Block 11 (agency template, one Bằng khen): rank 2 by the engine, rank 4 typed by the officer.
      { code: "PROVINCE_AWARD_COUNT_EXCEEDED", severity: "error", places: [[fileOf(11), at("Tổng hợp", "K7")], [fileOf(11), at("Tổng hợp", "K9")]] },
      // The shared unit is the last of 8 units in block 3 and of 9 in block 4: unit rows start at Khối!C28.
      { code: "PROVINCE_UNIT_IN_TWO_BLOCKS", severity: "warning", places: [[fileOf(3), at("Khối", "C46")], [fileOf(4), at("Khối", "C47")]] },
      // The port company ranks first in blocks 7 and 8: Tổng hợp rows start at 6, the award column is K.
      { code: "PROVINCE_AWARD_IN_TWO_BLOCKS", severity: "error", places: [[fileOf(7), at("Tổng hợp", "K6")], [fileOf(8), at("Tổng hợp", "K6")]] },
    ]);
    expect(result.ok).toBe(false);
    for (const f of result.findings) expect(f.message).not.toBe(f.messageEn);
  });

  it("points at cells that hold what each finding is about", async () => {
    expect(await cellText(FILES.resent, "Khối", "C4")).toBe("Khối thi đua số 10");
    expect(await cellText(FILES.lastYear, "Khối", "C5")).toBe(2025);
    expect(await cellText(fileOf(3), "Khối", "C46")).toBe(SHARED_UNIT);
    expect(await cellText(fileOf(4), "Khối", "C47")).toBe(SHARED_UNIT_IN_BLOCK_4);
    // The award column holds the tier id its formula computes; the officer of block 11 typed the label instead.
    expect(await cellText(fileOf(7), "Tổng hợp", "K6")).toBe("flag");
    expect(await cellText(fileOf(8), "Tổng hợp", "K6")).toBe("flag");
    expect(await cellText(fileOf(7), "Tổng hợp", "B6")).toBe(PORT);
    expect(await cellText(fileOf(11), "Tổng hợp", "K7")).toBe("merit");
    expect(await cellText(fileOf(11), "Tổng hợp", "K9")).toBe("Bằng khen của Chủ tịch UBND tỉnh");
  });

  it("keeps each used block's own findings with their cells, and no others", () => {
    const own = result.blocks.filter((e) => e.status === "used" && e.summary.findings.length > 0)
      .map((e) => [basename(e.summary.file.name), e.summary.findings.map((f) => [f.code, f.cell])]);
    expect(own).toEqual([
      [fileOf(4), [["UNIT_LEGACY_ENCODING", at("Khối", "C47")]]],
      [fileOf(11), [
        ...(AUDITS_FORMULAS ? [["FORMULA_OVERWRITTEN", at("Tổng hợp", "K9")]] : []),
        ["AWARD_MISMATCH", at("Tổng hợp", "K9")], ["AWARD_QUOTA_EXCEEDED", at("Tổng hợp", "K7")],
      ]],
    ]);
  });

  it("counts each file's errors and warnings as PROVINCE.xlsx does: its own findings and each finding across blocks involving it", () => {
    const counts = findingCounts(result);
    const of = (name: string) => counts.get(join(dir, name));
    expect(of(fileOf(7))).toEqual({ errors: 1, warnings: 0 });
    expect(of(fileOf(4))).toEqual({ errors: 0, warnings: 2 });
    expect(of(fileOf(10))).toEqual({ errors: 0, warnings: 1 });
    expect(of(FILES.lastYear)).toEqual({ errors: 1, warnings: 0 });
    expect(of(fileOf(11))).toEqual({ errors: AUDITS_FORMULAS ? 4 : 3, warnings: 0 });
    expect(of(fileOf(1))).toEqual({ errors: 0, warnings: 0 });
  });

  it("lists the award proposals of the year's blocks on a 100-point scale", () => {
    const flag = result.awardLists.find((l) => l.tier === "flag")!;
    const merit = result.awardLists.find((l) => l.tier === "merit")!;
    expect(result.awardLists.map((l) => l.label)).toEqual(["Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"]);
    expect(flag.rows).toHaveLength(12);
    // Enterprise and district blocks propose 2 Bằng khen, agency blocks 1 (block 11: 2, one typed): 8 × 2 + 3 × 1 + 2.
    expect(merit.rows).toHaveLength(21);
    // Block 3 (1,000 points): the leader has 937.5 points → 93.75 on 100.
    const k3 = flag.rows.find((r) => r.blockName === "Khối thi đua số 03")!;
    expect(k3.total).toBeCloseTo(937.5, 9);
    expect(k3.total100).toBeCloseTo(93.75, 9);
    expect(k3.rank).toBe(1);
  });

  it("caps the Government flag at 20 % of the 12 collectives leading blocks, rounded down: 2", () => {
    expect(result.govFlag.leadingBlocks).toBe(12);
    expect(result.govFlag.cap).toBe(2);
    expect(result.govFlag.candidates.map((c) => c.unitName)).toContain(PORT);
    expect(result.govFlag.candidates).toHaveLength(12);
    const with25 = consolidate({ blocks: inputs.blocks, rules: { ...DEFAULT_PROVINCE_RULES, govFlag: { share: 0.25, rounding: "floor" } } });
    expect(with25.govFlag.cap).toBe(3);
    const ceil = consolidate({ blocks: inputs.blocks, rules: readProvinceRules({ govFlag: { rounding: "ceil" } }).rules });
    expect(ceil.govFlag.cap).toBe(3);
  });

  it("warns when the board's choice exceeds the cap or names a unit that leads no block", () => {
    const file = "PROVINCE.xlsx";
    const choices = [
      { file, unitName: "Công ty Điện lực khu vực 2" },
      { file, unitName: "Công ty Điện lực khu vực 5", cell: at("Cờ Chính phủ", "H10") },
      { file, unitName: "công ty  điện lực KHU VỰC 9" },
      { file, unitName: "Công ty Cấp nước khu vực 9", cell: at("Cờ Chính phủ", "H12") },
    ];
    const r = consolidate({ blocks: inputs.blocks, choices });
    const gov = r.findings.filter((f) => f.code.startsWith("PROVINCE_GOV_FLAG"));
    expect(gov.map((f) => [f.code, f.severity, f.places.length])).toEqual([
      ["PROVINCE_GOV_FLAG_OVER_CAP", "warning", 4],
      ["PROVINCE_GOV_FLAG_NOT_CANDIDATE", "warning", 1],
    ]);
    expect(gov[1].places[0]).toEqual({ file, cell: at("Cờ Chính phủ", "H12") });
    expect(gov[0].message).toContain("vượt giới hạn 2");
    expect(r.govFlag.candidates.filter((c) => c.chosen).map((c) => c.unitName).sort()).toEqual(["Công ty Điện lực khu vực 2", "Công ty Điện lực khu vực 5", "Công ty Điện lực khu vực 9"]);
    const within = consolidate({ blocks: inputs.blocks, choices: choices.slice(0, 2) });
    expect(within.findings.filter((f) => f.code.startsWith("PROVINCE_GOV_FLAG"))).toEqual([]);
  });

  it("consolidates the year asked for (--year) and reads the province rules file", () => {
    const r2025 = consolidate({ blocks: inputs.blocks, rules: { ...DEFAULT_PROVINCE_RULES, year: 2025 } });
    expect(r2025.blocks.filter((e) => e.status === "used").map((e) => basename(e.summary.file.name))).toEqual([FILES.lastYear]);
    expect(r2025.findings.filter((f) => f.code === "PROVINCE_BLOCK_OTHER_YEAR")).toHaveLength(12);
    const rulesFile = join(dir, "quy-dinh.json");
    writeFileSync(rulesFile, JSON.stringify({ govFlag: { share: 0.1 } }));
    expect(readProvinceRules({ govFlag: { share: 0.1 } }).rules.govFlag).toEqual({ share: 0.1, rounding: "floor" });
    expect(readProvinceRules({ govFlag: { share: 1.5 } }).problems).toHaveLength(1);
    expect(readProvinceRules({ year: "năm nay" }).problems).toHaveLength(1);
  });
});
