// The workbook layout of a block: sheets, headers, names, validation, protection and native-only formulas.
import { readFileSync } from "fs";
import { join } from "path";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { buildLayout } from "../../src/workbook/build";
import { criteriaFingerprint } from "../../src/workbook/fingerprint";
import { isFormulaCell, type SheetLayout, type WorkbookLayout } from "../../src/workbook/model";

const FIXTURES = join(__dirname, "..", "fixtures", "examples");

function fixture(name: string): Block {
  const { block } = parseBlock(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")));
  if (!block) throw new Error(`fixture ${name} does not parse`);
  return block;
}

function sheet(layout: WorkbookLayout, key: SheetLayout["key"]): SheetLayout {
  const found = layout.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no sheet ${key}`);
  return found;
}

/** The cell at an A1 address, whichever region wrote it. */
function cellAt(s: SheetLayout, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  for (const region of s.regions) {
    const r = row - region.row;
    const c = column - region.column;
    if (r >= 0 && c >= 0 && r < region.cells.length && c < region.cells[r].length) return region.cells[r][c];
  }
  return undefined;
}

function lockedAt(s: SheetLayout, address: string): boolean | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const region = s.regions.find((g) => row >= g.row && column >= g.column && row < g.row + g.cells.length && column < g.column + g.cells[0].length);
  return region?.locked;
}

describe("buildLayout (Lạng Sơn, native formulas)", () => {
  const block = fixture("lang-son-cum-ii-2020");
  const layout = buildLayout(block, { formulas: "native" });

  test("sheets have Vietnamese names in the order of the year's work, the meta sheet hidden", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "Hướng dẫn", "Khối", "Tiêu chí", "Giao ước", "Chấm điểm", "Điểm chi tiết", "Tổng hợp", "Bình xét", "Nhật ký", "_khoi",
    ]);
    expect(layout.sheets.filter((s) => s.visibility !== "visible").map((s) => s.key)).toEqual(["meta"]);
  });

  test("the meta sheet records the schema, the formula mode and the criteria fingerprint", () => {
    const meta = sheet(layout, "meta");
    expect(cellAt(meta, "A1")).toBe("schema");
    expect(cellAt(meta, "B1")).toBe("khoi-workbook/1");
    expect(cellAt(meta, "B3")).toBe("native");
    expect(cellAt(meta, "B6")).toBe(criteriaFingerprint(block.criteria));
    expect(layout.meta.criteriaFingerprint).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  test("stable defined names cover each region", () => {
    const names = Object.fromEntries(layout.names.map((n) => [n.name, `${n.sheet}!${n.range}`]));
    // 5 units: header, hidden key row, then rows 39..43 of Khối (info, rules, tiers and leaders by year above).
    expect(names.khoi_units).toBe("block!B37:E43");
    // 15 criteria rows under the key row 5 of Chấm điểm; self in E:I, appraised in J:N, final in O:S.
    expect(names.khoi_scores_codes).toBe("scores!A5:A19");
    expect(names.khoi_scores_self).toBe("scores!E5:I19");
    expect(names.khoi_scores_appraised).toBe("scores!J5:N19");
    expect(names.khoi_scores_final).toBe("scores!O5:S19");
    // Three base groups in C:E, then base F, bonus G, penalty H, total I, rank J, award K.
    expect(names.khoi_ranks).toBe("summary!J6:J10");
    expect(names.khoi_awards_proposed).toBe("summary!K6:K10");
    for (const name of ["khoi_meta", "khoi_block_info", "khoi_rules", "khoi_awards", "khoi_criteria", "khoi_targets", "khoi_detail", "khoi_summary", "khoi_votes", "khoi_ballots", "khoi_log"]) {
      expect(names[name]).toBeDefined();
    }
  });

  test("Chấm điểm: unit ids head every layer, criterion codes head every row, yes/no shows as Có", () => {
    const scores = sheet(layout, "scores");
    expect(cellAt(scores, "A5")).toBe("Mã tiêu chí");
    expect(cellAt(scores, "E5")).toBe("dl-ls");
    expect(cellAt(scores, "J5")).toBe("dl-ls");
    expect(cellAt(scores, "S5")).toBe("bm-ls");
    expect(cellAt(scores, "E3")).toBe("Tự chấm");
    expect(cellAt(scores, "J3")).toBe("Thẩm định");
    expect(cellAt(scores, "O3")).toBe("Thống nhất");
    // Row 12 is II.1 (yes/no): Ga Đồng Đăng self-scored true.
    expect(cellAt(scores, "A12")).toBe("II.1");
    expect(cellAt(scores, "F12")).toBe("Có");
    // Row 13 is II.2: Bảo Minh appraised 7 (column N), self 8 (column I).
    expect(cellAt(scores, "A13")).toBe("II.2");
    expect(cellAt(scores, "I13")).toBe(8);
    expect(cellAt(scores, "N13")).toBe(7);
  });

  test("inputs are validated by leaf type over every layer", () => {
    const scores = sheet(layout, "scores");
    const points10 = scores.validations.find((v) => v.kind === "decimal" && v.max === 10);
    expect(points10?.min).toBe(0);
    // II.2, III.1, III.2 and the penalty TR have max 10: rows 13, 16, 17, 19 (row 15 is group III, 18 the bonus T).
    expect(points10?.ranges).toEqual(["E13:S13", "E16:S16", "E17:S17", "E19:S19"]);
    const yesNo = scores.validations.find((v) => v.kind === "list");
    expect(yesNo?.list).toEqual(["Có", "Không"]);
    expect(yesNo?.ranges).toEqual(["E12:S12"]);
    expect(scores.validations.find((v) => v.kind === "whole")?.ranges).toEqual(["E14:S14"]);
  });

  test("inputs are unlocked, formulas and group rows locked, sheets protected without a password", () => {
    const scores = sheet(layout, "scores");
    expect(lockedAt(scores, "E13")).toBe(false);
    expect(lockedAt(scores, "E11")).toBe(true); // group II
    expect(lockedAt(scores, "D13")).toBe(true); // max, a formula
    const summary = sheet(layout, "summary");
    expect(lockedAt(summary, "J6")).toBe(true);
    for (const s of layout.sheets) expect(s.protection.password).toBeNull();
    expect(summary.protection.protect).toBe(true);
    expect(sheet(layout, "log").protection.protect).toBe(false);
  });

  test("frozen headers and conditional formats for errors, ties and awards on Tổng hợp", () => {
    const summary = sheet(layout, "summary");
    expect(summary.frozen).toEqual({ rows: 5, columns: 2 });
    expect(summary.conditionalFormats.map((c) => c.kind).sort()).toEqual(["award", "error", "tie"]);
    expect(summary.conditionalFormats.find((c) => c.kind === "tie")?.formula).toBe("COUNTIF($J$6:$J$10,J6)>1");
  });

  test("native formulas use only functions Excel 2016 computes", () => {
    const allowed = new Set(["SUM", "SUMIFS", "SUMPRODUCT", "RANK.EQ", "COUNTIFS", "COUNTIF", "IF", "MIN", "MAX", "INDEX", "MATCH", "ROUND", "IFERROR", "AND", "OR", "NOT", "ISNUMBER", "INT", "N", "TRIM", "FIND", "SUBSTITUTE", "ISERROR", "TRUE", "FALSE"]);
    const used = new Set<string>();
    for (const s of layout.sheets) {
      for (const region of s.regions) for (const row of region.cells) for (const cell of row) {
        if (!isFormulaCell(cell)) continue;
        for (const m of cell.formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
      }
      for (const cf of s.conditionalFormats) for (const m of cf.formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
    }
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
    expect(used.has("RANK.EQ")).toBe(true);
  });

  test("the rank of a unit counts better totals, then equals better on each tie-break key in turn", () => {
    const summary = sheet(layout, "summary");
    // Tie-break group:I then penalty: after a spacer (N), helpers O (rounded total), P (group I), Q (−penalty).
    expect(cellAt(summary, "J6")).toEqual({
      formula: "RANK.EQ(O6,$O$6:$O$10,0)+COUNTIFS($O$6:$O$10,O6,$P$6:$P$10,\">\"&P6)+COUNTIFS($O$6:$O$10,O6,$P$6:$P$10,P6,$Q$6:$Q$10,\">\"&Q6)",
      // dl-ls (85.25) is third behind ga-dd and lt-cl: the engine's rank, cached for viewers that never calculate.
      result: 3,
    });
    expect(cellAt(summary, "Q6")).toEqual({ formula: "ROUND(-H6,9)" });
  });
});

describe("buildLayout in English", () => {
  test("sheet names and headers follow the language; keys do not", () => {
    const layout = buildLayout(fixture("khanh-hoa-khoi-2-2021"), { formulas: "native", language: "en" });
    expect(layout.sheets.map((s) => s.name)).toEqual(["Guide", "Block", "Criteria", "Covenant", "Scores", "Score detail", "Summary", "Ballots", "Log", "_khoi"]);
    expect(cellAt(sheet(layout, "scores"), "E3")).toBe("Self");
    expect(layout.names.map((n) => n.name)).toContain("khoi_scores_self");
  });
});
