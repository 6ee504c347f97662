// The check both «Kiểm tra» and «Gửi đi» run: read the block through the WorkbookHost, evaluate it with the engine,
// merge the reader's findings with the engine's (each pointed at its cell), and shape the ranking for display.
import type { CellRef, Finding, LayerName, Severity } from "../core/types";
import type { WorkbookHost } from "../workbook/host";
import { awardLabels, validateReading } from "../workbook/validate";
import type { Lang } from "./i18n/lang";
import { formatNumber } from "./i18n/numbers";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export interface RankingRow {
  id: string;
  name: string;
  rank: number;
  total: number;
  /** The award tier's label as the block names it (its id when it has no label); null for no award. */
  award: string | null;
}

export type Validation =
  /** The workbook holds no Khối block (no unit list and criteria table): set it up first. */
  | { kind: "notBlock"; findings: Finding[] }
  | { kind: "checked"; ok: boolean; counts: Record<Severity, number>; ranking: RankingRow[]; findings: Finding[] };

export type ValidationStep = "read" | "evaluate";

/** Reads and checks the open workbook. Host errors are not caught: the page shows them. */
export async function validateWorkbook(host: WorkbookHost, onStep?: (step: ValidationStep) => void): Promise<Validation> {
  onStep?.("read");
  const reading = await host.readBlock();
  if (reading.doc === null || reading.doc === undefined) return { kind: "notBlock", findings: reading.findings };
  onStep?.("evaluate");
  // Let the progress indicator paint before the engine's synchronous work.
  await Promise.resolve();
  const result = validateReading(reading);
  const findings = result.findings;
  const counts = countBySeverity(findings);
  const labels = awardLabels(reading.doc);
  const ranking = result.units.map((u) => ({
    id: u.id,
    name: u.name,
    rank: u.rank,
    total: u.total,
    award: u.award === null ? null : labels.get(u.award) ?? u.award,
  }));
  return { kind: "checked", ok: counts.error === 0, counts, ranking, findings };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** A finding shown in full, and the findings of the same kind for the same unit folded under it. */
export interface FindingCluster {
  lead: Finding;
  rest: Finding[];
}

/** Below this many, findings of one kind for one unit are all shown: folding two would hide more than it saves. */
export const CLUSTER_MIN = 3;

/**
 * Folds findings of the same code for the same unit (a unit with no scores yet has one per criterion), in the order
 * found. A finding that offers a fix is never folded away: the officer must see it.
 */
export function clusterFindings(findings: readonly Finding[]): FindingCluster[] {
  const byKey = new Map<string, Finding[]>();
  const order: (string | Finding)[] = [];
  for (const finding of findings) {
    if (finding.suggestion || !finding.unit) {
      order.push(finding);
      continue;
    }
    // Missing scores fold per unit and layer: "chưa nhập 17 tiêu chí ở lớp tự chấm" is one line, not seventeen.
    const key = `${finding.code}\u0000${finding.unit}${finding.code === "SCORE_MISSING" ? `\u0000${finding.layer ?? "self"}` : ""}`;
    const same = byKey.get(key);
    if (same) same.push(finding);
    else {
      byKey.set(key, [finding]);
      order.push(key);
    }
  }
  return order.flatMap((entry) => {
    if (typeof entry !== "string") return [{ lead: entry, rest: [] }];
    const same = byKey.get(entry)!;
    return same.length >= CLUSTER_MIN ? [{ lead: same[0], rest: same.slice(1) }] : same.map((lead) => ({ lead, rest: [] }));
  });
}

/** A unit's missing scores of one layer, when a cluster is that: shown as one line that points at Chấm điểm. */
export interface MissingGroup {
  unit: string;
  layer: LayerName;
  count: number;
}

export function missingGroup(cluster: FindingCluster): MissingGroup | null {
  const { lead, rest } = cluster;
  if (lead.code !== "SCORE_MISSING" || !lead.unit || rest.length === 0) return null;
  return { unit: lead.unit, layer: lead.layer ?? "self", count: rest.length + 1 };
}

/** Findings by severity (errors first), each group in the order found; empty groups left out. */
export function groupBySeverity(findings: readonly Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** A total with two decimals in the pane's notation: 98,50 in Vietnamese, 98.50 in English. */
export function formatTotal(total: number, lang: Lang): string {
  return formatNumber(total, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, grouping: true });
}

/** The value a reader offers to write, as the officer would type it: 98,5 in Vietnamese. */
export function formatSuggestion(value: unknown, lang: Lang): string {
  if (typeof value === "number" && Number.isFinite(value)) {
    return formatNumber(value, lang, { maximumFractionDigits: 10, grouping: true });
  }
  return String(value);
}

/** "Chấm điểm!E7", the way Excel's Go To box shows a cell. */
export function cellLabel(cell: CellRef): string {
  return `${cell.sheet}!${cell.address}`;
}
