// Scoring a parsed block (spec 2): effective values by layer, every leaf for every unit, groups, base, bonus,
// penalty, total, the `exceeded` count, and the score findings of each unit (grouped by unit, in leaf order).
import { makeFinding } from "./messages";
import { parseVietnameseNumber } from "./text/numbers";
import type { CriterionRef, UnitRef } from "./messages/params";
import { childPath } from "./path";
import { scoreSimpleLeaf, scoreTargetColumn, targetValid, type LeafOutcome, type TargetSpec } from "./score";
import type { LeafSlot, Model } from "./structure";
import { combineTotal } from "./total";
import type { Block, Finding, LayerName, ScoreValue } from "./types";

export interface UnitScore {
  /** leaf index -> score (0 for invalid leaves) */
  leafScores: Float64Array;
  groups: number[];
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  /** target leaves beaten (spec 3, `exceeded`) */
  exceeded: number;
}

type Row = Record<string, ScoreValue> | undefined;

const PRECEDENCE: readonly LayerName[] = ["final", "appraised", "self"];
const DIVERGENCE_TOLERANCE = 1e-9;
/** Problems after which a layer's score says nothing about the unit's work, so no divergence is reported. */
/** The number a score typed as text stands for ("98,5" → 98.5), offered to the officer, never used by itself. */
function typedNumber(problem: string, value: unknown): number | undefined {
  if (problem !== "SCORE_INVALID" || typeof value !== "string") return undefined;
  const parsed = parseVietnameseNumber(value);
  return parsed.ok ? parsed.value : undefined;
}

const UNUSABLE = new Set(["SCORE_MISSING", "SCORE_INVALID", "TARGET_MISSING"]);

const present = (v: unknown): boolean => v !== undefined && v !== null;

/** Scores every unit on every leaf; findings per unit in block order, each in leaf order. */
export function scoreBlock(block: Block, model: Model): { units: UnitScore[]; findings: Finding[] } {
  const units = block.units;
  const n = units.length;
  const m = model.leaves.length;
  const rows: Record<LayerName, Row[]> = {
    final: units.map((u) => block.scores.final[u.id]),
    appraised: units.map((u) => block.scores.appraised[u.id]),
    self: units.map((u) => block.scores.self[u.id]),
  };
  const targetRows: Row[] = units.map((u) => block.targets[u.id]);
  const unitRefs: UnitRef[] = units.map((u) => ({ id: u.id, name: u.name }));
  const perUnit: Finding[][] = units.map(() => []);
  const leafScores = units.map(() => new Float64Array(m));
  const exceeded = new Array<number>(n).fill(0);

  const values = new Array<unknown>(n);
  const layers = new Array<LayerName | null>(n);
  const targets = new Array<unknown>(n);

  for (const slot of model.leaves) {
    if (!slot.valid) continue;
    const { leaf } = slot;
    const code = leaf.code;
    let anyDivergencePair = false;
    for (let u = 0; u < n; u++) {
      let value: unknown = undefined;
      let layer: LayerName | null = null;
      for (const l of PRECEDENCE) {
        const v = rows[l][u]?.[code];
        if (present(v)) { value = v; layer = l; break; }
      }
      values[u] = value;
      layers[u] = layer;
      if (present(rows.self[u]?.[code]) && present(rows.appraised[u]?.[code])) anyDivergencePair = true;
    }
    const isTarget = leaf.type === "target";
    if (isTarget) for (let u = 0; u < n; u++) targets[u] = targetRows[u]?.[code];
    let outcomes: LeafOutcome[];
    if (isTarget) outcomes = scoreTargetColumn(targetSpec(slot), values, targets);
    else {
      const spec = simpleSpec(slot);
      outcomes = values.map((v) => scoreSimpleLeaf(spec, v));
    }
    const criterion: CriterionRef = { code, name: leaf.name };

    for (let u = 0; u < n; u++) {
      const o = outcomes[u];
      leafScores[u][slot.index] = o.score;
      if (o.exceeded) exceeded[u]++;
      if (o.problem !== null) {
        const layer = layers[u] ?? undefined;
        const scorePath = childPath(childPath(`scores.${layer ?? "self"}`, units[u].id), code);
        const targetPath = childPath(childPath("targets", units[u].id), code);
        const common = { unit: unitRefs[u], criterion, leafType: leaf.type, method: leaf.method };
        if (o.problem === "SCORE_MISSING") perUnit[u].push(makeFinding("SCORE_MISSING", { ...common, path: scorePath }));
        else if (o.problem === "TARGET_MISSING") perUnit[u].push(makeFinding("TARGET_MISSING", { ...common, value: targets[u], path: targetPath }));
        else perUnit[u].push(makeFinding(o.problem, { ...common, layer, value: values[u], offer: typedNumber(o.problem, values[u]), max: leaf.max, counted: o.score, path: scorePath }));
        // A wrong actual hides a wrong target in the outcome; the officer needs to fix both.
        if (isTarget && o.problem !== "TARGET_MISSING" && !targetValid(leaf.method ?? "linear", targets[u])) {
          perUnit[u].push(makeFinding("TARGET_MISSING", { ...common, value: targets[u], path: targetPath }));
        }
      }
    }
    if (anyDivergencePair) checkDivergence(block, slot, rows, targets, unitRefs, perUnit);
  }

  const { baseGroups, weights } = model;
  const maxes = baseGroups.map((g) => g.max);
  const scale = block.rules.scale;
  const bonusLeaves = model.leaves.filter((s) => s.valid && s.kind === "bonus").map((s) => s.index);
  const penaltyLeaves = model.leaves.filter((s) => s.valid && s.kind === "penalty").map((s) => s.index);
  const results: UnitScore[] = leafScores.map((scores, u) => {
    const groups = baseGroups.map((g) => {
      let sum = 0;
      for (const i of g.leaves) sum += scores[i];
      return sum;
    });
    let bonus = 0;
    for (const i of bonusLeaves) bonus += scores[i];
    let penalty = 0;
    for (const i of penaltyLeaves) penalty += scores[i];
    const { base, total } = combineTotal(groups, maxes, weights, scale, bonus, penalty);
    return { leafScores: scores, groups, base, bonus, penalty, total, exceeded: exceeded[u] };
  });
  return { units: results, findings: perUnit.flat() };
}

