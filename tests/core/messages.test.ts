// Every finding code has a severity (spec §6) and a message in both languages that names what is wrong and where.
import { FINDING_CODES, SEVERITY, makeFinding, messagesEn, messagesVi, type FindingCode } from "../../src/core";
import type { MessageParams } from "../../src/core/messages";

const ga = { id: "ga-dd", name: "Chi nhánh Ga Đồng Đăng" };
const lt = { id: "lt-cl", name: "Công ty cổ phần Lương thực Cao Lạng" };
const nop = { code: "I.2", name: "Nộp ngân sách" };
const flag = { id: "flag", label: "Cờ thi đua của UBND tỉnh" };

/** The spec's table, severities included. */
const SPEC: Record<FindingCode, "error" | "warning" | "info"> = {
  FORMAT_INVALID: "error", UNIT_DUPLICATE: "error", UNIT_LEGACY_ENCODING: "warning", UNIT_UNKNOWN: "error",
  CRITERION_UNKNOWN: "error", CRITERIA_DUPLICATE_CODE: "error", CRITERIA_INVALID: "error", CRITERIA_MAX_SUM_MISMATCH: "warning",
  RULES_INVALID: "error", WEIGHTS_INVALID: "error", SCORE_MISSING: "error", SCORE_INVALID: "error", SCORE_OUT_OF_RANGE: "error",
  TARGET_MISSING: "error", LAYER_DIVERGENCE: "warning", TIE_UNRESOLVED: "warning", TIE_AT_AWARD_BOUNDARY: "error",
  VOTE_QUORUM_NOT_MET: "error", VOTE_THRESHOLD_NOT_MET: "info", RANK_MISMATCH: "error", AWARD_INELIGIBLE: "error",
  AWARD_QUOTA_EXCEEDED: "error", AWARD_MISMATCH: "error",
  // The workbook reader's own codes (issue 9): what the officer typed or overwrote in the workbook.
  CELL_IGNORED: "error", FORMULA_OVERWRITTEN: "error", TOTAL_MISMATCH: "error", ROW_MISSING: "error", ENCODING_INVALID: "error",
  BALLOT_COUNTS_INVALID: "error", EXEMPLARY_TIE: "error", LEADER_INVALID: "error",
  LOG_CUT: "warning", FORMULA_BROKEN: "error",
};

