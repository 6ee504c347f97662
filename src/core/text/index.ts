// Vietnamese text helpers: name normalisation, legacy encodings, collation and number parsing.

export { normalizeName, nameKey } from "./normalize";
export { looksLegacyEncoded, convertLegacy, encodeLegacy, toUnicodeText, LEGACY_ENCODING_LABELS } from "./legacy";
export type { LegacyEncoding } from "./legacy";
export { vietnameseSortKey, compareVietnamese } from "./collate";
export { parseVietnameseNumber } from "./numbers";
export type { ParsedNumber, NumberParseFailure } from "./numbers";
export { isVietnameseSyllable } from "./syllable";
export { splitTone, withTone } from "./letters";
export type { Tone } from "./letters";
