// The member units typed or pasted on the set-up page: one per line, names in NFC with single spaces, ids made
// from the names (stable: the same list gives the same ids; an id the workbook already uses is kept), and
// names that are the same but for case or spacing flagged as duplicates.
import { nameKey, normalizeName } from "../../../core/text/normalize";

export interface UnitLine {
  id: string;
  name: string;
  /** 1-based line of the pasted text. */
  line: number;
}

export interface Duplicate {
  name: string;
  /** Every line holding that name (1-based), the first one included. */
  lines: number[];
}

export interface UnitList {
  /** The units to create: each name once, in the order pasted. */
  units: UnitLine[];
  duplicates: Duplicate[];
}

const ID_LIMIT = 32;

/** "Công ty Điện lực Lạng Sơn" → "cong-ty-dien-luc-lang-son": ASCII, readable in a formula or a key column. */
export function unitIdFromName(name: string): string {
  const ascii = normalizeName(name)
    .replace(/[đĐ]/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= ID_LIMIT) return ascii || "don-vi";
  // Cut at a word boundary so the id stays readable.
  const cut = ascii.slice(0, ID_LIMIT + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 8 ? cut.slice(0, boundary) : ascii.slice(0, ID_LIMIT)).replace(/-+$/, "");
}

// Headers copied along with a list: they name the column, not a unit.
const HEADER_WORDS = new Set(["stt", "tt", "số tt", "đơn vị", "tên đơn vị", "đơn vị thành viên", "tên đơn vị thành viên", "tên"]);
const ROW_NUMBER = /^\d+\s*[.)]?$/;

/**
 * The unit name on one pasted line. Rows copied from Excel are tab-separated: the name is the first cell that is
 * not a row number (STT), and further columns (titles, notes) are left out. Numbered or bulleted lists pasted
 * from Word lose their mark: "1. Name", "2) Name", "- Name", "• Name".
 */
function nameOnLine(raw: string): string {
  if (raw.includes("\t")) {
    const cells = raw.split("\t").map((cell) => cell.trim()).filter((cell) => cell !== "");
    return cells.find((cell) => !ROW_NUMBER.test(cell)) ?? "";
  }
  return raw.replace(/^\s*(?:\d+\s*[.)]|[-•*–])\s+/u, "");
}

/**
 * Reads the pasted text into units.
 * @param known ids the workbook already gives to names (nameKey → id), kept so re-applying matches the values entered
 */
export function parseUnitList(text: string, known: ReadonlyMap<string, string> = new Map()): UnitList {
  const seen = new Map<string, UnitLine>();
  const lines = new Map<string, number[]>();
  const usedIds = new Set<string>(known.values());
  const units: UnitLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const name = normalizeName(nameOnLine(raw));
    if (name === "" || HEADER_WORDS.has(nameKey(name))) return;
    const k = nameKey(name);
    lines.set(k, [...(lines.get(k) ?? []), index + 1]);
    if (seen.has(k)) return;
    let id = known.get(k);
    if (id === undefined) {
      const base = unitIdFromName(name);
      id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    }
    usedIds.add(id);
    const unit = { id, name, line: index + 1 };
    seen.set(k, unit);
    units.push(unit);
  });
  const duplicates: Duplicate[] = [];
  for (const [k, at] of lines) if (at.length > 1) duplicates.push({ name: seen.get(k)?.name ?? k, lines: at });
  return { units, duplicates };
}
