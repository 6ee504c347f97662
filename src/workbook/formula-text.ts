// Comparing two formulas as Excel means them, not as they were spelled: Excel, LibreOffice and ExcelJS write the
// same formula with or without "$", "_xlfn." prefixes, spaces, "1E-9" or "1E-09", TRUE or TRUE(), and with sheet
// names the officer may have renamed. Sheet names are replaced by the sheet's stable key before comparing.

/** Canonical text of a formula (with or without "="); `sheetKey` maps a sheet name to its stable key. */
export function canonicalFormula(formula: string, sheetKey: (name: string) => string | undefined): string {
  const key = (name: string): string => `\u0001${sheetKey(name) ?? name.normalize("NFC").toLowerCase()}\u0001`;
  return formula
    .trim()
    .replace(/^=/, "")
    // String literals ("…" with "" inside) are kept exactly; everything between them is normalised.
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/'((?:[^']|'')+)'!/g, (_m, name: string) => `${key(name.replace(/''/g, "'"))}!`)
        .replace(/([^\s\u0001!:(),=+\-*/&<>^'"{};]+)!/g, (_m, name: string) => `${key(name)}!`)
        .replace(/_xlfn\.|_xlws\./gi, "")
        .replace(/\$/g, "")
        .replace(/\s+/g, "")
        .toUpperCase()
        .replace(/\b(TRUE|FALSE)\(\)/g, "$1")
        // Number literals in one spelling: 1E-09, 1E-9 and 0.000000001 are one number.
        .replace(/(^|[^A-Z0-9_.\u0001])(\d+\.?\d*(?:E[+-]?\d+)?)/g, (_m, before: string, n: string) => `${before}${Number(n)}`);
    })
    .join("");
}
