// Turning layout cells and styles into what Office.js takes: one 2-D array per region, "#RRGGBB" colours,
// text that stays text. Pure: no Excel global, so it runs in jest and in the bench.
import { isFormulaCell, type CellStyle, type LayoutCell, type Region } from "../workbook/model";

/** Text Excel would turn into something else when written: a formula (= + - @), an error (#N/A), a number, a date, a boolean,
 *  or text that already starts with the apostrophe Excel itself strips. */
const COERCIBLE_TEXT = /^(?:[=+\-@#'\t\r\n]|\s*[\d.,$%(]|\s*(?:true|false)\s*$)/i;

/** One cell as Office.js `values`/`formulas` take it: "=…" for a formula, "'…" for text that must stay text. */
export function officeCell(cell: LayoutCell): string | number | boolean {
  if (isFormulaCell(cell)) return `=${cell.formula}`;
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell;
  // A leading apostrophe marks text; Excel stores the rest unchanged and never evaluates it.
  return COERCIBLE_TEXT.test(cell) ? `'${cell}` : cell;
}

export function regionHasFormula(region: Region): boolean {
  return region.cells.some((row) => row.some(isFormulaCell));
}

/** The region's cells as one rectangular 2-D array. */
export function officeCells(region: Region): (string | number | boolean)[][] {
  return region.cells.map((row) => row.map(officeCell));
}

/** The region's number formats as a 2-D array of the region's shape, or null when it sets none. */
export function regionNumberFormats(region: Region): string[][] | null {
  if (!region.numberFormat && !region.columnFormats?.some((f) => f)) return null;
  const base = region.numberFormat ?? "General";
  const width = region.cells[0]?.length ?? 0;
  const row = Array.from({ length: width }, (_, c) => region.columnFormats?.[c] ?? base);
  return region.cells.map(() => [...row]);
}

export function officeColor(rgb: string): string {
  return rgb.startsWith("#") ? rgb : `#${rgb}`;
}

/** Excel column width in points from a width in characters (a character is 7 px plus 5 px of padding; 1 px = 0.75 pt). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

// Enum values as strings: the Excel global does not exist outside Office (jest, the bench).
type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Queues a style on a range; `rows`/`columns` say which inside borders exist. */
export function queueStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontColor) range.format.font.color = officeColor(style.fontColor);
  if (style.fontSize) range.format.font.size = style.fontSize;
  if (style.fill) range.format.fill.color = officeColor(style.fill);
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.indent !== undefined) range.format.indentLevel = style.indent;
  if (style.fontName) range.format.font.name = style.fontName;
  if (style.underline !== undefined) range.format.font.underline = style.underline ? "Single" : "None";
  if (style.borderBottom) {
    const rule = range.format.borders.getItem("EdgeBottom");
    rule.style = "Continuous";
    rule.weight = "Thin";
    rule.color = "#000000";
  }
  if (style.border) {
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (rows > 1) edges.push("InsideHorizontal");
    if (columns > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#BFBFBF";
    }
  }
}
