// The criteria tree as sheet rows (depth-first), with what each row counts for: the rows of Tiêu chí,
// Chấm điểm and Điểm chi tiết are these, in this order.
import type { Block, CriterionLeaf, CriterionNode } from "../core/types";
import { isGroup } from "../core/types";

/** group: a group header; base: a valid scored leaf; bonus / penalty: added / subtracted after the base;
 *  invalid: a CRITERIA_INVALID leaf (scores 0, counts in no maximum). */
export type RowKind = "group" | "base" | "bonus" | "penalty" | "invalid";

export interface CriterionRow {
  node: CriterionNode;
  leaf: CriterionLeaf | null;
  depth: number;
  parent: string | null;
  kind: RowKind;
  /** Index (in the row list) of this node's last descendant; itself for a leaf. */
  end: number;
  /** True for a top-level node that is a base group (a group, or a scored leaf standing alone). */
  baseGroup: boolean;
  /** The top-level node this row belongs to (itself at depth 0). */
  top: CriterionNode;
}

function leafKind(leaf: CriterionLeaf): RowKind {
  if (leaf.invalid) return "invalid";
  if (leaf.type === "bonus") return "bonus";
  if (leaf.type === "penalty") return "penalty";
  return "base";
}

/** Does this subtree hold a scored (non-bonus, non-penalty) leaf? Invalid leaves count, as in the engine. */
function hasScoredLeaf(node: CriterionNode): boolean {
  if (isGroup(node)) return node.children.some(hasScoredLeaf);
  return node.type !== "bonus" && node.type !== "penalty";
}

export function criterionRows(criteria: readonly CriterionNode[]): CriterionRow[] {
  const rows: CriterionRow[] = [];
  const visit = (node: CriterionNode, depth: number, parent: string | null, top: CriterionNode): void => {
    const index = rows.length;
    if (isGroup(node)) {
      const row: CriterionRow = { node, leaf: null, depth, parent, kind: "group", end: index, baseGroup: depth === 0 && hasScoredLeaf(node), top };
      rows.push(row);
      for (const child of node.children) visit(child, depth + 1, node.code, top);
      row.end = rows.length - 1;
    } else {
      const kind = leafKind(node);
      rows.push({ node, leaf: node, depth, parent, kind, end: index, baseGroup: depth === 0 && kind === "base", top });
    }
  };
  for (const node of criteria) visit(node, 0, null, node);
  return rows;
}

/** What KHOI.TOTAL calls a leaf's group: its top-level group's code, or "bonus" / "penalty"; "" for rows it skips. */
export function totalGroupLabel(row: CriterionRow): string {
  if (row.kind === "bonus" || row.kind === "penalty") return row.kind;
  return row.kind === "base" ? row.top.code : "";
}

/** Leaves that get a row in Giao ước: every target leaf, and any other leaf the block registers a target for. */
export function targetRows(rows: readonly CriterionRow[], block: Block): CriterionRow[] {
  const withTarget = new Set<string>();
  for (const id of Object.keys(block.targets ?? {})) for (const code of Object.keys(block.targets[id] ?? {})) withTarget.add(code);
  return rows.filter((r) => r.leaf !== null && (r.leaf.type === "target" || withTarget.has(r.leaf.code)));
}

/** The valid weights of the base groups when the block is weighted (spec 2.3), else null: as the engine decides. */
export function usableWeights(rows: readonly CriterionRow[]): number[] | null {
  const groups = rows.filter((r) => r.baseGroup);
  if (!groups.some((r) => r.node.weight !== undefined)) return null;
  const ok = groups.every((r) => typeof r.node.weight === "number" && Number.isFinite(r.node.weight) && r.node.weight > 0);
  const sum = groups.reduce((s, r) => s + (typeof r.node.weight === "number" && Number.isFinite(r.node.weight) ? r.node.weight : 0), 0);
  return ok && Math.abs(sum - 1) <= 1e-9 ? groups.map((r) => r.node.weight as number) : null;
}