/** Realistic parameters per code, and words each language's message must contain. */
const SAMPLES: Record<FindingCode, { p: MessageParams; vi: string[]; en: string[] }> = {
  FORMAT_INVALID: { p: { path: "units[3].name", formatProblem: "text" }, vi: ["units[3].name phải là chuỗi ký tự"], en: ["units[3].name must be text"] },
  UNIT_DUPLICATE: { p: { units: [ga, { id: "ga-2", name: "chi nhánh ga đồng đăng" }], duplicateBy: "name" }, vi: ["trùng tên", "Chi nhánh Ga Đồng Đăng"], en: ["same name", "ga-2"] },
  UNIT_LEGACY_ENCODING: { p: { unit: { id: "bt", name: "B¶o Th¾ng" }, text: "B¶o Th¾ng", encoding: "tcvn3" }, vi: ["B¶o Th¾ng", "TCVN3"], en: ["B¶o Th¾ng", "TCVN3"] },
  UNIT_UNKNOWN: { p: { source: "scores.self", code: "ga-xx" }, vi: ["Bảng điểm tự chấm", "«ga-xx»"], en: ["Self scores", "“ga-xx”"] },
  CRITERION_UNKNOWN: { p: { source: "targets", code: "I.9", units: [ga] }, vi: ["«I.9»", "Chi nhánh Ga Đồng Đăng"], en: ["“I.9”", "Chi nhánh Ga Đồng Đăng"] },
  CRITERIA_DUPLICATE_CODE: { p: { code: "I.1", names: ["Doanh thu", "Lợi nhuận"] }, vi: ["«Doanh thu» và «Lợi nhuận»"], en: ["“Doanh thu” and “Lợi nhuận”"] },
  CRITERIA_INVALID: { p: { criterion: nop, criteriaProblem: "max", value: 0 }, vi: ["Tiêu chí I.2 «Nộp ngân sách»", "lớn hơn 0"], en: ["Criterion I.2 “Nộp ngân sách”", "greater than 0"] },
  CRITERIA_MAX_SUM_MISMATCH: { p: { sum: 95.5, scale: 100 }, vi: ["95,5", "100"], en: ["95.5", "100"] },
  RULES_INVALID: { p: { path: "rules.tieBreak[0]", rulesProblem: "tieBreakKey", value: "fewest" }, vi: ["rules.tieBreak[0]", "«fewest»"], en: ["rules.tieBreak[0]", "“fewest”"] },
  WEIGHTS_INVALID: { p: { codes: ["II"], sum: 0.6 }, vi: ["nhóm II", "0,6"], en: ["group II", "0.6"] },
  SCORE_MISSING: { p: { unit: ga, criterion: nop, leafType: "target" }, vi: ["Chi nhánh Ga Đồng Đăng – tiêu chí I.2 «Nộp ngân sách»: chưa có kết quả thực hiện"], en: ["Chi nhánh Ga Đồng Đăng – criterion I.2 “Nộp ngân sách”: no achieved value"] },
  SCORE_INVALID: { p: { unit: ga, criterion: nop, layer: "self", value: "có", leafType: "points" }, vi: ["điểm tự chấm «có»", "phải là một số"], en: ["self score “có”", "must be a number"] },
  SCORE_OUT_OF_RANGE: { p: { unit: ga, criterion: nop, layer: "appraised", value: 12.5, max: 10, counted: 10 }, vi: ["điểm thẩm định 12,5", "0–10"], en: ["appraised score 12.5", "0–10"] },
  TARGET_MISSING: { p: { unit: ga, criterion: nop }, vi: ["Chi nhánh Ga Đồng Đăng – tiêu chí I.2 «Nộp ngân sách»: chưa có chỉ tiêu đăng ký trong giao ước."], en: ["Chi nhánh Ga Đồng Đăng – criterion I.2 “Nộp ngân sách”: no target registered in the covenant."] },
  LAYER_DIVERGENCE: { p: { unit: ga, criterion: nop, self: 9, appraised: 6, limit: 1 }, vi: ["(9)", "(6)", "chênh nhau 3"], en: ["(9)", "(6)", "differ by 3"] },
  TIE_UNRESOLVED: { p: { units: [ga, lt], rank: 2, total: 95.25 }, vi: ["Chi nhánh Ga Đồng Đăng và Công ty cổ phần Lương thực Cao Lạng", "95,25", "hạng 2"], en: ["Chi nhánh Ga Đồng Đăng and Công ty", "95.25", "rank 2"] },
  TIE_AT_AWARD_BOUNDARY: { p: { units: [ga, lt], rank: 1, tier: flag, places: 1 }, vi: ["«Cờ thi đua của UBND tỉnh»", "1 suất"], en: ["“Cờ thi đua của UBND tỉnh”", "1 place"] },
  VOTE_QUORUM_NOT_MET: { p: { members: 6, present: 3, quorum: 0.6667, tiers: [flag] }, vi: ["3/6", "66,67 %"], en: ["3 of 6", "66.67%"] },
  VOTE_THRESHOLD_NOT_MET: { p: { unit: ga, tier: flag, yes: 3, share: 0.6, threshold: 0.8, present: 5, members: 7, denominator: "present" }, vi: ["60 %", "3/5", "80 %"], en: ["60%", "3 of 5", "80%"] },
  RANK_MISMATCH: { p: { unit: ga, declaredRank: 2, computedRank: 1 }, vi: ["khai báo là 2", "là 1"], en: ["declared rank is 2", "is 1"] },
  AWARD_INELIGIBLE: { p: { unit: ga, tier: flag, reasons: [{ kind: "minScore", total: 88.5, minScore: 90 }, { kind: "requires", missing: ["TTLĐXS"] }] }, vi: ["88,5", "90", "TTLĐXS"], en: ["88.5", "90", "TTLĐXS"] },
  AWARD_QUOTA_EXCEEDED: { p: { tier: flag, count: 1, units: [ga, lt] }, vi: ["1 suất", "2 đơn vị"], en: ["1 place", "2 units"] },
  AWARD_MISMATCH: { p: { unit: ga, declaredTier: { id: "merit", label: "Bằng khen" }, computedTier: flag }, vi: ["«Bằng khen»", "«Cờ thi đua của UBND tỉnh»"], en: ["“Bằng khen”", "“Cờ thi đua của UBND tỉnh”"] },
  CELL_IGNORED: { p: { where: "Khối!B33", text: "Công ty Thuỷ lợi" }, vi: ["Khối!B33", "«Công ty Thuỷ lợi»", "Thiết lập"], en: ["Khối!B33", "“Công ty Thuỷ lợi”", "Set-up"] },
  FORMULA_OVERWRITTEN: { p: { where: "Tổng hợp!H9", text: "86" }, vi: ["Tổng hợp!H9", "ghi đè"], en: ["Tổng hợp!H9", "overwritten"] },
  TOTAL_MISMATCH: { p: { unit: ga, declared: 86, expected: 85.25 }, vi: ["Chi nhánh Ga Đồng Đăng", "86", "85,25"], en: ["86", "85.25"] },
  ROW_MISSING: { p: { unit: ga, where: "Tổng hợp" }, vi: ["Chi nhánh Ga Đồng Đăng", "Tổng hợp"], en: ["Chi nhánh Ga Đồng Đăng", "Tổng hợp"] },
  ENCODING_INVALID: { p: { detail: "byte 0xC3 ở vị trí 12" }, vi: ["UTF-8"], en: ["UTF-8"] },
  BALLOT_COUNTS_INVALID: { p: { countProblem: "valid>returned", counts: [12, 11] }, vi: ["phiếu hợp lệ (12)", "thu về (11)"], en: ["Valid ballots (12)", "returned (11)"] },
  EXEMPLARY_TIE: { p: { category: "Tập thể tiêu biểu", names: ["Ga Đồng Đăng", "Công ty Điện lực"], yes: 7, places: 1 }, vi: ["«Tập thể tiêu biểu»", "«Ga Đồng Đăng»", "7 phiếu", "bỏ phiếu lại"], en: ["“Tập thể tiêu biểu”", "vote again"] },
  LEADER_INVALID: { p: { unit: ga, leaderProblem: "same" }, vi: ["Chi nhánh Ga Đồng Đăng", "Trưởng khối", "Phó trưởng khối"], en: ["leader and deputy"] },
  FORMULA_BROKEN: { p: { where: "Tổng hợp!J6", text: "_xldudf_KHOI_RANK(I6,I$6:I$10)", formula: "RANK(I6,I$6:I$10)", brokenProblem: "xldudf" }, vi: ["Tổng hợp!J6", "_xldudf_", "#NAME?", "Sửa công thức", "=RANK(I6,I$6:I$10)"], en: ["Tổng hợp!J6", "_xldudf_", "Repair formulas", "=RANK(I6,I$6:I$10)"] },
  LOG_CUT: { p: { logProblem: "cut", counts: [12, 9] }, vi: ["Nhật ký bị cắt", "12 dòng", "9 dòng"], en: ["cut after sealing", "12 lines", "only 9"] },
};

