// Blocks for the papers' tests: the two shared examples (with the seed's outcome of the meeting added where the
// example has none) and a 6-unit fixture with every ballot count, exemplary collectives and next year's leadership.
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { buildPapers, fieldsFor, papersSource } from "../../src/papers";
import type { PaperSheet } from "../../src/workbook/paper";
import { writeWorkbook } from "../../src/xlsx/write";
import { readWorkbook, workbookGrids, loadWorkbook } from "../../src/xlsx/read";

export const EXAMPLES = join(__dirname, "..", "..", "..", "shared", "examples");

export function example(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXAMPLES, name), "utf8")) as Record<string, unknown>;
}

/** Lạng Sơn Cụm II 2020 with the seed's ballots and its 2021 leader and deputy (seed 004). */
export function langSon(): Record<string, unknown> {
  const doc = example("lang-son-cum-ii-2020.json");
  const block = doc.block as Record<string, unknown>;
  block.nextLeader = "ga-dd";
  block.nextDeputy = "xd-ls";
  const votes = doc.votes as Record<string, unknown>;
  Object.assign(votes, { issued: 5, returned: 5, valid: 5 });
  return doc;
}

/** Six units (a "Khối", not a "Cụm"), the 2024 legal texts, ballots with one absent unit, an exemplary category. */
export function sixUnits(): Record<string, unknown> {
  return {
    format: "khoi-block/1",
    block: { name: "Khối thi đua các Ban Quản lý", year: 2024, organizer: "UBND tỉnh Khánh Hòa", leader: "vp", deputy: "kcn", nextLeader: "kcn", nextDeputy: "cn" },
    rules: {
      scale: 100,
      tieBreak: ["penalty"],
      awards: [
        { id: "flag", label: "Cờ thi đua của UBND tỉnh", count: 1, minVoteShare: 0.5 },
        { id: "merit", label: "Bằng khen của Chủ tịch UBND tỉnh", count: 2 },
      ],
      vote: { quorum: 0.6667, denominator: "present", strict: true },
    },
    units: [
      { id: "vp", name: "Ban Quản lý Khu kinh tế Vân Phong" },
      { id: "kcn", name: "Ban Quản lý các Khu công nghiệp" },
      { id: "cn", name: "Ban Quản lý Khu công nghệ cao" },
      { id: "dt", name: "Ban Quản lý dự án Đầu tư xây dựng" },
      { id: "gt", name: "Ban Quản lý dự án Giao thông" },
      { id: "nn", name: "Ban Quản lý dự án Nông nghiệp" },
    ],
    criteria: [
      { code: "I", name: "Giải ngân vốn đầu tư", children: [
        { code: "I.1", name: "Tỷ lệ giải ngân so với kế hoạch", type: "target", max: 40, method: "linear", cap: 1 },
        { code: "I.2", name: "Thu hút dự án", type: "points", max: 20 },
      ] },
      { code: "II", name: "Công tác thi đua, khen thưởng", children: [
        { code: "II.1", name: "Ký kết giao ước", type: "yesno", max: 10 },
        { code: "II.2", name: "Báo cáo đúng hạn", type: "points", max: 30 },
      ] },
      { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 },
      { code: "TR", name: "Điểm trừ", type: "penalty", max: 10 },
    ],
    targets: { vp: { "I.1": 100 }, kcn: { "I.1": 100 }, cn: { "I.1": 100 }, dt: { "I.1": 100 }, gt: { "I.1": 100 }, nn: { "I.1": 100 } },
    scores: {
      self: {
        vp: { "I.1": 100, "I.2": 20, "II.1": true, "II.2": 30, T: 2 },
        kcn: { "I.1": 98, "I.2": 19, "II.1": true, "II.2": 29.5 },
        cn: { "I.1": 100, "I.2": 18, "II.1": true, "II.2": 28 },
        dt: { "I.1": 90, "I.2": 17, "II.1": true, "II.2": 27 },
        gt: { "I.1": 85, "I.2": 15, "II.1": true, "II.2": 26, TR: 2 },
        nn: { "I.1": 101, "I.2": 14, "II.1": true, "II.2": 25 },
      },
      appraised: { kcn: { "II.2": 29 } },
      final: { cn: { "I.2": 17.5 } },
    },
    votes: {
      members: 6, present: 5, issued: 5, returned: 5, valid: 4,
      yes: { flag: { vp: 4, kcn: 1 }, merit: { kcn: 4, cn: 3, dt: 1 } },
      exemplary: [{ id: "best", label: "Tập thể tiêu biểu", places: 1, nominees: [{ name: "Phòng Quản lý đầu tư", unit: "vp", yes: 4 }, { name: "Phòng Doanh nghiệp", unit: "kcn", yes: 1 }] }],
    },
  };
}

export const TODAY = new Date(2025, 0, 5, 9, 0, 0);

export function blockOf(doc: unknown): Block {
  const { block } = parseBlock(doc);
  if (!block) throw new Error("fixture does not parse");
  return block;
}

/** The block workbook of a document, as `khoi workbook` writes it. */
export async function bookOf(doc: unknown): Promise<Uint8Array> {
  return writeWorkbook(blockOf(doc), { formulas: "native", language: "vi" });
}

/** The papers of a workbook, read the way `khoi papers` reads it. */
export async function papersOfBook(bytes: Uint8Array, today = TODAY): Promise<PaperSheet[]> {
  const source = papersSource(await readWorkbook(bytes));
  if ("problem" in source) throw new Error(source.problem);
  const grids = workbookGrids(await loadWorkbook(bytes));
  return buildPapers(source.block, source.result, fieldsFor(source.block, grids, today), { today });
}

/** Every text cell of a paper's printed part, row by row. */
export function paperText(paper: PaperSheet): string {
  const lines = new Map<number, string[]>();
  const printed = paper.sheet.print?.area?.match(/^A1:([A-Z]+)\d+$/)?.[1] ?? "ZZ";
  const lastColumn = printed.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  for (const region of paper.sheet.regions) {
    region.cells.forEach((row, r) => row.forEach((v, c) => {
      if (typeof v !== "string" || v === "" || region.column + c > lastColumn) return;
      const at = region.row + r;
      lines.set(at, [...(lines.get(at) ?? []), v]);
    }));
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v.join(" | ")).join("\n");
}

export async function sheetOf(bytes: Uint8Array, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
