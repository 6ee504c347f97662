// Checks that need the whole block but no scores, and the compiled model the scorer walks:
// leaf lists, base groups, weights, tie-break keys, unit index (built once per evaluation).
import { makeFinding } from "./messages";
import { childPath } from "./path";
import type { Source, UnitRef } from "./messages/params";
import { convertLegacy, looksLegacyEncoded } from "./text/legacy";
import { nameKey, normalizeName } from "./text/normalize";
import type { Block, CriterionLeaf, CriterionNode, Finding, LayerName, UnitValues } from "./types";
import { isGroup } from "./types";

export type LeafKind = "base" | "bonus" | "penalty";

export interface LeafSlot {
  leaf: CriterionLeaf;
  index: number;
  /** false for a CRITERIA_INVALID leaf: scores 0, counts in no maximum */
  valid: boolean;
  kind: LeafKind;
  /** index in Model.baseGroups, or -1 (bonus, penalty, invalid) */
  baseGroup: number;
}

export interface BaseGroup {
  code: string;
  name: string;
  max: number;
  leaves: number[];
  weight: number | undefined;
}

export type TieKey =
  | { kind: "group"; leaves: number[] }
  | { kind: "penalty" }
  | { kind: "bonus" }
  | { kind: "exceeded" }
  | { kind: "vote"; award: string };

export interface Model {
  leaves: LeafSlot[];
  baseGroups: BaseGroup[];
  /** Valid weights in baseGroups order, or null for an unweighted sum. */
  weights: number[] | null;
  tieBreak: TieKey[];
  unitIndex: Map<string, number>;
}

const WEIGHT_SUM_TOLERANCE = 1e-9;
const LAYERS: readonly LayerName[] = ["self", "appraised", "final"];

const kindOf = (leaf: CriterionLeaf): LeafKind => (leaf.type === "bonus" ? "bonus" : leaf.type === "penalty" ? "penalty" : "base");

/** Walks the tree once: leaf slots in tree order, and for every node the valid scored leaves under it. */
function flatten(criteria: CriterionNode[]): {
  leaves: LeafSlot[];
  scoredUnder: Map<CriterionNode, number[]>;
  hasScoredLeaf: Map<CriterionNode, boolean>;
  nodes: CriterionNode[];
} {
  const leaves: LeafSlot[] = [];
  const scoredUnder = new Map<CriterionNode, number[]>();
  const hasScoredLeaf = new Map<CriterionNode, boolean>();
  const nodes: CriterionNode[] = [];
  const visit = (node: CriterionNode): { scored: number[]; any: boolean } => {
    nodes.push(node);
    if (isGroup(node)) {
      const scored: number[] = [];
      let any = false;
      for (const child of node.children) {
        const r = visit(child);
        for (const i of r.scored) scored.push(i);
        any = any || r.any;
      }
      scoredUnder.set(node, scored);
      hasScoredLeaf.set(node, any);
      return { scored, any };
    }
    const slot: LeafSlot = { leaf: node, index: leaves.length, valid: !node.invalid, kind: kindOf(node), baseGroup: -1 };
    leaves.push(slot);
    // An invalid leaf still counts as "a scored leaf" so its group is not reported twice.
    const any = slot.kind === "base";
    const scored = slot.valid && slot.kind === "base" ? [slot.index] : [];
    scoredUnder.set(node, scored);
    hasScoredLeaf.set(node, any);
    return { scored, any };
  };
  for (const node of criteria) visit(node);
  return { leaves, scoredUnder, hasScoredLeaf, nodes };
}

