// English messages of every finding, one function per FindingCode: the twin of vi.ts for every message.
import { MAX_MAGNITUDE } from "../limits";
import type { LayerName } from "../types";
import { formatList, formatNumber, formatPercent, formatValue, looksLikeTypedNumber } from "./format";
import type { CriterionRef, IneligibleReason, MessageParams, MessageTable, Source, TierRef, UnitRef } from "./params";

const LIMIT = formatNumber(MAX_MAGNITUDE, "en");
/** A name or number the message needs, "?" when a caller left it out. */
const txt = (v: unknown): string => (v === undefined || v === null ? "?" : String(v));
const num = (n: number | null | undefined): string => formatNumber(n, "en");
const raw = (v: unknown): string => formatValue(v, "en");
const pct = (s: number | null | undefined): string => formatPercent(s, "en");
const unitName = (u: UnitRef | undefined): string => (u ? u.name || u.id : "?");
const unitList = (us: UnitRef[] | undefined): string => formatList((us ?? []).map(unitName), "en");
const criterion = (c: CriterionRef | undefined): string => (c ? (c.name ? `criterion ${c.code} “${c.name}”` : `criterion ${c.code}`) : "?");
const criterionTitle = (c: CriterionRef | undefined): string => (c ? (c.name ? `Criterion ${c.code} “${c.name}”` : `Criterion ${c.code}`) : "?");
const tier = (t: TierRef | null | undefined): string => (t ? `“${t.label || t.id}”` : "?");
const subject = (p: MessageParams): string => [p.unit ? unitName(p.unit) : "", p.criterion ? criterion(p.criterion) : ""].filter(Boolean).join(" – ");

const LAYER: Record<LayerName, string> = { self: "self score", appraised: "appraised score", final: "agreed final score" };
const layer = (l: LayerName | undefined): string => (l ? LAYER[l] : "value");

const SOURCE: Record<Source, string> = {
  "scores.self": "Self scores",
  "scores.appraised": "Appraised scores",
  "scores.final": "Agreed final scores",
  targets: "Registered targets",
  votes: "Ballot results",
  "declared.ranks": "Declared ranks",
  "declared.awards": "Declared award proposals",
  "block.leader": "Block leader",
  "block.deputy": "Block deputy",
};
const source = (s: Source | undefined): string => (s ? SOURCE[s] : "Block file");

const VALUE_HINT: Record<string, string> = {
  points: "it must be a number",
  bonus: "it must be a number",
  penalty: "it must be a number",
  yesno: "it must be yes/no (true/false or 1/0)",
  count: "it must be a number of times, a whole number of 0 or more",
  target: "the achieved value must be a number of 0 or more",
};

function reason(r: IneligibleReason): string {
  switch (r.kind) {
    case "disqualified": return `it is excluded from awards (${r.reason})`;
    case "minScore": return `its total ${num(r.total)} is below the minimum of ${num(r.minScore)}`;
    case "requires": return `it lacks the title ${formatList(r.missing, "en")}`;
    case "vote":
      return r.share === null
        ? "there is no ballot result"
        : `its share of yes votes, ${pct(r.share)}, does not ${r.strict ? "exceed" : "reach"} ${pct(r.threshold)}`;
  }
}

const FORMAT: Record<string, (path: string, p: MessageParams) => string> = {
  document: () => "The file is not a block: its content must be a JSON object.",
  format: (_, p) => `The file is not a Khối block: "format" must be "khoi-block/1"${p.value === undefined ? "" : ` (it is “${raw(p.value)}”)`}.`,
  missing: (path) => `${path} is missing (required).`,
  object: (path) => `${path} must be an object {…}.`,
  array: (path) => `${path} must be a list […].`,
  nonEmptyArray: (path) => `${path} must have at least one entry.`,
  text: (path) => `${path} must be text.`,
  nonEmptyText: (path) => `${path} must not be empty.`,
  integer: (path) => `${path} must be a whole number.`,
  number: (path) => `${path} must be a number.`,
  textOrNull: (path) => `${path} must be text or null.`,
  textList: (path) => `${path} must be a list of texts.`,
  tooDeep: (path) => `The criteria are nested more than 20 levels deep at ${path}; merge some groups (a criteria table usually has 2–3 levels).`,
  internal: (_, p) => `The block could not be read because of an unexpected error${p.detail ? ` (${p.detail})` : ""}; please send this file to the developers.`,
};

