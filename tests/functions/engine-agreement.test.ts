// The KHOI.* functions against the engine on the project's block fixtures: a sheet is built from each block the way
// an officer's workbook holds it (one column per criterion, helper columns for tie-breaks), the functions are chained
// POINTS → TOTAL → RANK → AWARD → CHECK, and every total, rank and award must equal evaluate()'s.
import fs from "fs";
import path from "path";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import { scoreSimpleLeaf } from "../../src/core/score";
import { isGroup, LAYERS_BY_PRECEDENCE, type Block, type CriterionLeaf, type CriterionNode, type EvaluationResult, type ScoreValue } from "../../src/core/types";
import { LocalCellError } from "../../src/functions/errors";
import { award, check, points, rank, total } from "../../src/functions/functions";
import { callError, flat } from "./helpers";

const FIXTURES = path.resolve(__dirname, "../fixtures");
// Problems that stop the functions from building the sheet at all (the engine reports them as findings).
const STRUCTURAL = new Set([
  "FORMAT_INVALID", "CRITERIA_INVALID", "CRITERIA_DUPLICATE_CODE", "RULES_INVALID", "UNIT_DUPLICATE", "UNIT_UNKNOWN", "CRITERION_UNKNOWN",
]);
const SCORE_PROBLEMS = new Set(["SCORE_MISSING", "SCORE_INVALID", "SCORE_OUT_OF_RANGE", "TARGET_MISSING"]);

interface Column {
  leaf: CriterionLeaf;
  group: string;
}

/** Leaves in tree order with the group their column belongs to in KHOI.TOTAL. */
function columnsOf(criteria: CriterionNode[]): Column[] {
  const columns: Column[] = [];
  const walk = (node: CriterionNode, top: string) => {
    if (isGroup(node)) node.children.forEach((child) => walk(child, top));
    else columns.push({ leaf: node, group: node.type === "bonus" ? "thưởng" : node.type === "penalty" ? "trừ" : top });
  };
  criteria.forEach((node) => walk(node, node.code));
  return columns;
}

function effective(block: Block, unit: string, code: string): ScoreValue | undefined {
  for (const layer of LAYERS_BY_PRECEDENCE) {
    const value = block.scores[layer]?.[unit]?.[code];
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

function option(leaf: CriterionLeaf): unknown[][] | undefined {
  if (leaf.method === "linear" && leaf.cap !== undefined) return [[leaf.cap]];
  if (leaf.method === "bands") return leaf.bands;
  if (leaf.method === "relative" && leaf.base) return [[leaf.base]];
  return undefined;
}

/** The officer's sheet for one block, as the functions compute it. */
function sheetOf(block: Block) {
  const units = block.units;
  const columns = columnsOf(block.criteria);
  const cell = (v: ScoreValue | undefined) => (v === undefined || v === null ? "" : v);
  const scoreColumns: unknown[][] = columns.map(({ leaf }) => {
    if (leaf.type === "target") {
      const actuals = units.map((u) => [cell(effective(block, u.id, leaf.code))]);
      const targets = units.map((u) => [cell(block.targets[u.id]?.[leaf.code])]);
      return flat(points(actuals, targets, leaf.max, leaf.method as string, option(leaf)));
    }
    return units.map((u) => {
      const value = effective(block, u.id, leaf.code);
      // Bonus and penalty cells hold the value (KHOI.TOTAL checks their range); yes/no and counts are converted by a
      // sheet formula and points are kept in range by the sheet's validation, both marking a bad value as text.
      if (leaf.type === "bonus" || leaf.type === "penalty") return cell(value);
      const outcome = scoreSimpleLeaf({ type: leaf.type as "points" | "yesno" | "count", max: leaf.max, per: leaf.per }, value);
      return outcome.problem === null ? outcome.score : outcome.problem === "SCORE_MISSING" ? "" : "không hợp lệ";
    });
  });
  const scores = units.map((_, i) => scoreColumns.map((c) => c[i]));
  const groupRow = [columns.map((c) => c.group)];
  const maxRow = [columns.map((c) => c.leaf.max)];
  const topGroups = block.criteria.filter((n) => isGroup(n) || (n.type !== "bonus" && n.type !== "penalty"));
  const weights = topGroups.some((g) => g.weight !== undefined) ? [topGroups.map((g) => g.weight ?? "")] : undefined;
  return { units, columns, scores, groupRow, maxRow, weights };
}

/** Tie-break helper columns and their directions, from rules.tieBreak. */
function tiebreaksOf(block: Block, sheet: ReturnType<typeof sheetOf>, totals: unknown[][]) {
  const keys = block.rules.tieBreak;
  if (keys.length === 0) return { tiebreaks: undefined, directions: undefined };
  const columnsFor = (key: string): unknown[] =>
    sheet.units.map((u, i) => {
      if (key === "penalty") return totals[i][2];
      if (key === "bonus") return totals[i][1];
      if (key.startsWith("group:")) {
        const code = key.slice(6);
        return sheet.columns.reduce((s, c, k) => s + (c.group === code ? Number(sheet.scores[i][k]) : 0), 0);
      }
      if (key.startsWith("vote:")) return block.votes?.yes?.[key.slice(5)]?.[u.id] ?? 0;
      // exceeded: the officer's COUNTIFS of targets beaten.
      return sheet.columns.filter(({ leaf }) => {
        const a = effective(block, u.id, leaf.code);
        const t = block.targets[u.id]?.[leaf.code];
        if (leaf.type !== "target" || typeof a !== "number" || typeof t !== "number") return false;
        return leaf.method === "inverse" ? a < t : t > 0 && a > t;
      }).length;
    });
  const cols = keys.map(columnsFor);
  return { tiebreaks: sheet.units.map((_, i) => cols.map((c) => c[i])), directions: keys.map((k) => (k === "penalty" ? "-" : "+")).join("") };
}

interface Case {
  file: string;
  doc: unknown;
  engine: EvaluationResult;
  block: Block;
}

// Blocks the engine cannot score (structural findings) have no sheet to compare; every other fixture is compared.
const cases: Case[] = [
  ...fs.readdirSync(path.join(FIXTURES, "blocks")).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json")).map((f) => path.join("blocks", f)),
  ...fs.readdirSync(path.join(FIXTURES, "examples")).filter((f) => f.endsWith(".json")).map((f) => path.join("examples", f)),
].flatMap((file) => {
  const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), "utf8"));
  const engine = evaluate(doc);
  const block = parseBlock(doc).block;
  return block === null || engine.findings.some((f) => STRUCTURAL.has(f.code)) ? [] : [{ file, doc, engine, block }];
});

