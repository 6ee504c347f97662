// A table's contents as a khoi-block/1 document, so that the engine's rules (duplicate and legacy names, scores out
// of range, competition ranking, ties, the flag's quota) run on it unchanged; also the start of the adoption.
import { MAX_MAGNITUDE } from "../core/limits";
import type { ScoreValue } from "../core/types";
import type { TableContents, TableCriterion } from "./read";
import { isFlagAward, scoreNumber, type ScoreReading } from "./values";

export const FLAG_TIER = "flag";
/** One emulation flag per block (domain.md §2), unless the officer's rules say otherwise. */
export const DEFAULT_FLAG_COUNT = 1;

export interface TableBlockOptions {
  name?: string;
  year?: number;
  flagCount?: number;
  /** The maximum of a criterion whose table gives none; default: no upper bound (only scores below 0 are wrong). */
  maxWithout?(criterion: TableCriterion, index: number): number;
}

/** The criteria the engine scores: the table's criterion columns, or the total column alone when there are none. */
export function scoredColumns(contents: TableContents): { criteria: TableCriterion[]; values: (unitIndex: number) => ScoreReading[] } {
  if (contents.criteria.length > 0) return { criteria: contents.criteria, values: (u) => contents.units[u].scores };
  const total = contents.columnOf("total");
  if (!total) return { criteria: [], values: () => [] };
  const only: TableCriterion = { code: "TONG", name: total.heading.split(" / ").pop() || "Tổng điểm", type: "points", max: total.max, column: total };
  return { criteria: [only], values: (u) => [contents.units[u].total ?? { kind: "blank" }] };
}

/** The value the engine is given: numbers as typed, text scores as the number they mean, anything else as typed. */
export function engineValue(reading: ScoreReading): ScoreValue {
  switch (reading.kind) {
    case "blank": return null;
    case "number":
    case "text": return scoreNumber(reading);
    case "invalid": return typeof reading.value === "boolean" || typeof reading.value === "string" ? reading.value : String(reading.value);
  }
}

export function hasFlags(contents: TableContents): boolean {
  return contents.units.some((u) => isFlagAward(u.award));
}

/** The block document of a table. Ranks typed in the table become `declared.ranks`; when the award column proposes
 *  a flag, the flag is the one award tier and the flags typed become `declared.awards`. Scores are the final layer. */
export function tableBlock(contents: TableContents, options: TableBlockOptions = {}): Record<string, unknown> {
  const { criteria, values } = scoredColumns(contents);
  const maxes = criteria.map((c, i) => c.max ?? options.maxWithout?.(c, i) ?? MAX_MAGNITUDE);
  const points = criteria.map((c, i) => (c.type === "points" ? maxes[i] : 0));
  const scale = criteria.every((c) => c.type !== "points" || c.max !== null) && points.some((m) => m > 0) ? points.reduce((a, b) => a + b, 0) : 100;
  const final: Record<string, Record<string, ScoreValue>> = Object.create(null);
  const ranks: Record<string, number> = Object.create(null);
  contents.units.forEach((unit, u) => {
    const row: Record<string, ScoreValue> = Object.create(null);
    values(u).forEach((reading, i) => {
      const value = engineValue(reading);
      if (value !== null) row[criteria[i].code] = value;
    });
    final[unit.id] = row;
    if (unit.rank?.kind === "rank") ranks[unit.id] = unit.rank.value;
  });
  const flags = hasFlags(contents);
  const doc: Record<string, unknown> = {
    format: "khoi-block/1",
    block: { name: options.name ?? contents.sheet ?? "Bảng xếp hạng", year: options.year ?? new Date().getFullYear() },
    rules: {
      scale,
      tieBreak: [],
      awards: flags ? [{ id: FLAG_TIER, label: "Cờ thi đua", count: options.flagCount ?? DEFAULT_FLAG_COUNT }] : [],
    },
    units: contents.units.map((u) => ({ id: u.id, name: u.name })),
    criteria: criteria.map((c, i) => ({ code: c.code, name: c.name, type: c.type, max: maxes[i] })),
    scores: { final },
  };
  const declared: Record<string, unknown> = {};
  if (contents.columnOf("rank")) declared.ranks = ranks;
  if (flags) declared.awards = Object.fromEntries(contents.units.map((u) => [u.id, isFlagAward(u.award) ? FLAG_TIER : null]));
  if (Object.keys(declared).length > 0) doc.declared = declared;
  return doc;
}