const CRITERIA: Record<string, (p: MessageParams) => string> = {
  type: (p) => `the type “${raw(p.value)}” is not valid (it must be points, yesno, count, bonus, penalty or target)`,
  max: (p) => `the maximum must be a number greater than 0 and at most ${LIMIT} (it is “${raw(p.value)}”)`,
  method: (p) => `the method “${raw(p.value)}” is not valid (it must be linear, bands, inverse or relative)`,
  bands: () => "the bands must be a list of [achievement ratio, share of max] pairs, ratios of 0 or more and shares from 0 to 1",
  cap: (p) => `the cap must be a number greater than 0 and at most ${LIMIT} (it is “${raw(p.value)}”)`,
  per: (p) => `the points per occurrence (per) must be a number greater than 0 and at most ${LIMIT} (it is “${raw(p.value)}”)`,
  base: (p) => `the excess base “${raw(p.value)}” must be percent or absolute`,
};

const RULES: Record<string, (p: MessageParams) => string> = {
  scale: (p) => `the scale must be a number greater than 0 and at most ${LIMIT} (it is “${raw(p.value)}”); 100 is used instead`,
  tieBreakList: () => "the tie-breaks (tieBreak) must be a list; ignored",
  tieBreakKey: (p) => `the tie-break “${raw(p.value)}” is not valid (use group:GROUP_CODE, penalty, bonus, exceeded or vote:AWARD_ID); ignored`,
  tieBreakGroup: (p) => `the tie-break “${raw(p.value)}” names a criterion code that is not in the criteria table; ignored`,
  tieBreakVote: (p) => `the tie-break “${raw(p.value)}” names an award that is not in the rules; ignored`,
  awardsList: () => "the awards must be a list; ignored",
  awardEntry: () => "each award must be an object {…}; ignored",
  awardId: () => "the award has no id; this award is ignored",
  awardCount: (p) => `the number of places (count) must be a whole number of 1 or more (it is “${raw(p.value)}”); this award is ignored`,
  awardDuplicate: (p) => `the award id “${raw(p.value)}” is used twice; only the first is used`,
  minScore: (p) => `the minimum score (minScore) must be a number (it is “${raw(p.value)}”); this award is ignored`,
  requires: () => "the required titles (requires) must be a list of texts; this award is ignored",
  threshold: (p) => `the minimum share of votes (minVoteShare) must be between 0 and 1 (it is “${raw(p.value)}”); this award is ignored`,
  quorum: (p) => `the quorum must be between 0 and 1 (it is “${raw(p.value)}”); ignored`,
  denominator: (p) => `the denominator “${raw(p.value)}” must be present or members; present is used instead`,
  strict: (p) => `strict must be true or false (it is “${raw(p.value)}”); false is used instead`,
  voteRules: () => "the ballot rules (vote) must be an object {…}; ignored",
  layerDivergence: (p) => `the allowed divergence (layerDivergence) must be a number of 0 or more (it is “${raw(p.value)}”); 0.1 is used instead`,
};

const LEGACY: Record<string, string> = {
  tcvn3: "TCVN3 (ABC, .VnTime font) text",
  vni: "VNI (VNI-Times font) text",
  mojibake: "UTF-8 text read as Windows-1252",
};

