// The reader's toolkit: reading cells of a block workbook as text, numbers and labels, with findings at their cells,
// and the index of where every cell a finding may point at lives. read.ts and read-ballots.ts read regions with it.
import { parseVietnameseNumber } from "../core/text/numbers";
import type { CellRef, Finding, FindingCode, Severity } from "../core/types";
import { GridBook, isCellError, type GridValue, type Located } from "./grid";
import { NO_WORDS, YES_WORDS } from "./labels";
import type { SheetGrid } from "./model";

export type Json = Record<string, unknown>;

/** Where each cell a finding may point at lives. */
export interface CellIndex {
  scores: Map<string, { sheet: string; row: number; column: number }>; // `${layer}\u0000${unit}\u0000${code}`
  targets: Map<string, { sheet: string; row: number; column: number }>; // `${unit}\u0000${code}`
  rank: Map<string, CellRef>;
  award: Map<string, CellRef>;
  yes: Map<string, CellRef>; // `${tier}\u0000${unit}`
  unitRow: Map<string, CellRef>; // unit id -> its name cell on Khối
  unitByIndex: CellRef[];
  criterion: Map<string, CellRef>; // code -> its row on Tiêu chí (name cell)
  weight: Map<string, CellRef>;
  info: Map<string, CellRef>;
  rules: Map<string, CellRef>;
  tierRow: CellRef[];
  /** Per tier (in order), the cell of each of its keys (count, minScore …). */
  tierCells: Map<string, CellRef>[];
  present?: CellRef;
  members?: CellRef;
  /** Bình xét and leadership cells by their document path (votes.issued, votes.exemplary[0].nominees[1].yes,
   *  block.nextLeader, block.history[2].leader …): where findings about them point and where the page writes. */
  paths: Map<string, CellRef>;
  /** The value each of those cells holds as read (what a write replaces, for the log). */
  values: Map<string, GridValue>;
}

export const key3 = (a: string, b: string, c: string): string => `${a}\u0000${b}\u0000${c}`;
export const key2 = (a: string, b: string): string => `${a}\u0000${b}`;

export function text(value: GridValue): string | null {
  if (value === null || isCellError(value)) return null;
  if (typeof value === "string") {
    const t = value.normalize("NFC").trim();
    return t === "" ? null : t;
  }
  return String(value);
}

export const folded = (s: string): string => s.normalize("NFC").trim().toLowerCase();

/** Looks a label up in vi and en tables (and the machine value itself). */
export function fromLabel<T extends string>(value: GridValue, tables: Record<string, Record<T, string>>): T | null {
  const t = text(value);
  if (t === null) return null;
  const f = folded(t);
  for (const table of Object.values(tables)) {
    for (const [k, label] of Object.entries(table) as [T, string][]) if (folded(label) === f || folded(k) === f) return k;
  }
  return null;
}

export function splitList(value: GridValue): string[] {
  const t = text(value);
  if (t === null) return [];
  return t.split(";").map((s) => s.trim()).filter((s) => s !== "");
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function formatNumberVi(n: number): string {
  return String(n).replace(".", ",");
}

export class Reader {
  readonly findings: Finding[] = [];
  readonly index: CellIndex = {
    scores: new Map(), targets: new Map(), rank: new Map(), award: new Map(), yes: new Map(), unitRow: new Map(), unitByIndex: [],
    criterion: new Map(), weight: new Map(), info: new Map(), rules: new Map(), tierRow: [], tierCells: [], paths: new Map(), values: new Map(),
  };

  constructor(readonly book: GridBook) {}

  ref(sheet: SheetGrid, row: number, column: number): CellRef {
    return { sheet: sheet.name, address: this.book.address(row, column) };
  }

  finding(code: FindingCode, severity: Severity, cell: CellRef, message: string, messageEn: string, extra: Partial<Finding> = {}): void {
    // The address travels in `cell` (the report and the pane show it), not in the message.
    this.findings.push({ code, severity, message: capitalize(message), messageEn: capitalize(messageEn), cell, ...extra });
  }

  /** A number cell of the structure (year, scale, counts…): numbers as they are, numeric text converted with a finding. */
  number(value: GridValue, cell: CellRef, code: FindingCode): number | undefined {
    if (typeof value === "number") return value;
    const t = text(value);
    if (t === null) return undefined;
    const parsed = parseVietnameseNumber(t);
    if (parsed.ok) {
      this.finding(code, "error", cell, `«${t}» là văn bản, không phải số — chuyển thành ${formatNumberVi(parsed.value)}?`, `“${t}” is text, not a number — convert it to ${parsed.value}?`, { suggestion: { value: parsed.value } });
      return parsed.value;
    }
    this.finding(code, "error", cell, `«${t}» không phải là số.`, `“${t}” is not a number.`);
    return undefined;
  }

  /** A score or target cell: kept exactly as typed (the engine judges it); numeric text also gets an offer to fix. */
  layerValue(value: GridValue, cell: CellRef, yesNo: boolean, about: Partial<Finding>, code: FindingCode): unknown {
    if (value === null) return undefined;
    if (isCellError(value)) return value.error;
    if (typeof value !== "string") return value;
    if (yesNo) {
      const f = value.normalize("NFC").toLowerCase();
      if (YES_WORDS.includes(f)) return true;
      if (NO_WORDS.includes(f)) return false;
    }
    const parsed = parseVietnameseNumber(value);
    if (parsed.ok && !yesNo) {
      this.finding(code, "error", cell, `«${value}» là văn bản, không phải số — chuyển thành ${formatNumberVi(parsed.value)}?`, `“${value}” is text, not a number — convert it to ${parsed.value}?`, { ...about, suggestion: { value: parsed.value } });
    } else if (!parsed.ok && parsed.reason === "ambiguous") {
      this.finding(code, "error", cell, parsed.message, parsed.messageEn, about);
    }
    return value;
  }

  /** Columns of a table region by the stable keys of its second row (the hidden key row). */
  keyedColumns(loc: Located): Map<string, number> {
    const columns = new Map<string, number>();
    for (let c = loc.range.column1; c <= loc.range.column2; c++) {
      const k = text(this.book.value(loc.sheet, loc.range.row1 + 1, c));
      if (k !== null && !columns.has(k)) columns.set(k, c);
    }
    return columns;
  }

  keyValueRows(loc: Located): Map<string, { value: GridValue; cell: CellRef }> {
    const out = new Map<string, { value: GridValue; cell: CellRef }>();
    for (let r = loc.range.row1; r <= loc.range.row2; r++) {
      const k = text(this.book.value(loc.sheet, r, loc.range.column1));
      if (k === null || out.has(k)) continue;
      out.set(k, { value: this.book.value(loc.sheet, r, loc.range.column2), cell: this.ref(loc.sheet, r, loc.range.column2) });
    }
    return out;
  }
}

