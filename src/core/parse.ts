// Reading a khoi-block/1 document: shape checks (FORMAT_INVALID with the exact JSON path), rule and criterion
// checks that need no other part of the block, defaults, and NFC normalisation of names, codes and ids.
import { dict } from "./dict";
import { makeFinding } from "./messages";
import { MAX_MAGNITUDE } from "./limits";
import { childPath } from "./path";
import type { CriteriaProblem, FormatProblem, RulesProblem } from "./messages/params";
import { checkStructure } from "./structure";
import { normalizeName } from "./text/normalize";
import type {
  AwardTier, Block, BlockInfo, CriterionGroup, CriterionLeaf, CriterionNode, Declared, ExemplaryCategory, ExemplaryNominee, Finding, LayerName, LeaderTerm,
  LeafType, Rules, ScoreValue, TargetMethod, Unit, UnitValues, VoteRules, Votes,
} from "./types";
import { isGroup } from "./types";

type Json = Record<string, unknown>;

const LEAF_TYPES: readonly string[] = ["points", "yesno", "count", "bonus", "penalty", "target"] satisfies LeafType[];
const METHODS: readonly string[] = ["linear", "bands", "inverse", "relative"] satisfies TargetMethod[];
const LAYER_KEYS: readonly LayerName[] = ["self", "appraised", "final"];
/** Deeper trees are certainly a mistake, and recursion must stay bounded on hostile input. */
const MAX_DEPTH = 20;
/** One broken document should give a readable list, not thousands of lines. */
const MAX_FORMAT_FINDINGS = 100;

export const DEFAULT_SCALE = 100;
export const DEFAULT_LAYER_DIVERGENCE = 0.1;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** A positive number no larger than MAX_MAGNITUDE. */
const isPositiveBounded = (v: unknown): v is number => isFiniteNumber(v) && v > 0 && v <= MAX_MAGNITUDE;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");


/** NFC, trimmed, single spaces: the canonical spelling of names, codes and ids. */
export const nfcKey = (s: string): string => normalizeName(s);

class Reader {
  readonly formatFindings: Finding[] = [];
  readonly otherFindings: Finding[] = [];

  get failed(): boolean {
    return this.formatFindings.length > 0;
  }

  format(path: string, problem: FormatProblem, value?: unknown): void {
    if (this.formatFindings.length < MAX_FORMAT_FINDINGS) this.formatFindings.push(makeFinding("FORMAT_INVALID", { path, formatProblem: problem, value }));
  }

  rules(path: string, problem: RulesProblem, value?: unknown): void {
    this.otherFindings.push(makeFinding("RULES_INVALID", { path, rulesProblem: problem, value }));
  }

  criteria(path: string, code: string, name: string, problem: CriteriaProblem, value?: unknown): void {
    this.otherFindings.push(makeFinding("CRITERIA_INVALID", { path, criterion: { code, name }, criteriaProblem: problem, value }));
  }

  /** A required text: reports missing / wrong kind / empty, returns the normalised text or null. */
  requiredText(obj: Json, key: string, path: string, nonEmpty: boolean): string | null {
    const v = obj[key];
    const p = childPath(path, key);
    if (v === undefined) { this.format(p, "missing"); return null; }
    if (typeof v !== "string") { this.format(p, "text", v); return null; }
    const text = nfcKey(v);
    if (nonEmpty && text === "") { this.format(p, "nonEmptyText", v); return null; }
    return text;
  }

  /** An optional text: absent gives undefined, a wrong kind is reported. */
  optionalText(obj: Json, key: string, path: string): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") { this.format(childPath(path, key), "text", v); return undefined; }
    return nfcKey(v);
  }

  /** An optional object: absent gives null, a wrong kind is reported and also gives null. */
  optionalObject(obj: Json, key: string, path: string): Json | null {
    const v = obj[key];
    if (v === undefined || v === null) return null;
    if (!isObject(v)) { this.format(childPath(path, key), "object", v); return null; }
    return v;
  }
}

