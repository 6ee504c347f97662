// How the papers write dates and numbers: Vietnamese administrative style (Decree 30/2020: "ngày 05 tháng 01 năm
// 2024", day and month padded) and vi-VN numbers (decimal comma, dot grouping: 1.250,5). Papers hold text, so a
// viewer in any locale shows "85,25" as the officer expects. Pure.
import type { Language } from "../workbook/model";

const pad = (n: number): string => String(n).padStart(2, "0");

/** A calendar date without a time zone. */
export interface PaperDate {
  year: number;
  month: number;
  day: number;
}

export function dateOf(d: Date): PaperDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** "05/01/2024": how the officer types a date in the paper's fields. */
export function dateText(d: PaperDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

/** A date typed by the officer ("5/1/2024", "05-01-2024", "2024-01-05") or kept by Excel as a date; null if none. */
export function parseDate(value: unknown): PaperDate | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // A date cell comes back as midnight UTC of that day.
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
  m = parts ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const found = parts ?? (m ? { day: +m[1], month: +m[2], year: +m[3] } : null);
  if (!found) return null;
  const check = new Date(Date.UTC(found.year, found.month - 1, found.day));
  return check.getUTCMonth() === found.month - 1 && check.getUTCDate() === found.day ? found : null;
}

/** "Lạng Sơn, ngày 05 tháng 01 năm 2024" (en: "Lạng Sơn, 05 January 2024"). */
export function placeAndDate(place: string, d: PaperDate, language: Language = "vi"): string {
  const where = place.trim() === "" ? "……" : place.trim();
  if (language === "en") {
    const month = new Date(Date.UTC(d.year, d.month - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
    return `${where}, ${pad(d.day)} ${month} ${d.year}`;
  }
  return `${where}, ngày ${pad(d.day)} tháng ${pad(d.month)} năm ${d.year}`;
}

/** "ngày 05 tháng 01 năm 2024" inside a sentence. */
export function longDate(d: PaperDate, language: Language = "vi"): string {
  return placeAndDate("", d, language).replace(/^……, /, "");
}

/** 85.25 → "85,25"; 1250 → "1.250"; at most `decimals` places, trailing zeros dropped (vi); en keeps "85.25". */
export function formatNumber(n: number, language: Language = "vi", decimals = 2): string {
  if (!Number.isFinite(n)) return "";
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [whole, fraction = ""] = rounded.toFixed(decimals).replace(/0+$/, "").replace(/\.$/, "").split(".");
  const group = language === "vi" ? "." : ",";
  const point = language === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction ? `${point}${fraction}` : ""}`;
}

/** 0.8 → "80%"; 2/3 → "66,67%". */
export function formatShare(share: number | null, language: Language = "vi"): string {
  return share === null || !Number.isFinite(share) ? "" : `${formatNumber(share * 100, language)}%`;
}

/** Two-digit counts as the seed reports write them: "02 tập thể". */
export const padCount = (n: number): string => pad(n);

/** Upper case the Vietnamese way (NFC kept). */
export const upper = (s: string): string => s.normalize("NFC").toLocaleUpperCase("vi-VN");