function targetSpec(slot: LeafSlot): TargetSpec {
  const { leaf } = slot;
  return { max: leaf.max, method: leaf.method ?? "linear", cap: leaf.cap, base: leaf.base, bands: leaf.bands };
}

function simpleSpec(slot: LeafSlot): Parameters<typeof scoreSimpleLeaf>[0] {
  const { leaf } = slot;
  return { type: leaf.type as Exclude<typeof leaf.type, "target">, max: leaf.max, per: leaf.per };
}

/** LAYER_DIVERGENCE: the self and the appraised layer scored on their own differ by more than layerDivergence × max.
 *  For target leaves the column is rescored per layer (other units keep their effective value), since
 *  `relative` depends on the whole block. */
function checkDivergence(
  block: Block,
  slot: LeafSlot,
  rows: Record<LayerName, Row[]>,
  targets: unknown[],
  unitRefs: UnitRef[],
  perUnit: Finding[][],
): void {
  const { leaf } = slot;
  const n = unitRefs.length;
  const layerOutcomes = (layer: LayerName): LeafOutcome[] => {
    if (leaf.type !== "target") {
      const spec = simpleSpec(slot);
      return rows[layer].map((row) => scoreSimpleLeaf(spec, row?.[leaf.code]));
    }
    const column = rows[layer].map((row, u) => (present(row?.[leaf.code]) ? row?.[leaf.code] : effectiveValue(rows, u, leaf.code)));
    return scoreTargetColumn(targetSpec(slot), column, targets);
  };
  const self = layerOutcomes("self");
  const appraised = layerOutcomes("appraised");
  const limit = block.rules.layerDivergence * leaf.max;
  for (let u = 0; u < n; u++) {
    if (!present(rows.self[u]?.[leaf.code]) || !present(rows.appraised[u]?.[leaf.code])) continue;
    const a = self[u];
    const b = appraised[u];
    if ((a.problem && UNUSABLE.has(a.problem)) || (b.problem && UNUSABLE.has(b.problem))) continue;
    if (Math.abs(a.score - b.score) > limit + DIVERGENCE_TOLERANCE) {
      perUnit[u].push(makeFinding("LAYER_DIVERGENCE", {
        unit: unitRefs[u], criterion: { code: leaf.code, name: leaf.name }, self: a.score, appraised: b.score, limit, max: leaf.max,
        path: childPath(childPath("scores.appraised", unitRefs[u].id), leaf.code),
      }));
    }
  }
}

function effectiveValue(rows: Record<LayerName, Row[]>, u: number, code: string): unknown {
  for (const l of PRECEDENCE) {
    const v = rows[l][u]?.[code];
    if (present(v)) return v;
  }
  return undefined;
}
