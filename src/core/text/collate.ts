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
 * Tone digits, one per character. A syllable's tone is written at its first letter, so the old and new
 * placements (hòa, hoà) weigh the same; words with several marks (foreign words) keep one digit per letter.
 */
function toneDigits(tones: number[], isLetter: boolean[]): string {
  const out = tones.map((tone) => TONE_DIGITS.charAt(tone));
  for (let start = 0; start < tones.length; ) {
    if (!isLetter[start]) { start++; continue; }
    let end = start;
    while (end < tones.length && isLetter[end]) end++;
    const toned = [];
    for (let i = start; i < end; i++) if (tones[i] !== 0) toned.push(i);
    if (toned.length === 1) {
      out[toned[0]] = "0";
      out[start] = TONE_DIGITS.charAt(tones[toned[0]]);
    }
    start = end;
  }
  return out.join("");
}

/**
 * A string whose plain (code unit) order is Vietnamese dictionary order:
 * first the letters without tones, case-insensitive (a ă â b c d đ e ê … o ô ơ … u ư … y),
 * then the tones of the syllables from left to right (ngang, huyền, hỏi, ngã, sắc, nặng), then lower case before
 * capitals, then the text itself so that different texts never share a key.
 */
export function vietnameseSortKey(s: string): string {
  const text = normalizeName(s);
  let letters = "";
  let cases = "";
  const tones: number[] = [];
  const isLetter: boolean[] = [];
  for (const ch of text) {
    const lower = ch.toLocaleLowerCase("vi");
    const letter = letterOf(lower);
    letters += letter ? String.fromCharCode(LETTER_BASE + letter.index) : ch === "\u0000" ? "\u0001" : ch;
    tones.push(letter?.tone ?? 0);
    isLetter.push(letter !== undefined);
    cases += lower === ch ? "0" : "1";
  }
  return `${letters}\u0000${toneDigits(tones, isLetter)}\u0000${cases}\u0000${text}`;
}

/** Comparator for Array.prototype.sort in Vietnamese dictionary order (see vietnameseSortKey). */
export function compareVietnamese(a: string, b: string): number {
  const keyA = vietnameseSortKey(a);
  const keyB = vietnameseSortKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
