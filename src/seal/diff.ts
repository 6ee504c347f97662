// What changed between the sealed content and the workbook now: structural changes named as such (a unit or a
// criterion added or removed, a rule changed), then every cell of Khối's regions whose value or formula differs,
// inputs first, then the results they moved. Sheet!cell, old → new, in Vietnamese (English beside).
import type { CellRef } from "../core/types";
import { canonicalJson } from "../workbook/fingerprint";
import { regionCell, type SealContent, type SealedRegion } from "./content";
import { sameSealValue, type SealValue } from "./normalize";

export type ChangeKind = "structure" | "input" | "formula" | "result" | "document" | "record";

export interface SealChange {
  kind: ChangeKind;
  cell?: CellRef;
  old?: SealValue;
  new?: SealValue;
  message: string;
  messageEn: string;
}

/** A value as the officer reads it: 9,5 · «Có» · (trống). */
export function showValue(v: SealValue | undefined, lang: "vi" | "en" = "vi"): string {
  if (v === null || v === undefined) return lang === "vi" ? "(trống)" : "(empty)";
  if (typeof v === "object") return v.e;
  if (typeof v === "number") return lang === "vi" ? String(v).replace(".", ",") : String(v);
  return lang === "vi" ? `«${v}»` : `“${v}”`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function unitsOf(doc: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const units = isObject(doc) && Array.isArray(doc.units) ? doc.units : [];
  for (const u of units) if (isObject(u) && typeof u.id === "string") out.set(u.id, typeof u.name === "string" ? u.name : u.id);
  return out;
}

function criteriaOf(doc: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const n of nodes) {
      if (!isObject(n)) continue;
      if (typeof n.code === "string") out.set(n.code, typeof n.name === "string" ? n.name : n.code);
      walk(n.children);
    }
  };
  walk(isObject(doc) ? doc.criteria : undefined);
  return out;
}

const RULE_NAMES: Record<string, string> = { awards: "các mức khen thưởng", tieBreak: "thứ tự phá hoà", scale: "thang điểm", vote: "bình xét", divergence: "độ lệch giữa các lớp điểm" };

/** Units and criteria added or removed, and rules changed, between two block documents. */
export function structuralChanges(before: unknown, after: unknown): SealChange[] {
  const changes: SealChange[] = [];
  const compare = (was: Map<string, string>, now: Map<string, string>, vi: string, en: string): void => {
    for (const [id, name] of was) if (!now.has(id)) changes.push({ kind: "structure", message: `${vi} «${id}» (${name}) đã bị bỏ khỏi khối sau khi niêm phong.`, messageEn: `${en} “${id}” (${name}) was removed after sealing.` });
    for (const [id, name] of now) if (!was.has(id)) changes.push({ kind: "structure", message: `${vi} «${id}» (${name}) được thêm vào khối sau khi niêm phong.`, messageEn: `${en} “${id}” (${name}) was added after sealing.` });
  };
  compare(unitsOf(before), unitsOf(after), "Đơn vị", "Unit");
  compare(criteriaOf(before), criteriaOf(after), "Tiêu chí", "Criterion");
  const rulesBefore = isObject(before) && isObject(before.rules) ? before.rules : {};
  const rulesAfter = isObject(after) && isObject(after.rules) ? after.rules : {};
  const keys = new Set([...Object.keys(rulesBefore), ...Object.keys(rulesAfter)]);
  for (const key of [...keys].sort()) {
    if (canonicalJson(rulesBefore[key]) === canonicalJson(rulesAfter[key])) continue;
    const name = Object.prototype.hasOwnProperty.call(RULE_NAMES, key) ? RULE_NAMES[key] : key;
    changes.push({ kind: "structure", message: `Quy tắc «${name}» (rules.${key}) đã đổi sau khi niêm phong.`, messageEn: `The rule “rules.${key}” was changed after sealing.` });
  }
  return changes;
}

