// What the Tổng hợp sheet's visible result cells show, computed by the engine, so a file can carry them as cached
// values (a viewer that never recalculates still shows the ranking). Given only where the native formulas are
// known to give the same answer; otherwise nothing, and the host's own calculation fills the cells on open.
import { evaluate } from "../core/evaluate";
import type { Block, FindingCode } from "../core/types";
import type { FormulaMode } from "./model";

/** One unit's row of Tổng hợp as the native formulas compute it. */
export interface SummaryResult {
  /** Base group code -> group score. */
  groups: Record<string, number>;
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  rank: number;
  /** The award id, "" for none (what the native award formula shows). */
  award: string;
  /** The award's label, "" for none or for a tier without a label. */
  awardLabel: string;
}

/** Problems with the block itself: the workbook is written from the parsed block and its formulas are not shown to
 *  match the engine's handling of such blocks (the LibreOffice parity test covers valid structures only). */
const STRUCTURAL: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "FORMAT_INVALID", "UNIT_DUPLICATE", "UNIT_UNKNOWN", "CRITERION_UNKNOWN", "CRITERIA_DUPLICATE_CODE", "CRITERIA_INVALID",
  "RULES_INVALID", "WEIGHTS_INVALID",
]);

function collidesIgnoringCase(ids: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const id of ids) {
    const key = id.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/**
 * Per unit id, the results to cache in a native-formula workbook; null when none should be cached:
 * - khoi mode: KHOI.AWARD shows an error at a boundary tie and matches titles ignoring case, so its cells may differ
 *   from the engine; no result is cached in that mode at all (such files are meant for the add-in, which calculates);
 * - a block with structural findings (see STRUCTURAL);
 * - the documented limits of the native formulas: MATCH ignores case (unit or tier ids that differ only in case),
 *   titles are matched between ";" (a title containing ";").
 */
export function summaryResults(block: Block, mode: FormulaMode): Map<string, SummaryResult> | null {
  if (mode !== "native") return null;
  const tiers = block.rules.awards;
  if (collidesIgnoringCase(block.units.map((u) => u.id)) || collidesIgnoringCase(tiers.map((t) => t.id))) return null;
  const titles = [...block.units.flatMap((u) => u.titles), ...tiers.flatMap((t) => t.requires ?? [])];
  if (titles.some((title) => title.includes(";"))) return null;

  const evaluation = evaluate(block);
  if (evaluation.findings.some((f) => STRUCTURAL.has(f.code))) return null;
  if (evaluation.units.length !== block.units.length) return null;
  const labelOf = new Map(tiers.map((t) => [t.id, t.label ?? ""]));
  const results = new Map<string, SummaryResult>();
  for (const unit of evaluation.units) {
    const award = unit.award ?? "";
    results.set(unit.id, {
      groups: unit.groups, base: unit.base, bonus: unit.bonus, penalty: unit.penalty, total: unit.total, rank: unit.rank,
      award, awardLabel: award === "" ? "" : labelOf.get(award) ?? award,
    });
  }
  return results;
}
