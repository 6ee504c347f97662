// Ids and codes that are names of Object.prototype members (__proto__, constructor, toString, hasOwnProperty …) or
// very long must behave exactly like ordinary ones: through the block file, the workbook round trip (.xlsx written,
// read back, evaluated) and the KHOI.* functions. Each case renames the ids of a real block and compares the result
// with the original's, renamed the same way.
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import type { EvaluationResult } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { award, total, vote } from "../../src/functions/functions";
import { col, flat } from "../functions/helpers";

const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "__defineGetter__", "isPrototypeOf", "x".repeat(300)];
const EXAMPLE = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json"), "utf8")) as Record<string, unknown>;

type Rename = (id: string) => string;

/** The example with unit ids, criterion codes and award ids renamed everywhere they occur (keys and values). */
function renamed(doc: unknown, units: Rename, codes: Rename, tiers: Rename): Record<string, unknown> {
  const d = structuredClone(doc) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const mapKeys = <T>(o: Record<string, T> | undefined, f: Rename): Record<string, T> | undefined => {
    if (!o) return o;
    const out = Object.create(null) as Record<string, T>;
    for (const [k, v] of Object.entries(o)) Object.defineProperty(out, f(k), { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  };
  for (const u of d.units) u.id = units(u.id);
  if (d.block.leader) d.block.leader = units(d.block.leader);
  if (d.block.deputy) d.block.deputy = units(d.block.deputy);
  const walk = (nodes: any[]): void => { for (const n of nodes) { n.code = codes(n.code); if (n.children) walk(n.children); } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  walk(d.criteria);
  d.rules.tieBreak = (d.rules.tieBreak ?? []).map((k: string) => k.startsWith("group:") ? `group:${codes(k.slice(6))}` : k.startsWith("vote:") ? `vote:${tiers(k.slice(5))}` : k);
  for (const t of d.rules.awards ?? []) t.id = tiers(t.id);
  d.targets = mapKeys(d.targets, units);
  for (const u of Object.keys(d.targets ?? {})) d.targets[u] = mapKeys(d.targets[u], codes);
  for (const layer of Object.keys(d.scores ?? {})) {
    d.scores[layer] = mapKeys(d.scores[layer], units);
    for (const u of Object.keys(d.scores[layer])) d.scores[layer][u] = mapKeys(d.scores[layer][u], codes);
  }
  if (d.votes?.yes) {
    d.votes.yes = mapKeys(d.votes.yes, tiers);
    for (const t of Object.keys(d.votes.yes)) d.votes.yes[t] = mapKeys(d.votes.yes[t], units);
  }
  if (d.declared?.ranks) d.declared.ranks = mapKeys(d.declared.ranks, units);
  if (d.declared?.awards) {
    d.declared.awards = mapKeys(d.declared.awards, units);
    for (const u of Object.keys(d.declared.awards)) if (typeof d.declared.awards[u] === "string") d.declared.awards[u] = tiers(d.declared.awards[u]);
  }
  return d;
}

/** The result with its ids mapped back, for comparing with the original's. */
function summary(result: EvaluationResult, back: { units: Rename; codes: Rename; tiers: Rename }) {
  return {
    ok: result.ok,
    units: result.units.map((u) => ({
      id: back.units(u.id), total: Math.round(u.total * 1e6) / 1e6, rank: u.rank, award: u.award === null ? null : back.tiers(u.award),
      groups: Object.fromEntries(Object.entries(u.groups).map(([k, v]) => [back.codes(k), Math.round(v * 1e6) / 1e6])),
    })),
    findings: result.findings.map((f) => `${f.code}:${f.unit ? back.units(f.unit) : ""}:${f.criterion ? back.codes(f.criterion) : ""}`).sort(),
  };
}

/** A renaming of the example's ids onto the hostile names (and back). */
function renaming(names: string[]) {
  const unitIds = (EXAMPLE.units as { id: string }[]).map((u) => u.id);
  const codes: string[] = [];
  const walk = (nodes: { code: string; children?: unknown[] }[]): void => { for (const n of nodes) { codes.push(n.code); if (n.children) walk(n.children as never); } };
  walk(EXAMPLE.criteria as never);
  const tierIds = ((EXAMPLE.rules as { awards: { id: string }[] }).awards).map((t) => t.id);
  const table = (ids: string[], offset: number) => {
    const to = new Map(ids.map((id, i) => [id, i < names.length ? names[(i + offset) % names.length] + (i >= names.length ? `-${i}` : "") : id]));
    const from = new Map([...to].map(([a, b]) => [b, a]));
    return { to: (id: string) => to.get(id) ?? id, from: (id: string) => from.get(id) ?? id };
  };
  return { units: table(unitIds, 0), codes: table(codes, 1), tiers: table(tierIds, 2) };
}

const original = evaluate(EXAMPLE);
const identity = (s: string) => s;
const expected = summary(original, { units: identity, codes: identity, tiers: identity });

describe("hostile ids and codes behave like ordinary ones", () => {
  test("block file: every rotation of the hostile names over units, criteria and awards", () => {
    fc.assert(fc.property(fc.shuffledSubarray(HOSTILE, { minLength: 3 }), (names) => {
      const r = renaming(names);
      const doc = renamed(EXAMPLE, r.units.to, r.codes.to, r.tiers.to);
      // Through JSON text, as a block file is read.
      const result = evaluate(JSON.parse(JSON.stringify(doc)));
      expect(summary(result, { units: r.units.from, codes: r.codes.from, tiers: r.tiers.from })).toEqual(expected);
      expect(({} as Record<string, unknown>).length).toBeUndefined();
    }), { numRuns: 30 });
  });

  test("workbook round trip: written, read back, evaluated; Object.prototype untouched", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const names of [HOSTILE.slice(0, 5), HOSTILE.slice(4)]) {
      const r = renaming(names);
      const doc = JSON.parse(JSON.stringify(renamed(EXAMPLE, r.units.to, r.codes.to, r.tiers.to)));
      const data = await writeWorkbook(parseBlock(doc).block!, { formulas: "native" });
      const reading = await readWorkbook(data);
      expect(reading.findings).toEqual([]);
      const result = evaluate(reading.doc);
      expect(summary(result, { units: r.units.from, codes: r.codes.from, tiers: r.tiers.from })).toEqual(expected);
      expect(({} as Record<string, unknown>)["I.1"]).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    }
  });

  test("KHOI.VOTE and KHOI.AWARD: an award named __proto__ keeps its votes", () => {
    const tiers = [["__proto__", 1, "", "", 0.5], ["constructor", 1, "", "", ""]];
    const yes = [[1, 0], [3, 0], [0, 0]];
    expect(flat(award(col(90, 80, 70), tiers, col(1, 2, 3), undefined, undefined, yes, 4, 4))).toEqual(["constructor", "__proto__", ""]);
    expect(flat(vote(col(3, 1), 4, 4, 0.5))).toEqual([true, false]);
  });

  test("KHOI.TOTAL: groups labelled __proto__ and constructor sum like groups labelled A and B", () => {
    const scores = [[8, 7, 9, 3]];
    const maxima = [[10, 10, 10, 5]];
    const plain = total(scores, maxima, [["A", "A", "B", "B"]], [[0.6, 0.4]], 100);
    // By hand: 100 × (0.6 × 15/20 + 0.4 × 12/15) = 45 + 32 = 77.
    expect((plain as number[][])[0][3]).toBeCloseTo(77, 9);
    expect(total(scores, maxima, [["__proto__", "__proto__", "constructor", "constructor"]], [[0.6, 0.4]], 100)).toEqual(plain);
    expect(total(scores, maxima, [["toString", "toString", "hasOwnProperty", "hasOwnProperty"]], [[0.6, 0.4]], 100)).toEqual(plain);
  });
});
