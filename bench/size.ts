// How big the bench runs: full figures by default, a quick pass with --small (CI proves the bench still works).
export interface BenchSize {
  small: boolean;
  runs: number;
  provinceBlocks: number;
  provinceRuns: number;
  relativeUnits: number;
  rankUnits: number;
}

export function benchSize(small: boolean): BenchSize {
  return small
    ? { small, runs: 5, provinceBlocks: 1000, provinceRuns: 1, relativeUnits: 10000, rankUnits: 10000 }
    : { small, runs: 200, provinceBlocks: 1000, provinceRuns: 7, relativeUnits: 10000, rankUnits: 10000 };
}
