// Blocks for the Office adapter's tests and the bench: a built-in template with a few named units, and
// synthetic blocks of any size (every leaf type, four weighted groups, bonus and penalty).
import { parseBlock } from "../../src/core/parse";
import type { Block, CriterionLeaf, CriterionNode } from "../../src/core/types";
import { enterpriseTemplate } from "../../src/templates/enterprise";
import { instantiateTemplate, type BlockTemplate } from "../../src/templates";

function parsed(doc: unknown): Block {
  const { block, findings } = parseBlock(doc);
  if (!block) throw new Error(`test block does not parse: ${findings.map((f) => f.messageEn).join("; ")}`);
  return block;
}

/** The enterprise template (17 leaves) with these units. */
export function templateBlock(units: [id: string, name: string][], template: BlockTemplate = enterpriseTemplate): Block {
  return parsed(instantiateTemplate(template, { blockName: "Cụm thi đua số 2", year: 2025, units: units.map(([id, name]) => ({ id, name })) }));
}

const KINDS: Omit<CriterionLeaf, "code" | "name">[] = [
  { type: "target", max: 10, method: "relative", base: "percent" },
  { type: "target", max: 10, method: "linear", cap: 1 },
  { type: "points", max: 10 },
  { type: "yesno", max: 10 },
  { type: "count", max: 10, per: 2.5 },
];

/** `unitCount` units and `leafCount` leaves (bonus and penalty included) in four weighted groups. */
export function syntheticBlock(unitCount: number, leafCount: number): Block {
  const groups = [0, 1, 2, 3].map((g) => ({ code: `G${g + 1}`, name: `Nhóm ${g + 1}`, weight: 0.25, children: [] as CriterionNode[] }));
  for (let i = 0; i < leafCount - 2; i++) {
    groups[i % 4].children.push({ ...KINDS[i % KINDS.length], code: `G${(i % 4) + 1}.${i + 1}`, name: `Tiêu chí ${i + 1}` } as CriterionLeaf);
  }
  return parsed({
    format: "khoi-block/1",
    block: { name: `Khối ${unitCount}×${leafCount}`, year: 2025, leader: "u1" },
    rules: { scale: 100, tieBreak: ["penalty", "bonus", "exceeded"], awards: [{ id: "flag", label: "Cờ thi đua", count: 1, minScore: 50 }, { id: "merit", label: "Bằng khen", count: 2 }] },
    units: Array.from({ length: unitCount }, (_, u) => ({ id: `u${u + 1}`, name: `Đơn vị thành viên số ${u + 1}`, titles: ["TTLĐXS"] })),
    criteria: [...groups, { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 }, { code: "TR", name: "Điểm trừ", type: "penalty", max: 10 }],
    targets: {},
    scores: { self: {}, appraised: {}, final: {} },
  });
}