function readBlockInfo(r: Reader, doc: Json): BlockInfo | null {
  const raw = doc.block;
  if (raw === undefined) { r.format("block", "missing"); return null; }
  if (!isObject(raw)) { r.format("block", "object", raw); return null; }
  const name = r.requiredText(raw, "name", "block", false);
  let year: number | null = null;
  if (raw.year === undefined) r.format("block.year", "missing");
  else if (!Number.isInteger(raw.year)) r.format("block.year", "integer", raw.year);
  else year = raw.year as number;
  const info: BlockInfo = { name: name ?? "", year: year ?? 0 };
  for (const key of ["organizer", "leader", "deputy", "nextLeader", "nextDeputy", "note"] as const) {
    const text = r.optionalText(raw, key, "block");
    if (text !== undefined) info[key] = text;
  }
  const history = readHistory(r, raw.history);
  if (history) info.history = history;
  return info;
}

/** block.history: [{ year, leader?, deputy? }] — names as typed, years whole numbers. */
function readHistory(r: Reader, raw: unknown): LeaderTerm[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) { r.format("block.history", "array", raw); return undefined; }
  const terms: LeaderTerm[] = [];
  raw.forEach((entry, i) => {
    const path = `block.history[${i}]`;
    if (!isObject(entry)) { r.format(path, "object", entry); return; }
    if (!Number.isInteger(entry.year)) { r.format(childPath(path, "year"), "integer", entry.year); return; }
    const term: LeaderTerm = { year: entry.year as number };
    for (const key of ["leader", "deputy"] as const) {
      const text = r.optionalText(entry, key, path);
      if (text !== undefined && text !== "") term[key] = text;
    }
    terms.push(term);
  });
  return terms;
}

function readUnits(r: Reader, doc: Json): Unit[] {
  const raw = doc.units;
  if (raw === undefined) { r.format("units", "missing"); return []; }
  if (!Array.isArray(raw)) { r.format("units", "array", raw); return []; }
  if (raw.length === 0) { r.format("units", "nonEmptyArray"); return []; }
  const units: Unit[] = [];
  raw.forEach((entry, i) => {
    const path = childPath("units", i);
    if (!isObject(entry)) { r.format(path, "object", entry); return; }
    const id = r.requiredText(entry, "id", path, true);
    const name = r.requiredText(entry, "name", path, true);
    let titles: string[] = [];
    if (entry.titles !== undefined && entry.titles !== null) {
      if (isTextList(entry.titles)) titles = entry.titles.map(nfcKey).filter((t) => t !== "");
      else r.format(childPath(path, "titles"), "textList", entry.titles);
    }
    let disqualified: string | null = null;
    const dq = entry.disqualified;
    if (dq !== undefined && dq !== null) {
      if (typeof dq !== "string") r.format(childPath(path, "disqualified"), "textOrNull", dq);
      // A blank reason is a cleared cell, not a reason.
      else if (nfcKey(dq) !== "") disqualified = nfcKey(dq);
    }
    if (id !== null && name !== null) units.push({ id, name, titles, disqualified });
  });
  return units;
}

/** The first problem that makes a leaf unusable, or null. */
function leafProblem(raw: Json): { problem: CriteriaProblem; value?: unknown } | null {
  if (typeof raw.type !== "string" || !LEAF_TYPES.includes(raw.type)) return { problem: "type", value: raw.type };
  if (!isPositiveBounded(raw.max)) return { problem: "max", value: raw.max };
  if (raw.per !== undefined && !isPositiveBounded(raw.per)) return { problem: "per", value: raw.per };
  if (raw.type !== "target") return null;
  if (typeof raw.method !== "string" || !METHODS.includes(raw.method)) return { problem: "method", value: raw.method };
  if (raw.cap !== undefined && !isPositiveBounded(raw.cap)) return { problem: "cap", value: raw.cap };
  if (raw.base !== undefined && raw.base !== "percent" && raw.base !== "absolute") return { problem: "base", value: raw.base };
  if (raw.method === "bands") {
    const bands = raw.bands;
    const wellFormed =
      Array.isArray(bands) && bands.length > 0 &&
      bands.every((b) => Array.isArray(b) && b.length === 2 && isFiniteNumber(b[0]) && b[0] >= 0 && isFiniteNumber(b[1]) && b[1] >= 0 && b[1] <= 1);
    if (!wellFormed) return { problem: "bands", value: bands };
  }
  return null;
}

