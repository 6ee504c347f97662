// KHOI.RANK: competition ranks over a column of totals, tie-break columns with directions, blanks, text, shapes.
import fc from "fast-check";
import { competitionRanks } from "../../src/core/rank";
import { rank } from "../../src/functions/functions";
import { setFunctionLanguage } from "../../src/functions/messages";
import { callError, cellErr, col, flat, shown } from "./helpers";

describe("KHOI.RANK", () => {
  test("ranks higher totals first and shares ranks on ties (1, 2, 2, 4)", () => {
    expect(flat(rank(col(90, 85, 90, 70)))).toEqual([1, 3, 1, 4]);
    expect(flat(rank(col(80, 95, 88, 88)))).toEqual([4, 1, 2, 2]);
  });

  test("totals equal within 1e-9 share a rank (0.1 + 0.2 against 0.3)", () => {
    expect(flat(rank(col(0.1 + 0.2, 0.3, 0.2)))).toEqual([1, 1, 3]);
  });

  test("a tie-break column with '-' prefers fewer penalty points; a blank penalty counts 0", () => {
    const totals = col(95, 95, 95, 80);
    const penalty = col(2, 0, "", 0);
    expect(flat(rank(totals, penalty, "-"))).toEqual([3, 1, 1, 4]);
    // Without a direction the same column would reward more penalty points.
    expect(flat(rank(totals, penalty))).toEqual([1, 2, 2, 4]);
  });

  test("tie-break columns apply left to right, each only among rows still equal ('-+': penalty, then bonus)", () => {
    const totals = col(90, 90, 90, 91);
    const breaks = [
      [1, 2],
      [1, 3],
      [0, 0],
      [5, 0],
    ];
    expect(flat(rank(totals, breaks, "-+"))).toEqual([4, 3, 2, 1]);
    expect(flat(rank(totals, breaks, " - + "))).toEqual([4, 3, 2, 1]);
  });

  test("blank rows stay blank and do not take a rank", () => {
    expect(flat(rank(col(90, "", null, 80)))).toEqual([1, "", "", 2]);
  });

  test("text numbers in Vietnamese notation are read; other text gives #VALUE! in its row only", () => {
    const result = rank(col("98,5", 97, "abc", "1.250"));
    expect(shown(result)).toEqual([1, 2, "#VALUE!", "#VALUE!"]);
    expect(cellErr(result[2][0]).message).toBe('Dòng 3: tổng điểm "abc" không phải là số.');
    expect(cellErr(result[3][0]).message).toContain("Dòng 4: tổng điểm");
    expect(cellErr(result[3][0]).message).toContain("1250");
  });

  test("a non-number tie-break cell gives #VALUE! in that row; the others are ranked without it", () => {
    const result = rank(col(90, 90, 80), col(1, "x", 0), "-");
    expect(shown(result)).toEqual([1, "#VALUE!", 2]);
    expect(cellErr(result[1][0]).message).toContain("cột tiêu chí phụ");
  });

  test("TRUE/FALSE is not a total", () => {
    expect(cellErr(rank(col(90, true))[1][0]).message).toBe('Dòng 2: tổng điểm "TRUE" không phải là số.');
  });

  test("an error cell handed in by Excel is reported in its row", () => {
    const result = rank(col(90, { code: "#REF!" }));
    expect(cellErr(result[1][0]).message).toBe("Dòng 2: tổng điểm đang là lỗi #REF!; hãy sửa ô đó trước.");
  });

  test("wrong shapes give one #VALUE! with a clear message", () => {
    const rows = callError(() => rank(col(1, 2, 3, 4), col(0, 0, 0)));
    expect(rows.code).toBe("#VALUE!");
    expect(rows.message).toBe(
      "Vùng cột tiêu chí phụ có 3 dòng nhưng vùng tổng điểm có 4 dòng: hai vùng phải có cùng số dòng.",
    );
    expect(callError(() => rank([[1, 2], [3, 4]])).message).toBe("Vùng tổng điểm phải là một cột, nhưng vùng đang có 2 cột.");
  });

  test("directions must be one + or - per tie-break column", () => {
    expect(callError(() => rank(col(1, 2), col(0, 0), "x")).message).toContain('Chiều so sánh "x" không hợp lệ');
    const count = callError(() => rank(col(1, 2), [[0, 0], [0, 0]], "-"));
    expect(count.message).toBe('Có 2 cột tiêu chí phụ nhưng chiều so sánh "-" có 1 dấu: cần đúng một dấu cho mỗi cột.');
    expect(callError(() => rank(col(1, 2), undefined, "+")).message).toContain("Có 0 cột tiêu chí phụ");
  });

  test("messages follow the chosen language", () => {
    setFunctionLanguage("en");
    try {
      expect(cellErr(rank(col("abc"))[0][0]).message).toBe('Row 1: totals "abc" is not a number.');
    } finally {
      setFunctionLanguage("vi");
    }
  });

  test("gives exactly the engine's competitionRanks on the oriented keys", () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const totals = rows.map(([t]) => [t * 10]);
        const breaks = rows.map(([, p, b]) => [p, b]);
        const expected = competitionRanks(rows.map(([t, p, b]) => [t * 10, -p, b])).ranks;
        expect(flat(rank(totals, breaks, "-+"))).toEqual(expected);
      }),
    );
  });
});
