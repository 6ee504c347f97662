// What the papers say about the year, derived from the block and the engine's result: the counts the seed reports
// use ("4/5 đơn vị hoàn thành và hoàn thành vượt mức kế hoạch", "11/11 đơn vị đã ký giao ước"), award names, the
// flag tier, each score layer's group scores (the engine run on the layers up to it) and each unit's ballots. Pure.
import { evaluate } from "../core/evaluate";
import { isGroup, type BallotReport, type Block, type CriterionLeaf, type CriterionNode, type EvaluationResult, type LayerName, type TierBallot, type TierNominee } from "../core/types";

/** A top-level column of the summary: a base group (or a top-level scored leaf) and its maximum. */
export interface GroupColumn {
  code: string;
  name: string;
  max: number;
}

const leavesOf = (node: CriterionNode): CriterionLeaf[] => (isGroup(node) ? node.children.flatMap(leavesOf) : [node]);
const scored = (leaf: CriterionLeaf) => leaf.type !== "bonus" && leaf.type !== "penalty" && !leaf.invalid;

export function groupColumns(block: Block): GroupColumn[] {
  return block.criteria
    .filter((node) => leavesOf(node).some(scored))
    .map((node) => ({ code: node.code, name: node.name, max: leavesOf(node).filter(scored).reduce((sum, l) => sum + l.max, 0) }));
}

/** Total bonus and penalty maxima, for the column headers. */
export function bonusPenaltyMax(block: Block): { bonus: number; penalty: number } {
  const leaves = block.criteria.flatMap(leavesOf).filter((l) => !l.invalid);
  const sum = (type: string) => leaves.filter((l) => l.type === type).reduce((s, l) => s + l.max, 0);
  return { bonus: sum("bonus"), penalty: sum("penalty") };
}

/** Each unit's group scores on the layers up to `layer` (self; self under appraised; every layer), from the engine
 *  itself: target criteria are scored across the block, so a layer's scores need the whole block on that layer. */
export function layerGroups(block: Block): Record<LayerName, Map<string, Record<string, number>>> {
  const upTo = (layers: LayerName[]) => {
    const scores = { self: {}, appraised: {}, final: {}, ...Object.fromEntries(layers.map((l) => [l, block.scores[l]])) };
    const result = evaluate({ ...block, scores, declared: undefined });
    return new Map(result.units.map((u) => [u.id, u.groups]));
  };
  return { self: upTo(["self"]), appraised: upTo(["self", "appraised"]), final: upTo(["self", "appraised", "final"]) };
}

/** Whether a unit put any value in a layer. */
export function hasLayer(block: Block, layer: LayerName, unit: string): boolean {
  const values = block.scores[layer]?.[unit];
  return !!values && Object.values(values).some((v) => v !== null && v !== "");
}

/** The value a unit has for a criterion on the effective layer (final over appraised over self). */
function effective(block: Block, unit: string, code: string): unknown {
  for (const layer of ["final", "appraised", "self"] as const) {
    const v = block.scores[layer]?.[unit]?.[code];
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

/**
 * Units that met their plan: every target criterion where more is better (all methods but "inverse", which counts
 * accidents and the like) reached the registered target on the effective layer. Null when the block has no such
 * criterion (the paper then says nothing about the plan).
 */
export function planCount(block: Block): { met: number; of: number } | null {
  const leaves = block.criteria.flatMap(leavesOf).filter((l) => l.type === "target" && l.method !== "inverse" && !l.invalid);
  if (leaves.length === 0) return null;
  const met = block.units.filter((u) =>
    leaves.every((l) => {
      const target = block.targets[u.id]?.[l.code];
      const actual = effective(block, u.id, l.code);
      return typeof target === "number" && typeof actual === "number" && actual >= target;
    }),
  ).length;
  return { met, of: block.units.length };
}

/** Units that signed the covenant: registered targets (every unit when the block has no target criteria). */
export function covenantCount(block: Block): { signed: number; of: number } {
  const leaves = block.criteria.flatMap(leavesOf).filter((l) => l.type === "target" && !l.invalid);
  if (leaves.length === 0) return { signed: block.units.length, of: block.units.length };
  const signed = block.units.filter((u) => leaves.some((l) => typeof block.targets[u.id]?.[l.code] === "number")).length;
  return { signed, of: block.units.length };
}

export function awardLabel(block: Block, id: string | null): string {
  if (id === null) return "";
  const tier = block.rules.awards.find((t) => t.id === id);
  return tier?.label?.trim() || id;
}

/** The tier of the flag (Cờ thi đua): the one whose name says so, else the highest tier. */
export function flagTierId(block: Block): string | null {
  const tiers = block.rules.awards;
  return (tiers.find((t) => /^\s*cờ\b/iu.test(t.label ?? "")) ?? tiers[0])?.id ?? null;
}

/** The conference's ballots when the workbook records any (members, present or a yes vote); else null. */
export function recordedBallots(result: EvaluationResult): BallotReport | null {
  const b = result.ballots;
  if (!b) return null;
  const anyYes = b.tiers.some((t) => t.nominees.some((n) => n.yes > 0)) || b.exemplary.some((c) => c.nominees.some((n) => n.yes > 0));
  return b.members !== null || b.present !== null || anyYes ? b : null;
}

/** A unit's line in a tier's ballot, if the tier has one for it. */
export function nomineeOf(tier: TierBallot, unit: string): TierNominee | undefined {
  return tier.nominees.find((n) => n.unit === unit);
}

/** The ballot of the award a unit holds (or the highest tier it was put to the vote for). */
export function unitBallot(result: EvaluationResult, unit: string, award: string | null): { tier: TierBallot; nominee: TierNominee } | null {
  const tiers = recordedBallots(result)?.tiers ?? [];
  const own = award ? tiers.find((t) => t.id === award) : undefined;
  const withUnit = own && nomineeOf(own, unit) ? own : tiers.find((t) => nomineeOf(t, unit));
  return withUnit ? { tier: withUnit, nominee: nomineeOf(withUnit, unit)! } : null;
}

export const unitName = (block: Block, id: string | null | undefined): string => (id ? block.units.find((u) => u.id === id)?.name ?? id : "");
