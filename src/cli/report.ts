// The readable report of `khoi evaluate`: a ranking table, then the findings grouped by severity.
import type { EvaluationResult, Finding, Severity } from "../core/types";
import { awardLabels } from "../workbook/validate";
import { ballotSection } from "./ballot-report";

export type ReportLanguage = "vi" | "en";

const HEADINGS = {
  vi: {
    rank: "Hạng", unit: "Đơn vị", total: "Tổng điểm", award: "Khen thưởng", none: "—", ok: "Không có lỗi.", excluded: "không xét khen thưởng",
    severities: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" }, noUnits: "(không có đơn vị nào được chấm)",
  },
  en: {
    rank: "Rank", unit: "Unit", total: "Total", award: "Award", none: "—", ok: "No errors.", excluded: "excluded from awards",
    severities: { error: "Errors", warning: "Warnings", info: "Information" }, noUnits: "(no unit was scored)",
  },
} as const;

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

/** Unit id -> disqualification reason, so the report says why a unit gets no award. */
function disqualifications(doc: unknown): Map<string, string> {
  const reasons = new Map<string, string>();
  const units = (doc as { units?: unknown } | null)?.units;
  if (Array.isArray(units)) {
    for (const unit of units) {
      if (unit && typeof unit.id === "string" && typeof unit.disqualified === "string") reasons.set(unit.id, unit.disqualified);
    }
  }
  return reasons;
}

function blockTitle(doc: unknown): string {
  const block = (doc as { block?: { name?: unknown; year?: unknown } } | null)?.block;
  const name = typeof block?.name === "string" ? block.name : "";
  const year = typeof block?.year === "number" ? ` — ${block.year}` : "";
  return name ? `${name}${year}` : "";
}

function pad(text: string, width: number, right = false): string {
  const gap = " ".repeat(Math.max(0, width - [...text].length));
  return right ? gap + text : text + gap;
}

function formatTotal(total: number, lang: ReportLanguage): string {
  const fixed = total.toFixed(2);
  return lang === "vi" ? fixed.replace(".", ",") : fixed;
}

function findingLine(finding: Finding, lang: ReportLanguage): string {
  const where = finding.cell ? `${finding.cell.sheet}!${finding.cell.address}: ` : "";
  return `  • [${finding.code}] ${where}${lang === "vi" ? finding.message : finding.messageEn}`;
}

export function formatReport(result: EvaluationResult, doc: unknown, lang: ReportLanguage): string {
  const text = HEADINGS[lang];
  const labels = awardLabels(doc);
  const excluded = disqualifications(doc);
  const lines: string[] = [];
  const title = blockTitle(doc);
  if (title) lines.push(title, "");
  if (result.units.length === 0) {
    lines.push(text.noUnits);
  } else {
    const rows = result.units.map((unit) => [
      String(unit.rank),
      unit.name,
      formatTotal(unit.total, lang),
      unit.award ? labels.get(unit.award) ?? unit.award : excluded.has(unit.id) ? `${text.excluded}: ${excluded.get(unit.id)}` : text.none,
    ]);
    const header = [text.rank, text.unit, text.total, text.award];
    const widths = header.map((h, col) => Math.max([...h].length, ...rows.map((row) => [...row[col]].length)));
    const render = (row: string[]) =>
      [pad(row[0], widths[0], true), pad(row[1], widths[1]), pad(row[2], widths[2], true), row[3]].join("  ");
    lines.push(render(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(render));
  }
  lines.push("");
  lines.push(...ballotSection(result, lang));
  for (const severity of SEVERITY_ORDER) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${text.severities[severity]} (${group.length}):`, ...group.map((f) => findingLine(f, lang)), "");
  }
  if (result.ok) lines.push(text.ok);
  return `${lines.join("\n")}\n`;
}