function readNode(r: Reader, raw: unknown, path: string, depth: number): CriterionNode | null {
  if (!isObject(raw)) { r.format(path, "object", raw); return null; }
  const code = r.requiredText(raw, "code", path, true);
  const name = r.optionalText(raw, "name", path) ?? "";
  const note = typeof raw.note === "string" ? raw.note : undefined;
  // A weight that is not a number is kept as NaN so the weight check reports it with the others.
  const weight = raw.weight === undefined || raw.weight === null ? undefined : isFiniteNumber(raw.weight) ? raw.weight : Number.NaN;
  if (raw.children !== undefined && raw.children !== null) {
    const childrenPath = childPath(path, "children");
    if (!Array.isArray(raw.children)) { r.format(childrenPath, "array", raw.children); return null; }
    if (depth >= MAX_DEPTH) { r.format(childrenPath, "tooDeep"); return null; }
    const children: CriterionNode[] = [];
    raw.children.forEach((child, i) => {
      const node = readNode(r, child, childPath(childrenPath, i), depth + 1);
      if (node) children.push(node);
    });
    if (code === null) return null;
    const group: CriterionGroup = { code, name, children };
    if (weight !== undefined) group.weight = weight;
    if (note !== undefined) group.note = note;
    return group;
  }
  if (code === null) return null;
  const problem = leafProblem(raw);
  if (problem) r.criteria(path, code, name, problem.problem, problem.value);
  const leaf: CriterionLeaf = {
    code, name,
    type: problem === null || problem.problem !== "type" ? (raw.type as LeafType) : "points",
    max: isPositiveBounded(raw.max) ? raw.max : 0,
  };
  if (problem) leaf.invalid = true;
  if (typeof raw.method === "string" && METHODS.includes(raw.method)) leaf.method = raw.method as TargetMethod;
  if (isFiniteNumber(raw.cap)) leaf.cap = raw.cap;
  if (raw.base === "percent" || raw.base === "absolute") leaf.base = raw.base;
  if (Array.isArray(raw.bands) && problem?.problem !== "bands") leaf.bands = (raw.bands as [number, number][]).map((b) => [b[0], b[1]]);
  if (isFiniteNumber(raw.per)) leaf.per = raw.per;
  if (weight !== undefined) leaf.weight = weight;
  if (note !== undefined) leaf.note = note;
  return leaf;
}

function readCriteria(r: Reader, doc: Json): CriterionNode[] {
  const raw = doc.criteria;
  if (raw === undefined) { r.format("criteria", "missing"); return []; }
  if (!Array.isArray(raw)) { r.format("criteria", "array", raw); return []; }
  const nodes: CriterionNode[] = [];
  raw.forEach((entry, i) => {
    const node = readNode(r, entry, childPath("criteria", i), 0);
    if (node) nodes.push(node);
  });
  return nodes;
}

/** unit id -> code -> value, with both levels' keys normalised. */
function readUnitValues(r: Reader, raw: Json | null, path: string): UnitValues {
  const out = dict<Record<string, ScoreValue>>();
  if (!raw) return out;
  for (const unitId of Object.keys(raw)) {
    const row = raw[unitId];
    if (row === null || row === undefined) continue;
    if (!isObject(row)) { r.format(childPath(path, unitId), "object", row); continue; }
    const key = nfcKey(unitId);
    const target = out[key] ?? (out[key] = dict<ScoreValue>());
    for (const code of Object.keys(row)) target[nfcKey(code)] = row[code] as ScoreValue;
  }
  return out;
}

