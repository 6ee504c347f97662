// What a unit's self-scoring form is made of, as data both the form and the import compare: per leaf its code,
// parent, type, maximum, method parameters and this unit's target. Their fingerprint travels hidden in the form,
// so a returned form whose criteria no longer match the master (edited by the unit, or changed by the leader since)
// is refused with the difference shown.
import type { Block, CriterionLeaf, ScoreValue } from "../core/types";
import { LAYERS_BY_PRECEDENCE } from "../core/types";
import { canonicalJson, fnv1a64 } from "../workbook/fingerprint";
import { criterionRows } from "../workbook/tree";

/** One scored criterion of a form. Fields absent when they do not apply (no method for a points leaf). */
export interface FormItem {
  code: string;
  parent: string | null;
  type: CriterionLeaf["type"];
  max: number;
  method?: string;
  cap?: number;
  base?: string;
  bands?: [number, number][];
  per?: number;
  /** This unit's registered target (target leaves and any leaf the block registers one for). */
  target?: ScoreValue;
}

export const FORM_SCHEMA = "khoi-form/1";

/** The unit's items in sheet order (depth-first, as Chấm điểm). */
export function formItems(block: Block, unitId: string): FormItem[] {
  const targets = block.targets?.[unitId];
  return criterionRows(block.criteria).flatMap((row) => {
    const leaf = row.leaf;
    if (!leaf) return [];
    const item: FormItem = { code: leaf.code, parent: row.parent, type: leaf.type, max: leaf.max };
    if (leaf.method !== undefined) item.method = leaf.method;
    if (leaf.cap !== undefined) item.cap = leaf.cap;
    if (leaf.base !== undefined) item.base = leaf.base;
    if (leaf.bands !== undefined) item.bands = leaf.bands;
    if (leaf.per !== undefined) item.per = leaf.per;
    const target = targets?.[leaf.code];
    if (target !== undefined && target !== null && target !== "") item.target = target;
    return [item];
  });
}

/** "fnv1a64:<hex>" over the canonical JSON of the items: equal criteria and targets give equal text. */
export function formFingerprint(items: readonly FormItem[]): string {
  return `fnv1a64:${fnv1a64(canonicalJson(items))}`;
}

/** A unit's effective value of a criterion (spec 2.1): the first of final, appraised, self that is not blank. */
export function effectiveValue(block: Block, unitId: string, code: string): ScoreValue | undefined {
  for (const layer of LAYERS_BY_PRECEDENCE) {
    const v = block.scores[layer]?.[unitId]?.[code];
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

/** The differences between two item lists, one line per criterion and field, in Vietnamese and English. */
export function itemDifferences(expected: readonly FormItem[], found: readonly FormItem[]): { vi: string; en: string }[] {
  const out: { vi: string; en: string }[] = [];
  const mine = new Map(found.map((i) => [i.code, i]));
  const theirs = new Map(expected.map((i) => [i.code, i]));
  const show = (v: unknown): string => (v === undefined ? "(trống)" : typeof v === "string" ? v : canonicalJson(v));
  const showEn = (v: unknown): string => (v === undefined ? "(blank)" : typeof v === "string" ? v : canonicalJson(v));
  const FIELD_VI: Record<string, string> = {
    parent: "nhóm", type: "loại", max: "điểm tối đa", method: "cách tính", cap: "mức trần", base: "cơ sở so sánh", bands: "các mức", per: "điểm mỗi lần", target: "chỉ tiêu giao ước",
  };
  for (const item of expected) {
    const other = mine.get(item.code);
    if (!other) {
      out.push({ vi: `thiếu tiêu chí ${item.code}`, en: `criterion ${item.code} is missing` });
      continue;
    }
    for (const field of Object.keys(FIELD_VI) as (keyof FormItem)[]) {
      if (canonicalJson(item[field]) !== canonicalJson(other[field])) {
        out.push({
          vi: `${item.code}: ${FIELD_VI[field]} ${show(other[field])}, trong sổ là ${show(item[field])}`,
          en: `${item.code}: ${field} ${showEn(other[field])}, the workbook has ${showEn(item[field])}`,
        });
      }
    }
  }
  for (const item of found) {
    if (!theirs.has(item.code)) out.push({ vi: `tiêu chí ${item.code} không có trong sổ`, en: `criterion ${item.code} is not in the workbook` });
  }
  return out;
}
