// The check shared by «Kiểm tra» and «Gửi đi»: merging the reader's findings with the engine's, the ranking's award
// labels, the not-a-block answer, and the pane's number notation.
import type { Finding } from "../../src/core/types";
import { cellLabel, clusterFindings, formatSuggestion, formatTotal, validateWorkbook } from "../../src/taskpane/validation";
import { mergeFindings } from "../../src/workbook/validate";
import { TEXT_SCORE_CELL, TEXT_SCORE_FINDING, blockHost, langSonDoc, locate, messyReading, notBlockReading } from "./blockHost";

const SCALE_FINDING: Finding = {
  code: "RULES_INVALID",
  severity: "error",
  message: "«100,0» là văn bản, không phải số — chuyển thành 100?",
  messageEn: "“100,0” is text, not a number — convert it to 100?",
  cell: { sheet: "Quy tắc", address: "C4" },
  suggestion: { value: 100 },
};

const engineTextScore: Finding = {
  code: "SCORE_INVALID",
  severity: "error",
  unit: "dl-ls",
  criterion: "II.2",
  layer: "appraised",
  message: "Công ty Điện lực Lạng Sơn – tiêu chí II.2: điểm thẩm định «9,5» không hợp lệ.",
  messageEn: "Công ty Điện lực Lạng Sơn – criterion II.2: the appraised score “9,5” is not valid.",
};

describe("mergeFindings", () => {
  it("keeps the reader's findings first, attaches cells to the engine's, and merges twins at one cell", () => {
    const rank: Finding = { code: "RANK_MISMATCH", severity: "error", unit: "ga-dd", message: "m", messageEn: "e" };
    const tie: Finding = { code: "TIE_UNRESOLVED", severity: "warning", units: ["a", "b"], message: "t", messageEn: "t" };
    const merged = mergeFindings({ doc: {}, findings: [SCALE_FINDING, TEXT_SCORE_FINDING], locate }, [engineTextScore, rank, tie]);
    expect(merged).toEqual([
      SCALE_FINDING,
      { ...engineTextScore, cell: TEXT_SCORE_CELL, suggestion: { value: 9.5 } },
      { ...rank, cell: { sheet: "Tổng hợp", address: "H8" } },
      tie,
    ]);
  });

  it("keeps both when the engine reports another problem at a cell the reader flagged", () => {
    const other: Finding = { ...engineTextScore, code: "SCORE_OUT_OF_RANGE" };
    const merged = mergeFindings({ doc: {}, findings: [TEXT_SCORE_FINDING], locate }, [other]);
    expect(merged.map((f) => f.code)).toEqual(["SCORE_INVALID", "SCORE_OUT_OF_RANGE"]);
    expect(merged[1].suggestion).toBeUndefined();
  });
});

describe("validateWorkbook", () => {
  it("ranks the block with the award labels, falling back to the tier id when a tier has no label", async () => {
    const doc = langSonDoc() as unknown as { rules: { awards: { label?: string }[] } };
    delete doc.rules.awards[1].label;
    const { host } = blockHost(async () => ({ doc, findings: [], locate }));
    const result = await validateWorkbook(host);
    if (result.kind !== "checked") throw new Error("expected a checked block");
    expect(result.ok).toBe(true);
    expect(result.ranking.map((r) => [r.rank, r.id, r.award])).toEqual([
      [1, "ga-dd", "Cờ thi đua của UBND tỉnh"],
      [2, "lt-cl", "merit"],
      [3, "dl-ls", null],
      [4, "xd-ls", null],
      [5, "bm-ls", null],
    ]);
  });

  it("counts the merged findings and reports the steps", async () => {
    const steps: string[] = [];
    const result = await validateWorkbook(blockHost(messyReading).host, (step) => steps.push(step));
    expect(steps).toEqual(["read", "evaluate"]);
    if (result.kind !== "checked") throw new Error("expected a checked block");
    expect(result.ok).toBe(false);
    expect(result.counts).toEqual({ error: 3, warning: 1, info: 0 });
  });

  it("answers notBlock, without evaluating, for a workbook with nothing of Khối", async () => {
    const steps: string[] = [];
    const result = await validateWorkbook(blockHost(notBlockReading).host, (step) => steps.push(step));
    expect(result.kind).toBe("notBlock");
    expect(steps).toEqual(["read"]);
  });
});

describe("notation", () => {
  it("writes totals with two decimals, Vietnamese comma or English point", () => {
    expect(formatTotal(98.5, "vi")).toBe("98,50");
    expect(formatTotal(69.07894736842105, "vi")).toBe("69,08");
    expect(formatTotal(98.5, "en")).toBe("98.50");
  });

  it("writes an offered value as the officer would type it", () => {
    expect(formatSuggestion(98.5, "vi")).toBe("98,5");
    expect(formatSuggestion(98.5, "en")).toBe("98.5");
    expect(formatSuggestion("có", "vi")).toBe("có");
    expect(cellLabel({ sheet: "Chấm điểm", address: "E7" })).toBe("Chấm điểm!E7");
  });
});

describe("clusterFindings", () => {
  const missing = (criterion: string, unit = "a"): Finding => ({ code: "SCORE_MISSING", severity: "error", unit, criterion, message: criterion, messageEn: criterion });

  it("folds three or more findings of one code for one unit under the first, keeping the order found", () => {
    const other = missing("X", "b");
    const clusters = clusterFindings([missing("1"), other, missing("2"), missing("3")]);
    expect(clusters.map((c) => [c.lead.criterion, c.rest.map((f) => f.criterion)])).toEqual([["1", ["2", "3"]], ["X", []]]);
  });

  it("never folds two, nor a finding that offers a fix, nor one about no unit", () => {
    const offer = { ...missing("3"), suggestion: { value: 9.5 } };
    const tie: Finding = { code: "TIE_UNRESOLVED", severity: "warning", units: ["a", "b"], message: "t", messageEn: "t" };
    const clusters = clusterFindings([missing("1"), missing("2"), offer, tie, tie]);
    expect(clusters.every((c) => c.rest.length === 0)).toBe(true);
    expect(clusters).toHaveLength(5);
  });
});
