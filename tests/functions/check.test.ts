// KHOI.CHECK: declared ranks and awards against the computed ones, "OK" or what is wrong, row by row (spec 5).
import { LocalCellError } from "../../src/functions/errors";
import { check } from "../../src/functions/functions";
import { callError, col, flat } from "./helpers";

describe("KHOI.CHECK", () => {
  test("OK where the declared rank is the computed one, both values where they differ, blank rows blank", () => {
    expect(flat(check(col(1, 2, 3, ""), col(1, 3, 2, "")))).toEqual([
      "OK",
      "Hạng khai 2, hạng tính 3",
      "Hạng khai 3, hạng tính 2",
      "",
    ]);
  });

  test("a missing or unreadable declared rank, and a broken computed rank, are named", () => {
    const broken = new LocalCellError("#VALUE!", "x");
    expect(flat(check(col("", "abc", 1, "2"), col(2, 1, broken, 2)))).toEqual([
      "Chưa khai hạng (hạng tính 2)",
      'Hạng khai "abc" không phải là số',
      "Hạng tính được đang lỗi hoặc trống",
      "OK",
    ]);
    expect(flat(check(col(4), col("")))).toEqual(["Có hạng khai 4 nhưng đơn vị không có hạng tính được"]);
  });

  test("awards compare by name regardless of case, spacing and NFD; a blank means no award", () => {
    const declared = col("Cờ thi đua", "", "bằng  khen", "Bằng khen".normalize("NFD"));
    const computed = col("Cờ thi đua", "Bằng khen", "Bằng khen", "Bằng khen");
    expect(flat(check(col(1, 2, 3, 4), col(1, 2, 3, 4), declared, computed))).toEqual([
      "OK",
      'Danh hiệu khai "không có", tính "Bằng khen"',
      "OK",
      "OK",
    ]);
  });

  test("several findings in one row are joined; a computed award that is an error is named", () => {
    const tie = new LocalCellError("#N/A", "Đồng hạng");
    expect(flat(check(col(1, 2), col(2, 2), col("Cờ thi đua", "Bằng khen"), col("", tie)))).toEqual([
      'Hạng khai 1, hạng tính 2; Danh hiệu khai "Cờ thi đua", tính "không có"',
      "Danh hiệu tính được đang lỗi: hãy xem ô đó",
    ]);
  });

  test("misaligned ranges, or declared awards without computed ones, give one #VALUE!", () => {
    expect(callError(() => check(col(1, 2), col(1))).message).toBe(
      "Vùng hạng tính được có 1 dòng nhưng vùng hạng đã khai có 2 dòng: hai vùng phải có cùng số dòng.",
    );
    expect(callError(() => check(col(1, 2), col(1, 2), col("Cờ", "")) ).message).toBe("Thiếu danh hiệu tính được.");
  });
});
