// KHOI.AWARD: tiers in precedence, eligibility, ballots and the refusal to split a tie at a tier boundary (spec 4).
import { award } from "../../src/functions/functions";
import { callError, cellErr, col, flat, shown } from "./helpers";

const header = ["Danh hiệu", "Số suất", "Điểm tối thiểu", "Bắt buộc", "Tỷ lệ phiếu"];
const tiers = [header, ["Cờ thi đua", 1, 90, "TTLĐXS", ""], ["Bằng khen", 2, 85, "", ""]];

describe("KHOI.AWARD", () => {
  test("walks the tiers in order over the ranking, with minimum scores and required titles", () => {
    const totals = col(95, 92, 88, 80, 91);
    const titles = col("TTLĐXS", "", "TTLĐXS", "TTLĐXS", "ttlđxs; CSTĐ");
    expect(flat(award(totals, tiers, undefined, undefined, titles))).toEqual(["Cờ thi đua", "Bằng khen", "", "", "Bằng khen"]);
  });

  test("a disqualified unit (any reason text) gets nothing and the next eligible unit takes its place", () => {
    const totals = col(95, 92, 88, 80, 91);
    const titles = col("TTLĐXS", "", "TTLĐXS", "TTLĐXS", "TTLĐXS");
    const disqualified = col("Đang xem xét kỷ luật", "", false, 0, "");
    expect(flat(award(totals, tiers, undefined, disqualified, titles))).toEqual(["", "Bằng khen", "Bằng khen", "", "Cờ thi đua"]);
  });

  test("equal ranks that would overfill a tier get none of it, and their rows say why (#N/A)", () => {
    const simple = [["Cờ thi đua", 1], ["Bằng khen", 1]];
    const result = award(col(95, 95, 80), simple);
    expect(shown(result)).toEqual(["#N/A", "#N/A", ""]);
    expect(cellErr(result[0][0]).message).toBe(
      'Đồng hạng 1 với dòng 2 ở ranh giới danh hiệu "Cờ thi đua": không đủ suất cho cả nhóm và Khối không tự chọn giữa các đơn vị bằng điểm; cần thêm tiêu chí phụ hoặc bỏ phiếu. Hiện đơn vị này chưa được danh hiệu nào.',
    );
    expect(cellErr(result[1][0]).message).toContain("Đồng hạng 1 với dòng 1");
  });

  test("tied rows that still receive a lower tier say which one", () => {
    const result = award(col(95, 95, 80), [["Cờ thi đua", 1], ["Bằng khen", 2]]);
    expect(shown(result)).toEqual(["#N/A", "#N/A", ""]);
    expect(cellErr(result[0][0]).message).toContain('Theo quy tắc hiện tại, đơn vị này được "Bằng khen".');
  });

  test("a ranks column (e.g. KHOI.RANK with tie-breaks) decides the order instead of the totals", () => {
    expect(flat(award(col(95, 95, 80), [["Cờ thi đua", 1], ["Bằng khen", 2]], col(2, 1, 3)))).toEqual([
      "Bằng khen",
      "Cờ thi đua",
      "Bằng khen",
    ]);
  });

  test("a vote-gated tier needs its share of yes votes; the place goes to the next unit that has it", () => {
    const gated = [["Cờ thi đua", 1, "", "", "80%"], ["Bằng khen", 1]];
    const yes = [
      [3, 5],
      [5, 0],
      [0, 0],
    ];
    expect(flat(award(col(95, 90, 80), gated, undefined, undefined, undefined, yes, 5, 5))).toEqual(["Bằng khen", "Cờ thi đua", ""]);
    // 4 of 5 reaches 80 %, but not when the share must exceed it.
    const fourOfFive = [[4, 0], [0, 0], [0, 0]];
    expect(flat(award(col(95, 90, 80), gated, undefined, undefined, undefined, fourOfFive, 5, 5))).toEqual(["Cờ thi đua", "Bằng khen", ""]);
    expect(flat(award(col(95, 90, 80), gated, undefined, undefined, undefined, fourOfFive, 5, 5, undefined, "", true))).toEqual([
      "Bằng khen",
      "",
      "",
    ]);
  });

  test("a yes count above the members present is #VALUE! in its row", () => {
    const result = award(col(95, 90), [["Cờ thi đua", 1, "", "", 0.5]], undefined, undefined, undefined, [[6], [3]], 5, 4);
    expect(shown(result)).toEqual(["#VALUE!", "Cờ thi đua"]);
    expect(cellErr(result[0][0]).message).toBe("Dòng 1: số phiếu đồng ý phải là số nguyên từ 0 đến 4 (đang là 6).");
  });

  test("no quorum, or no number of members, for a vote-gated tier is #N/A for the whole call", () => {
    const gated = [["Cờ thi đua", 1, "", "", 0.8]];
    const quorum = callError(() => award(col(95, 90), gated, undefined, undefined, undefined, [[5], [0]], 5, 3, 2 / 3));
    expect(quorum.code).toBe("#N/A");
    expect(quorum.message).toBe(
      "Không đủ túc số: 3/5 thành viên có mặt, cần tối thiểu 66,67%. Các danh hiệu cần bỏ phiếu chưa xét được.",
    );
    const members = callError(() => award(col(95, 90), gated));
    expect(members.message).toBe('Danh hiệu "Cờ thi đua" cần tỷ lệ phiếu nhưng chưa nhập số thành viên của khối.');
  });

  test("blank rows stay blank; a bad total or rank is an error in its row only", () => {
    const result = award(col(95, "", "abc", 90), [["Bằng khen", 2]]);
    expect(shown(result)).toEqual(["Bằng khen", "", "#VALUE!", "Bằng khen"]);
    const ranked = award(col(95, 90), [["Bằng khen", 2]], col(1, ""));
    expect(cellErr(ranked[1][0]).message).toBe("Dòng 2: chưa có thứ hạng.");
  });

  test("a bad tier table or misaligned ranges give one #VALUE! with a message", () => {
    expect(callError(() => award(col(1), [["Cờ thi đua"]])).message).toContain("Bảng danh hiệu cần từ 2 đến 5 cột");
    expect(callError(() => award(col(1), [["Cờ thi đua", 0]])).message).toBe(
      'Danh hiệu "Cờ thi đua": số suất phải là số nguyên từ 1 trở lên (đang là "0").',
    );
    expect(callError(() => award(col(1), [["Cờ", 1], ["cờ", 1]])).message).toBe('Bảng danh hiệu có hai dòng cùng tên "cờ".');
    expect(callError(() => award(col(1), [["Cờ", 1, "", "", 80]])).message).toContain("tỷ lệ phiếu phải từ 0 đến 1");
    expect(callError(() => award(col(1, 2), [["Cờ", 1]], undefined, col("Vi phạm"))).message).toBe(
      "Vùng lý do không xét có 1 dòng nhưng vùng tổng điểm có 2 dòng: hai vùng phải có cùng số dòng.",
    );
    expect(callError(() => award(col(1), [["Cờ", 1], ["BK", 1]], undefined, undefined, undefined, [[1]], 5)).message).toBe(
      "Vùng số phiếu đồng ý có 1 cột nhưng bảng có 2 danh hiệu: mỗi danh hiệu một cột, cùng thứ tự.",
    );
  });
});