interface Slot {
  cell: CellRef;
  value: SealValue;
  formula: string | null;
}

function slots(regions: readonly SealedRegion[]): Map<string, Slot> {
  const out = new Map<string, Slot>();
  for (const region of regions) {
    region.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = regionCell(region, i, j);
        const key = `${region.sheet}\u0000${cell.address}`;
        if (!out.has(key)) out.set(key, { cell, value, formula: region.formulas[i]?.[j] ?? null });
      }),
    );
  }
  return out;
}

/** Every cell of Khối's regions that differs: typed values, formulas replaced or changed, and (after those) results. */
export function cellChanges(before: readonly SealedRegion[], after: readonly SealedRegion[]): SealChange[] {
  const was = slots(before);
  const now = slots(after);
  const inputs: SealChange[] = [];
  const formulas: SealChange[] = [];
  const results: SealChange[] = [];
  const keys = [...was.keys(), ...[...now.keys()].filter((k) => !was.has(k))];
  for (const key of keys) {
    const a = was.get(key);
    const b = now.get(key);
    const cell = (b ?? a)!.cell;
    const where = `${cell.sheet}!${cell.address}`;
    const old = a?.value ?? null;
    const value = b?.value ?? null;
    const aFormula = a?.formula ?? null;
    const bFormula = b?.formula ?? null;
    if (aFormula !== null && bFormula !== null) {
      if (aFormula !== bFormula) {
        formulas.push({ kind: "formula", cell, old, new: value, message: `${where}: công thức đã bị đổi sau khi niêm phong (${showValue(old)} → ${showValue(value)}).`, messageEn: `${where}: the formula was changed after sealing (${showValue(old, "en")} → ${showValue(value, "en")}).` });
      } else if (old !== null && value !== null && !sameSealValue(old, value)) {
        results.push({ kind: "result", cell, old, new: value, message: `${where}: ${showValue(old)} → ${showValue(value)} (kết quả tính lại).`, messageEn: `${where}: ${showValue(old, "en")} → ${showValue(value, "en")} (recalculated result).` });
      }
      continue;
    }
    if (aFormula !== null) {
      formulas.push({ kind: "formula", cell, old, new: value, message: `${where}: công thức bị thay bằng giá trị ${showValue(value)} (trước là ${showValue(old)}).`, messageEn: `${where}: the formula was replaced by the value ${showValue(value, "en")} (was ${showValue(old, "en")}).` });
      continue;
    }
    if (bFormula !== null || !sameSealValue(old, value)) {
      inputs.push({ kind: "input", cell, old, new: value, message: `${where}: ${showValue(old)} → ${showValue(value)}.`, messageEn: `${where}: ${showValue(old, "en")} → ${showValue(value, "en")}.` });
    }
  }
  return [...inputs, ...formulas, ...results];
}

/** Paths of the block document that differ (the last word when no cell explains a changed hash). */
export function documentChanges(before: unknown, after: unknown, limit = 50): SealChange[] {
  const out: SealChange[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (canonicalJson(a) === canonicalJson(b)) return;
    if (isObject(a) && isObject(b)) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) walk(a[k], b[k], path ? `${path}.${k}` : k);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`));
      return;
    }
    const show = (v: unknown): string => (v === undefined ? "(không có)" : JSON.stringify(v).slice(0, 80));
    out.push({ kind: "document", message: `${path}: ${show(a)} → ${show(b)}.`, messageEn: `${path}: ${show(a)} → ${show(b)}.` });
  };
  walk(before, after, "");
  return out;
}

export function contentChanges(before: SealContent, after: SealContent): SealChange[] {
  const changes = [...structuralChanges(before.doc, after.doc), ...cellChanges(before.regions, after.regions)];
  if (changes.length > 0) return changes;
  const doc = documentChanges(before.doc, after.doc);
  return doc.length > 0 ? doc : documentChanges(before.results, after.results);
}
