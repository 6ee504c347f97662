// A small writer of paper sheets: lines of text merged across the page, tables with borders, two signature columns,
// and rows tall enough for their wrapped text (Excel and LibreOffice never grow a merged row by themselves).
// Everything is Times New Roman (Decree 30/2020). Produces the sheet part of a PaperSheet. Pure.
import { columnLetters } from "../workbook/a1";
import type { CellStyle, LayoutCell, Region, RowLayout, SheetLayout } from "../workbook/model";

export const PAPER_FONT = "Times New Roman";
/** Body text 13 pt, tables 12 pt (Decree 30/2020: 13–14 and 12–13). */
export const BODY_SIZE = 13;
export const TABLE_SIZE = 12;

/** Decree 30/2020 margins (mm): top and bottom 20–25, left 30–35, right 15–20. */
export const PAPER_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export interface LineOptions {
  /** First and last column of the line (0-based, inclusive); default the whole page. */
  from?: number;
  to?: number;
  style?: CellStyle;
  /** Lines of text the row must hold at least (signature space). */
  minLines?: number;
}

/** Points per line of wrapped text at a font size (line spacing about 1.3). */
const lineHeight = (size: number): number => Math.ceil(size * 1.32);

/** How many lines a text takes in a span of `width` character units at `size` points. Times New Roman averages
 *  about 0.45 em per letter; one width unit is about 7 px (5.25 pt). */
