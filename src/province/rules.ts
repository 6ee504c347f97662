// The province's own rules for the consolidation (a small JSON file or command-line options), with documented
// defaults: the Government flag may be proposed for at most 20 % (rounded down) of the collectives leading blocks
// (domain.md §2: ND 91/2017 Art. 11, MoHA letter 5007/BNV-TĐKT). Editable, never a constant of the checks.
import type { Rounding } from "./types";

export interface ProvinceRules {
  /** The year consolidated; absent means the most common year among the blocks read. */
  year?: number;
  govFlag: { share: number; rounding: Rounding };
  /** The legal basis printed on the Government-flag sheet: text the board keeps current, not law in code. */
  legalBasis: string;
}

export const DEFAULT_PROVINCE_RULES: ProvinceRules = {
  govFlag: { share: 0.2, rounding: "floor" },
  legalBasis: "Tối đa 20 % số tập thể dẫn đầu các cụm, khối thi đua (Nghị định 91/2017/NĐ-CP, Điều 11; Công văn 5007/BNV-TĐKT năm 2023) — cần đối chiếu văn bản hiện hành.",
};

const ROUNDINGS: readonly Rounding[] = ["floor", "round", "ceil"];

export interface RulesReading {
  rules: ProvinceRules;
  /** Vietnamese problems (English in brackets); the rules are not used when there is one. */
  problems: string[];
}

/** Reads a province rules document, e.g. {"year": 2026, "govFlag": {"share": 0.2, "rounding": "floor"}, "legalBasis": "…"}. */
export function readProvinceRules(doc: unknown, base: ProvinceRules = DEFAULT_PROVINCE_RULES): RulesReading {
  const problems: string[] = [];
  const rules: ProvinceRules = { ...base, govFlag: { ...base.govFlag } };
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    return { rules, problems: ["tệp quy định tỉnh phải là một đối tượng JSON (the province rules must be a JSON object)"] };
  }
  const d = doc as Record<string, unknown>;
  if (d.year !== undefined) {
    const year = checkYear(d.year);
    if (year === null) problems.push(`year phải là một năm, ví dụ 2026 (year must be a year; got ${JSON.stringify(d.year)})`);
    else rules.year = year;
  }
  if (d.govFlag !== undefined) {
    const g = d.govFlag as Record<string, unknown> | null;
    if (!g || typeof g !== "object" || Array.isArray(g)) problems.push("govFlag phải là một đối tượng (govFlag must be an object)");
    else {
      if (g.share !== undefined) {
        const share = checkShare(g.share);
        if (share === null) problems.push(`govFlag.share phải là tỉ lệ từ 0 đến 1, ví dụ 0.2 (govFlag.share must be a share from 0 to 1; got ${JSON.stringify(g.share)})`);
        else rules.govFlag.share = share;
      }
      if (g.rounding !== undefined) {
        if (!ROUNDINGS.includes(g.rounding as Rounding)) problems.push(`govFlag.rounding chỉ nhận floor, round hoặc ceil (got ${JSON.stringify(g.rounding)})`);
        else rules.govFlag.rounding = g.rounding as Rounding;
      }
    }
  }
  if (d.legalBasis !== undefined) {
    if (typeof d.legalBasis !== "string") problems.push("legalBasis phải là văn bản (legalBasis must be text)");
    else rules.legalBasis = d.legalBasis;
  }
  return { rules, problems };
}

export function checkShare(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value.replace(",", ".")) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 1 ? n : null;
}

export function checkYear(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null;
}

/** How many collectives the province may propose: share × leading blocks, rounded as the rules say. */
export function govFlagCap(leadingBlocks: number, rules: ProvinceRules): number {
  const exact = leadingBlocks * rules.govFlag.share;
  // 12 × 0.2 is 2.4000000000000004 in binary: round to 9 decimals before rounding to a whole number.
  const tidy = Math.round(exact * 1e9) / 1e9;
  return rules.govFlag.rounding === "ceil" ? Math.ceil(tidy) : rules.govFlag.rounding === "round" ? Math.round(tidy) : Math.floor(tidy);
}
