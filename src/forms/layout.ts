// A unit's self-scoring form as a layout (the same WorkbookLayout the block workbook uses, so one adapter writes
// both): block, year and unit; per criterion its maximum, the unit's target, an input cell pre-filled with the
// current self score, an evidence/notes cell, guidance and the leaf score; the unit's total. Native formulas only,
// built by the block workbook's own formula builders (src/workbook/native.ts), so the form computes what the engine
// does. A hidden sheet holds the form id (block id, year, unit id) and the fingerprint of the criteria. Pure.
import type { Block, CriterionLeaf, Unit } from "../core/types";
import { cellAddress, rangeAddress } from "../workbook/a1";
import { SheetBuilder, STYLE } from "../workbook/context";
import { blockId } from "../workbook/fingerprint";
import { LEAF_TYPE_LABELS, METHOD_LABELS, YES_NO } from "../workbook/labels";
import type { CellValue, FormulaCell, Language, LayoutCell, SheetLayout, ValidationRule, WorkbookLayout } from "../workbook/model";
import { baseFormula, excess, groupSum, kindSum, leafScore, totalFormula } from "../workbook/native";
import { runs } from "../workbook/sheets/scores";
import { cellValueOf, yesNoCell } from "../workbook/sheets/values";
import { criterionRows, usableWeights, type CriterionRow } from "../workbook/tree";
import { effectiveValue, FORM_SCHEMA, formFingerprint, formItems, type FormItem } from "./items";
import { FORM_TEXTS } from "./texts";

/** The hidden key row's fields, in column order: the reader finds columns by these keys, never by position. */
export const FORM_KEYS = ["code", "name", "max", "target", "value", "score", "note", "guide", "kind", "excess", "best", "weight"] as const;
export type FormKey = (typeof FORM_KEYS)[number];
const COL = Object.fromEntries(FORM_KEYS.map((k, i) => [k, i])) as Record<FormKey, number>;

/** 0-based rows of the form sheet. */
export const FORM_ROWS = { title: 0, block: 1, unit: 2, year: 3, instructions: 4, header: 6, keys: 7, first: 8 } as const;

export interface FormOptions {
  language?: Language;
}

export interface UnitForm {
  unit: Unit;
  layout: WorkbookLayout;
  items: FormItem[];
  fingerprint: string;
  /** The form id. */
  blockId: string;
  year: number;
  /** The total cell on the form sheet, e.g. "F31". */
  totalCell: string;
}

const at = (row: number, key: FormKey): string => cellAddress(row, COL[key]);
const span = (r1: number, r2: number, key: FormKey): string => `${cellAddress(r1, COL[key], true)}:${cellAddress(r2, COL[key], true)}`;

/** e(u) of each other unit for a relative leaf, from its effective value: their best, or null when none is usable. */
function othersBestExcess(block: Block, unitId: string, leaf: CriterionLeaf): number | null {
  let best: number | null = null;
  for (const other of block.units) {
    if (other.id === unitId) continue;
    const a = effectiveValue(block, other.id, leaf.code);
    const t = block.targets?.[other.id]?.[leaf.code];
    if (typeof a !== "number" || !Number.isFinite(a) || a < 0 || typeof t !== "number" || !Number.isFinite(t) || t <= 0) continue;
    const e = leaf.base === "absolute" ? a - t : (a - t) / t;
    if (best === null || e > best) best = e;
  }
  return best;
}

function guidance(leaf: CriterionLeaf, lang: Language): string {
  const g = FORM_TEXTS[lang].guide;
  const parts: string[] = [];
  switch (leaf.type) {
    case "points": parts.push(g.points(leaf.max)); break;
    case "bonus": parts.push(g.bonus(leaf.max)); break;
    case "penalty": parts.push(g.penalty(leaf.max)); break;
    case "yesno": parts.push(g.yesno(YES_NO[lang].yes, YES_NO[lang].no)); break;
    case "count": parts.push(g.count(typeof leaf.per === "number" && leaf.per > 0 ? leaf.per : 1, leaf.max)); break;
    case "target":
      parts.push(g.target(leaf.method ? METHOD_LABELS[lang][leaf.method] : "?"));
      if (leaf.method === "relative") parts.push(g.relative);
      break;
  }
  if (leaf.note) parts.push(leaf.note);
  return parts.join(" ");
}

