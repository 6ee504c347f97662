// KHOI.POINTS: one target criterion scored for the whole block, by every method of spec 2.2, with blanks and bad cells.
import { points } from "../../src/functions/functions";
import { callError, cellErr, col, flat, shown } from "./helpers";

const close = (values: unknown[], expected: number[]) => {
  expect(values).toHaveLength(expected.length);
  values.forEach((v, i) => expect(v as number).toBeCloseTo(expected[i], 9));
};

describe("KHOI.POINTS", () => {
  test("linear: max × min(A/T, cap), cap 1 by default, a percentage cap accepted", () => {
    close(flat(points(col(110, 90, 0), col(100, 100, 100), 20, "linear")), [20, 18, 0]);
    close(flat(points(col(110, 130), col(100, 100), 20, "linear", [[1.2]])), [22, 24]);
    close(flat(points(col(110), col(100), 20, "linear", [["120%"]])), [22]);
  });

  test("bands: the fraction of the highest band reached, 0 below every band", () => {
    const bands = [
      [0.9, 0.8],
      [1, 1],
      ["", ""],
      ["80%", "50%"],
    ];
    close(flat(points(col(95, 120, 85, 50, 100), col(100, 100, 100, 100, 100), 10, "bands", bands)), [8, 10, 5, 0, 10]);
  });

  test("inverse: A ≤ T gives max, otherwise max × T / A; T = 0 is allowed", () => {
    close(flat(points(col(0, 2, 3, 1), col(0, 0, 2, 2), 10, "inverse")), [10, 0, 20 / 3, 10]);
  });

  test("relative (percent): half the max on target, the unit that exceeds most gets max", () => {
    // Lạng Sơn example, criterion I.1: e = 0.02, 0.2, 0.025, 0.125 and one unit below its target.
    const result = points(col(1530, 252, 2460, 360, 88), col(1500, 210, 2400, 320, 95), 25, "relative");
    close(flat(result), [13.75, 25, 14.0625, 20.3125, (0.5 * 25 * 88) / 95]);
  });

  test("relative (absolute): the excess is A − T; Vietnamese names of method and base are accepted", () => {
    const result = points(col(110, 130, 100), col(100, 100, 100), 10, "Tương đối", [["tuyệt đối"]]);
    close(flat(result), [5 + (5 * 10) / 30, 10, 5]);
    close(flat(points(col(110, 130), col(100, 100), 10, "tuong doi", [["absolute"]])), [5 + (5 * 10) / 30, 10]);
  });

  test("relative: a row that cannot be scored never sets the best excess", () => {
    const result = points(col(120, 110, 500, "abc"), col(100, 100, "", 100), 25, "relative");
    expect(shown(result)).toEqual([25, 18.75, "#N/A", "#VALUE!"]);
  });

  test("a blank row stays blank; a missing value or target is #N/A; a bad one is #VALUE!, each in its own row", () => {
    const result = points(col("", "", 90, -5, "abc", "98,5", 50), col("", 100, "", 100, 100, 100, 0), 20, "linear");
    expect(shown(result)).toEqual(["", "#N/A", "#N/A", "#VALUE!", "#VALUE!", 19.7, "#VALUE!"]);
    expect(cellErr(result[1][0]).message).toBe("Dòng 2: chưa có kết quả thực hiện.");
    expect(cellErr(result[2][0]).message).toBe("Dòng 3: chưa có chỉ tiêu đăng ký.");
    expect(cellErr(result[3][0]).message).toBe("Dòng 4: kết quả thực hiện phải là số không âm (đang là -5).");
    expect(cellErr(result[4][0]).message).toBe('Dòng 5: kết quả thực hiện "abc" không phải là số.');
    expect(cellErr(result[6][0]).message).toContain("Dòng 7: chỉ tiêu đăng ký 0 không dùng được");
  });

  test("wrong shapes and bad options give one #VALUE! with a message", () => {
    expect(callError(() => points(col(1, 2), col(1), 10, "linear")).message).toBe(
      "Vùng chỉ tiêu đăng ký có 1 dòng nhưng vùng kết quả thực hiện có 2 dòng: hai vùng phải có cùng số dòng.",
    );
    expect(callError(() => points(col(1), col(1), 0, "linear")).message).toBe("Điểm tối đa của tiêu chí phải là số lớn hơn 0 (đang là 0).");
    expect(callError(() => points(col(1), col(1), 10, "square")).message).toContain('Phương pháp "square" không có');
    expect(callError(() => points(col(1), col(1), 10, "bands")).message).toContain("Phương pháp bands cần bảng mức");
    expect(callError(() => points(col(1), col(1), 10, "bands", [[1, 2]])).message).toBe(
      "Bảng mức, dòng 1: cần hai số, tỷ lệ hoàn thành ≥ 0 và phần điểm từ 0 đến 1 (100%).",
    );
    expect(callError(() => points(col(1), col(1), 10, "inverse", [[1]])).message).toContain("inverse không dùng tham số tùy chọn");
    expect(callError(() => points(col(1), col(1), 10, "relative", [["median"]])).message).toContain('không phải "median"');
    expect(callError(() => points(col(1), col(1), 10, "linear", [[0]])).code).toBe("#VALUE!");
  });
});
