// Legacy Vietnamese encodings (TCVN3/ABC, VNI, UTF-8 mojibake): detect them, convert to Unicode, and encode for tests.

import { VIETNAMESE_ONLY_LETTER } from "./letters";
import { decodeMojibake, encodeMojibake } from "./mojibake";
import { normalizeName } from "./normalize";
import { isVietnameseSyllable } from "./syllable";
import { decodeTcvn3, encodeTcvn3, WORD } from "./tcvn3";
import { decodeVni, encodeVni } from "./vni";

export type LegacyEncoding = "tcvn3" | "vni" | "mojibake";

/** How to name each encoding to a user. */
export const LEGACY_ENCODING_LABELS: Readonly<Record<LegacyEncoding, { vi: string; en: string }>> = {
  tcvn3: { vi: "TCVN3 (ABC, phông .VnTime)", en: "TCVN3 (ABC, .VnTime fonts)" },
  vni: { vi: "VNI (phông VNI-Times)", en: "VNI (VNI-Times fonts)" },
  mojibake: { vi: "UTF-8 bị đọc nhầm thành Windows-1252", en: "UTF-8 misread as Windows-1252" },
};

const DECODERS: Record<"tcvn3" | "vni", (s: string) => string> = { tcvn3: decodeTcvn3, vni: decodeVni };

interface Reading {
  encoding: "tcvn3" | "vni";
  /** Words the decoder changes. */
  changed: number;
  /** Changed words that become well-formed Vietnamese syllables. */
  valid: number;
  /** Valid words that were not already Vietnamese before decoding: the real sign of legacy text. */
  evidence: number;
}

// "BÕn" (TCVN3 for "Bến") reads as the syllable "Bõn" with a capital inside: real words are Capitalised or ALL CAPS.
function oddCapitals(word: string): boolean {
  const rest = Array.from(word).slice(1).join("");
  return rest !== rest.toLocaleLowerCase("vi") && rest !== rest.toLocaleUpperCase("vi");
}

function read(s: string, encoding: "tcvn3" | "vni"): Reading {
  const decode = DECODERS[encoding];
  const reading: Reading = { encoding, changed: 0, valid: 0, evidence: 0 };
  for (const word of s.match(WORD) ?? []) {
    const decoded = decode(word);
    if (decoded === word) continue;
    reading.changed++;
    if (isVietnameseSyllable(decoded)) {
      reading.valid++;
      // A lone symbol ("«", "·", "×") reads as a one-letter word in TCVN3 but is far more often just a symbol.
      if (Array.from(word).length >= 2 && (!isVietnameseSyllable(word) || oddCapitals(word))) reading.evidence++;
    }
  }
  return reading;
}

// A reading is believed when at least one word turns from non-Vietnamese into Vietnamese and at least 3 in 4 of
// the changed words come out as Vietnamese syllables. Text that is already Vietnamese in both readings
// ("Công" is "Cụng" in TCVN3, "hoà" is "hồ" in VNI) gives no evidence, so real Unicode text stays as it is.
function believable(r: Reading): boolean {
  return r.evidence >= 1 && r.valid * 4 >= r.changed * 3;
}

// Blocks of one province reuse the same criteria and unit names year after year, and the word-by-word reading
// below costs microseconds a name: remember recent answers (bounded, so a long-running pane cannot grow it).
const DETECTION_MEMO_LIMIT = 4096;
const detectionMemo = new Map<string, LegacyEncoding | null>();

/**
 * Which legacy encoding `s` looks like, or null for Unicode/ASCII text (and for text too short to tell).
 * Text holding any letter that only Unicode Vietnamese has (ă, đ, ơ, ư, ạ…) is never legacy.
 */
export function looksLegacyEncoded(s: string): LegacyEncoding | null {
  if (!/[^\x00-\x7f]/u.test(s) || VIETNAMESE_ONLY_LETTER.test(s)) return null;
  const known = detectionMemo.get(s);
  if (known !== undefined) return known;
  const answer = detectEncoding(s);
  if (detectionMemo.size >= DETECTION_MEMO_LIMIT) detectionMemo.clear();
  detectionMemo.set(s, answer);
  return answer;
}

function detectEncoding(s: string): LegacyEncoding | null {
  if (decodeMojibake(s) !== undefined) return "mojibake";
  const readings = [read(s, "tcvn3"), read(s, "vni")].filter(believable);
  if (readings.length === 0) return null;
  // Where both are believable, the one with more Vietnamese words (then fewer failures) wins; TCVN3 on a tie.
  readings.sort((a, b) => b.valid - (b.changed - b.valid) - (a.valid - (a.changed - a.valid)) || b.evidence - a.evidence);
  return readings[0].encoding;
}

/** Convert legacy text to NFC Unicode; without `from`, detect first and leave undetected text unchanged (but NFC). */
export function convertLegacy(s: string, from?: LegacyEncoding): string {
  const encoding = from ?? looksLegacyEncoded(s);
  switch (encoding) {
    case "tcvn3": return decodeTcvn3(s);
    case "vni": return decodeVni(s);
    case "mojibake": return decodeMojibake(s) ?? s.normalize("NFC");
    default: return s.normalize("NFC");
  }
}

/** Unicode → legacy text; the inverse of convertLegacy (TCVN3 writes capital toned letters with lower-case codes). */
export function encodeLegacy(s: string, to: LegacyEncoding): string {
  switch (to) {
    case "tcvn3": return encodeTcvn3(s);
    case "vni": return encodeVni(s);
    case "mojibake": return encodeMojibake(s);
  }
}

/** What KHOI.TEXT returns: legacy text converted when detected, then normalizeName. */
export function toUnicodeText(s: string): string {
  return normalizeName(convertLegacy(s));
}
