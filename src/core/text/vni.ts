// VNI Windows (VNI-Times fonts): a base letter followed by a Latin-1 "mark" character; decode to Unicode and encode back.

import { splitTone, withTone, Tone } from "./letters";

type Shape = "plain" | "circumflex" | "breve";

// Each mark character: which shape it gives the base vowel and which tone. Lower-case marks go with lower-case
// letters, capital marks with capitals (VNI-Times draws them at different heights).
interface Mark { shape: Shape; tone: Tone }
const MARKS_LOWER: Record<string, Mark> = {
  "ø": { shape: "plain", tone: 1 }, "û": { shape: "plain", tone: 2 }, "õ": { shape: "plain", tone: 3 }, "ù": { shape: "plain", tone: 4 }, "ï": { shape: "plain", tone: 5 },
  "â": { shape: "circumflex", tone: 0 }, "à": { shape: "circumflex", tone: 1 }, "å": { shape: "circumflex", tone: 2 }, "ã": { shape: "circumflex", tone: 3 }, "á": { shape: "circumflex", tone: 4 }, "ä": { shape: "circumflex", tone: 5 },
  "ê": { shape: "breve", tone: 0 }, "è": { shape: "breve", tone: 1 }, "ú": { shape: "breve", tone: 2 }, "ü": { shape: "breve", tone: 3 }, "é": { shape: "breve", tone: 4 }, "ë": { shape: "breve", tone: 5 },
};
const MARKS: Record<string, Mark> = { ...MARKS_LOWER };
for (const [mark, value] of Object.entries(MARKS_LOWER)) MARKS[mark.toUpperCase()] = value;

// Letters VNI writes as one character of their own.
const SINGLE_LOWER: Record<string, string> = { "ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ" };
const SINGLE: Record<string, string> = { ...SINGLE_LOWER };
for (const [code, letter] of Object.entries(SINGLE_LOWER)) SINGLE[code.toUpperCase()] = letter.toUpperCase();

// Which shapes each base vowel accepts (ơ and ư arrive as ô and ö and take only tones).
const SHAPES: Record<string, readonly Shape[]> = {
  a: ["plain", "circumflex", "breve"], e: ["plain", "circumflex"], o: ["plain", "circumflex"],
  u: ["plain"], y: ["plain"], "ô": ["plain"], "ö": ["plain"],
};
const SHAPED: Record<string, Partial<Record<Shape, string>>> = {
  a: { plain: "a", circumflex: "â", breve: "ă" }, e: { plain: "e", circumflex: "ê" }, o: { plain: "o", circumflex: "ô" },
  u: { plain: "u" }, y: { plain: "y" }, "ô": { plain: "ơ" }, "ö": { plain: "ư" },
};

/** Characters that act as marks or stand-alone letters in VNI text. */
export const VNI_CHARS: ReadonlySet<string> = new Set([...Object.keys(MARKS), ...Object.keys(SINGLE)]);

function combine(base: string, markChar: string): string | undefined {
  const mark = MARKS[markChar];
  if (!mark) return undefined;
  const lowerBase = base.toLowerCase();
  if (!(SHAPES[lowerBase] ?? []).includes(mark.shape)) return undefined;
  const shaped = SHAPED[lowerBase][mark.shape] as string;
  const letter = withTone(shaped, mark.tone);
  return base === lowerBase ? letter : letter.toLocaleUpperCase("vi");
}

/** VNI text (as Latin-1 characters) → NFC Unicode. A mark that cannot sit on the letter before it is left as it is. */
export function decodeVni(s: string): string {
  const chars = Array.from(s);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const combined = i + 1 < chars.length ? combine(chars[i], chars[i + 1]) : undefined;
    if (combined !== undefined) {
      out += combined;
      i++;
    } else {
      out += SINGLE[chars[i]] ?? chars[i];
    }
  }
  return out.normalize("NFC");
}

const TONE_LOWER = ["", "ø", "û", "õ", "ù", "ï"] as const;
const CIRCUMFLEX_LOWER = ["â", "à", "å", "ã", "á", "ä"] as const;
const BREVE_LOWER = ["ê", "è", "ú", "ü", "é", "ë"] as const;
const I_LOWER = ["i", "ì", "æ", "ó", "í", "ò"] as const;

function encodeLetter(ch: string): string {
  const lower = ch.toLocaleLowerCase("vi");
  const capital = lower !== ch;
  const { base, tone } = splitTone(lower);
  let code: string;
  switch (base) {
    case "a": case "e": case "o": case "u": code = base + TONE_LOWER[tone]; break;
    case "y": code = tone === 5 ? "î" : "y" + TONE_LOWER[tone]; break;
    case "ơ": code = "ô" + TONE_LOWER[tone]; break;
    case "ư": code = "ö" + TONE_LOWER[tone]; break;
    case "â": code = "a" + CIRCUMFLEX_LOWER[tone]; break;
    case "ê": code = "e" + CIRCUMFLEX_LOWER[tone]; break;
    case "ô": code = "o" + CIRCUMFLEX_LOWER[tone]; break;
    case "ă": code = "a" + BREVE_LOWER[tone]; break;
    case "i": code = I_LOWER[tone]; break;
    case "đ": code = "ñ"; break;
    default: return ch;
  }
  return capital ? code.toUpperCase() : code;
}

/** Unicode → VNI, letter by letter. */
export function encodeVni(s: string): string {
  return Array.from(s.normalize("NFC"), encodeLetter).join("");
}