describe("finding messages", () => {
  it("knows exactly the codes of the spec, with the spec's severities", () => {
    expect(SEVERITY).toEqual(SPEC);
    expect([...FINDING_CODES].sort()).toEqual(Object.keys(SPEC).sort());
  });

  it.each(Object.keys(SPEC) as FindingCode[])("%s has a Vietnamese and an English message", (code) => {
    expect(typeof messagesVi[code]).toBe("function");
    expect(typeof messagesEn[code]).toBe("function");
    const { p, vi, en } = SAMPLES[code];
    const finding = makeFinding(code, p);
    for (const words of vi) expect(finding.message).toContain(words);
    for (const words of en) expect(finding.messageEn).toContain(words);
    for (const text of [finding.message, finding.messageEn]) {
      expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
    expect(finding.message).not.toEqual(finding.messageEn);
  });

  it("never breaks on empty parameters", () => {
    for (const code of FINDING_CODES) {
      const f = makeFinding(code, {});
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.messageEn.length).toBeGreaterThan(10);
      expect(f.message + f.messageEn).not.toMatch(/undefined|NaN/);
    }
  });

  it("explains a number typed as text, the usual vi-VN decimal comma problem", () => {
    const f = makeFinding("SCORE_INVALID", { unit: ga, criterion: nop, layer: "appraised", value: "98,5", leafType: "points" });
    expect(f.message).toContain("điểm thẩm định «98,5» không hợp lệ — đây là chữ, không phải số");
    expect(f.messageEn).toContain("appraised score “98,5” is not valid — it is text, not a number");
    const target = makeFinding("SCORE_INVALID", { unit: ga, criterion: nop, layer: "self", value: -5, leafType: "target" });
    expect(target.message).toContain("kết quả thực hiện (điểm tự chấm) «-5»");
  });

  it("carries where the problem is", () => {
    const f = makeFinding("SCORE_INVALID", { unit: ga, criterion: nop, layer: "final", path: 'scores.final["ga-dd"]["I.2"]' });
    expect(f).toMatchObject({ code: "SCORE_INVALID", severity: "error", unit: "ga-dd", criterion: "I.2", layer: "final", path: 'scores.final["ga-dd"]["I.2"]' });
    expect(makeFinding("TIE_UNRESOLVED", { units: [ga, lt] }).units).toEqual(["ga-dd", "lt-cl"]);
  });
});
