// The engine's one entry point: parse, check, score, rank, award and validate a block; never throws.
import { dict } from "./dict";
import { assignAwards, type AwardCandidate } from "./awards";
import { reportBallots, voteContextOf } from "./ballots";
import { makeFinding } from "./messages";
import type { IneligibleReason, TierRef, UnitRef } from "./messages/params";
import { readDocument } from "./parse";
import { childPath } from "./path";
import { competitionRanks } from "./rank";
import { scoreBlock, type UnitScore } from "./scoring";
import { checkStructure, type Model } from "./structure";
import type { AwardTier, Block, EvaluationResult, Finding, UnitResult } from "./types";
import { voteOutcome, type VoteContext } from "./vote";

const voteContext = voteContextOf;

const SCORE_TOLERANCE = 1e-9;

/** parse + score + rank + award + validate; never throws (an unexpected exception becomes FORMAT_INVALID). */
export function evaluate(doc: unknown): EvaluationResult {
  try {
    return evaluateDocument(doc);
  } catch (error) {
    // Last resort only: every known problem is reported as a finding before this point.
    const detail = error instanceof Error ? error.message : String(error);
    return result([], [makeFinding("FORMAT_INVALID", { path: "", formatProblem: "internal", detail })]);
  }
}

function result(units: UnitResult[], findings: Finding[]): EvaluationResult {
  return { format: "khoi-result/1", ok: !findings.some((f) => f.severity === "error"), units, findings };
}

function evaluateDocument(doc: unknown): EvaluationResult {
  const read = readDocument(doc);
  if (!read.block) return result([], read.findings);
  const block = read.block;
  const structure = checkStructure(block);
  const scoring = scoreBlock(block, structure.model);
  const findings = [...read.findings, ...structure.findings, ...scoring.findings];

  const unitRefs: UnitRef[] = block.units.map((u) => ({ id: u.id, name: u.name }));
  const { ranks, ties } = competitionRanks(rankingKeys(block, structure.model, scoring.units));
  for (const tie of ties) {
    findings.push(makeFinding("TIE_UNRESOLVED", { units: tie.map((u) => unitRefs[u]), rank: ranks[tie[0]], total: scoring.units[tie[0]].total }));
  }

  const { awards, tied } = awardUnits(block, scoring.units, ranks, unitRefs, findings);
  validateDeclared(block, scoring.units, ranks, awards, unitRefs, findings);
  const ballotReport = reportBallots(
    block, block.units.map((u, i) => ({ id: u.id, name: u.name, rank: ranks[i], total: scoring.units[i].total, award: awards[i] })), tied,
  );
  findings.push(...ballotReport.findings);

  const order = block.units.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b] || a - b);
  const units: UnitResult[] = order.map((u) => {
    const s = scoring.units[u];
    const groups = dict<number>();
    structure.model.baseGroups.forEach((g, gi) => { groups[g.code] = s.groups[gi]; });
    return {
      id: block.units[u].id, name: block.units[u].name,
      base: s.base, bonus: s.bonus, penalty: s.penalty, total: s.total, groups, rank: ranks[u], award: awards[u],
    };
  });
  return { ...result(units, findings), ballots: ballotReport.ballots, leadership: ballotReport.leadership };
}

/** [total, tie-break keys…] per unit, each oriented so that higher wins (spec 3). */
function rankingKeys(block: Block, model: Model, scores: UnitScore[]): number[][] {
  return scores.map((s, u) => {
    const keys = [s.total];
    for (const key of model.tieBreak) {
      switch (key.kind) {
        case "group": {
          let sum = 0;
          for (const i of key.leaves) sum += s.leafScores[i];
          keys.push(sum);
          break;
        }
        case "penalty": keys.push(-s.penalty); break;
        case "bonus": keys.push(s.bonus); break;
        case "exceeded": keys.push(s.exceeded); break;
        case "vote": keys.push(yesVotes(block, key.award, block.units[u].id)); break;
      }
    }
    return keys;
  });
}

function yesVotes(block: Block, award: string, unitId: string): number {
  const n = block.votes?.yes?.[award]?.[unitId];
  return typeof n === "number" && Number.isFinite(n) ? n : 0;
}


const tierRef = (t: AwardTier): TierRef => ({ id: t.id, label: t.label });

