// KHOI.VOTE: whether each nominee's yes votes pass, with quorum, denominator and strictness (spec 4).
import { vote } from "../../src/functions/functions";
import { callError, cellErr, col, flat, shown } from "./helpers";

describe("KHOI.VOTE", () => {
  test("share of the members present against the threshold; blanks stay blank; bad cells are #VALUE!", () => {
    const result = vote(col(4, 3, "", "abc", "5"), 5, 5, 0.8);
    expect(shown(result)).toEqual([true, false, "", "#VALUE!", true]);
    expect(cellErr(result[3][0]).message).toBe('Dòng 4: số phiếu đồng ý "abc" không phải là số.');
  });

  test("strict: the share must exceed the threshold (4 of 5 is exactly 80 %)", () => {
    expect(flat(vote(col(4, 5), 5, 5, 0.8, undefined, undefined, true))).toEqual([false, true]);
    expect(flat(vote(col(3), 6, 6, 0.5, undefined, undefined, true))).toEqual([false]);
    expect(flat(vote(col(3), 6, 6, 0.5))).toEqual([true]);
  });

  test("denominator: members present (default) or all members", () => {
    // 4 yes, 4 present, 5 members, threshold 90 %: 4/4 passes, 4/5 does not.
    expect(flat(vote(col(4), 4, 5, 0.9))).toEqual([true]);
    expect(flat(vote(col(4), 4, 5, 0.9, undefined, "members"))).toEqual([false]);
    expect(flat(vote(col(4), 4, 5, 0.9, undefined, "Tổng số thành viên"))).toEqual([false]);
  });

  test("a quorum that is not met makes the ballot void: #N/A for the whole call", () => {
    const error = callError(() => vote(col(3, 2), 3, 5, 0.5, 2 / 3));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("Không đủ túc số: 3/5 thành viên có mặt, cần tối thiểu 66,67%; cuộc bỏ phiếu không có giá trị.");
    expect(flat(vote(col(3, 2), 4, 5, 0.6, 2 / 3))).toEqual([true, false]);
  });

  test("a single yes count (not a range) gives a single answer", () => {
    expect(vote(5 as unknown as unknown[][], 5, 5, 1)).toEqual([[true]]);
  });

  test("yes counts above the denominator or not whole are #VALUE! in their row", () => {
    const result = vote(col(6, 1.5, 5), 5, 7, 0.5);
    expect(shown(result)).toEqual(["#VALUE!", "#VALUE!", true]);
    expect(cellErr(result[0][0]).message).toBe("Dòng 1: số phiếu đồng ý phải là số nguyên từ 0 đến 5 (đang là 6).");
  });

  test("bad ballot parameters give one #VALUE! with a message", () => {
    expect(callError(() => vote(col(1), 5, 5, 80)).message).toBe("Ngưỡng tỷ lệ phiếu phải từ 0 đến 1, ví dụ 0,8 hoặc 80% (đang là 80).");
    expect(callError(() => vote(col(1), 5, 0, 0.5)).message).toContain("Số thành viên của khối phải là số nguyên lớn hơn 0");
    expect(callError(() => vote(col(1), 6, 5, 0.5)).message).toBe(
      "Số thành viên có mặt phải là số nguyên từ 0 đến số thành viên (đang là 6, khối có 5).",
    );
    expect(callError(() => vote(col(1), 5, 5, 0.5, 1.5)).message).toContain("Túc số phải là tỷ lệ từ 0 đến 1");
    expect(callError(() => vote(col(1), 5, 5, 0.5, undefined, "half")).message).toContain('Mẫu số "half" không có');
  });
});
