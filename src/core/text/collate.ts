// Vietnamese alphabetical order: a sort key and a comparator, since Excel's sort on a non-Vietnamese Windows gets it wrong.

import { splitTone } from "./letters";
import { normalizeName } from "./normalize";

// f, j, w, z are not Vietnamese letters but appear in foreign names; they take their Latin places.
const ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
const LETTER_INDEX = new Map<string, number>(Array.from(ALPHABET, (letter, index) => [letter, index]));
// Letters map into the private-use area so that spaces, digits and punctuation sort before any letter.
const LETTER_BASE = 0xe000;
const TONE_DIGITS = "012345";

function letterOf(lowerChar: string): { index: number; tone: number } | undefined {
  const { base, tone } = splitTone(lowerChar === "ð" ? "đ" : lowerChar);
  const index = LETTER_INDEX.get(base) ?? LETTER_INDEX.get(base.normalize("NFD").charAt(0));
  return index === undefined ? undefined : { index, tone };
}

/**
 * A string whose plain (code unit) order is Vietnamese dictionary order:
 * first the letters without tones, case-insensitive (a ă â b c d đ e ê … o ô ơ … u ư … y),
 * then the tones from left to right (ngang, huyền, hỏi, ngã, sắc, nặng), then lower case before capitals,
 * then the text itself so that different texts never share a key.
 */
export function vietnameseSortKey(s: string): string {
  const text = normalizeName(s);
  let letters = "";
  let tones = "";
  let cases = "";
  for (const ch of text) {
    const lower = ch.toLocaleLowerCase("vi");
    const letter = letterOf(lower);
    letters += letter ? String.fromCharCode(LETTER_BASE + letter.index) : ch === "\u0000" ? "\u0001" : ch;
    tones += TONE_DIGITS.charAt(letter?.tone ?? 0);
    cases += lower === ch ? "0" : "1";
  }
  return `${letters}\u0000${tones}\u0000${cases}\u0000${text}`;
}

/** Comparator for Array.prototype.sort in Vietnamese dictionary order (see vietnameseSortKey). */
export function compareVietnamese(a: string, b: string): number {
  const keyA = vietnameseSortKey(a);
  const keyB = vietnameseSortKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
