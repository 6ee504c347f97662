// Data-driven engine cases: every tests/fixtures/blocks/NAME.json is evaluated and held to NAME.expected.json
// (hand-computed totals, ranks, awards and the exact list of findings); "error-" cases must fail with an error.
import * as fs from "fs";
import * as path from "path";
import { evaluate, type EvaluationResult, type Finding } from "../../src/core";

interface ExpectedUnit { total?: number; base?: number; bonus?: number; penalty?: number; rank?: number; award?: string | null; groups?: Record<string, number> }
interface Expected {
  note: string;
  ok: boolean;
  order: string[];
  units: Record<string, ExpectedUnit>;
  findings: Partial<Finding>[];
}

const dir = path.join(__dirname, "../fixtures/blocks");
const cases = fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json")).map((f) => f.replace(/\.json$/, "")).sort();
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));

function checkUnits(result: EvaluationResult, expected: Expected): void {
  expect(result.units.map((u) => u.id)).toEqual(expected.order);
  for (const [id, want] of Object.entries(expected.units)) {
    const got = result.units.find((u) => u.id === id);
    expect(got).toBeDefined();
    if (!got) continue;
    for (const key of ["total", "base", "bonus", "penalty"] as const) {
      if (want[key] !== undefined) expect({ id, [key]: got[key] }).toEqual({ id, [key]: expect.closeTo(want[key] as number, 9) });
    }
    if (want.rank !== undefined) expect({ id, rank: got.rank }).toEqual({ id, rank: want.rank });
    if (want.award !== undefined) expect({ id, award: got.award }).toEqual({ id, award: want.award });
    if (want.groups) {
      for (const [code, score] of Object.entries(want.groups)) expect(got.groups[code]).toBeCloseTo(score, 9);
    }
  }
}

describe("block fixtures", () => {
  it("has at least one case", () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)("%s", (name) => {
    const expected = read(`${name}.expected.json`) as Expected;
    const result = evaluate(read(`${name}.json`));
    expect(result.format).toBe("khoi-result/1");
    // The exact list of findings, in order, with the fields the case names.
    expect(result.findings.map((f) => f.code)).toEqual(expected.findings.map((f) => f.code));
    expected.findings.forEach((want, i) => expect(result.findings[i]).toMatchObject(want));
    expect(result.ok).toBe(expected.ok);
    if (name.startsWith("error-")) expect(result.findings.some((f) => f.severity === "error")).toBe(true);
    else expect(result.findings.every((f) => f.severity !== "error")).toBe(true);
    checkUnits(result, expected);
  });
});
