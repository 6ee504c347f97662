// Read a number typed as text the Vietnamese way (decimal comma, dot grouping), refusing what could mean two things.

import { normalizeName } from "./normalize";

export type NumberParseFailure = "empty" | "ambiguous" | "not_a_number";
export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: NumberParseFailure; message: string; messageEn: string };

const SIGN = /^([+\-\u2212])\s*/u;
// Groupings must be proper: 1–3 digits, then groups of exactly 3, never starting with 0.
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/u;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/u;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+$/u;
// One separator followed by exactly three digits after 1–3 digits: "1.250" is 1250 in vi-VN and 1.25 in en-US.
const ONE_SEPARATOR_THREE_DIGITS = /^([1-9]\d{0,2})[.,](\d{3})$/u;

function failure(reason: NumberParseFailure, message: string, messageEn: string): ParsedNumber {
  return { ok: false, reason, message, messageEn };
}

function notANumber(text: string): ParsedNumber {
  return failure("not_a_number", `«${text}» không phải là số.`, `“${text}” is not a number.`);
}

function ambiguous(text: string, sign: string, whole: string, decimals: string): ParsedNumber {
  const asInteger = `${sign}${whole}${decimals}`;
  const significant = decimals.replace(/0+$/u, "");
  const asDecimal = (point: string) => `${sign}${whole}${significant ? point + significant : ""}`;
  // Advise a spelling the parser accepts: "1,25", or "1,2050" when all three decimals are significant.
  const advised = (point: string) => asDecimal(point) + (significant.length === 3 ? "0" : "");
  return failure(
    "ambiguous",
    `«${text}» có thể là ${asInteger} hoặc ${asDecimal(",")} — hãy nhập lại rõ ràng: ${asInteger} hoặc ${advised(",")}.`,
    `“${text}” could be ${asInteger} or ${asDecimal(".")} — please re-enter it unambiguously: ${asInteger} or ${advised(".")}.`,
  );
}

function toNumber(sign: string, integerDigits: string, decimalDigits: string): number | undefined {
  const value = Number(`${sign}${integerDigits || "0"}${decimalDigits ? `.${decimalDigits}` : ""}`);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // no -0
}

/**
 * Parse a number written as text: "98,5" → 98.5, "1.250.000" → 1250000, "1.250.000,5" → 1250000.5, "-3", " 12 ".
 * A single dot or comma followed by exactly three digits ("1.250", "1,250") is refused as ambiguous.
 * With one or two (or four and more) digits after a single dot, the dot can only be a decimal point ("98.5" → 98.5),
 * because grouping always has three digits. With both separators, the last one is the decimal point.
 */
export function parseVietnameseNumber(text: string): ParsedNumber {
  const shown = normalizeName(typeof text === "string" ? text : text == null ? "" : String(text));
  if (shown === "") return failure("empty", "Ô trống — chưa nhập số.", "Empty — no number was entered.");

  const signMatch = SIGN.exec(shown);
  const sign = signMatch ? (signMatch[1] === "+" ? "" : "-") : "";
  const body = signMatch ? shown.slice(signMatch[0].length) : shown;

  const three = ONE_SEPARATOR_THREE_DIGITS.exec(body);
  if (three) return ambiguous(shown, sign, three[1], three[2]);

  let value: number | undefined;
  let match: RegExpExecArray | null;
  if (/^\d+$/u.test(body)) value = toNumber(sign, body, "");
  else if ((match = /^(\d*)[.,](\d+)$/u.exec(body))) value = toNumber(sign, match[1], match[2]);
  else if (DOT_GROUPED.test(body) || COMMA_GROUPED.test(body) || SPACE_GROUPED.test(body)) value = toNumber(sign, body.replace(/[., ]/gu, ""), "");
  else if ((match = /^(.+),(\d+)$/u.exec(body)) && (DOT_GROUPED.test(match[1]) || SPACE_GROUPED.test(match[1]))) {
    value = toNumber(sign, match[1].replace(/[. ]/gu, ""), match[2]);
  } else if ((match = /^(.+)\.(\d+)$/u.exec(body)) && COMMA_GROUPED.test(match[1])) {
    value = toNumber(sign, match[1].replace(/,/gu, ""), match[2]);
  }
  return value === undefined ? notANumber(shown) : { ok: true, value };
}