/** Spec 4 through assignAwards, turning its report into findings. */
function awardUnits(block: Block, scores: UnitScore[], ranks: number[], unitRefs: UnitRef[], findings: Finding[]): { awards: (string | null)[]; tied: Set<string> } {
  const tiers = block.rules.awards;
  const tied = new Set<string>();
  if (tiers.length === 0) return { awards: block.units.map(() => null), tied };
  const votes = voteContext(block);
  const candidates: AwardCandidate[] = block.units.map((unit, u) => {
    const yes = dict<number>();
    for (const t of tiers) yes[t.id] = yesVotes(block, t.id, unit.id);
    return { rank: ranks[u], total: scores[u].total, disqualified: unit.disqualified !== null, titles: unit.titles, yes };
  });
  const assignment = assignAwards(candidates, tiers, votes);
  const tierById = new Map(tiers.map((t) => [t.id, t]));

  if (assignment.quorumNotMet) {
    findings.push(makeFinding("VOTE_QUORUM_NOT_MET", {
      members: votes?.members ?? null, present: votes?.present ?? null, quorum: votes?.quorum,
      tiers: tiers.filter((t) => typeof t.minVoteShare === "number").map(tierRef), path: "votes",
    }));
  }
  for (const tie of assignment.boundaryTies) {
    const tier = tierById.get(tie.tier) as AwardTier;
    for (const i of tie.indices) tied.add(`${tie.tier}\u0000${block.units[i].id}`);
    const given = assignment.awards.filter((a) => a === tie.tier).length;
    findings.push(makeFinding("TIE_AT_AWARD_BOUNDARY", {
      units: tie.indices.map((i) => unitRefs[i]), tier: tierRef(tier), rank: ranks[tie.indices[0]], places: tier.count - given,
    }));
  }
  for (const miss of assignment.thresholdMisses) {
    const tier = tierById.get(miss.tier) as AwardTier;
    const yes = candidates[miss.index].yes[miss.tier] ?? 0;
    const outcome = voteOutcome(yes, tier.minVoteShare ?? 0, votes as VoteContext);
    findings.push(makeFinding("VOTE_THRESHOLD_NOT_MET", {
      unit: unitRefs[miss.index], tier: tierRef(tier), yes, share: outcome.share, threshold: tier.minVoteShare,
      strict: votes?.strict ?? false, denominator: votes?.denominator ?? "present", members: votes?.members, present: votes?.present,
    }));
  }
  return { awards: assignment.awards, tied };
}

/** Why a unit is not eligible for a tier (spec 4), empty when it is. */
function ineligibility(block: Block, u: number, total: number, tier: AwardTier): IneligibleReason[] {
  const unit = block.units[u];
  const reasons: IneligibleReason[] = [];
  if (unit.disqualified !== null) reasons.push({ kind: "disqualified", reason: unit.disqualified });
  if (typeof tier.minScore === "number" && total < tier.minScore - SCORE_TOLERANCE) reasons.push({ kind: "minScore", total, minScore: tier.minScore });
  const missing = (tier.requires ?? []).filter((t) => !unit.titles.includes(t));
  if (missing.length > 0) reasons.push({ kind: "requires", missing });
  if (typeof tier.minVoteShare === "number") {
    const votes = voteContext(block);
    const outcome = votes ? voteOutcome(yesVotes(block, tier.id, unit.id), tier.minVoteShare, votes) : { share: null, passes: false };
    if (!outcome.passes) reasons.push({ kind: "vote", share: outcome.share, threshold: tier.minVoteShare, strict: votes?.strict ?? false });
  }
  return reasons;
}

/** Spec 5: declared ranks and awards against the computed ones. */
function validateDeclared(
  block: Block, scores: UnitScore[], ranks: number[], awards: (string | null)[], unitRefs: UnitRef[], findings: Finding[],
): void {
  const declaredRanks = block.declared?.ranks;
  if (declaredRanks) {
    block.units.forEach((unit, u) => {
      const declared = declaredRanks[unit.id];
      if (declared !== undefined && declared !== ranks[u]) {
        findings.push(makeFinding("RANK_MISMATCH", { unit: unitRefs[u], declaredRank: declared, computedRank: ranks[u], path: childPath("declared.ranks", unit.id) }));
      }
    });
  }
  const declaredAwards = block.declared?.awards;
  if (!declaredAwards) return;
  const tierById = new Map(block.rules.awards.map((t) => [t.id, t]));
  const declaredFor = new Map<string, UnitRef[]>();
  block.units.forEach((unit, u) => {
    const declared = declaredAwards[unit.id] ?? null;
    const computed = awards[u];
    if (declared === null) {
      if (computed !== null) findings.push(makeFinding("AWARD_MISMATCH", { unit: unitRefs[u], declaredTier: null, computedTier: tierRef(tierById.get(computed) as AwardTier) }));
      return;
    }
    const tier = tierById.get(declared);
    if (!tier) {
      findings.push(makeFinding("AWARD_MISMATCH", { unit: unitRefs[u], unknownTier: declared }));
      return;
    }
    declaredFor.set(declared, [...(declaredFor.get(declared) ?? []), unitRefs[u]]);
    const reasons = ineligibility(block, u, scores[u].total, tier);
    if (reasons.length > 0) findings.push(makeFinding("AWARD_INELIGIBLE", { unit: unitRefs[u], tier: tierRef(tier), reasons }));
    else if (declared !== computed) {
      findings.push(makeFinding("AWARD_MISMATCH", { unit: unitRefs[u], declaredTier: tierRef(tier), computedTier: computed === null ? null : tierRef(tierById.get(computed) as AwardTier) }));
    }
  });
  for (const tier of block.rules.awards) {
    const units = declaredFor.get(tier.id) ?? [];
    if (units.length > tier.count) findings.push(makeFinding("AWARD_QUOTA_EXCEEDED", { tier: tierRef(tier), count: tier.count, units }));
  }
}
