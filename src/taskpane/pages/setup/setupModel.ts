// The set-up form as data: its starting values from a template (or from the block already in the workbook), and
// the block it describes, checked by the engine's parser. Pure: the page renders it, tests drive it.
import { parseBlock } from "../../../core/parse";
import { nameKey } from "../../../core/text/normalize";
import { isGroup, type Block, type CriterionNode, type Finding } from "../../../core/types";
import { BUILT_IN_TEMPLATES, findTemplate, instantiateTemplate, type BlockTemplate } from "../../../templates";
import { parseUnitList, type UnitList } from "./units";

export interface TierForm {
  id: string;
  label: string;
  /** Text as typed, so a half-typed number is not lost. */
  count: string;
  minScore: string;
}

export interface TieKeyForm {
  key: string;
  on: boolean;
}

export interface SetupForm {
  templateId: string;
  blockName: string;
  year: string;
  unitsText: string;
  scale: string;
  tiers: TierForm[];
  /** Every tie-break key the template allows, in the chosen order; `on` = used. */
  tieBreak: TieKeyForm[];
}

/** Every tie-break key a template allows: its top-level groups, penalty, bonus, targets exceeded, ballots per tier. */
export function tieBreakKeys(criteria: readonly CriterionNode[], tierIds: readonly string[]): string[] {
  const groups = criteria.filter(isGroup).map((g) => `group:${g.code}`);
  return [...groups, "penalty", "bonus", "exceeded", ...tierIds.map((id) => `vote:${id}`)];
}

/** The form as a template starts it: its scale, award tiers and tie-break chain (chosen keys first). */
export function formFromTemplate(template: BlockTemplate, keep: Pick<SetupForm, "blockName" | "year" | "unitsText">): SetupForm {
  const chosen = template.rules.tieBreak ?? [];
  const all = tieBreakKeys(template.criteria, template.rules.awards.map((t) => t.id));
  return {
    templateId: template.id,
    ...keep,
    scale: String(template.rules.scale),
    tiers: template.rules.awards.map((t) => ({
      id: t.id, label: t.label ?? t.id, count: String(t.count), minScore: t.minScore === undefined ? "" : String(t.minScore),
    })),
    tieBreak: [...chosen.filter((k) => all.includes(k)), ...all.filter((k) => !chosen.includes(k))].map((key) => ({ key, on: chosen.includes(key) })),
  };
}

export function initialForm(year: number): SetupForm {
  return formFromTemplate(BUILT_IN_TEMPLATES[0], { blockName: "", year: String(year), unitsText: "" });
}

