// The engine's vocabulary: the block file (khoi-block/1), findings and the evaluation result.
// Every other part of Khối speaks in these types; see docs/engine.md and ../shared/spec/engine.md.

export type LeafType = "points" | "yesno" | "count" | "bonus" | "penalty" | "target";
export type TargetMethod = "linear" | "bands" | "inverse" | "relative";
export type RelativeBase = "percent" | "absolute";
export type Severity = "error" | "warning" | "info";
/** A layer of scores, in order of precedence when taking the effective value: final, appraised, self. */
export type LayerName = "self" | "appraised" | "final";
export const LAYERS_BY_PRECEDENCE: readonly LayerName[] = ["final", "appraised", "self"];
export const LAYERS_IN_ORDER: readonly LayerName[] = ["self", "appraised", "final"];

/** A raw cell value as a layer holds it: numbers, yes/no, or whatever a user typed. */
export type ScoreValue = number | boolean | string | null;

export interface BlockInfo {
  name: string;
  year: number;
  organizer?: string;
  /** Unit id of the block leader (Trưởng khối). */
  leader?: string;
  /** Unit id of the deputy (Phó trưởng khối). */
  deputy?: string;
  /** Unit id of next year's leader, as the conference elected it (Bình xét). */
  nextLeader?: string;
  /** Unit id of next year's deputy. */
  nextDeputy?: string;
  /** Leaders and deputies of earlier years (and this one), by name: units change from year to year. */
  history?: LeaderTerm[];
  note?: string;
}

/** One year's leader and deputy, as the Khối sheet keeps them. */
export interface LeaderTerm {
  year: number;
  leader?: string;
  deputy?: string;
}

export interface AwardTier {
  id: string;
  label?: string;
  count: number;
  minScore?: number;
  requires?: string[];
  minVoteShare?: number;
}

export interface VoteRules {
  quorum?: number;
  denominator?: "present" | "members";
  strict?: boolean;
}

export interface Rules {
  scale: number;
  tieBreak: string[];
  awards: AwardTier[];
  vote: VoteRules;
  layerDivergence: number;
}

export interface Unit {
  id: string;
  name: string;
  titles: string[];
  /** A reason string keeps the unit from every award; null or absent means eligible. */
  disqualified: string | null;
}

export interface CriterionLeaf {
  code: string;
  name: string;
  type: LeafType;
  max: number;
  method?: TargetMethod;
  cap?: number;
  base?: RelativeBase;
  /** [threshold ratio, fraction of max] pairs. */
  bands?: [number, number][];
  per?: number;
  weight?: number;
  note?: string;
  /** Set by the parser when the leaf is CRITERIA_INVALID: it scores 0 and its max counts nowhere. */
  invalid?: boolean;
}

export interface CriterionGroup {
  code: string;
  name: string;
  weight?: number;
  children: CriterionNode[];
  note?: string;
}

export type CriterionNode = CriterionLeaf | CriterionGroup;

export function isGroup(node: CriterionNode): node is CriterionGroup {
  return Array.isArray((node as CriterionGroup).children);
}

/** unit id -> criterion code -> value */
export type UnitValues = Record<string, Record<string, ScoreValue>>;

export interface Votes {
  members?: number;
  present?: number;
  /** Ballots issued, returned and valid (one ballot paper covers every tier and category): recorded for the
   *  minutes and checked for consistency; shares keep the rule's denominator (present or members). */
  issued?: number;
  returned?: number;
  valid?: number;
  /** award id -> unit id -> yes count */
  yes?: Record<string, Record<string, number>>;
  /** Exemplary collectives and individuals the block honours by vote (suy tôn điển hình). */
  exemplary?: ExemplaryCategory[];
}

/** A category of exemplary collectives or individuals: how many places and who was nominated. */
export interface ExemplaryCategory {
  id: string;
  label?: string;
  places: number;
  /** When set, a nominee's share of yes votes must reach it (rules.vote.strict: exceed it). */
  minVoteShare?: number;
  nominees: ExemplaryNominee[];
}

export interface ExemplaryNominee {
  /** A collective or a person, as typed. */
  name: string;
  /** The member unit the nominee belongs to or is, when known. */
  unit?: string;
  yes?: number;
}

export interface Declared {
  ranks?: Record<string, number>;
  awards?: Record<string, string | null>;
}

/** A block after parsing: defaults filled, names NFC-normalised. */
export interface Block {
  format: "khoi-block/1";
  block: BlockInfo;
  rules: Rules;
  units: Unit[];
  criteria: CriterionNode[];
  targets: UnitValues;
  scores: Record<LayerName, UnitValues>;
  votes?: Votes;
  declared?: Declared;
}

