// Re-applying a layout keeps what the officer entered: targets, the three score layers, ballots, block
// information and unit details, matched by unit id and criterion code (never by position). A value whose unit
// or criterion is gone is dropped and reported; a value that lands in another cell is reported as moved. Pure.
import { dict } from "../core/dict";
import type { Block, CellRef, CriterionNode, ExemplaryCategory, ExemplaryNominee, Finding, FindingCode, LayerName, LeaderTerm, ScoreValue, Unit } from "../core/types";
import { isGroup, LAYERS_IN_ORDER } from "../core/types";
import type { BlockReading, KeptValue } from "../workbook/host";
import type { CellValue, WorkbookLayout } from "../workbook/model";
import { readLayout } from "../workbook/read";
import { layoutToGrids } from "./grids";

export interface KeepOutcome {
  /** The new block with the kept values merged in. */
  block: Block;
  /** How many values were kept. */
  kept: number;
  /** Every kept value, with where it was and where it is now. */
  keptValues: KeptValue[];
  moved: KeptValue[];
  dropped: KeptValue[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isEntered = (v: unknown) => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");

function leavesOf(nodes: readonly CriterionNode[], into = new Map<string, CriterionNode>()): Map<string, CriterionNode> {
  for (const node of nodes) {
    if (isGroup(node)) leavesOf(node.children, into);
    else into.set(node.code, node);
  }
  return into;
}

/** Entered values are cell values: numbers, text, yes/no. Anything else read back is kept as its text. */
function asScore(value: unknown): ScoreValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return value === null || value === undefined ? null : JSON.stringify(value);
}

const asCell = (value: unknown): CellValue => asScore(value);

/** A finding-shaped question for the reader's locate(): where is this unit's value of this criterion? */
function probe(code: FindingCode, unit: string, criterion: string, layer?: LayerName): Finding {
  return { code, severity: "info", unit, criterion, ...(layer ? { layer } : {}), message: "", messageEn: "" };
}

const at = (ref: CellRef | undefined) => (ref ? `${ref.sheet}!${ref.address}` : undefined);

/**
 * Merges the values read from the old workbook into `next` (the block the new layout is built from).
 * @param layoutOf builds the new layout of a block (to find where each kept value lands)
 */
export function keepEnteredValues(old: BlockReading, next: Block, layoutOf: (block: Block) => WorkbookLayout): KeepOutcome {
  const doc: Json = isObject(old.doc) ? old.doc : {};
  const block: Block = JSON.parse(JSON.stringify(next)) as Block;
  const units = new Map<string, Unit>(block.units.map((u) => [u.id, u]));
  const leaves = leavesOf(block.criteria);
  const tiers = new Set(block.rules.awards.map((t) => t.id));
  const kept: (KeptValue & { probe?: Finding })[] = [];
  const dropped: KeptValue[] = [];

  const gone = (unit: string, criterion?: string): string | null => {
    if (!units.has(unit)) return `đơn vị «${unit}» không còn trong khối`;
    if (criterion !== undefined && !leaves.has(criterion)) return `tiêu chí «${criterion}» không còn trong bảng tiêu chí`;
    return null;
  };

  // Targets and the three layers: unit id → criterion code → value.
  const tables: { kind: string; source: unknown; into: (u: string) => Record<string, ScoreValue>; code: FindingCode; layer?: LayerName; leafOk?: (c: string) => boolean }[] = [
    {
      kind: "targets", source: doc.targets, code: "TARGET_MISSING",
      into: (u) => (block.targets[u] ??= dict()) as Record<string, ScoreValue>,
      leafOk: (c) => { const leaf = leaves.get(c); return !!leaf && !isGroup(leaf) && leaf.type === "target"; },
    },
    ...LAYERS_IN_ORDER.map((layer) => ({
      kind: layer, layer, code: "SCORE_INVALID" as FindingCode,
      source: isObject(doc.scores) ? doc.scores[layer] : undefined,
      into: (u: string) => (block.scores[layer][u] ??= dict()),
    })),
  ];
  for (const table of tables) {
    if (!isObject(table.source)) continue;
    for (const [unit, row] of Object.entries(table.source)) {
      if (!isObject(row)) continue;
      for (const [criterion, value] of Object.entries(row)) {
        if (!isEntered(value)) continue;
        const where = probe(table.code, unit, criterion, table.layer);
        const item: KeptValue = { kind: table.kind, unit, criterion, value: asCell(value) };
        const from = at(old.locate(where));
        if (from) item.from = from;
        const reason = gone(unit, criterion) ?? (table.leafOk && !table.leafOk(criterion) ? `tiêu chí «${criterion}» không còn là chỉ tiêu giao ước` : null);
        if (reason) {
          dropped.push({ ...item, reason });
          continue;
        }
        table.into(unit)[criterion] = asScore(value);
        kept.push({ ...item, probe: where });
      }
    }
  }

  // Ballots: the counts, then yes votes per award tier and unit, then the exemplary categories and nominees.
  const votes = isObject(doc.votes) ? doc.votes : undefined;
  if (votes) {
    for (const field of ["members", "present", "issued", "returned", "valid"] as const) {
      const value = votes[field];
      if (typeof value !== "number") continue;
      block.votes = { ...(block.votes ?? {}), [field]: value };
      kept.push({ kind: "ballots", value });
    }
    if (isObject(votes.yes)) {
      for (const [tier, byUnit] of Object.entries(votes.yes)) {
        if (!isObject(byUnit)) continue;
        for (const [unit, value] of Object.entries(byUnit)) {
          if (typeof value !== "number") continue;
          const item: KeptValue = { kind: "ballots", unit, criterion: tier, value };
          const reason = !tiers.has(tier) ? `hình thức khen thưởng «${tier}» không còn` : gone(unit);
          if (reason) {
            dropped.push({ ...item, reason });
            continue;
          }
          const yes = ((block.votes ??= {}).yes ??= dict());
          (yes[tier] ??= dict())[unit] = value;
          kept.push(item);
        }
      }
    }
    keepExemplary(votes.exemplary, block, units, kept, dropped);
  }

  // Block information the set-up page does not ask for: organizer, this and next year's leadership, note, and the
  // leaders by year.
  const info = isObject(doc.block) ? doc.block : {};
  for (const field of ["organizer", "leader", "deputy", "nextLeader", "nextDeputy", "note"] as const) {
    const value = info[field];
    if (typeof value !== "string" || value.trim() === "" || block.block[field]) continue;
    if (field !== "organizer" && field !== "note" && !units.has(value)) {
      dropped.push({ kind: "block", value, reason: `đơn vị «${value}» không còn trong khối` });
      continue;
    }
    block.block[field] = value;
    kept.push({ kind: "block", value });
  }
  if (Array.isArray(info.history) && !block.block.history) {
    const history = info.history.filter((h): h is LeaderTerm => isObject(h) && Number.isInteger(h.year));
    if (history.length > 0) {
      block.block.history = history.map((h) => ({ ...h }));
      for (const h of history) kept.push({ kind: "block", value: `${h.year}: ${h.leader ?? ""} / ${h.deputy ?? ""}` });
    }
  }

  // Unit details: titles held and a disqualification reason, matched by id.
  for (const entry of Array.isArray(doc.units) ? doc.units : []) {
    if (!isObject(entry) || typeof entry.id !== "string") continue;
    const unit = units.get(entry.id);
    const titles = Array.isArray(entry.titles) ? entry.titles.filter((t): t is string => typeof t === "string" && t.trim() !== "") : [];
    const reason = typeof entry.disqualified === "string" && entry.disqualified.trim() !== "" ? entry.disqualified : null;
    if (!unit) {
      for (const value of [...titles, ...(reason ? [reason] : [])]) dropped.push({ kind: "unit", unit: entry.id, value, reason: `đơn vị «${entry.id}» không còn trong khối` });
      continue;
    }
    if (unit.titles.length === 0 && titles.length > 0) {
      unit.titles = titles;
      kept.push({ kind: "unit", unit: unit.id, value: titles.join("; ") });
    }
    if (unit.disqualified === null && reason) {
      unit.disqualified = reason;
      kept.push({ kind: "unit", unit: unit.id, value: reason });
    }
  }

  // Where each kept score or target lands in the new layout.
  const located = kept.some((k) => k.probe) ? readLayout(layoutToGrids(layoutOf(block))) : null;
  const moved: KeptValue[] = [];
  const keptValues: KeptValue[] = kept.map(({ probe: where, ...item }) => {
    if (where && located) {
      const to = at(located.locate(where));
      if (to) item.to = to;
      if (item.from && to && addressOf(item.from) !== addressOf(to)) moved.push(item);
    }
    return item;
  });
  return { block, kept: keptValues.length, keptValues, moved, dropped };
}

/** The cell part of "Sheet!E7": a kept value stays on its kind's sheet, whose name may differ between versions. */
function addressOf(ref: string): string {
  return ref.slice(ref.lastIndexOf("!") + 1);
}

/** Exemplary categories and their nominees are the block's, whatever its units: all are kept; a nominee's link to a
 *  unit that is no longer in the block is dropped (and listed), the nominee stays. */
function keepExemplary(raw: unknown, block: Block, units: Map<string, unknown>, kept: KeptValue[], dropped: KeptValue[]): void {
  if (!Array.isArray(raw) || block.votes?.exemplary) return;
  const categories: ExemplaryCategory[] = [];
  for (const c of raw) {
    if (!isObject(c) || typeof c.id !== "string" || !Array.isArray(c.nominees)) continue;
    const nominees: ExemplaryNominee[] = [];
    for (const n of c.nominees) {
      if (!isObject(n) || typeof n.name !== "string") continue;
      const nominee: ExemplaryNominee = { name: n.name, ...(typeof n.yes === "number" ? { yes: n.yes } : {}) };
      if (typeof n.unit === "string") {
        if (units.has(n.unit)) nominee.unit = n.unit;
        else dropped.push({ kind: "ballots", unit: n.unit, value: n.name, reason: `đơn vị «${n.unit}» không còn trong khối` });
      }
      nominees.push(nominee);
      kept.push({ kind: "ballots", value: n.name });
    }
    categories.push({
      id: c.id, places: typeof c.places === "number" ? c.places : 0, nominees,
      ...(typeof c.label === "string" ? { label: c.label } : {}), ...(typeof c.minVoteShare === "number" ? { minVoteShare: c.minVoteShare } : {}),
    });
  }
  if (categories.length > 0) block.votes = { ...(block.votes ?? {}), exemplary: categories };
}
