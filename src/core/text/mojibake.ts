// Mojibake: UTF-8 bytes that were read as Windows-1252 ("Dá»±ng" for "Dựng"). Undo it, or produce it for tests.

// Windows-1252 0x80–0x9F. The five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are passed through by Windows as the
// C1 control characters U+0081… — and text read as ISO-8859-1 has C1 controls for every byte — so those are accepted too.
const CP1252_HIGH: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020], [0x87, 0x2021],
  [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d],
  [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014],
  [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
];
const CHAR_TO_BYTE = new Map<number, number>(CP1252_HIGH.map(([byte, code]) => [code, byte]));
const BYTE_TO_CHAR = new Map<number, number>(CP1252_HIGH);

/** The byte Windows-1252 would have shown as this character, or undefined when no byte shows as it. */
function byteOf(code: number): number | undefined {
  if (code <= 0xff) return code;
  return CHAR_TO_BYTE.get(code);
}

/** Strict UTF-8 decoding (no overlong forms, no surrogates); undefined on any error. */
function decodeUtf8(bytes: readonly number[]): string | undefined {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    let need: number;
    let code: number;
    let min: number;
    if (lead < 0x80) { out += String.fromCharCode(lead); i++; continue; }
    else if (lead >= 0xc2 && lead <= 0xdf) { need = 1; code = lead & 0x1f; min = 0x80; }
    else if (lead >= 0xe0 && lead <= 0xef) { need = 2; code = lead & 0x0f; min = 0x800; }
    else if (lead >= 0xf0 && lead <= 0xf4) { need = 3; code = lead & 0x07; min = 0x10000; }
    else return undefined;
    if (i + need >= bytes.length) return undefined;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    out += String.fromCodePoint(code);
    i += need + 1;
  }
  return out;
}

/** Bytes behind the text, or undefined when a character could not have come from Windows-1252. */
function toBytes(s: string): number[] | undefined {
  const bytes: number[] = [];
  for (const ch of s) {
    const byte = byteOf(ch.codePointAt(0) as number);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  return bytes;
}

// "à" is C3 A0 and A0 is a no-break space, which spreadsheets and editors often turn into a plain space:
// where a continuation byte is due and a space stands, read the space as the lost A0.
function restoreNoBreakSpaces(bytes: number[]): number[] {
  const fixed = bytes.slice();
  let due = 0;
  for (let i = 0; i < fixed.length; i++) {
    const b = fixed[i];
    if (due > 0) {
      if (b === 0x20) fixed[i] = 0xa0;
      due--;
    } else if (b >= 0xc2 && b <= 0xdf) due = 1;
    else if (b >= 0xe0 && b <= 0xef) due = 2;
    else if (b >= 0xf0 && b <= 0xf4) due = 3;
  }
  return fixed;
}

// What repaired text may contain: Latin letters and marks (Vietnamese, Western European), punctuation, currency and
// letter-like symbols. Anything else (C1 controls, Hebrew from "× " …) means the bytes only happened to be valid UTF-8.
const PLAUSIBLE = /^[\x00-\x7f\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/u;

/** Undo UTF-8-read-as-Windows-1252; undefined when the text is not such mojibake (nothing to undo or not valid UTF-8). */
export function decodeMojibake(s: string): string | undefined {
  if (!/[\u0080-\uffff]/u.test(s)) return undefined;
  const bytes = toBytes(s);
  if (!bytes) return undefined;
  const decoded = decodeUtf8(bytes) ?? decodeUtf8(restoreNoBreakSpaces(bytes));
  if (decoded === undefined || decoded === s || !PLAUSIBLE.test(decoded)) return undefined;
  return decoded.normalize("NFC");
}

/** Unicode → the mojibake a Windows-1252 reader would show (for tests and previews). */
export function encodeMojibake(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const code = ch.codePointAt(0) as number;
    const bytes =
      code < 0x80 ? [code]
      : code < 0x800 ? [0xc0 | (code >> 6), 0x80 | (code & 0x3f)]
      : code < 0x10000 ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
      : [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
    for (const byte of bytes) out += String.fromCharCode(BYTE_TO_CHAR.get(byte) ?? byte);
  }
  return out;
}