export type FindingCode =
  | "FORMAT_INVALID"
  | "UNIT_DUPLICATE"
  | "UNIT_LEGACY_ENCODING"
  | "UNIT_UNKNOWN"
  | "CRITERION_UNKNOWN"
  | "CRITERIA_DUPLICATE_CODE"
  | "CRITERIA_INVALID"
  | "CRITERIA_MAX_SUM_MISMATCH"
  | "RULES_INVALID"
  | "WEIGHTS_INVALID"
  | "SCORE_MISSING"
  | "SCORE_INVALID"
  | "SCORE_OUT_OF_RANGE"
  | "TARGET_MISSING"
  | "LAYER_DIVERGENCE"
  | "TIE_UNRESOLVED"
  | "TIE_AT_AWARD_BOUNDARY"
  | "VOTE_QUORUM_NOT_MET"
  | "VOTE_THRESHOLD_NOT_MET"
  | "RANK_MISMATCH"
  | "AWARD_INELIGIBLE"
  | "AWARD_QUOTA_EXCEEDED"
  | "AWARD_MISMATCH"
  // Found by the workbook reader, never by the engine (a block file has no cells):
  | "CELL_IGNORED" // a non-empty cell of an input sheet outside every region Khối reads
  | "FORMULA_OVERWRITTEN" // a formula cell of the layout holding a constant or another formula
  | "TOTAL_MISMATCH" // a total the workbook shows that differs from the engine's
  | "ROW_MISSING" // a unit or criterion without its row on a computed sheet (deleted by hand)
  | "ENCODING_INVALID" // a block file that is not valid UTF-8
  | "BALLOT_COUNTS_INVALID" // present > members, returned > issued, valid > returned, yes > valid ballots
  | "EXEMPLARY_TIE" // equal yes votes at the last place of an exemplary category
  | "LEADER_INVALID" // next year's leader and deputy are the same unit, or one is disqualified
  | "FORMULA_BROKEN" // a KHOI.* formula that shows #NAME? (_xldudf_ prefix, another file's path, no custom functions)
  | "LOG_CUT"; // a sealed workbook's Nhật ký has fewer rows than at sealing, or an earlier row changed (src/seal)

/** Where in a workbook a finding points, when the block was read from one. */
export interface CellRef {
  sheet: string;
  /** A1-style address, e.g. "E7". */
  address: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  unit?: string;
  criterion?: string;
  units?: string[];
  /** Which layer a score finding is about, when it is about one. */
  layer?: LayerName;
  /** The JSON path for FORMAT_INVALID and other document problems, e.g. "units[3].name". */
  path?: string;
  message: string;
  messageEn: string;
  cell?: CellRef;
  /** An offer to fix `cell` (from the workbook reader): the value to write instead, e.g. 98.5 for the text «98,5». */
  suggestion?: { value: unknown };
}

export interface UnitResult {
  id: string;
  name: string;
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  /** Base group code -> unweighted group score. */
  groups: Record<string, number>;
  rank: number;
  award: string | null;
}

/** Why the ranking passes over a unit for a tier. */
export type PassedOverReason = "disqualified" | "minScore" | "requires" | "tie" | "vote" | "quorum";

export interface TierNominee {
  unit: string;
  name: string;
  rank: number;
  total: number;
  yes: number;
  /** yes / the rule's denominator; null without ballots. */
  share: number | null;
  /** Whether the share reaches the tier's minVoteShare; null when the tier is not vote-gated. */
  passes: boolean | null;
  /** The award the unit holds in the end (this tier, a higher one, or null). */
  award: string | null;
}

export interface TierBallot {
  id: string;
  label: string;
  places: number;
  minVoteShare: number | null;
  /** Units the ranking offers for this tier (eligible apart from the ballot, without a higher award), in rank order. */
  nominees: TierNominee[];
  /** Units ranked above the last place given that the tier passes over, and why (first reason). */
  passedOver: { unit: string; name: string; rank: number; reasons: PassedOverReason[] }[];
  /** Units awarded this tier, in rank order. */
  awarded: string[];
}

export interface ExemplaryOutcome {
  id: string;
  label: string;
  places: number;
  minVoteShare: number | null;
  nominees: { name: string; unit: string | null; yes: number; share: number | null; passes: boolean; chosen: boolean }[];
  /** Names chosen, by yes votes. */
  chosen: string[];
  /** Names tied at the last place (none of them chosen: the block must decide). */
  tied: string[];
}

/** The conference's ballots and what they decided (Bình xét). */
export interface BallotReport {
  members: number | null;
  present: number | null;
  issued: number | null;
  returned: number | null;
  valid: number | null;
  quorum: number | null;
  quorumMet: boolean;
  denominator: "present" | "members";
  strict: boolean;
  tiers: TierBallot[];
  exemplary: ExemplaryOutcome[];
}

/** This year's and next year's leader and deputy (unit ids), the rotation's suggestion and the history. */
export interface Leadership {
  leader: string | null;
  deputy: string | null;
  nextLeader: string | null;
  nextDeputy: string | null;
  /** The rotation the seed blocks follow: this year's deputy leads next year. */
  suggestedLeader: string | null;
  history: LeaderTerm[];
}

export interface EvaluationResult {
  format: "khoi-result/1";
  ok: boolean;
  /** In rank order; ties in block-file order. */
  units: UnitResult[];
  findings: Finding[];
  /** Present whenever the block parsed. */
  ballots?: BallotReport;
  leadership?: Leadership;
}