function readRules(r: Reader, doc: Json): Rules {
  const rules: Rules = { scale: DEFAULT_SCALE, tieBreak: [], awards: [], vote: {}, layerDivergence: DEFAULT_LAYER_DIVERGENCE };
  const raw = r.optionalObject(doc, "rules", "");
  if (!raw) return rules;

  if (raw.scale !== undefined) {
    if (isPositiveBounded(raw.scale)) rules.scale = raw.scale;
    else r.rules("rules.scale", "scale", raw.scale);
  }

  if (raw.awards !== undefined && raw.awards !== null) {
    if (!Array.isArray(raw.awards)) r.rules("rules.awards", "awardsList", raw.awards);
    else raw.awards.forEach((entry, i) => {
      const tier = readTier(r, entry, childPath("rules.awards", i));
      if (!tier) return;
      if (rules.awards.some((t) => t.id === tier.id)) r.rules(childPath(childPath("rules.awards", i), "id"), "awardDuplicate", tier.id);
      else rules.awards.push(tier);
    });
  }

  if (raw.vote !== undefined && raw.vote !== null) {
    if (!isObject(raw.vote)) r.rules("rules.vote", "voteRules", raw.vote);
    else rules.vote = readVoteRules(r, raw.vote);
  }

  if (raw.layerDivergence !== undefined) {
    if (isFiniteNumber(raw.layerDivergence) && raw.layerDivergence >= 0) rules.layerDivergence = raw.layerDivergence;
    else r.rules("rules.layerDivergence", "layerDivergence", raw.layerDivergence);
  }
  return rules;
}

/** Tie-break keys (spec 3), checked against the criteria and awards already read; bad keys are reported and dropped. */
function readTieBreak(r: Reader, doc: Json, criteria: CriterionNode[], tiers: AwardTier[]): string[] {
  const raw = isObject(doc.rules) ? doc.rules.tieBreak : undefined;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) { r.rules("rules.tieBreak", "tieBreakList", raw); return []; }
  const codes = new Set<string>();
  const collect = (nodes: CriterionNode[]): void => nodes.forEach((n) => { codes.add(n.code); if (isGroup(n)) collect(n.children); });
  collect(criteria);
  const keys: string[] = [];
  raw.forEach((key, i) => {
    const path = childPath("rules.tieBreak", i);
    const text = typeof key === "string" ? nfcKey(key) : "";
    if (text === "penalty" || text === "bonus" || text === "exceeded") keys.push(text);
    else if (text.startsWith("group:")) {
      if (codes.has(nfcKey(text.slice("group:".length)))) keys.push(`group:${nfcKey(text.slice("group:".length))}`);
      else r.rules(path, "tieBreakGroup", key);
    } else if (text.startsWith("vote:")) {
      const id = nfcKey(text.slice("vote:".length));
      if (tiers.some((t) => t.id === id)) keys.push(`vote:${id}`);
      else r.rules(path, "tieBreakVote", key);
    } else r.rules(path, "tieBreakKey", key);
  });
  return keys;
}

function readTier(r: Reader, entry: unknown, path: string): AwardTier | null {
  if (!isObject(entry)) { r.rules(path, "awardEntry", entry); return null; }
  const id = typeof entry.id === "string" ? nfcKey(entry.id) : "";
  if (id === "") { r.rules(childPath(path, "id"), "awardId", entry.id); return null; }
  if (!Number.isInteger(entry.count) || (entry.count as number) < 1) { r.rules(childPath(path, "count"), "awardCount", entry.count); return null; }
  const tier: AwardTier = { id, count: entry.count as number };
  if (typeof entry.label === "string") tier.label = nfcKey(entry.label);
  if (entry.minScore !== undefined && entry.minScore !== null) {
    if (!isFiniteNumber(entry.minScore)) { r.rules(childPath(path, "minScore"), "minScore", entry.minScore); return null; }
    tier.minScore = entry.minScore;
  }
  if (entry.requires !== undefined && entry.requires !== null) {
    if (!isTextList(entry.requires)) { r.rules(childPath(path, "requires"), "requires", entry.requires); return null; }
    tier.requires = entry.requires.map(nfcKey).filter((t) => t !== "");
  }
  if (entry.minVoteShare !== undefined && entry.minVoteShare !== null) {
    const share = entry.minVoteShare;
    if (!isFiniteNumber(share) || share < 0 || share > 1) { r.rules(childPath(path, "minVoteShare"), "threshold", share); return null; }
    tier.minVoteShare = share;
  }
  return tier;
}

