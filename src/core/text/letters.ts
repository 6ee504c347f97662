// Vietnamese letters: split a letter into its toneless base and its tone, and put a tone back on a base.

/** The six tones in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Combining mark of each tone, indexed by Tone. */
const TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

const splitCache = new Map<string, { base: string; tone: Tone }>();

/** "ắ" → { base: "ă", tone: 4 }; letters without a tone (and non-letters) come back with tone 0. */
export function splitTone(ch: string): { base: string; tone: Tone } {
  const cached = splitCache.get(ch);
  if (cached) return cached;
  const decomposed = ch.normalize("NFD");
  let result: { base: string; tone: Tone } = { base: ch.normalize("NFC"), tone: 0 };
  for (let tone = 1; tone <= 5; tone++) {
    const at = decomposed.indexOf(TONE_MARKS[tone]);
    if (at >= 0) {
      result = { base: (decomposed.slice(0, at) + decomposed.slice(at + 1)).normalize("NFC"), tone: tone as Tone };
      break;
    }
  }
  if (splitCache.size < 4096) splitCache.set(ch, result);
  return result;
}

/** withTone("â", 5) → "ậ". */
export function withTone(base: string, tone: Tone): string {
  return tone === 0 ? base : (base.normalize("NFD") + TONE_MARKS[tone]).normalize("NFC");
}

/** Letters that exist only in Vietnamese Unicode text (outside Latin-1): their presence means the text is already Unicode. */
export const VIETNAMESE_ONLY_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]/u;
