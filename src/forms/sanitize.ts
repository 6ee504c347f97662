// Text that came from outside (a returned form's notes and evidence) must never become a formula in the master:
// not when written, and not when an officer later opens the cell and presses Enter. Leading tabs and line breaks
// are dropped; a leading =, +, -, @ is kept visible behind an apostrophe (the usual guard against formula injection).
const LEADING_BREAKS = /^[\t\r\n]+/;
const FORMULA_START = /^[=+\-@]/;

export function sanitizeText(text: string): string {
  const cleaned = text.normalize("NFC").replace(LEADING_BREAKS, "").replace(/\r\n?/g, "\n").trim();
  return FORMULA_START.test(cleaned) ? `'${cleaned}` : cleaned;
}
