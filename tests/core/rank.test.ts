// Competition ranking: "1, 2, 2, 4", tolerance, lexicographic keys and the tie groups it reports.
import { competitionRanks } from "../../src/core";

describe("competitionRanks", () => {
  it("gives competition ranks, higher first", () => {
    expect(competitionRanks([[90], [95], [90], [80]])).toEqual({ ranks: [2, 1, 2, 4], ties: [[0, 2]] });
  });

  it("treats values within 1e-9 as equal and reports them as a tie", () => {
    const r = competitionRanks([[0.1 + 0.2], [0.3], [0.2]]);
    expect(r.ranks).toEqual([1, 1, 3]);
    expect(r.ties).toEqual([[0, 1]]);
  });

  it("uses later keys only between rows equal on earlier keys", () => {
    // rows 0 and 1 tie on total, row 1 wins on the second key; row 2 has the best second key but a lower total
    const r = competitionRanks([[90, 1], [90, 5], [80, 99]]);
    expect(r.ranks).toEqual([2, 1, 3]);
    expect(r.ties).toEqual([]);
  });

  it("orders several tie groups by rank, each in row order", () => {
    const r = competitionRanks([[1], [5], [1], [5], [3]]);
    expect(r.ranks).toEqual([4, 1, 4, 1, 3]);
    expect(r.ties).toEqual([[1, 3], [0, 2]]);
  });

  it("honours a custom tolerance", () => {
    expect(competitionRanks([[10], [10.004]], 0.01).ranks).toEqual([1, 1]);
    expect(competitionRanks([[10], [10.004]]).ranks).toEqual([2, 1]);
  });

  it("ranks a non-number key below every real value and never throws", () => {
    const r = competitionRanks([[Number.NaN], [0], [-5]]);
    expect(r.ranks).toEqual([3, 1, 2]);
    expect(competitionRanks([])).toEqual({ ranks: [], ties: [] });
    expect(competitionRanks(null as unknown as number[][])).toEqual({ ranks: [], ties: [] });
  });
});