/** What the block already in the workbook says: its name, year and units (with the ids the values are keyed by). */
export interface ExistingBlock {
  blockName: string;
  year: string;
  unitsText: string;
  /** nameKey(unit name) → unit id. */
  ids: Map<string, string>;
}

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The form with what the workbook's block says: name, year, units, and the rules where the template has the same
 *  tiers and tie-break keys (so upgrading does not quietly reset the block's own choices). */
export function formWithExisting(form: SetupForm, existing: ExistingBlock, doc: unknown): SetupForm {
  const rules = (asRecord(doc).rules ?? {}) as Record<string, unknown>;
  const awards = Array.isArray(rules.awards) ? (rules.awards as Record<string, unknown>[]) : [];
  const chosen = Array.isArray(rules.tieBreak) ? (rules.tieBreak as unknown[]).filter((k): k is string => typeof k === "string") : null;
  const keys = form.tieBreak.map((k) => k.key);
  return {
    ...form,
    blockName: existing.blockName || form.blockName,
    year: existing.year || form.year,
    unitsText: existing.unitsText || form.unitsText,
    scale: typeof rules.scale === "number" ? String(rules.scale) : form.scale,
    tiers: form.tiers.map((tier) => {
      const own = awards.find((a) => a?.id === tier.id);
      if (!own) return tier;
      return {
        ...tier,
        count: typeof own.count === "number" ? String(own.count) : tier.count,
        minScore: typeof own.minScore === "number" ? String(own.minScore) : own.minScore === undefined || own.minScore === null ? "" : tier.minScore,
      };
    }),
    tieBreak: chosen
      ? [...chosen.filter((k) => keys.includes(k)), ...keys.filter((k) => !chosen.includes(k))].map((key) => ({ key, on: chosen.includes(key) }))
      : form.tieBreak,
  };
}

export function existingFromDoc(doc: unknown): ExistingBlock {
  const block = asRecord(doc);
  const info = asRecord(block.block);
  const units = Array.isArray(block.units) ? (block.units as Record<string, unknown>[]) : [];
  const ids = new Map<string, string>();
  const names: string[] = [];
  for (const unit of units) {
    if (typeof unit?.name !== "string" || typeof unit.id !== "string" || unit.name.trim() === "") continue;
    ids.set(nameKey(unit.name), unit.id);
    names.push(unit.name);
  }
  return {
    blockName: typeof info.name === "string" ? info.name : "",
    year: typeof info.year === "number" ? String(info.year) : "",
    unitsText: names.join("\n"),
    ids,
  };
}

/** Why the form cannot make a block yet; keys of the page's message table, with parameters. */
export type SetupProblem =
  | { key: "setup.problem.name" }
  | { key: "setup.problem.year" }
  | { key: "setup.problem.units" }
  | { key: "setup.problem.duplicate"; params: { name: string; lines: string } }
  | { key: "setup.problem.scale" }
  | { key: "setup.problem.tier"; params: { tier: string } }
  | { key: "setup.problem.finding"; finding: Finding };

export interface SetupResult {
  block: Block | null;
  units: UnitList;
  criteria: number;
  problems: SetupProblem[];
}

const number = (text: string): number | null => {
  const t = text.trim().replace(",", ".");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
};

function leafCount(nodes: readonly CriterionNode[]): number {
  return nodes.reduce((n, node) => n + (isGroup(node) ? leafCount(node.children) : 1), 0);
}

/** The block the form describes, or the problems that stop it. */
export function blockFromForm(form: SetupForm, knownIds: ReadonlyMap<string, string> = new Map()): SetupResult {
  const template = findTemplate(form.templateId) ?? BUILT_IN_TEMPLATES[0];
  const units = parseUnitList(form.unitsText, knownIds);
  const problems: SetupProblem[] = [];
  const name = form.blockName.trim();
  const year = number(form.year);
  const scale = number(form.scale);
  if (name === "") problems.push({ key: "setup.problem.name" });
  if (year === null || !Number.isInteger(year) || year < 1900 || year > 2200) problems.push({ key: "setup.problem.year" });
  if (units.units.length === 0) problems.push({ key: "setup.problem.units" });
  for (const d of units.duplicates) problems.push({ key: "setup.problem.duplicate", params: { name: d.name, lines: d.lines.join(", ") } });
  if (scale === null || Number.isNaN(scale) || scale <= 0) problems.push({ key: "setup.problem.scale" });
  const awards = form.tiers.map((tier) => {
    const count = number(tier.count);
    const minScore = number(tier.minScore);
    if (count === null || !Number.isInteger(count) || count < 0 || Number.isNaN(minScore as number)) {
      problems.push({ key: "setup.problem.tier", params: { tier: tier.label } });
    }
    const original = template.rules.awards.find((a) => a.id === tier.id);
    const award: Record<string, unknown> = { ...original, id: tier.id, label: tier.label, count: count ?? 0 };
    if (minScore === null || Number.isNaN(minScore)) delete award.minScore;
    else award.minScore = minScore;
    return award;
  });
  const criteria = leafCount(template.criteria);
  if (problems.length > 0) return { block: null, units, criteria, problems };

  const doc = instantiateTemplate(template, { blockName: name, year: year as number, units: units.units.map((u) => ({ id: u.id, name: u.name })) });
  const rules = doc.rules as Record<string, unknown>;
  rules.scale = scale;
  rules.awards = awards;
  rules.tieBreak = form.tieBreak.filter((k) => k.on).map((k) => k.key);
  const parsed = parseBlock(doc);
  const errors = parsed.findings.filter((f) => f.severity === "error");
  if (!parsed.block || errors.length > 0) {
    return { block: null, units, criteria, problems: (errors.length > 0 ? errors : parsed.findings).map((finding) => ({ key: "setup.problem.finding", finding })) };
  }
  return { block: parsed.block, units, criteria, problems: [] };
}
