// Numbers in the pane's two notations (98,50 and 1.530 in Vietnamese; 98.50 and 1,530 in English) exactly as
// Intl.NumberFormat writes them, made without it where it can: the first Intl formatter of a language costs tens of
// milliseconds (its locale data), and a sheet shows thousands of numbers. Intl starts from a number's shortest
// decimal form, as String() does, and rounds it half away from zero; so does this.
import type { Lang } from "./lang";

export interface DecimalStyle {
  minimumFractionDigits?: number;
  maximumFractionDigits: number;
  /** Thousands separators (Intl's default). */
  grouping: boolean;
}

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = { vi: { decimal: ",", group: "." }, en: { decimal: ".", group: "," } };
const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };
const formatters = new Map<string, Intl.NumberFormat>();

/** The number as Intl.NumberFormat(vi-VN or en-US, style) writes it. */
export function formatNumber(value: number, lang: Lang, style: DecimalStyle): string {
  return plainDecimal(value, lang, style) ?? intlFormatter(lang, style).format(value);
}

function intlFormatter(lang: Lang, style: DecimalStyle): Intl.NumberFormat {
  const key = `${lang}:${style.minimumFractionDigits ?? 0}:${style.maximumFractionDigits}:${style.grouping}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: style.minimumFractionDigits, maximumFractionDigits: style.maximumFractionDigits, useGrouping: style.grouping });
    formatters.set(key, made);
  }
  return made;
}

/** Null where Intl must write it: not finite, or a form with an exponent (very large or very small). */
function plainDecimal(value: number, lang: Lang, style: DecimalStyle): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const max = style.maximumFractionDigits;
  const min = Math.min(style.minimumFractionDigits ?? 0, max);
  let [whole, fraction = ""] = text.split(".");
  if (fraction.length > max) {
    const up = fraction.charCodeAt(max) >= 53 ? 1n : 0n; // the next digit is 5 or more
    const scaled = (BigInt(whole + fraction.slice(0, max)) + up).toString().padStart(max + 1, "0");
    whole = max > 0 ? scaled.slice(0, -max) : scaled;
    fraction = max > 0 ? scaled.slice(-max) : "";
  }
  fraction = fraction.replace(/0+$/, "");
  if (fraction.length < min) fraction = fraction.padEnd(min, "0");
  const { decimal, group } = SEPARATORS[lang];
  if (style.grouping && whole.length > 3) whole = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return sign + whole + (fraction ? decimal + fraction : "");
}