function readVoteRules(r: Reader, raw: Json): VoteRules {
  const vote: VoteRules = {};
  if (raw.quorum !== undefined && raw.quorum !== null) {
    if (isFiniteNumber(raw.quorum) && raw.quorum >= 0 && raw.quorum <= 1) vote.quorum = raw.quorum;
    else r.rules("rules.vote.quorum", "quorum", raw.quorum);
  }
  if (raw.denominator !== undefined && raw.denominator !== null) {
    if (raw.denominator === "present" || raw.denominator === "members") vote.denominator = raw.denominator;
    else r.rules("rules.vote.denominator", "denominator", raw.denominator);
  }
  if (raw.strict !== undefined && raw.strict !== null) {
    if (typeof raw.strict === "boolean") vote.strict = raw.strict;
    else r.rules("rules.vote.strict", "strict", raw.strict);
  }
  return vote;
}

function readVotes(r: Reader, doc: Json): Votes | undefined {
  const raw = r.optionalObject(doc, "votes", "");
  if (!raw) return undefined;
  const votes: Votes = {};
  for (const key of ["members", "present", "issued", "returned", "valid"] as const) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    if (isFiniteNumber(v)) votes[key] = v;
    else r.format(childPath("votes", key), "number", v);
  }
  const yes = r.optionalObject(raw, "yes", "votes");
  if (yes) {
    votes.yes = dict<Record<string, number>>();
    for (const awardId of Object.keys(yes)) {
      const perUnit = yes[awardId];
      const awardPath = childPath("votes.yes", awardId);
      if (perUnit === null || perUnit === undefined) continue;
      if (!isObject(perUnit)) { r.format(awardPath, "object", perUnit); continue; }
      const counts = (votes.yes[nfcKey(awardId)] ??= dict<number>());
      for (const unitId of Object.keys(perUnit)) {
        const n = perUnit[unitId];
        if (n === null || n === undefined) continue;
        if (isFiniteNumber(n)) counts[nfcKey(unitId)] = n;
        else r.format(childPath(awardPath, unitId), "number", n);
      }
    }
  }
  const exemplary = readExemplary(r, raw.exemplary);
  if (exemplary) votes.exemplary = exemplary;
  return votes;
}

/** votes.exemplary: [{ id, label?, places, minVoteShare?, nominees: [{ name, unit?, yes? }] }]. */
function readExemplary(r: Reader, raw: unknown): ExemplaryCategory[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) { r.format("votes.exemplary", "array", raw); return undefined; }
  const categories: ExemplaryCategory[] = [];
  raw.forEach((entry, i) => {
    const path = `votes.exemplary[${i}]`;
    if (!isObject(entry)) { r.format(path, "object", entry); return; }
    const id = r.requiredText(entry, "id", path, true);
    const label = r.optionalText(entry, "label", path);
    if (!Number.isInteger(entry.places) || (entry.places as number) < 0) { r.format(childPath(path, "places"), "integer", entry.places); return; }
    const category: ExemplaryCategory = { id: id ?? "", places: entry.places as number, nominees: [] };
    if (label !== undefined) category.label = label;
    if (entry.minVoteShare !== undefined && entry.minVoteShare !== null) {
      if (isFiniteNumber(entry.minVoteShare) && entry.minVoteShare >= 0 && entry.minVoteShare <= 1) category.minVoteShare = entry.minVoteShare;
      else r.rules(childPath(path, "minVoteShare"), "threshold", entry.minVoteShare);
    }
    const nominees = entry.nominees ?? [];
    if (!Array.isArray(nominees)) { r.format(childPath(path, "nominees"), "array", nominees); return; }
    nominees.forEach((n, k) => {
      const nPath = `${path}.nominees[${k}]`;
      if (!isObject(n)) { r.format(nPath, "object", n); return; }
      const name = r.requiredText(n, "name", nPath, true);
      if (name === null) return;
      const nominee: ExemplaryNominee = { name };
      const unit = r.optionalText(n, "unit", nPath);
      if (unit !== undefined && unit !== "") nominee.unit = unit;
      if (n.yes !== undefined && n.yes !== null) {
        if (isFiniteNumber(n.yes)) nominee.yes = n.yes;
        else r.format(childPath(nPath, "yes"), "number", n.yes);
      }
      category.nominees.push(nominee);
    });
    if (id !== null) categories.push(category);
  });
  return categories;
}