export function linesFor(text: string, width: number, size: number, bold = false): number {
  const perLine = Math.max(4, Math.floor((width * 5.25) / (size * (bold ? 0.5 : 0.42))));
  return text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

export class PaperWriter {
  private readonly regions: Region[] = [];
  private readonly merges: string[] = [];
  private readonly rows = new Map<number, number>();
  private readonly hidden = new Set<number>();
  private next = 0;

  constructor(private readonly widths: number[]) {}

  get row(): number {
    return this.next;
  }

  get columns(): number {
    return this.widths.length;
  }

  private span(from: number, to: number): number {
    return this.widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
  }

  private grow(row: number, height: number): void {
    this.rows.set(row, Math.max(this.rows.get(row) ?? 0, height));
  }

  /** A cell (merged over from..to) at `row`, without moving on. */
  put(row: number, text: LayoutCell, options: LineOptions = {}): void {
    const from = options.from ?? 0;
    const to = options.to ?? this.widths.length - 1;
    const style: CellStyle = { fontName: PAPER_FONT, fontSize: BODY_SIZE, wrap: true, vertical: "top", ...options.style };
    const id = `paper.${row}.${from}`;
    const cells: LayoutCell[][] = [[text, ...Array.from({ length: to - from }, () => null)]];
    this.regions.push({ id, row, column: from, cells, role: "text", locked: true, style });
    if (to > from) this.merges.push(`${columnLetters(from)}${row + 1}:${columnLetters(to)}${row + 1}`);
    const size = style.fontSize ?? BODY_SIZE;
    const lines = Math.max(options.minLines ?? 1, typeof text === "string" ? linesFor(text, this.span(from, to), size, style.bold === true) : 1);
    this.grow(row, lines * lineHeight(size));
  }

  /** A line of text on its own row. */
  line(text: string, options: LineOptions = {}): number {
    const row = this.next++;
    this.put(row, text, options);
    return row;
  }

  blank(height = 8): void {
    this.grow(this.next++, height);
  }

  /** A table: header rows (bold, centred) and body rows, thin borders, 12 pt; `align` per logical column; `spans`
   *  (default 1 each) says how many page columns a logical column covers (merged on every row). */
  table(header: string[][], body: LayoutCell[][], align: CellStyle["horizontal"][], spans: number[] = []): { first: number; last: number } {
    const first = this.next;
    const starts: number[] = [];
    let at = 0;
    const count = Math.max(header[0]?.length ?? 0, body[0]?.length ?? 0);
    for (let c = 0; c < count; c++) {
      starts.push(at);
      at += spans[c] ?? 1;
    }
    const cell = (row: number, c: number, value: LayoutCell, style: CellStyle, role: Region["role"]) => {
      const from = starts[c];
      const to = from + (spans[c] ?? 1) - 1;
      const cells: LayoutCell[][] = [[value, ...Array.from({ length: to - from }, () => null)]];
      this.regions.push({ id: `paper.cell.${row}.${from}`, row, column: from, cells, role, locked: true, style });
      if (to > from) this.merges.push(`${columnLetters(from)}${row + 1}:${columnLetters(to)}${row + 1}`);
      const text = value === null || typeof value === "object" ? "" : String(value);
      this.grow(row, linesFor(text, this.span(from, to), TABLE_SIZE, style.bold === true) * lineHeight(TABLE_SIZE) + 4);
    };
    const headerStyle: CellStyle = { fontName: PAPER_FONT, fontSize: TABLE_SIZE, bold: true, wrap: true, horizontal: "center", vertical: "middle", border: true };
    for (const cells of header) {
      const row = this.next++;
      cells.forEach((text, c) => cell(row, c, text, headerStyle, "header"));
    }
    for (const cells of body) {
      const row = this.next++;
      cells.forEach((value, c) =>
        cell(row, c, value, { fontName: PAPER_FONT, fontSize: TABLE_SIZE, wrap: true, vertical: "middle", border: true, horizontal: align[c] ?? "left" }, "text"));
    }
    return { first, last: this.next - 1 };
  }

  /** Merges a header cell over columns (and rows) of a table drawn with `table`. */
  mergeHeader(range: string): void {
    this.merges.push(range);
  }

  /** Two signature blocks side by side: title (bold), note (italic), space, name (bold). `left` may be empty. */
  signatures(left: { title: string; note?: string; name: string } | null, right: { title: string; note?: string; name: string }, split: number): void {
    const last = this.widths.length - 1;
    const titleRow = this.next++;
    const titles = [left && { ...left, from: 0, to: split - 1 }, { ...right, from: split, to: last }].filter(Boolean) as { title: string; note?: string; name: string; from: number; to: number }[];
    for (const s of titles) this.put(titleRow, s.title, { from: s.from, to: s.to, style: { bold: true, horizontal: "center" } });
    const noteRow = this.next++;
    for (const s of titles) if (s.note) this.put(noteRow, s.note, { from: s.from, to: s.to, style: { italic: true, horizontal: "center" } });
    this.grow(this.next++, lineHeight(BODY_SIZE) * 4);
    const nameRow = this.next++;
    for (const s of titles) this.put(nameRow, s.name, { from: s.from, to: s.to, style: { bold: true, horizontal: "center" } });
  }

  /** Moves on to `row` (rows written with `put` above it stay as they are). */
  skipTo(row: number): void {
    this.next = Math.max(this.next, row);
  }

  hideRow(row: number): void {
    this.hidden.add(row);
  }

  /** Extra cells beside the page (the fields of the paper) written as they are: they never set a row's height,
   *  which belongs to the printed page (a long field shows whole in the formula bar). */
  region(region: Region): void {
    this.regions.push(region);
  }

  /** The sheet, with `extraColumns` widths after the page's own. */
  sheet(name: string, extra: { columns: SheetLayout["columns"]; print: SheetLayout["print"] }): Omit<SheetLayout, "key"> {
    const rows: RowLayout[] = [...new Set([...this.rows.keys(), ...this.hidden])].sort((a, b) => a - b).map((row) => ({
      row,
      ...(this.rows.has(row) ? { height: this.rows.get(row) } : {}),
      ...(this.hidden.has(row) ? { hidden: true } : {}),
    }));
    return {
      name,
      visibility: "visible",
      columns: [...this.widths.map((width) => ({ width })), ...extra.columns],
      rows,
      regions: this.regions,
      merges: this.merges,
      formats: [],
      validations: [],
      conditionalFormats: [],
      protection: { protect: false, password: null },
      print: extra.print,
    };
  }
}
