// Turning block values into cell values: yes/no as the words of the validation list, the rest as they are.
import type { Language } from "../model";
import type { CellValue } from "../model";
import { YES_NO } from "../labels";

/** A layer or target value as a cell: numbers, text and booleans stay; anything else becomes its JSON text. */
export function cellValueOf(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return String(value);
  }
}

/** A yes/no leaf's value: true/false become "Có"/"Không" (or Yes/No); 1, 0 and anything else are written as they are. */
export function yesNoCell(value: unknown, lang: Language): CellValue {
  if (value === true) return YES_NO[lang].yes;
  if (value === false) return YES_NO[lang].no;
  return cellValueOf(value);
}
