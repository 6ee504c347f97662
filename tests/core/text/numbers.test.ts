// parseVietnameseNumber: decimal comma and dot grouping, and a clear refusal when "1.250" could mean two numbers.

import { parseVietnameseNumber } from "../../../src/core/text";

describe("parseVietnameseNumber accepts", () => {
  it.each([
    ["98,5", 98.5],
    ["1.250.000", 1250000],
    ["1.250.000,5", 1250000.5],
    ["-3", -3],
    [" 12 ", 12],
    ["\u00a012\u00a0", 12],
    ["98.5", 98.5],
    ["98.25", 98.25],
    ["1.2345", 1.2345],
    ["1234.567", 1234.567],
    ["1234,567", 1234.567],
    ["0,250", 0.25],
    ["0.250", 0.25],
    [",5", 0.5],
    ["+7", 7],
    ["\u22124,5", -4.5],
    ["- 2,75", -2.75],
    ["1,250,000", 1250000],
    ["1,250,000.5", 1250000.5],
    ["1 250 000", 1250000],
    ["1 250 000,75", 1250000.75],
    ["-1.250.000,5", -1250000.5],
    ["0", 0],
    ["-0", 0],
    ["007", 7],
  ])("%j → %d", (text, value) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value });
  });

  it("never returns negative zero", () => {
    const result = parseVietnameseNumber("-0,0");
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });
});

describe("parseVietnameseNumber refuses", () => {
  it.each(["1.250", "1,250", "-1.250", "12.000", "999,999"])("%j as ambiguous", (text) => {
    const result = parseVietnameseNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("ambiguous");
  });

  it("explains both readings of 1.250 in Vietnamese and in English", () => {
    expect(parseVietnameseNumber("1.250")).toEqual({
      ok: false,
      reason: "ambiguous",
      message: "«1.250» có thể là 1250 hoặc 1,25 — hãy nhập lại rõ ràng: 1250 hoặc 1,25.",
      messageEn: "“1.250” could be 1250 or 1.25 — please re-enter it unambiguously: 1250 or 1.25.",
    });
  });

  it("advises a spelling that is accepted when all three decimals matter, and keeps the sign", () => {
    const result = parseVietnameseNumber("-1,205");
    expect(result).toMatchObject({ ok: false, reason: "ambiguous" });
    if (result.ok) return;
    expect(result.message).toBe("«-1,205» có thể là -1205 hoặc -1,205 — hãy nhập lại rõ ràng: -1205 hoặc -1,2050.");
    expect(parseVietnameseNumber("-1,2050")).toEqual({ ok: true, value: -1.205 });
    expect(parseVietnameseNumber("-1205")).toEqual({ ok: true, value: -1205 });
  });

  it("says 12.000 could be twelve thousand or twelve", () => {
    const result = parseVietnameseNumber("12.000");
    expect(!result.ok && result.message).toBe("«12.000» có thể là 12000 hoặc 12 — hãy nhập lại rõ ràng: 12000 hoặc 12.");
  });

  it.each(["", "   ", "\u00a0"])("%j as empty", (text) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: false, reason: "empty", message: "Ô trống — chưa nhập số.", messageEn: "Empty — no number was entered." });
  });

  it.each(["12a", "abc", "1.25.0", "1.2.3", "1,2,3", "1.250,000.5", "1,250.000,5", "5.", "5,", "--3", "1e3", "Infinity", "12 5", "1 25", "0.250.000", "98,5%", "-", ".", "1..2"])(
    "%j as not a number",
    (text) => {
      const result = parseVietnameseNumber(text);
      expect(result).toMatchObject({ ok: false, reason: "not_a_number" });
    },
  );

  it("names the text in the not-a-number message, in both languages", () => {
    expect(parseVietnameseNumber(" 12a ")).toEqual({
      ok: false,
      reason: "not_a_number",
      message: "«12a» không phải là số.",
      messageEn: "“12a” is not a number.",
    });
  });

  it("does not crash on values that are not strings at run time", () => {
    expect(parseVietnameseNumber(undefined as unknown as string)).toMatchObject({ ok: false, reason: "empty" });
    expect(parseVietnameseNumber(42 as unknown as string)).toEqual({ ok: true, value: 42 });
  });
});
