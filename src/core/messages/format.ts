// Shared formatting for the message tables: numbers with Vietnamese or English separators, values as typed.

export type Lang = "vi" | "en";

/** A number with at most `decimals` decimals, trailing zeros dropped; vi uses "1.250,5", en "1,250.5". */
export function formatNumber(n: number | null | undefined, lang: Lang, decimals = 2): string {
  if (typeof n !== "number" || !Number.isFinite(n)) return "?";
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  let fixed = rounded.toFixed(decimals);
  if (fixed.includes(".")) fixed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction = ""] = fixed.split(".");
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return sign + grouped + (fraction ? decimal + fraction : "");
}

/** A share as a percentage: 0.8 -> "80 %" (vi) / "80%" (en). */
export function formatPercent(share: number | null | undefined, lang: Lang): string {
  if (typeof share !== "number" || !Number.isFinite(share)) return "?";
  return lang === "vi" ? `${formatNumber(share * 100, lang)} %` : `${formatNumber(share * 100, lang)}%`;
}

/** A raw value shown back as the user typed it, shortened when long. */
export function formatValue(v: unknown, lang: Lang): string {
  if (typeof v === "number") return formatNumber(v, lang, 6);
  if (typeof v === "string") return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (v === undefined) return lang === "vi" ? "(trống)" : "(empty)";
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "A, B và C" / "A, B and C". */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${lang === "vi" ? "và" : "and"} ${last}`;
}

/** A number typed as text ("98,5", "1.250.000"): the usual reason a score is not a number in a vi-VN workbook. */
export function looksLikeTypedNumber(v: unknown): boolean {
  return typeof v === "string" && /\d/.test(v) && /^\s*[+-]?[\d.,\s]+\s*$/.test(v);
}
