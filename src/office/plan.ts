// Which sheet each layout sheet becomes: Khối's own sheet again (rewritten in place), or a new sheet whose name
// gets " (2)", " (3)" … when a sheet the user made already has it. Then the layout is renamed to match. Pure.
import { sheetRef } from "../workbook/a1";
import { isFormulaCell, type LayoutCell, type SheetKey, type WorkbookLayout } from "../workbook/model";

/** Excel's limit on a sheet name. */
const SHEET_NAME_LIMIT = 31;

export interface SheetPlan {
  key: SheetKey;
  /** The name in the layout as built. */
  wanted: string;
  /** The name the sheet has in the workbook after applying. */
  name: string;
  /** "update": Khối's sheet of that key exists and is rewritten; "create": a new sheet is added. */
  action: "create" | "update";
}

/** Excel compares sheet names without case. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** "Tổng hợp" → "Tổng hợp (2)", shortening the base so the whole stays within 31 characters. */
export function suffixedName(name: string, n: number): string {
  const suffix = ` (${n})`;
  const base = [...name].slice(0, SHEET_NAME_LIMIT - suffix.length).join("");
  return `${base}${suffix}`;
}

/**
 * Plans every sheet of the layout against the workbook's sheets.
 * @param existing every sheet name in the workbook now
 * @param owned Khối's own sheets found in the workbook (from the meta sheet and the khoi_* names), by key
 */
export function planSheets(layout: WorkbookLayout, existing: readonly string[], owned: Partial<Record<SheetKey, string>>): SheetPlan[] {
  const taken = new Set(existing.map(sheetNameKey));
  const plans: SheetPlan[] = [];
  for (const sheet of layout.sheets) {
    const mine = owned[sheet.key];
    if (mine !== undefined && taken.has(sheetNameKey(mine))) {
      // Keep the name it has: the user may have renamed it, and their formulas point at it.
      plans.push({ key: sheet.key, wanted: sheet.name, name: mine, action: "update" });
      continue;
    }
    let name = sheet.name;
    for (let n = 2; taken.has(sheetNameKey(name)); n++) name = suffixedName(sheet.name, n);
    taken.add(sheetNameKey(name));
    plans.push({ key: sheet.key, wanted: sheet.name, name, action: "create" });
  }
  return plans;
}

/** The layout with its sheets renamed, every formula that points at a renamed sheet rewritten to match. */
export function renameSheets(layout: WorkbookLayout, names: Partial<Record<SheetKey, string>>): WorkbookLayout {
  const renames = new Map<string, string>();
  for (const sheet of layout.sheets) {
    const name = names[sheet.key];
    if (name !== undefined && name !== sheet.name) renames.set(sheetRef(sheet.name, ""), sheetRef(name, ""));
  }
  if (renames.size === 0) return layout;
  // One pass over all old references at once, so renaming A→B and B→C never turns A into C.
  const pattern = new RegExp([...renames.keys()].map(escapeRegExp).join("|"), "g");
  const rewrite = (formula: string) => formula.replace(pattern, (old) => renames.get(old) ?? old);
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => ({
      ...sheet,
      name: names[sheet.key] ?? sheet.name,
      regions: sheet.regions.map((region) => ({
        ...region,
        cells: region.cells.map((row) =>
          sheet.key === "meta" ? renameMetaRow(row, names) : row.map((cell) => (isFormulaCell(cell) ? { ...cell, formula: rewrite(cell.formula) } : cell)),
        ),
      })),
      conditionalFormats: sheet.conditionalFormats.map((format) => ({ ...format, formula: rewrite(format.formula) })),
    })),
  };
}

/** The meta sheet records where each sheet is ("sheet:summary" | "Tổng hợp"): it must name the sheet as written. */
function renameMetaRow(row: LayoutCell[], names: Partial<Record<SheetKey, string>>): LayoutCell[] {
  const [label] = row;
  if (typeof label !== "string" || !label.startsWith("sheet:")) return row;
  const name = names[label.slice("sheet:".length) as SheetKey];
  return name === undefined ? row : [label, name, ...row.slice(2)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