export const en: MessageTable = {
  FORMAT_INVALID: (p) => (FORMAT[p.formatProblem ?? "document"] ?? FORMAT.document)(p.path ?? "", p),
  UNIT_DUPLICATE: (p) => {
    const [a, b] = p.units ?? [];
    return p.duplicateBy === "id"
      ? `The unit id “${txt(a?.id)}” is used by more than one unit: “${unitName(a)}” and “${unitName(b)}”. Give each unit its own id.`
      : `Two units have the same name: “${unitName(a)}” (id ${txt(a?.id)}) and “${unitName(b)}” (id ${txt(b?.id)}). List each unit once.`;
  },
  UNIT_LEGACY_ENCODING: (p) =>
    `The ${p.criterion ? `name of criterion ${p.criterion.code}` : "unit name"} “${txt(p.text)}” looks like ${LEGACY[p.encoding ?? "mojibake"]}, not Unicode; ${typeof p.offer === "string" ? `convert it to “${p.offer}”?` : "convert it to Unicode so that it displays and matches correctly."}`,
  UNIT_UNKNOWN: (p) => `${source(p.source)}: the unit id “${txt(p.code)}” is not in the block's list of units.`,
  CRITERION_UNKNOWN: (p) =>
    `${source(p.source)}: the criterion code “${txt(p.code)}” ${p.isGroup ? "is a group, not a criterion that is scored" : "is not in the criteria table"}${p.units?.length ? ` (units: ${unitList(p.units)})` : ""}; the value is not counted.`,
  CRITERIA_DUPLICATE_CODE: (p) =>
    `The criterion code “${txt(p.code)}” is used by more than one entry: ${formatList((p.names ?? []).map((n) => `“${n}”`), "en")}. Give each criterion its own code.`,
  CRITERIA_INVALID: (p) =>
    p.criteriaProblem === "emptyGroup"
      ? `Criteria group ${p.criterion?.code} “${p.criterion?.name}”: it has no scored criterion (other than bonus or penalty); the group does not count in the base score.`
      : `${criterionTitle(p.criterion)}: ${(CRITERIA[p.criteriaProblem ?? "type"] ?? CRITERIA.type)(p)}; it scores 0 for every unit.`,
  CRITERIA_MAX_SUM_MISMATCH: (p) =>
    `The maxima of the criteria groups add up to ${num(p.sum)}, not the scale of ${num(p.scale)}; check the scoring table or the scale (rules.scale).`,
  RULES_INVALID: (p) => `Rule ${txt(p.path)}: ${(RULES[p.rulesProblem ?? "tieBreakKey"] ?? RULES.tieBreakKey)(p)}.`,
  WEIGHTS_INVALID: (p) => {
    const parts: string[] = [];
    if (p.codes?.length) parts.push(`group ${formatList(p.codes, "en")} has no weight greater than 0`);
    if (typeof p.sum === "number" && Math.abs(p.sum - 1) > 1e-9) parts.push(`the weights add up to ${formatNumber(p.sum, "en", 6)}, not 1`);
    return `The group weights are not valid: ${parts.join("; ")}. The base score is the unweighted sum of the groups meanwhile.`;
  },
  SCORE_MISSING: (p) =>
    `${subject(p)}: no ${p.leafType === "target" ? "achieved value" : "score"} in any layer (self, appraised, final); counted as 0.`,
  SCORE_INVALID: (p) => {
    const what = p.leafType === "target" ? `achieved value (${layer(p.layer)})` : layer(p.layer);
    const hint = typeof p.offer === "number"
      ? `it is text, not a number — convert it to ${formatNumber(p.offer, "en", 6)}?`
      : looksLikeTypedNumber(p.value)
      ? "it is text, not a number (usually because of the decimal or thousands separator); enter it again as a number"
      : VALUE_HINT[p.leafType ?? "points"] ?? VALUE_HINT.points;
    return `${subject(p)}: the ${what} “${raw(p.value)}” is not valid — ${hint}; counted as 0.`;
  },
  SCORE_OUT_OF_RANGE: (p) =>
    `${subject(p)}: the ${layer(p.layer)} ${raw(p.value)} is outside 0–${num(p.max)}; counted as ${num(p.counted)}.`,
  TARGET_MISSING: (p) =>
    p.value === undefined || p.value === null
      ? `${subject(p)}: no target registered in the covenant. The criterion counts 0 meanwhile.`
      : `${subject(p)}: the registered target “${raw(p.value)}” is not valid (it must be a number ${p.method === "inverse" ? "of 0 or more" : "greater than 0"}). The criterion counts 0 meanwhile.`,
  LAYER_DIVERGENCE: (p) =>
    `${subject(p)}: the self score (${num(p.self)}) and the appraised score (${num(p.appraised)}) differ by ${num(Math.abs((p.self ?? 0) - (p.appraised ?? 0)))} points, more than the allowed ${num(p.limit)} points.`,
  TIE_UNRESOLVED: (p) =>
    `${unitList(p.units)} have equal totals (${num(p.total)}) and remain equal on every tie-break, so they share rank ${txt(p.rank)}; the block must decide their order (add a tie-break or hold a ballot).`,
  TIE_AT_AWARD_BOUNDARY: (p) =>
    `${unitList(p.units)} share rank ${txt(p.rank)} but ${tier(p.tier)} has only ${txt(p.places)} place(s) left; none of them receives ${tier(p.tier)}. The block must decide between them (a tie-break or a ballot).`,
  VOTE_QUORUM_NOT_MET: (p) => {
    const tiers = formatList((p.tiers ?? []).map(tier), "en");
    if (!(typeof p.members === "number" && p.members > 0)) return `There is no ballot result (number of members of the block); ${tiers} cannot be assigned.`;
    return `Not enough members at the ballot: ${num(p.present ?? 0)} of ${num(p.members)} present, at least ${pct(p.quorum)} needed; ${tiers} cannot be assigned.`;
  },
  VOTE_THRESHOLD_NOT_MET: (p) => {
    const base = p.denominator === "members" ? `${num(p.members)} members` : `${num(p.present)} members present`;
    return `${unitName(p.unit)} received ${pct(p.share)} yes votes (${num(p.yes)} of ${base}), which does not ${p.strict ? "exceed" : "reach"} the ${pct(p.threshold)} needed for ${tier(p.tier)}.`;
  },
  RANK_MISMATCH: (p) => `${unitName(p.unit)}: the declared rank is ${num(p.declaredRank)}, but the rank computed from the scores is ${txt(p.computedRank)}.`,
  AWARD_INELIGIBLE: (p) =>
    `${unitName(p.unit)} is proposed for ${tier(p.tier)} but is not eligible: ${(p.reasons ?? []).map(reason).join("; ")}.`,
  AWARD_QUOTA_EXCEEDED: (p) =>
    `${tier(p.tier)} has ${txt(p.count)} place(s) but is proposed for ${p.units?.length ?? 0} units: ${unitList(p.units)}.`,
  AWARD_MISMATCH: (p) =>
    p.unknownTier !== undefined
      ? `${unitName(p.unit)} is proposed for “${p.unknownTier}”, which is not an award in the block's rules.`
      : `${unitName(p.unit)}: the declared award is ${p.declaredTier ? tier(p.declaredTier) : "none"}, but the computed result is ${p.computedTier ? tier(p.computedTier) : "no award"}.`,
  CELL_IGNORED: (p) => `Cell ${txt(p.where)} holds “${txt(p.text)}” outside every region Khối reads, so it is not counted; add units and criteria on the Set-up page, or clear the cell.`,
  FORMULA_OVERWRITTEN: (p) => `The formula in ${txt(p.where)} was overwritten (${txt(p.text)}); this cell is no longer computed by Khối. Apply Set-up again to restore the formula.`,
  TOTAL_MISMATCH: (p) => `${unitName(p.unit)}: the workbook shows a total of ${num(p.declared)}, but the computed total is ${num(p.expected)}.`,
  ROW_MISSING: (p) => `${p.unit ? unitName(p.unit) : criterion(p.criterion)} has no row on the ${txt(p.where)} sheet (was the row deleted?); apply Set-up again to restore it.`,
  ENCODING_INVALID: (p) => `The file is not valid UTF-8 text (${txt(p.detail)}): accented letters may be damaged. Save the file again as UTF-8.`,
  BALLOT_COUNTS_INVALID: (p) => {
    const [a, b] = p.counts ?? [NaN, NaN];
    switch (p.countProblem) {
      case "present>members": return `Members present (${num(a)}) exceed the block's members (${num(b)}).`;
      case "returned>issued": return `Ballots returned (${num(a)}) exceed ballots issued (${num(b)}).`;
      case "valid>returned": return `Valid ballots (${num(a)}) exceed ballots returned (${num(b)}).`;
      case "yes>present": return `${unitName(p.unit)} has ${num(a)} yes votes for ${p.tier ? tier(p.tier) : `“${txt(p.category)}”`}, more than the members present (${num(b)}).`;
      default: return `${p.unit ? unitName(p.unit) : `“${txt(p.text)}”`} has ${num(a)} yes votes for ${p.tier ? tier(p.tier) : `“${txt(p.category)}”`}, more than the valid ballots (${num(b)}).`;
    }
  },
  EXEMPLARY_TIE: (p) =>
    `Exemplary “${txt(p.category)}”: ${formatList((p.names ?? []).map((n) => `“${n}”`), "en")} have equal votes (${num(p.yes)}) at the last place (${txt(p.places)} left); none is chosen — the block must vote again or decide.`,
  LEADER_INVALID: (p) =>
    p.leaderProblem === "same"
      ? `${unitName(p.unit)} is chosen as both next year's leader and deputy; choose two different units.`
      : `${unitName(p.unit)} is chosen as next year's ${p.role === "deputy" ? "deputy" : "leader"} but is disqualified (${txt(p.text)}).`,
  FORMULA_BROKEN: (p) => {
    const why = p.brokenProblem === "foreign"
      ? "points a KHOI.* function at another file (a path or [1]), so the cell shows #NAME?"
      : p.brokenProblem === "noCustomFunctions"
        ? "uses KHOI.* functions this Excel cannot run, so the cell shows #NAME?"
        : "holds a KHOI.* function Excel saved with the _xldudf_ prefix (opened where Khối was not installed), so the cell shows #NAME?";
    return `The formula in ${txt(p.where)} ${why}: =${txt(p.text)}. Click “Repair formulas” (or run khoi repair) to write Khối's formula back: =${txt(p.formula)}.`;
  },
  LOG_CUT: (p) => {
    const [a, b] = p.counts ?? [NaN, NaN];
    return p.logProblem === "changed"
      ? `Line ${num(a)} of Nhật ký (of the ${num(b)} lines it had when sealed) was changed or deleted after sealing: the log no longer tells who changed what.`
      : `Nhật ký was cut after sealing: it had ${num(a)} lines when sealed and has only ${num(b)} now. Changes it recorded may have been deleted.`;
  },
};
