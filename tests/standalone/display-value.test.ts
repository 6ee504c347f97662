// The grid shows numbers as Intl.NumberFormat does in the page's language (no grouping, up to 10 decimals), also
// where it takes its quicker way for ordinary scores: compared with Intl itself on scores, boundaries and oddities.
import { displayValue } from "../../src/standalone/SheetGrid";

const intl = (lang: "vi" | "en") => new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { useGrouping: false, maximumFractionDigits: 10 });

function numbers(): number[] {
  const out = [0, -0, 1, -1, 8.5, -2.25, 0.1 + 0.2, 1 / 3, 2 / 3, 99999.99, 99999.9999999999, 100000, 100000.5, 1e-7, 1e-10, 1.5e-10, 1e15, 1e21, 123456789.123,
    0.12345678901, 0.1234567890, 9.99999999995, 1530, 252.0000000001, -99999.5,
    // Half-way at the 11th decimal, and carries into the whole part.
    0.12345678905, 0.00000000005, 1.00000000005, -2.55555555555, 99999.99999999999, 762.18597195123, -0.00000000004];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 3000; i++) {
    const scale = 10 ** Math.floor(next() * 12 - 4);
    const decimals = Math.floor(next() * 12);
    const raw = (next() - 0.3) * scale;
    out.push(Number(raw.toFixed(Math.min(decimals, 20))), raw);
  }
  return out;
}

describe("numbers in the grid", () => {
  test.each(["vi", "en"] as const)("equal Intl's %s notation, scores and oddities alike", (lang) => {
    const format = intl(lang);
    const wrong = numbers().filter((n) => displayValue(n, lang) !== format.format(n)).map((n) => [n, displayValue(n, lang), format.format(n)]);
    expect(wrong).toEqual([]);
  });

  test("not a number shows nothing; text, truth values and errors as they are", () => {
    expect([displayValue(NaN, "vi"), displayValue(Infinity, "en"), displayValue("8,5", "vi"), displayValue(true, "vi"), displayValue({ error: "#N/A" }, "vi")]).toEqual(["", "", "8,5", "TRUE", "#N/A"]);
  });
});
