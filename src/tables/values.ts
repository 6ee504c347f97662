// Reading what an officer typed in a cell: a score as a number or as Vietnamese text ("98,5", "9.5 điểm"), a rank
// as a number, a Roman numeral or a word ("I", "Nhì", "Hạng Ba"), an award that is the block's flag.
import { parseVietnameseNumber } from "../core/text/numbers";
import { foldHeading } from "./fold";

export type ScoreReading =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  /** Text that stands for a number: Excel does not add it into a SUM, Khối reads it as `value`. */
  | { kind: "text"; value: number; text: string }
  /** Anything else: not a score. */
  | { kind: "invalid"; value: unknown };

// "9,5 điểm", "9.5đ", "10 đ": the unit of points after the number.
const POINTS_SUFFIX = /\s*(điểm|đ)\.?$/iu;

export function readScore(value: unknown): ScoreReading {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", value };
  if (typeof value !== "string") return { kind: "invalid", value };
  const text = value.normalize("NFC").trim();
  if (text === "") return { kind: "blank" };
  const parsed = parseVietnameseNumber(text.replace(POINTS_SUFFIX, ""));
  return parsed.ok ? { kind: "text", value: parsed.value, text: value } : { kind: "invalid", value };
}

/** The number a score cell counts for in Khối's sums: typed or meant; 0 for blank and unreadable cells. */
export function scoreNumber(reading: ScoreReading): number {
  return reading.kind === "number" || reading.kind === "text" ? reading.value : 0;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function fromRoman(word: string): number | null {
  if (!/^[ivxlc]+$/u.test(word)) return null;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const value = ROMAN[word[i]];
    const next = i + 1 < word.length ? ROMAN[word[i + 1]] : 0;
    total += value < next ? -value : value;
  }
  // Only the canonical spelling: "IIII" or "IC" are not ranks anyone types.
  return toRoman(total) === word ? total : null;
}

function toRoman(n: number): string {
  const parts: [number, string][] = [[100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [value, letters] of parts) while (n >= value) { out += letters; n -= value; }
  return out;
}

// Ordinal words as officers write them; compared without marks ("nhat", "nhi", "tu").
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhat: 1, nhi: 2, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};

export type RankReading = { kind: "blank" } | { kind: "rank"; value: number } | { kind: "invalid"; value: unknown };

/** A rank: 3, "3", "03", "III", "Nhất", "Hạng Nhì", "Thứ 4"; an integer from 1. */
export function readRank(value: unknown): RankReading {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 ? { kind: "rank", value } : { kind: "invalid", value };
  if (typeof value !== "string") return { kind: "invalid", value };
  const folded = foldHeading(value).replace(/^(xep hang|xep thu|hang|thu|giai)\s+/u, "");
  if (folded === "") return value.trim() === "" ? { kind: "blank" } : { kind: "invalid", value };
  if (/^\d+$/u.test(folded)) return Number(folded) >= 1 ? { kind: "rank", value: Number(folded) } : { kind: "invalid", value };
  // Roman numerals are written in capitals: a lone "x" or "v" is a mark, not a rank.
  const written = value.normalize("NFC").trim().replace(/^(xếp hạng|xếp thứ|hạng|thứ|giải)\s+/iu, "");
  const roman = /^[IVXLC]+$/u.test(written) ? fromRoman(folded) : null;
  if (roman !== null) return { kind: "rank", value: roman };
  const word = ORDINAL_WORDS[folded];
  return word !== undefined ? { kind: "rank", value: word } : { kind: "invalid", value };
}

/** An award cell that proposes the block's emulation flag ("Cờ thi đua", "Cờ thi đua của UBND tỉnh", "Cờ"). */
export function isFlagAward(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const text = value.normalize("NFC").trim().toLocaleLowerCase("vi");
  // With its marks: "có" (yes) folds to the same letters as "cờ".
  return /^(đề nghị\s+)?cờ(\s|$)/u.test(text);
}
