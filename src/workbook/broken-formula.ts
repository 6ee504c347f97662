// Which KHOI.* formulas show #NAME?, from their text alone. Excel saves a custom function it could not resolve with
// an `_xldudf_` prefix (`_xldudf_KHOI_RANK(…)`, `_xldudf_KHOI.RANK(…)`); a workbook that met another add-in with the
// same names has them pointing at that file (`[1]!KHOI.TOTAL(…)` with an externalLink part, `'C:\…\khoi.xlam'!KHOI.TOTAL`).
// Neither computes in any Excel. A plain `KHOI.TOTAL(…)` is only broken where custom functions cannot run. Pure.

export type BrokenKind = "xldudf" | "foreign" | "noCustomFunctions";

/** `_xldudf_` then KHOI and a dot or underscore: Excel's spelling of an unresolved user-defined function. */
const XLDUDF = /_xldudf_KHOI[._][A-Z][A-Z0-9_.]*\s*\(/i;
/** A KHOI.* call qualified by a book: `[1]!KHOI.`, `'C:\…\khoi.xlam'!KHOI.`, `khoi.xlam!KHOI.` (or .xla, .xll), or the whole reference
 *  quoted `'[1]!KHOI.TOTAL'(…)`. A sheet name alone (`'Tổng hợp'!…`) is not a book, and only calls count (Khối's
 *  defined names `khoi_…` are not functions). */
const FOREIGN = /(?:\[\d+\][^!'"(),]*|'[^']*(?:\[|\\|\/|\.xl[al])[^']*'|[^\s!'"(),=+\-*/&<>^;{}]+\.xl(?:am?|l))!\s*KHOI[._][A-Z][A-Z0-9_.]*'?\s*\(/i;
/** A KHOI.* call written as Khối writes it (not part of a longer name). */
const PLAIN = /(?:^|[^A-Za-z0-9_.!'\]])KHOI\.[A-Z]+\s*\(/i;

/** Splits off string literals so a KHOI name inside quotes (a label) is never taken for a call. */
function outsideStrings(formula: string): string {
  return formula.split(/("(?:[^"]|"")*")/).filter((_, i) => i % 2 === 0).join(" ");
}

/** Why the formula cannot compute, or null when it can (or holds no KHOI name). `customFunctions`: whether the
 *  Excel at hand runs KHOI.* (an add-in host that can); a file on its own is judged with true. */
export function brokenKhoiFormula(formula: string, customFunctions: boolean): BrokenKind | null {
  const text = outsideStrings(formula.replace(/^=/, ""));
  if (!/KHOI/i.test(text)) return null;
  if (XLDUDF.test(text)) return "xldudf";
  if (FOREIGN.test(text)) return "foreign";
  if (!customFunctions && PLAIN.test(text)) return "noCustomFunctions";
  return null;
}

/** Why, in the officer's words (Vietnamese): the Nhật ký line's reason. */
export function brokenReason(kind: BrokenKind): string {
  switch (kind) {
    case "xldudf": return "hàm KHOI.* bị Excel lưu với tiền tố _xldudf_ (ô báo #NAME?)";
    case "foreign": return "hàm KHOI.* trỏ sang tệp khác (ô báo #NAME?)";
    default: return "Excel này không chạy được hàm KHOI.*";
  }
}