function readDeclared(r: Reader, doc: Json): Declared | undefined {
  const raw = r.optionalObject(doc, "declared", "");
  if (!raw) return undefined;
  const declared: Declared = {};
  const ranks = r.optionalObject(raw, "ranks", "declared");
  if (ranks) {
    declared.ranks = dict<number>();
    for (const unitId of Object.keys(ranks)) {
      const v = ranks[unitId];
      if (v === null || v === undefined) continue;
      if (isFiniteNumber(v)) declared.ranks[nfcKey(unitId)] = v;
      else r.format(childPath("declared.ranks", unitId), "number", v);
    }
  }
  const awards = r.optionalObject(raw, "awards", "declared");
  if (awards) {
    declared.awards = dict<string | null>();
    for (const unitId of Object.keys(awards)) {
      const v = awards[unitId];
      if (v === undefined) continue;
      if (v === null) declared.awards[nfcKey(unitId)] = null;
      else if (typeof v === "string") declared.awards[nfcKey(unitId)] = nfcKey(v) === "" ? null : nfcKey(v);
      else r.format(childPath("declared.awards", unitId), "textOrNull", v);
    }
  }
  return declared;
}

/** Shape and self-contained checks only: FORMAT_INVALID (then block is null), RULES_INVALID, CRITERIA_INVALID of leaves. */
export function readDocument(doc: unknown): { block: Block | null; findings: Finding[] } {
  const r = new Reader();
  if (!isObject(doc)) {
    r.format("", "document", undefined);
    return { block: null, findings: r.formatFindings };
  }
  if (doc.format !== "khoi-block/1") {
    if (doc.format === undefined) r.format("format", "missing");
    else r.format("format", "format", doc.format);
    return { block: null, findings: r.formatFindings };
  }
  const info = readBlockInfo(r, doc);
  const rules = readRules(r, doc);
  const units = readUnits(r, doc);
  const criteria = readCriteria(r, doc);
  rules.tieBreak = readTieBreak(r, doc, criteria, rules.awards);
  const targets = readUnitValues(r, r.optionalObject(doc, "targets", ""), "targets");
  const scoresRaw = r.optionalObject(doc, "scores", "");
  const scores = {} as Record<LayerName, UnitValues>;
  for (const layer of LAYER_KEYS) {
    const layerPath = childPath("scores", layer);
    scores[layer] = readUnitValues(r, scoresRaw ? r.optionalObject(scoresRaw, layer, "scores") : null, layerPath);
  }
  const votes = readVotes(r, doc);
  const declared = readDeclared(r, doc);
  if (r.failed || info === null) return { block: null, findings: r.formatFindings };

  const block: Block = { format: "khoi-block/1", block: info, rules, units, criteria, targets, scores };
  if (votes) block.votes = votes;
  if (declared) block.declared = declared;
  return { block, findings: r.otherFindings };
}

/** Parses and checks a block: every finding that needs no scores (format, rules, criteria, units, unknown names). */
export function parseBlock(doc: unknown): { block: Block | null; findings: Finding[] } {
  const read = readDocument(doc);
  if (!read.block) return read;
  const structure = checkStructure(read.block);
  return { block: read.block, findings: [...read.findings, ...structure.findings] };
}
