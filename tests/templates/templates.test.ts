// The built-in criteria templates: well-formed for the engine, summing to their scale, usable end to end.
import { evaluate } from "../../src/core/evaluate";
import { BUILT_IN_TEMPLATES, EDITABLE_DEFAULT_NOTE, instantiateTemplate, templateDocument } from "../../src/templates";
import type { CriterionNode, CriterionLeaf } from "../../src/core/types";
import { isGroup } from "../../src/core/types";
import { runCli } from "../cli/run-cli";

function leaves(nodes: CriterionNode[]): CriterionLeaf[] {
  return nodes.flatMap((node) => (isGroup(node) ? leaves(node.children) : [node]));
}

const UNITS = ["Công ty A", "Công ty B", "Công ty C", "Công ty D", "Công ty E"].map((name, i) => ({ id: `u${i + 1}`, name }));

/** Full marks for the first unit, a little less for each next one: a clear ranking with no tie. */
function filledBlock(templateIndex: number) {
  const template = BUILT_IN_TEMPLATES[templateIndex];
  const doc = instantiateTemplate(template, { blockName: "Khối thử", year: 2026, units: UNITS }) as {
    targets: Record<string, Record<string, number>>;
    scores: { self: Record<string, Record<string, number | boolean>> };
  };
  UNITS.forEach((unit, i) => {
    doc.targets[unit.id] = {};
    doc.scores.self[unit.id] = {};
    for (const leaf of leaves(template.criteria)) {
      const drop = 1 - i * 0.05;
      if (leaf.type === "target") {
        doc.targets[unit.id][leaf.code] = leaf.method === "inverse" ? 2 : 100;
        doc.scores.self[unit.id][leaf.code] = leaf.method === "inverse" ? i : 100 * drop + (i === 0 ? 10 : 0);
      } else if (leaf.type === "yesno") doc.scores.self[unit.id][leaf.code] = true;
      else if (leaf.type === "count") doc.scores.self[unit.id][leaf.code] = 1;
      else if (leaf.type === "points") doc.scores.self[unit.id][leaf.code] = leaf.max * drop;
    }
  });
  return doc;
}

describe.each(BUILT_IN_TEMPLATES.map((t, i) => [t.id, i] as const))("template %s", (_id, index) => {
  const template = BUILT_IN_TEMPLATES[index];

  it("has unique codes and base maxima that add up to its scale", () => {
    const all = leaves(template.criteria);
    expect(new Set(all.map((l) => l.code)).size).toBe(all.length);
    const base = template.criteria.filter((n) => isGroup(n) || !["bonus", "penalty"].includes(n.type));
    for (const group of base) {
      const groupMax = leaves([group]).filter((l) => l.type !== "bonus" && l.type !== "penalty").reduce((s, l) => s + l.max, 0);
      expect(groupMax).toBeGreaterThan(0);
    }
    const weighted = base.some((n) => n.weight !== undefined);
    if (!weighted) {
      const sum = leaves(base).reduce((s, l) => s + l.max, 0);
      expect(sum).toBe(template.rules.scale);
    } else {
      expect(base.reduce((s, n) => s + (n.weight ?? 0), 0)).toBeCloseTo(1, 9);
    }
  });

  it("evaluates a filled block with no criteria or rules finding and a clear ranking", () => {
    const result = evaluate(filledBlock(index));
    const structural = result.findings.filter((f) => /^(CRITERIA|RULES|WEIGHTS|FORMAT|SCORE|TARGET)/.test(f.code));
    expect(structural).toEqual([]);
    expect(result.units.map((u) => u.id)).toEqual(["u1", "u2", "u3", "u4", "u5"]);
    expect(result.units[0].total).toBeGreaterThan(result.units[4].total);
    expect(result.units[0].total).toBeLessThanOrEqual(template.rules.scale);
  });

  it("says in its file that it is an editable default, not a legal text", () => {
    const doc = templateDocument(template) as { block: { note: string }; units: unknown[] };
    expect(doc.block.note).toBe(EDITABLE_DEFAULT_NOTE);
    expect(doc.block.note).toContain("không phải văn bản pháp lý");
    expect(doc.units).toEqual([]);
  });
});

describe("khoi template", () => {
  it("lists the built-in templates and prints one as a block file", async () => {
    const list = await runCli(["template"]);
    expect(list.code).toBe(0);
    for (const t of BUILT_IN_TEMPLATES) expect(list.stdout).toContain(t.id);
    const one = await runCli(["template", "district-cluster-1000"]);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).rules.scale).toBe(1000);
    const unknown = await runCli(["template", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("không có bộ tiêu chí mẫu");
  });
});
