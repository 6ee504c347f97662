// What a sealed value is, spelled one way: a recalculation by another program (LibreOffice, another Excel) must not
// look like an edit. Numbers keep 12 significant digits (float noise sits far below), text is NFC, an empty string
// is an empty cell, TRUE/FALSE are 1/0 (LibreOffice may store either), an error value is its code.
import { gridValue, isCellError } from "../workbook/grid";

/** A cell's value as sealed. */
export type SealValue = string | number | { e: string } | null;

/** A number rounded to 12 significant digits; -0 is 0. */
export function sealNumber(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  const r = Number(n.toPrecision(12));
  return r === 0 ? 0 : r;
}

/** A cell as a host gives it (any shape) -> its sealed spelling. */
export function sealValue(raw: unknown): SealValue {
  const v = gridValue(raw);
  if (v === null) return null;
  if (isCellError(v)) return { e: v.error.toUpperCase() };
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return sealNumber(v);
  const text = v.normalize("NFC");
  return text === "" ? null : text;
}

/** The same normalisation over a whole JSON value (the block document, the engine's result). */
export function sealJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return sealNumber(value);
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(sealJson);
  if (typeof value === "object") {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined) out[k] = sealJson(v);
    return out;
  }
  return null;
}

export function sameSealValue(a: SealValue, b: SealValue): boolean {
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  return a.e === b.e;
}
