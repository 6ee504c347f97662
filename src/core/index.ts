// The engine's public surface: everything other parts of Khối may import from src/core.
export * from "./types";
export { competitionRanks, compareKeys, DEFAULT_TOLERANCE } from "./rank";
export { scoreTargetColumn, scoreSimpleLeaf, type LeafOutcome, type LeafProblem, type TargetSpec } from "./score";
export { combineTotal } from "./total";
export { voteOutcome, quorumMet, type VoteContext } from "./vote";
export { assignAwards, type AwardCandidate, type AwardAssignment } from "./awards";
export { evaluate } from "./evaluate";
export { parseBlock } from "./parse";
export { SEVERITY, FINDING_CODES, makeFinding, vi as messagesVi, en as messagesEn } from "./messages";