/** Every check of spec §6 that needs no score, and the model the scorer uses. */
export function checkStructure(block: Block): { findings: Finding[]; model: Model } {
  const findings: Finding[] = [];
  const { leaves, scoredUnder, hasScoredLeaf, nodes } = flatten(block.criteria);

  // Units: duplicates by id or by name key, legacy encodings.
  const unitIndex = new Map<string, number>();
  const byName = new Map<string, number>();
  const unitRef = (i: number): UnitRef => ({ id: block.units[i].id, name: block.units[i].name });
  block.units.forEach((unit, i) => {
    const sameId = unitIndex.get(unit.id);
    const key = nameKey(unit.name);
    const sameName = byName.get(key);
    if (sameId !== undefined) findings.push(makeFinding("UNIT_DUPLICATE", { units: [unitRef(sameId), unitRef(i)], duplicateBy: "id", path: `units[${i}].id` }));
    else if (sameName !== undefined) findings.push(makeFinding("UNIT_DUPLICATE", { units: [unitRef(sameName), unitRef(i)], duplicateBy: "name", path: `units[${i}].name` }));
    if (sameId === undefined) unitIndex.set(unit.id, i);
    if (sameName === undefined) byName.set(key, i);
    const encoding = looksLegacyEncoded(unit.name);
    if (encoding) findings.push(makeFinding("UNIT_LEGACY_ENCODING", { unit: unitRef(i), text: unit.name, encoding, offer: normalizeName(convertLegacy(unit.name, encoding)), path: `units[${i}].name` }));
  });

  // Criteria: duplicate codes, legacy names, groups with nothing to score.
  const byCode = new Map<string, CriterionNode[]>();
  for (const node of nodes) {
    const same = byCode.get(node.code);
    if (same) same.push(node);
    else byCode.set(node.code, [node]);
    const encoding = node.name ? looksLegacyEncoded(node.name) : null;
    if (encoding) findings.push(makeFinding("UNIT_LEGACY_ENCODING", { criterion: { code: node.code, name: node.name }, text: node.name, encoding, offer: normalizeName(convertLegacy(node.name, encoding)) }));
    if (isGroup(node) && !hasScoredLeaf.get(node)) {
      findings.push(makeFinding("CRITERIA_INVALID", { criterion: { code: node.code, name: node.name }, criteriaProblem: "emptyGroup" }));
    }
  }
  for (const [code, same] of byCode) {
    if (same.length > 1) findings.push(makeFinding("CRITERIA_DUPLICATE_CODE", { code, names: same.map((n) => n.name || n.code) }));
  }

  // Base groups: top-level groups with something to score, and top-level valid scored leaves.
  const baseGroups: BaseGroup[] = [];
  for (const node of block.criteria) {
    if (isGroup(node) ? !hasScoredLeaf.get(node) : node.invalid || kindOf(node) !== "base") continue;
    const scored = scoredUnder.get(node) ?? [];
    const g = baseGroups.length;
    for (const i of scored) leaves[i].baseGroup = g;
    const max = scored.reduce((sum, i) => sum + leaves[i].leaf.max, 0);
    baseGroups.push({ code: node.code, name: node.name, max, leaves: scored, weight: node.weight });
  }

  // Weights: any weight on a base group switches to the weighted base (spec 2.3).
  let weights: number[] | null = null;
  if (baseGroups.some((g) => g.weight !== undefined)) {
    const lacking = baseGroups.filter((g) => !(typeof g.weight === "number" && Number.isFinite(g.weight) && g.weight > 0)).map((g) => g.code);
    const sum = baseGroups.reduce((s, g) => s + (typeof g.weight === "number" && Number.isFinite(g.weight) ? g.weight : 0), 0);
    if (lacking.length > 0 || Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      findings.push(makeFinding("WEIGHTS_INVALID", { codes: lacking, sum }));
    } else {
      weights = baseGroups.map((g) => g.weight as number);
    }
  } else {
    const sum = baseGroups.reduce((s, g) => s + g.max, 0);
    if (Math.abs(sum - block.rules.scale) > WEIGHT_SUM_TOLERANCE) {
      findings.push(makeFinding("CRITERIA_MAX_SUM_MISMATCH", { sum, scale: block.rules.scale }));
    }
  }

  // Tie-break keys, already checked by the parser: each becomes the leaves or value it compares.
  const tieBreak: TieKey[] = [];
  for (const key of block.rules.tieBreak) {
    if (key === "penalty" || key === "bonus" || key === "exceeded") tieBreak.push({ kind: key });
    else if (key.startsWith("group:")) {
      const nodesWithCode = byCode.get(key.slice("group:".length));
      if (nodesWithCode) tieBreak.push({ kind: "group", leaves: scoredUnder.get(nodesWithCode[0]) ?? [] });
    } else if (key.startsWith("vote:")) tieBreak.push({ kind: "vote", award: key.slice("vote:".length) });
  }

  // Names of units and criteria used elsewhere must exist.
  const leafCodes = new Set(leaves.map((s) => s.leaf.code));
  // The path is built only for an unknown id: most blocks have none, and this runs for every row.
  const unknownUnit = (source: Source, id: string, path: () => string): void => {
    if (!unitIndex.has(id)) findings.push(makeFinding("UNIT_UNKNOWN", { source, code: id, path: path() }));
  };
  const checkValues = (values: UnitValues, source: Source, basePath: string): void => {
    const unknownCodes = new Map<string, { units: UnitRef[]; path: string }>();
    for (const id of Object.keys(values)) {
      unknownUnit(source, id, () => childPath(basePath, id));
      const u = unitIndex.get(id);
      for (const code of Object.keys(values[id])) {
        if (leafCodes.has(code)) continue;
        let entry = unknownCodes.get(code);
        if (!entry) unknownCodes.set(code, (entry = { units: [], path: childPath(childPath(basePath, id), code) }));
        if (u !== undefined) entry.units.push(unitRef(u));
      }
    }
    for (const [code, { units, path }] of unknownCodes) {
      findings.push(makeFinding("CRITERION_UNKNOWN", { source, code, isGroup: byCode.has(code), units, path }));
    }
  };
  for (const layer of LAYERS) checkValues(block.scores[layer], `scores.${layer}` as Source, `scores.${layer}`);
  checkValues(block.targets, "targets", "targets");
  if (block.votes?.yes) {
    const seen = new Set<string>();
    for (const award of Object.keys(block.votes.yes)) {
      for (const id of Object.keys(block.votes.yes[award])) {
        if (seen.has(id)) continue;
        seen.add(id);
        unknownUnit("votes", id, () => childPath(childPath("votes.yes", award), id));
      }
    }
  }
  for (const id of Object.keys(block.declared?.ranks ?? {})) unknownUnit("declared.ranks", id, () => childPath("declared.ranks", id));
  for (const id of Object.keys(block.declared?.awards ?? {})) unknownUnit("declared.awards", id, () => childPath("declared.awards", id));
  if (block.block.leader !== undefined) unknownUnit("block.leader", block.block.leader, () => "block.leader");
  if (block.block.deputy !== undefined) unknownUnit("block.deputy", block.block.deputy, () => "block.deputy");
  if (block.block.nextLeader !== undefined) unknownUnit("block.leader", block.block.nextLeader, () => "block.nextLeader");
  if (block.block.nextDeputy !== undefined) unknownUnit("block.deputy", block.block.nextDeputy, () => "block.nextDeputy");
  for (const [i, category] of (block.votes?.exemplary ?? []).entries()) {
    for (const [k, nominee] of category.nominees.entries()) {
      if (nominee.unit !== undefined) unknownUnit("votes", nominee.unit, () => `votes.exemplary[${i}].nominees[${k}].unit`);
    }
  }

  return { findings, model: { leaves, baseGroups, weights, tieBreak, unitIndex } };
}