function validationFor(leaf: CriterionLeaf, lang: Language): Omit<ValidationRule, "ranges"> | null {
  const v = FORM_TEXTS[lang].validation;
  switch (leaf.type) {
    case "points":
    case "bonus":
    case "penalty":
      return { kind: "decimal", min: 0, max: leaf.max, errorTitle: v.title, error: v.number(leaf.max) };
    case "count":
      return { kind: "whole", min: 0, errorTitle: v.title, error: v.whole };
    case "yesno":
      return { kind: "list", list: [YES_NO[lang].yes, YES_NO[lang].no], errorTitle: v.title, error: v.yesno };
    case "target":
      return { kind: "decimal", min: 0, errorTitle: v.title, error: v.nonNegative };
    default:
      return null;
  }
}

/** The self-scoring form of one unit. Throws when the unit is not in the block (callers check ids first). */
export function buildFormLayout(block: Block, unitId: string, options: FormOptions = {}): UnitForm {
  const lang: Language = options.language === "en" ? "en" : "vi";
  const t = FORM_TEXTS[lang];
  const unit = block.units.find((u) => u.id === unitId);
  if (!unit) throw new Error(`unit ${unitId} is not in the block`);
  const rows = criterionRows(block.criteria);
  const items = formItems(block, unitId);
  const itemOf = new Map(items.map((i) => [i.code, i]));
  const fingerprint = formFingerprint(items);
  const id = blockId(block);
  const year = block.block.year;
  const self = block.scores.self?.[unitId] ?? {};
  const first = FORM_ROWS.first;
  const rowAt = (j: number): number => first + j;

  const b = new SheetBuilder("scores", t.sheet);
  b.columns([
    8, 40, 9, 11, 11, 9, 26, 30,
    { width: 8, hidden: true }, { width: 8, hidden: true }, { width: 8, hidden: true }, { width: 8, hidden: true },
  ]);
  b.region("form.title", FORM_ROWS.title, 0, [[t.title(year)]], "title", { style: STYLE.title });
  b.merge(FORM_ROWS.title, 0, FORM_ROWS.title, COL.guide);
  const heading: [number, string, CellValue][] = [[FORM_ROWS.block, t.block, block.block.name], [FORM_ROWS.unit, t.unit, unit.name], [FORM_ROWS.year, t.year, year]];
  for (const [row, label, value] of heading) {
    b.region(`form.heading.${row}`, row, 0, [[label, value]], "text", { style: { bold: true, horizontal: "left" } });
    b.merge(row, 1, row, COL.guide);
  }
  b.region("form.instructions", FORM_ROWS.instructions, 0, [[t.instructions]], "text", { style: { ...STYLE.note, wrap: true, vertical: "top" } });
  b.merge(FORM_ROWS.instructions, 0, FORM_ROWS.instructions, COL.guide);
  b.row(FORM_ROWS.instructions, { height: 45 });
  const h = t.headers;
  b.region("form.header", FORM_ROWS.header, 0, [[h.code, h.name, h.max, h.target, h.value, h.score, h.note, h.guide]], "header", { style: STYLE.header });
  b.row(FORM_ROWS.header, { height: 30 });
  b.region("form.keys", FORM_ROWS.keys, 0, [[...FORM_KEYS]], "key", { style: STYLE.key });
  b.row(FORM_ROWS.keys, { hidden: true });

  const last = rowAt(Math.max(rows.length, 1) - 1);
  const types = LEAF_TYPE_LABELS[lang];
  // Code, name, max and target (locked); score (computed); guide; hidden helpers. Inputs and notes below.
  const labels: LayoutCell[][] = [];
  const scores: LayoutCell[][] = [];
  const guides: LayoutCell[][] = [];
  const helpers: LayoutCell[][] = [];
  const values: LayoutCell[][] = [];
  rows.forEach((row: CriterionRow, j) => {
    const r = rowAt(j);
    const leaf = row.leaf;
    const below = row.end > j ? [rowAt(j + 1), rowAt(row.end)] : null;
    if (!leaf) {
      const sum = (key: FormKey): FormulaCell | number =>
        below ? { formula: groupSum(span(below[0], below[1], key), span(below[0], below[1], "kind")) } : 0;
      labels.push([row.node.code, row.node.name, sum("max"), null]);
      scores.push([sum("score")]);
      guides.push([row.node.note ?? null]);
      helpers.push(["group", null, null, row.baseGroup && typeof row.node.weight === "number" ? row.node.weight : null]);
      values.push([null, null]);
      return;
    }
    const item = itemOf.get(leaf.code);
    const relative = leaf.type === "target" && leaf.method === "relative" && row.kind !== "invalid";
    labels.push([leaf.code, `${"   ".repeat(row.depth)}${leaf.name}`, leaf.max, cellValueOf(item?.target)]);
    const formula = leafScore(leaf, row.kind === "invalid", {
      value: at(r, "value"), max: at(r, "max"), target: at(r, "target"),
      excess: at(r, "excess"), bestExcess: `MAX(${at(r, "excess")},${at(r, "best")})`,
    });
    scores.push([{ formula }]);
    guides.push([guidance(leaf, lang) || types[leaf.type]]);
    helpers.push([
      row.kind,
      relative ? { formula: excess(leaf, at(r, "value"), at(r, "target")) } : null,
      relative ? othersBestExcess(block, unitId, leaf) : null,
      row.baseGroup && typeof leaf.weight === "number" ? leaf.weight : null,
    ]);
    values.push([leaf.type === "yesno" ? yesNoCell(self[leaf.code], lang) : cellValueOf(self[leaf.code]), null]);
  });

  if (rows.length > 0) {
    b.region("form.labels", first, 0, labels, "computed", { style: STYLE.computed, columnFormats: [null, null, "0.##", null] });
    b.region("form.scores", first, COL.score, scores, "computed", { style: STYLE.computed, numberFormat: "0.00" });
    b.region("form.guides", first, COL.guide, guides, "text", { style: { ...STYLE.computed, wrap: true, fontSize: 9 } });
    b.region("form.helpers", first, COL.kind, helpers, "helper", { style: STYLE.helper });
    const isInput = (r: CriterionRow): boolean => r.leaf !== null && r.kind !== "invalid";
    for (const [s, e] of runs(rows, isInput)) {
      b.region(`form.values.${s}`, rowAt(s), COL.value, values.slice(s, e + 1).map((v) => [v[0]]), "input", { style: { ...STYLE.input, fill: "FFF2CC" } });
      b.region(`form.notes.${s}`, rowAt(s), COL.note, values.slice(s, e + 1).map((v) => [v[1]]), "input", { style: { ...STYLE.input, wrap: true } });
    }
    for (const [s, e] of runs(rows, (r) => !isInput(r))) {
      b.region(`form.values.locked.${s}`, rowAt(s), COL.value, values.slice(s, e + 1).map(() => [null]), "computed", { style: STYLE.group });
      b.region(`form.notes.locked.${s}`, rowAt(s), COL.note, values.slice(s, e + 1).map(() => [null]), "computed", { style: STYLE.group });
    }
    const groupRows = rows.map((r, j) => (r.leaf ? -1 : rowAt(j))).filter((r) => r >= 0);
    b.format(groupRows.map((r) => rangeAddress(r, 0, r, COL.score)), { bold: true, fill: "EDEDED" });
    // One validation rule per kind of entry.
    const byRule = new Map<string, { rule: Omit<ValidationRule, "ranges">; ranges: string[] }>();
    rows.forEach((row, j) => {
      if (!row.leaf || row.kind === "invalid") return;
      const rule = validationFor(row.leaf, lang);
      if (!rule) return;
      const key = JSON.stringify(rule);
      const entry = byRule.get(key) ?? { rule, ranges: [] };
      entry.ranges.push(at(rowAt(j), "value"));
      byRule.set(key, entry);
    });
    for (const { rule, ranges } of byRule.values()) b.validation({ ...rule, ranges });
  }

  // Totals: base (plain, or weighted with the scale), bonus, penalty, total, as the block workbook computes them.
  const totalsRow = last + 2;
  const baseGroupRows = rows.map((r, j) => (r.baseGroup ? rowAt(j) : -1)).filter((r) => r >= 0);
  const weights = usableWeights(rows);
  const scaleCell = at(totalsRow, "weight");
  const base = baseFormula(
    baseGroupRows.map((r) => at(r, "score")),
    weights ? { scale: scaleCell, weights: baseGroupRows.map((r) => at(r, "weight")), maxima: baseGroupRows.map((r) => at(r, "max")) } : null,
  );
  const scoreSpan = span(first, last, "score");
  const kindSpan = span(first, last, "kind");
  const totals: LayoutCell[][] = [
    [t.base, { formula: base }],
    [t.bonus, { formula: kindSum(scoreSpan, kindSpan, "bonus") }],
    [t.penalty, { formula: kindSum(scoreSpan, kindSpan, "penalty") }],
    [t.total, { formula: totalFormula(at(totalsRow, "score"), at(totalsRow + 1, "score"), at(totalsRow + 2, "score")) }],
  ];
  totals.forEach((line, i) => {
    const r = totalsRow + i;
    b.region(`form.total.label.${i}`, r, COL.name, [[line[0]]], "computed", { style: { bold: i === 3, horizontal: "right" } });
    b.merge(r, COL.name, r, COL.value);
    b.region(`form.total.value.${i}`, r, COL.score, [[line[1]]], "computed", { style: { ...STYLE.computed, bold: i === 3 }, numberFormat: "0.00" });
  });
  b.region("form.scale", totalsRow, COL.weight, [[block.rules.scale]], "helper", { style: STYLE.helper });
  b.region("form.totalNote", totalsRow + 4, COL.name, [[t.totalNote]], "text", { style: STYLE.note });
  const totalCell = at(totalsRow + 3, "score");

  b.sheet.frozen = { rows: FORM_ROWS.keys + 1, columns: 0 };
  b.sheet.tabColor = "2F75B5";
  b.sheet.print = {
    orientation: "portrait", paper: "A4", fitToWidth: true,
    titleRows: [FORM_ROWS.header + 1, FORM_ROWS.keys + 1],
    area: rangeAddress(0, 0, totalsRow + 4, COL.guide),
  };

  const meta = buildFormMeta(lang, [
    ["schema", FORM_SCHEMA],
    ["blockId", id],
    ["blockName", block.block.name],
    ["year", year],
    ["unitId", unit.id],
    ["unitName", unit.name],
    ["language", lang],
    ["fingerprint", fingerprint],
    ["sheet", t.sheet],
    ["keyRow", FORM_ROWS.keys + 1],
    ["total", totalCell],
    ...items.map((item): [string, CellValue] => [`item:${item.code}`, JSON.stringify(item)]),
  ]);

  const layout: WorkbookLayout = {
    meta: { schema: FORM_SCHEMA, layoutVersion: 1, formulas: "native", language: lang, blockId: id, criteriaFingerprint: fingerprint },
    sheets: [b.sheet, meta],
    names: [
      { name: "khoi_form", sheet: "meta", range: rangeAddress(0, 0, 10 + items.length, 1) },
      { name: "khoi_form_total", sheet: "scores", range: totalCell },
    ],
  };
  return { unit, layout, items, fingerprint, blockId: id, year, totalCell };
}

function buildFormMeta(lang: Language, rows: [string, CellValue][]): SheetLayout {
  const b = new SheetBuilder("meta", FORM_TEXTS[lang].metaSheet, "hidden");
  b.columns([20, 80]);
  b.region("formMeta.rows", 0, 0, rows, "computed");
  return b.sheet;
}
