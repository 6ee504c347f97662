// Name normalisation: one canonical spelling (NFC, single spaces) and a case-folded key for matching unit names.

// Any whitespace run, including NBSP, narrow NBSP, ideographic space and zero-width spaces pasted from Word or the web.
const WHITESPACE_RUN = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;

// Ids and codes ("ga-dd", "I.2") are nearly always printable ASCII with single inner spaces: already canonical.
const CANONICAL_ASCII = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/** NFC, trimmed, every run of whitespace (NBSP included) collapsed to one ASCII space. */
export function normalizeName(s: string): string {
  if (CANONICAL_ASCII.test(s)) return s;
  return s.normalize("NFC").replace(WHITESPACE_RUN, " ").trim();
}

/**
 * Key for comparing names regardless of case and spacing: normalizeName plus Vietnamese lower-casing.
 * Đ (U+0110) lower-cases to đ (U+0111); the Icelandic Ð (U+00D0), sometimes typed by mistake for Đ, is folded to đ too.
 */
export function nameKey(s: string): string {
  return normalizeName(s).toLocaleLowerCase("vi").replace(/[\u00d0\u00f0]/gu, "\u0111").normalize("NFC");
}
