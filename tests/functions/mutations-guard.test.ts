// What an officer would notice in the KHOI.* functions at the edges the other function tests leave open: a cell
// holding only spaces, "no" typed in the disqualification column, an omitted number present, fractional places.
// Expected values come from docs/functions.md and hand computation.
import { award, points, rank, total, vote } from "../../src/functions/functions";
import { setFunctionLanguage } from "../../src/functions/messages";
import { callError, cellErr, col, flat, shown } from "./helpers";

// What a cell of spaces may look like: typed spaces, a tab, a non-breaking space pasted from a web page.
const SPACES = ["   ", " \t ", "\u00a0"];

describe("a cell holding only spaces counts as an empty cell (docs/functions.md, Reading cells)", () => {
  test.each(SPACES)("KHOI.RANK: a total of %j stays blank and takes no rank, like an empty cell", (spaces) => {
    expect(flat(rank(col(90, spaces, 80)))).toEqual([1, "", 2]);
    expect(rank(col(90, spaces, 80))).toEqual(rank(col(90, null, 80)));
  });

  test.each(SPACES)("KHOI.RANK: a penalty tie-break of %j counts 0, like an empty one", (spaces) => {
    // Equal totals; the lower penalty wins, a blank penalty is 0.
    expect(flat(rank(col(90, 90, 90), col(2, spaces, 1), "-"))).toEqual([3, 1, 2]);
  });

  test.each(SPACES)("KHOI.POINTS: %j as both value and target leaves the row blank; as the value alone it is missing", (spaces) => {
    const result = points(col(spaces, spaces, 90), col(spaces, 100, spaces), 20, "linear");
    expect(shown(result)).toEqual(["", "#N/A", "#N/A"]);
    expect(cellErr(result[1][0]).message).toBe("Dòng 2: chưa có kết quả thực hiện.");
    expect(cellErr(result[2][0]).message).toBe("Dòng 3: chưa có chỉ tiêu đăng ký.");
  });

  test.each(SPACES)("KHOI.TOTAL: a row of %j is blank, and a bonus or penalty cell of it counts 0", (spaces) => {
    const maxima = [[20, 30, 5, 10]];
    const groups = [["I", "I", "thưởng", "trừ"]];
    expect(total([[spaces, spaces, spaces, spaces], [18, 25, spaces, spaces], [18, 25, 2, spaces]], maxima, groups)).toEqual([
      ["", "", "", ""],
      [43, 0, 0, 43],
      [43, 2, 0, 45],
    ]);
  });

  test.each(SPACES)("KHOI.AWARD and KHOI.VOTE: a total or a yes count of %j is a blank row", (spaces) => {
    expect(flat(award(col(95, spaces, 90), [["Bằng khen", 2]]))).toEqual(["Bằng khen", "", "Bằng khen"]);
    expect(flat(vote(col(4, spaces), 5, 5, 0.8))).toEqual([true, ""]);
  });
});

describe("KHOI.AWARD: what keeps a unit from awards in the disqualification column", () => {
  const tiers = [["Bằng khen", 10]];

  test('"FALSE", "0" and "sai" typed as text (any case, with spaces) do not disqualify: the unit keeps its award', () => {
    const no = ["FALSE", "0", "sai", " Sai ", "false", "SAI"];
    const totals = col(...no.map((_, i) => 95 - i));
    expect(flat(award(totals, tiers, undefined, col(...no)))).toEqual(no.map(() => "Bằng khen"));
  });

  test("the values FALSE and 0, blank and spaces do not disqualify either", () => {
    expect(flat(award(col(95, 94, 93, 92), tiers, undefined, col(false, 0, null, "  ")))).toEqual(["Bằng khen", "Bằng khen", "Bằng khen", "Bằng khen"]);
  });

  test("TRUE, a mark such as x, a non-zero number or any reason text disqualify", () => {
    const yes: unknown[] = [true, "TRUE", "x", 1, "Vi phạm an toàn giao thông", "Đang xem xét kỷ luật"];
    const totals = col(...yes.map((_, i) => 95 - i), 80);
    expect(flat(award(totals, tiers, undefined, col(...yes, "FALSE")))).toEqual([...yes.map(() => ""), "Bằng khen"]);
  });

  test("a unit marked 'sai' still takes the top place it earned, ahead of lower totals", () => {
    const result = award(col(95, 90, 85), [["Cờ thi đua", 1], ["Bằng khen", 1]], undefined, col("sai", "", "0"));
    expect(flat(result)).toEqual(["Cờ thi đua", "Bằng khen", ""]);
  });
});

describe("an omitted number present means everyone attended (present defaults to members)", () => {
  test("KHOI.VOTE with present left empty: the share is taken over all members", () => {
    // 5 members, threshold 80 %: 4 of 5 passes, 3 of 5 does not; 5 yes votes are allowed.
    for (const omitted of [undefined, null, [[null]], [[""]], [["  "]]]) {
      expect(flat(vote(col(4, 3, 5), omitted as unknown as number, 5, 0.8))).toEqual([true, false, true]);
    }
  });

  test("KHOI.VOTE with present omitted meets any quorum, also with the members denominator", () => {
    expect(flat(vote(col(4), undefined as unknown as number, 5, 0.8, 2 / 3))).toEqual([true]);
    expect(flat(vote(col(4), undefined as unknown as number, 5, 0.8, 1, "thành viên"))).toEqual([true]);
  });

  test("KHOI.AWARD with members and no present: the vote-gated tier is decided on all members", () => {
    const gated = [["Cờ thi đua", 1, "", "", "80%"], ["Bằng khen", 2]];
    const yes = [[3, 5], [4, 5], [5, 5]];
    // Unit 1 has 3 of 5 (60 %) for the flag, unit 2 has 4 of 5 (80 %): the flag goes to unit 2.
    expect(flat(award(col(95, 90, 85), gated, undefined, undefined, undefined, yes, 5))).toEqual(["Bằng khen", "Cờ thi đua", "Bằng khen"]);
    expect(flat(award(col(95, 90, 85), gated, undefined, undefined, undefined, yes, 5, undefined, 0.9))).toEqual([
      "Bằng khen",
      "Cờ thi đua",
      "Bằng khen",
    ]);
  });
});

describe("KHOI.AWARD: places must be a whole number", () => {
  afterEach(() => setFunctionLanguage(null));

  test("1.5 places is #VALUE! for the whole call, with a Vietnamese message in Vietnamese notation", () => {
    setFunctionLanguage("vi");
    const error = callError(() => award(col(95, 90), [["Bằng khen", 1.5]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('Danh hiệu "Bằng khen": số suất phải là số nguyên từ 1 trở lên (đang là "1,5").');
    const typed = callError(() => award(col(95, 90), [["Cờ thi đua", 1], ["Bằng khen", "2,5"]]));
    expect(typed.message).toBe('Danh hiệu "Bằng khen": số suất phải là số nguyên từ 1 trở lên (đang là "2,5").');
  });

  test("the same in English", () => {
    setFunctionLanguage("en");
    expect(callError(() => award(col(95, 90), [["Bằng khen", 1.5]])).message).toBe(
      'Award "Bằng khen": the number of places must be a whole number of at least 1 (it is "1.5").',
    );
  });

  test("whole places still work, written as numbers or as text", () => {
    expect(flat(award(col(95, 90, 85), [["Bằng khen", "2"]]))).toEqual(["Bằng khen", "Bằng khen", ""]);
  });
});
