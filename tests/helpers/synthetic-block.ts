// Deterministic synthetic blocks of a given size for the bench and the size tests: every leaf type and target method, no randomness
// beyond a seeded generator, so figures compare across commits.
import type { Block, CriterionLeaf, CriterionNode } from "../../src/core/types";
import { parsedBlock } from "./fixtures";

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KINDS: Omit<CriterionLeaf, "code" | "name">[] = [
  { type: "target", max: 10, method: "relative", base: "percent" },
  { type: "target", max: 10, method: "linear", cap: 1 },
  { type: "target", max: 10, method: "bands", bands: [[1, 1], [0.9, 0.8], [0.8, 0.5]] },
  { type: "target", max: 10, method: "inverse" },
  { type: "points", max: 10 },
  { type: "yesno", max: 10 },
  { type: "count", max: 10, per: 2.5 },
];

/** A block of `unitCount` units and `leafCount` scored leaves in four weighted groups, plus bonus and penalty. */
export function syntheticBlock(unitCount: number, leafCount: number, seed = 1): Record<string, unknown> {
  const random = seeded(seed);
  const groups: CriterionNode[] = [0, 1, 2, 3].map((g) => ({ code: `G${g + 1}`, name: `Nhóm ${g + 1}`, weight: 0.25, children: [] }));
  const leaves: CriterionLeaf[] = [];
  for (let i = 0; i < leafCount; i++) {
    const leaf = { ...KINDS[i % KINDS.length], code: `G${(i % 4) + 1}.${i + 1}`, name: `Tiêu chí ${i + 1}` } as CriterionLeaf;
    leaves.push(leaf);
    (groups[i % 4] as { children: CriterionNode[] }).children.push(leaf);
  }
  const units = Array.from({ length: unitCount }, (_, u) => ({ id: `u${u + 1}`, name: `Đơn vị thành viên số ${u + 1}`, titles: ["TTLĐXS"] }));
  const targets: Record<string, Record<string, number>> = {};
  const self: Record<string, Record<string, number | boolean>> = {};
  for (const unit of units) {
    targets[unit.id] = {};
    self[unit.id] = { T: Math.round(random() * 5), TR: Math.round(random() * 3) };
    for (const leaf of leaves) {
      if (leaf.type === "target") {
        const target = leaf.method === "inverse" ? 2 : 100 + Math.round(random() * 900);
        targets[unit.id][leaf.code] = target;
        self[unit.id][leaf.code] = leaf.method === "inverse" ? Math.round(random() * 4) : target * (0.8 + random() * 0.4);
      } else if (leaf.type === "yesno") self[unit.id][leaf.code] = random() > 0.2;
      else if (leaf.type === "count") self[unit.id][leaf.code] = Math.floor(random() * 5);
      else self[unit.id][leaf.code] = Math.round(random() * leaf.max * 100) / 100;
    }
  }
  return {
    format: "khoi-block/1",
    block: { name: `Khối tổng hợp ${unitCount}×${leafCount}`, year: 2026, leader: "u1" },
    rules: {
      scale: 100,
      tieBreak: ["penalty", "bonus", "exceeded"],
      awards: [
        { id: "flag", label: "Cờ thi đua", count: 1, minScore: 50 },
        { id: "merit", label: "Bằng khen", count: 2 },
      ],
    },
    units,
    criteria: [...groups, { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 }, { code: "TR", name: "Điểm trừ", type: "penalty", max: 10 }],
    targets,
    scores: { self, appraised: {}, final: {} },
  };
}

/** The same block, parsed: what the workbook layout and the adapters take. */
export function syntheticParsedBlock(unitCount: number, leafCount: number, seed = 1): Block {
  return parsedBlock(syntheticBlock(unitCount, leafCount, seed));
}
