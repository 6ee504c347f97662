// A1 addresses: column letters, cell and range addresses, sheet-qualified references for formulas.

/** 0-based column index -> letters ("A", "Z", "AA"). */
export function columnLetters(column: number): string {
  let n = Math.floor(column) + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters -> 0-based column index; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, column) -> "E7". With absolute = true -> "$E$7". */
export function cellAddress(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** A rectangle, 0-based inclusive corners -> "E7:I9" (a single cell gives "E7"). */
export function rangeAddress(row1: number, column1: number, row2: number, column2: number, absolute = false): string {
  const first = cellAddress(row1, column1, absolute);
  if (row1 === row2 && column1 === column2) return first;
  return `${first}:${cellAddress(row2, column2, absolute)}`;
}

/** Quotes a sheet name for a formula: 'Chấm điểm'!$E$7. Always quoted: Vietnamese names need it anyway. */
export function sheetRef(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

export interface ParsedRange {
  sheet?: string;
  row1: number;
  column1: number;
  row2: number;
  column2: number;
}

/** Parses "A1", "$E$7:$I$9" or "'Chấm điểm'!E7:I9" (0-based result); undefined when it is not one rectangle. */
export function parseRange(text: string): ParsedRange | undefined {
  if (typeof text !== "string") return undefined;
  let rest = text.trim().replace(/^=/, "");
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(rest);
  if (!match) return undefined;
  const c1 = columnIndex(match[1]);
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? columnIndex(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  return {
    sheet,
    row1: Math.min(r1, r2),
    column1: Math.min(c1, c2),
    row2: Math.max(r1, r2),
    column2: Math.max(c1, c2),
  };
}
