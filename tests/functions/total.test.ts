// KHOI.TOTAL: base, bonus, penalty and total per unit (spec 2.3), unweighted and weighted, with row and shape errors.
import { total } from "../../src/functions/functions";
import { callError, cellErr, shown } from "./helpers";

// Columns: I.1 (max 20), I.2 (max 30), II.1 (max 50), bonus (max 5), penalty (max 10).
const maxima = [[20, 30, 50, 5, 10]];
const groups = [["I", "I", "II", "thưởng", "trừ"]];

describe("KHOI.TOTAL", () => {
  test("unweighted: base = sum of the base groups, total = base + bonus − penalty, never below 0", () => {
    const scores = [
      [18, 25, 40, 2, 1],
      ["", "", "", "", ""],
      [10, 10, 10, "", ""],
      [0, 0, 0, 0, 10],
      ["18,5", 25, 40, 0, 0],
    ];
    expect(total(scores, maxima, groups)).toEqual([
      [83, 2, 1, 84],
      ["", "", "", ""],
      [30, 0, 0, 30],
      [0, 0, 10, 0],
      [83.5, 0, 0, 83.5],
    ]);
  });

  test("weighted: base = scale × Σ weight × group score / group max (one weight per group, in order)", () => {
    const [row] = total([[18, 25, 40, 2, 1]], maxima, groups, [[0.6, 0.4]], 1000);
    // I: 43/50, II: 40/50 -> 1000 × (0.6 × 0.86 + 0.4 × 0.8) = 836
    expect(row[0]).toBeCloseTo(836, 9);
    expect(row[3]).toBeCloseTo(837, 9);
  });

  test("weights may also be given per column (bonus and penalty columns blank) and as percentages", () => {
    const perColumn = total([[18, 25, 40, 2, 1]], maxima, groups, [["60%", "60%", "40%", "", ""]], 1000);
    expect(perColumn[0][3]).toBeCloseTo(837, 9);
    // The default scale is 100.
    expect(total([[18, 25, 40, 2, 1]], maxima, groups, [[0.6], [0.4]])[0][0]).toBeCloseTo(83.6, 9);
  });

  test("group codes match regardless of case and spacing; '+' and '-' mark bonus and penalty", () => {
    const result = total([[5, 5, 5, 1, 2]], [[10, 10, 10, 5, 5]], [["I", " i ", "II", "+", "-"]], [[0.5, 0.5]]);
    expect(result[0][0]).toBeCloseTo(100 * (0.5 * 0.5 + 0.5 * 0.5), 9);
    expect(result[0].slice(1)).toEqual([1, 2, 49]);
  });

  test("a criterion score may exceed its column maximum (linear with a cap above 1), but never be negative", () => {
    expect(total([[24, 30, 50, 0, 0]], maxima, groups)).toEqual([[104, 0, 0, 104]]);
    expect(cellErr(total([[-1, 30, 50, 0, 0]], maxima, groups)[0][0]).message).toBe(
      "Dòng 1, cột 1: điểm -1 là số âm; điểm tiêu chí không thể âm.",
    );
  });

  test("a bad cell gives its error in all four cells of its row only", () => {
    const result = total(
      [
        [18, "abc", 40, 0, 0],
        [20, 25, 40, 6, 0],
        ["", 10, 10, 0, 0],
        [10, 10, 10, 0, 0],
      ],
      maxima,
      groups,
    );
    expect(shown(result)).toEqual([
      ["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"],
      ["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"],
      ["#N/A", "#N/A", "#N/A", "#N/A"],
      [30, 0, 0, 30],
    ]);
    expect(cellErr(result[0][0]).message).toBe('Dòng 1, cột 2: "abc" không phải là điểm.');
    expect(cellErr(result[1][3]).message).toBe("Dòng 2, cột 4: điểm 6 nằm ngoài khoảng 0 đến 5.");
    expect(cellErr(result[2][0]).message).toBe("Dòng 3, cột 1: chưa có điểm.");
  });

  test("wrong shapes and bad weights give one #VALUE! with a message", () => {
    const scores = [[18, 25, 40, 2, 1]];
    expect(callError(() => total(scores, [[20, 30, 50, 5]], groups)).message).toBe(
      "Vùng điểm tối đa có 4 cột nhưng vùng bảng điểm có 5 cột: hai vùng phải có cùng số cột.",
    );
    expect(callError(() => total(scores, [[20, 30, 50, 5, 10], [1, 1, 1, 1, 1]], groups)).message).toContain(
      "Vùng điểm tối đa phải là một dòng",
    );
    expect(callError(() => total(scores, maxima, [["I", "", "II", "+", "-"]])).message).toContain("Cột 2: chưa ghi nhóm tiêu chí");
    expect(callError(() => total(scores, [[20, 0, 50, 5, 10]], groups)).message).toBe("Cột 2: điểm tối đa phải là số lớn hơn 0.");
    expect(callError(() => total(scores, maxima, groups, [[0.6, 0.5]])).message).toBe(
      "Tổng trọng số các nhóm là 1,1, phải bằng 1 (100%).",
    );
    expect(callError(() => total(scores, maxima, groups, [[0.6, 0.3, 0.1]])).message).toBe(
      "Có 2 nhóm tiêu chí (I, II) và 5 cột điểm, nhưng có 3 trọng số.",
    );
    expect(callError(() => total(scores, maxima, groups, [[0.6, 0.5, 0.4, "", ""]])).message).toBe(
      "Nhóm I có hai trọng số khác nhau (0,6 và 0,5).",
    );
    expect(callError(() => total(scores, maxima, groups, [[1, 0]])).message).toContain("Trọng số của nhóm II phải là số lớn hơn 0");
    expect(callError(() => total(scores, maxima, [["+", "+", "+", "+", "-"]])).message).toContain("Không có cột nào");
    expect(callError(() => total(scores, maxima, groups, [[0.6, 0.4]], -5)).message).toContain("Thang điểm phải là số lớn hơn 0");
  });
});
