// The readable report of `khoi province`: the blocks, skipped files, the Government-flag cap, then the findings.
import { formatPercent } from "../core/messages/format";
import type { Finding } from "../core/types";
import { findingCounts } from "../province/consolidate";
import { SEAL_LABELS } from "../province/seal";
import type { BlockEntry, ProvinceFinding, ProvinceResult } from "../province/types";
import type { ReportLanguage } from "./report";

const TEXT = {
  vi: {
    title: (year: number | null) => `Tổng hợp các khối thi đua${year === null ? "" : ` năm ${year}`}`,
    counts: (read: number, used: number, skipped: number) => `${read} tệp khối đọc được, ${used} khối được dùng, ${skipped} tệp bỏ qua.`,
    columns: ["STT", "Khối", "Tệp", "Trạng thái", "Đơn vị", "Lỗi", "Cảnh báo", "Đề nghị Cờ thi đua"],
    status: { used: "dùng", superseded: "không dùng (gửi lại)", "other-year": "không dùng (khác năm)" },
    seal: (label: string) => `Niêm phong: ${label}.`,
    skipped: "Tệp bỏ qua",
    choices: (files: string[]) => `Đã đọc dấu chọn của Ban từ ${files.join(", ")}.`,
    gov: (leading: number, share: number, cap: number) => `Cờ thi đua của Chính phủ: ${leading} tập thể dẫn đầu khối × ${formatPercent(share, "vi")} → được đề nghị tối đa ${cap}.`,
    candidates: "Ứng viên (điểm quy thang 100)",
    chosen: "Ban đã chọn",
    across: "Phát hiện liên khối",
    own: "Phát hiện của từng khối",
    severity: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
    ok: "Không có lỗi.",
    notOk: (n: number) => `Có ${n} lỗi cần xử lý.`,
    none: "—",
  },
  en: {
    title: (year: number | null) => `Consolidation of the emulation blocks${year === null ? "" : ` for ${year}`}`,
    counts: (read: number, used: number, skipped: number) => `${read} block files read, ${used} blocks used, ${skipped} files skipped.`,
    columns: ["No.", "Block", "File", "Status", "Units", "Errors", "Warnings", "Flag nominee"],
    status: { used: "used", superseded: "not used (sent again)", "other-year": "not used (other year)" },
    seal: (label: string) => `Seal: ${label}.`,
    skipped: "Skipped files",
    choices: (files: string[]) => `Read the board's marks from ${files.join(", ")}.`,
    gov: (leading: number, share: number, cap: number) => `Government's emulation flag: ${leading} collectives leading blocks × ${formatPercent(share, "en")} → at most ${cap} may be proposed.`,
    candidates: "Candidates (total on a 100-point scale)",
    chosen: "chosen by the board",
    across: "Findings across blocks",
    own: "Findings of each block",
    severity: { error: "error", warning: "warning", info: "info" },
    ok: "No errors.",
    notOk: (n: number) => `${n} errors to resolve.`,
    none: "—",
  },
} as const;

function pad(text: string, width: number, right = false): string {
  const gap = " ".repeat(Math.max(0, width - [...text].length));
  return right ? gap + text : text + gap;
}

const where = (cell?: { sheet: string; address: string }) => (cell ? `${cell.sheet}!${cell.address}` : "");
const num = (n: number, lang: ReportLanguage) => (lang === "vi" ? n.toFixed(2).replace(".", ",") : n.toFixed(2));

function blockRow(entry: BlockEntry, i: number, lang: ReportLanguage, counts: ReturnType<typeof findingCounts>): string[] {
  const t = TEXT[lang];
  const s = entry.summary;
  const c = counts.get(s.file.name) ?? { errors: 0, warnings: 0 };
  const count = (severity: "error" | "warning") => String(severity === "error" ? c.errors : c.warnings);
  const flag = entry.status === "used" ? s.units.filter((u) => u.award !== null && u.award === s.flagTier).map((u) => u.name).join("; ") : "";
  return [String(i + 1), `${s.name}${s.year === null ? "" : ` (${s.year})`}`, s.file.name, t.status[entry.status], String(s.units.length), count("error"), count("warning"), flag || t.none];
}

function provinceFindingLines(f: ProvinceFinding, lang: ReportLanguage): string[] {
  const head = `  • [${f.code}] ${TEXT[lang].severity[f.severity]}: ${lang === "vi" ? f.message : f.messageEn}`;
  return [head, ...f.places.map((p) => `      ${p.file}${p.cell ? ` — ${where(p.cell)}` : ""}`)];
}

const ownLine = (f: Finding, lang: ReportLanguage) =>
  `    • [${f.code}] ${TEXT[lang].severity[f.severity]}${f.cell ? ` ${where(f.cell)}` : ""}: ${lang === "vi" ? f.message : f.messageEn}`;

export function formatProvinceReport(result: ProvinceResult, provinceFiles: readonly string[], lang: ReportLanguage): string {
  const t = TEXT[lang];
  const used = result.blocks.filter((e) => e.status === "used");
  const lines: string[] = [t.title(result.year), t.counts(result.blocks.length, used.length, result.skipped.length), ""];
  const counts = findingCounts(result);
  const rows = result.blocks.map((e, i) => blockRow(e, i, lang, counts));
  const widths = t.columns.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...r[c]].length)));
  const render = (row: readonly string[]) => row.map((cell, c) => pad(cell, widths[c], c === 0 || (c >= 4 && c <= 6))).join("  ").trimEnd();
  lines.push(render(t.columns), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(render), "");
  const seals = new Set(result.blocks.map((e) => e.summary.seal));
  lines.push(t.seal([...seals].map((s) => SEAL_LABELS[s][lang]).join(", ") || SEAL_LABELS.unknown[lang]), "");
  if (result.skipped.length > 0) {
    lines.push(`${t.skipped} (${result.skipped.length}):`, ...result.skipped.map((s) => `  • ${s.file.name}: ${lang === "vi" ? s.reason : s.reasonEn}`), "");
  }
  if (provinceFiles.length > 0) lines.push(t.choices([...provinceFiles]), "");
  const g = result.govFlag;
  lines.push(t.gov(g.leadingBlocks, g.share, g.cap));
  if (g.candidates.length > 0) {
    lines.push(`${t.candidates}:`);
    for (const c of g.candidates) lines.push(`  ${c.chosen ? "[x]" : "[ ]"} ${c.unitName} — ${c.blockName}: ${num(c.total100, lang)}${c.chosen ? ` (${t.chosen})` : ""}`);
  }
  lines.push("");
  if (result.findings.length > 0) {
    lines.push(`${t.across} (${result.findings.length}):`, ...result.findings.flatMap((f) => provinceFindingLines(f, lang)), "");
  }
  const withFindings = used.filter((e) => e.summary.findings.length > 0);
  if (withFindings.length > 0) {
    lines.push(`${t.own}:`);
    for (const e of withFindings) lines.push(`  ${e.summary.name} (${e.summary.file.name}):`, ...e.summary.findings.map((f) => ownLine(f, lang)));
    lines.push("");
  }
  const errors = result.findings.filter((f) => f.severity === "error").length
    + used.reduce((n, e) => n + e.summary.findings.filter((f) => f.severity === "error").length, 0);
  lines.push(result.ok ? t.ok : t.notOk(errors));
  return `${lines.join("\n")}\n`;
}
