// The pane's numbers are written as Intl.NumberFormat writes them (src/taskpane/i18n/numbers.ts makes most without
// it): compared with Intl itself in both languages and the three styles the pane uses, on scores, totals on a
// 1,000-point scale, half-way cases, carries, negatives and oddities.
import { formatNumber, type DecimalStyle } from "../../src/taskpane/i18n/numbers";

const STYLES: Record<string, DecimalStyle> = {
  "grid (up to 10 decimals, no grouping)": { maximumFractionDigits: 10, grouping: false },
  "total (2 decimals, grouped)": { minimumFractionDigits: 2, maximumFractionDigits: 2, grouping: true },
  "suggestion (up to 10 decimals, grouped)": { maximumFractionDigits: 10, grouping: true },
};

function numbers(): number[] {
  const out = [0, -0, 1, -1, 8.5, -2.25, 0.1 + 0.2, 1 / 3, 2 / 3, 1.005, 2.675, 98.125, 999.995, 1530, 1530.5, 12345.678, 1234567.891, 99999.99,
    99999.9999999999, 100000, 1e-7, 1e-10, 1.5e-10, 1e15, 1e21, 123456789.123, -0.001, -0.00000000004, 0.12345678905, 0.00000000005, 1.00000000005,
    9.99999999995, -2.55555555555, 762.18597195123, 4503599627370495.5, Number.MAX_SAFE_INTEGER];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 3000; i++) {
    const scale = 10 ** Math.floor(next() * 14 - 4);
    const raw = (next() - 0.3) * scale;
    out.push(raw, Number(raw.toFixed(Math.floor(next() * 12))), Math.round(raw * 1000) / 1000 + 0.0005);
  }
  return out;
}

describe.each(Object.entries(STYLES))("%s", (_label, style) => {
  test.each(["vi", "en"] as const)("equals Intl in %s", (lang) => {
    const intl = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { ...style, useGrouping: style.grouping });
    const wrong = numbers().filter((n) => formatNumber(n, lang, style) !== intl.format(n)).map((n) => [n, formatNumber(n, lang, style), intl.format(n)]);
    expect(wrong).toEqual([]);
  });
});
