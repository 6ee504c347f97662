// File names for the forms: plain ASCII from the unit's name (diacritics stripped, đ → d), safe on Windows.
import { normalizeName } from "../core/text/normalize";

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "Công ty Điện lực Lạng Sơn" → "Cong-ty-Dien-luc-Lang-Son". Never empty: falls back to the unit id, then "don-vi". */
export function asciiSlug(text: string, limit = 60): string {
  const plain = normalizeName(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = plain.slice(0, limit).replace(/-+$/, "");
  return WINDOWS_RESERVED.test(cut) ? `${cut}-` : cut;
}

/** One name per unit, unique (case-insensitively, as Windows compares): "Phieu-tu-cham-2021-Cong-ty-X.xlsx". */
export function formFileNames(units: readonly { id: string; name: string }[], year: number): Map<string, string> {
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const unit of units) {
    const slug = asciiSlug(unit.name) || asciiSlug(unit.id) || "don-vi";
    const base = `Phieu-tu-cham-${Number.isFinite(year) ? year : ""}-${slug}`.replace(/--+/g, "-");
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    used.add(name.toLowerCase());
    names.set(unit.id, `${name}.xlsx`);
  }
  return names;
}
