// What a finding's message may say: the parameters every message function of vi.ts / en.ts receives.
import type { FindingCode, LayerName } from "../types";

export interface UnitRef { id: string; name: string; }
export interface CriterionRef { code: string; name: string; }
export interface TierRef { id: string; label?: string; }

/** Why a FORMAT_INVALID: the kind of value the path should hold. */
export type FormatProblem =
  | "document" | "format" | "missing" | "object" | "array" | "nonEmptyArray" | "text" | "nonEmptyText"
  | "integer" | "number" | "textOrNull" | "textList" | "tooDeep" | "internal";

/** Why a leaf or group is CRITERIA_INVALID. */
export type CriteriaProblem = "type" | "max" | "method" | "bands" | "cap" | "per" | "base" | "emptyGroup";

/** Why a RULES_INVALID. */
export type RulesProblem =
  | "scale" | "tieBreakList" | "tieBreakKey" | "tieBreakGroup" | "tieBreakVote"
  | "awardsList" | "awardEntry" | "awardId" | "awardCount" | "awardDuplicate" | "minScore" | "requires"
  | "threshold" | "quorum" | "denominator" | "strict" | "voteRules" | "layerDivergence";

/** Why a unit cannot receive a tier it is declared for. */
export type IneligibleReason =
  | { kind: "disqualified"; reason: string }
  | { kind: "minScore"; total: number; minScore: number }
  | { kind: "requires"; missing: string[] }
  | { kind: "vote"; share: number | null; threshold: number; strict: boolean };

/** Where an unknown unit id or criterion code was written. */
export type Source =
  | "scores.self" | "scores.appraised" | "scores.final" | "targets" | "votes"
  | "declared.ranks" | "declared.awards" | "block.leader" | "block.deputy";

export type LegacyEncoding = "tcvn3" | "vni" | "mojibake";

export interface MessageParams {
  unit?: UnitRef;
  criterion?: CriterionRef;
  units?: UnitRef[];
  layer?: LayerName;
  path?: string;
  source?: Source;
  formatProblem?: FormatProblem;
  criteriaProblem?: CriteriaProblem;
  rulesProblem?: RulesProblem;
  /** A raw value a user typed, shown back as typed. */
  value?: unknown;
  /** What the value should become (a number typed as text, a name in a legacy encoding): shown as an offer and
   *  carried on the finding as its `suggestion`, never applied by the engine. */
  offer?: number | string;
  /** A criterion code or unit id that names nothing. */
  code?: string;
  /** A criterion that is a group where a leaf was expected. */
  isGroup?: boolean;
  /** Names sharing one code (CRITERIA_DUPLICATE_CODE). */
  names?: string[];
  duplicateBy?: "id" | "name";
  leafType?: string;
  method?: string;
  max?: number;
  counted?: number;
  self?: number;
  appraised?: number;
  limit?: number;
  sum?: number;
  scale?: number;
  /** Base groups lacking a weight > 0 (WEIGHTS_INVALID). */
  codes?: string[];
  rank?: number;
  total?: number;
  tier?: TierRef;
  tiers?: TierRef[];
  count?: number;
  places?: number;
  yes?: number;
  share?: number | null;
  threshold?: number;
  strict?: boolean;
  denominator?: "present" | "members";
  members?: number | null;
  present?: number | null;
  quorum?: number;
  declaredRank?: number;
  computedRank?: number;
  declaredTier?: TierRef | null;
  computedTier?: TierRef | null;
  /** A declared award id that is no tier. */
  unknownTier?: string;
  reasons?: IneligibleReason[];
  encoding?: LegacyEncoding;
  text?: string;
  detail?: string;
  /** Workbook findings: the sheet!cell they are about, and the value the workbook should show there. */
  where?: string;
  expected?: number;
  declared?: number;
  /** BALLOT_COUNTS_INVALID: which count exceeds which, and the two numbers. */
  countProblem?: "present>members" | "returned>issued" | "valid>returned" | "yes>valid" | "yes>present";
  counts?: [number, number];
  /** EXEMPLARY_TIE: the category's label. */
  category?: string;
  /** LEADER_INVALID: the nominee of next year's leadership and what is wrong. */
  leaderProblem?: "same" | "disqualified";
  role?: "leader" | "deputy";
  /** LOG_CUT: rows missing since sealing ("cut", counts = [rows at sealing, rows now]) or one changed ("changed",
   *  counts = [the changed row's number among the log's lines, rows at sealing]). */
  logProblem?: "cut" | "changed";
  /** FORMULA_BROKEN: why the KHOI.* formula (in `text`) cannot compute, and the formula Khối would write (`formula`). */
  brokenProblem?: "xldudf" | "foreign" | "noCustomFunctions";
  formula?: string;
}

export type MessageTable = { readonly [C in FindingCode]: (p: MessageParams) => string };