test("most fixtures are compared (only structurally broken blocks are left out)", () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  expect(cases.map((c) => c.file)).toEqual(expect.arrayContaining(["examples/lang-son-cum-ii-2020.json", "examples/khanh-hoa-khoi-2-2021.json"]));
});

describe.each(cases.map((c) => [c.file, c] as const))("%s", (_file, { engine, block }) => {
  const codes = new Set(engine.findings.map((f) => f.code));

  test("totals, ranks and awards equal the engine's", () => {
    const sheet = sheetOf(block);
    const byId = new Map(engine.units.map((u) => [u.id, u]));
    if (codes.has("WEIGHTS_INVALID")) {
      expect(callError(() => total(sheet.scores, sheet.maxRow, sheet.groupRow, sheet.weights, block.rules.scale)).code).toBe("#VALUE!");
      return;
    }
    const totals = total(sheet.scores, sheet.maxRow, sheet.groupRow, sheet.weights, block.rules.scale);
    const problemUnits = new Set(engine.findings.filter((f) => SCORE_PROBLEMS.has(f.code)).map((f) => f.unit));
    sheet.units.forEach((u, i) => {
      if (problemUnits.has(u.id)) {
        // The engine counts 0 and reports a finding; the sheet shows the error in the unit's row.
        expect({ unit: u.id, error: totals[i][3] instanceof LocalCellError }).toEqual({ unit: u.id, error: true });
      } else {
        expect({ unit: u.id, total: Math.round((totals[i][3] as number) * 1e9) }).toEqual({ unit: u.id, total: Math.round(byId.get(u.id)!.total * 1e9) });
      }
    });
    if (problemUnits.size > 0) return; // rows with errors leave the ranking, so ranks are not comparable

    const totalColumn = totals.map((row) => [row[3]]);
    const { tiebreaks, directions } = tiebreaksOf(block, sheet, totals);
    const ranks = rank(totalColumn, tiebreaks, directions);
    expect(flat(ranks)).toEqual(sheet.units.map((u) => byId.get(u.id)!.rank));

    const tiers = block.rules.awards.map((t) => [t.id, t.count, t.minScore ?? "", (t.requires ?? []).join("; "), t.minVoteShare ?? ""]);
    if (tiers.length === 0) return;
    const yes = sheet.units.map((u) => block.rules.awards.map((t) => block.votes?.yes?.[t.id]?.[u.id] ?? ""));
    const run = () =>
      award(
        totalColumn, tiers, ranks,
        sheet.units.map((u) => [u.disqualified ?? ""]),
        sheet.units.map((u) => [u.titles.join("; ")]),
        yes, block.votes?.members, block.votes?.present, block.rules.vote.quorum, block.rules.vote.denominator, block.rules.vote.strict,
      );
    if (codes.has("VOTE_QUORUM_NOT_MET")) {
      expect(callError(run).code).toBe("#N/A");
      return;
    }
    const awards = run();
    const tied = new Set(engine.findings.filter((f) => f.code === "TIE_AT_AWARD_BOUNDARY").flatMap((f) => f.units ?? []));
    sheet.units.forEach((u, i) => {
      const expected = byId.get(u.id)!.award;
      const cellValue = awards[i][0];
      if (tied.has(u.id)) {
        const text = (cellValue as LocalCellError).message;
        expect(text).toContain("ranh giới danh hiệu");
        expect(text).toContain(expected === null ? "chưa được danh hiệu nào" : `được "${expected}"`);
      } else {
        expect({ unit: u.id, award: cellValue }).toEqual({ unit: u.id, award: expected ?? "" });
      }
    });

    if (block.declared?.ranks) {
      const declared = sheet.units.map((u) => [block.declared?.ranks?.[u.id] ?? ""]);
      const mismatched = new Set(engine.findings.filter((f) => f.code === "RANK_MISMATCH").map((f) => f.unit));
      const checked = flat(check(declared, ranks));
      sheet.units.forEach((u, i) => expect({ unit: u.id, ok: checked[i] === "OK" }).toEqual({ unit: u.id, ok: !mismatched.has(u.id) }));
    }
  });
});
