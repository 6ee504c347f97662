// What the conference's ballots decided (Bình xét): per tier the nominees the ranking offers and the units it passes
// over, the exemplary categories, the counts' consistency and next year's leadership. Awards themselves stay in
// awards.ts (spec 4); this reports them in the shape the Bình xét page, the minutes and `khoi evaluate` show.
import { makeFinding } from "./messages";
import type { TierRef, UnitRef } from "./messages/params";
import { childPath } from "./path";
import type {
  AwardTier, BallotReport, Block, ExemplaryOutcome, Finding, Leadership, PassedOverReason, TierBallot, TierNominee,
} from "./types";
import { quorumMet, voteOutcome, type VoteContext } from "./vote";

const SCORE_TOLERANCE = 1e-9;

/** What the report needs of each unit, in block order. */
export interface RankedUnit {
  id: string;
  name: string;
  rank: number;
  total: number;
  award: string | null;
}

const count = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const yesOf = (block: Block, tier: string, unit: string): number => count(block.votes?.yes?.[tier]?.[unit]) ?? 0;

/** The vote context of spec 4 (members, present, quorum, denominator, strict); null without ballots. */
export function voteContextOf(block: Block): VoteContext | null {
  if (!block.votes) return null;
  const { quorum, denominator, strict } = block.rules.vote;
  return { members: block.votes.members ?? null, present: block.votes.present ?? null, quorum, denominator, strict };
}

/** Why a unit cannot take `tier` apart from the ballot (the order a reader expects: disqualified first). */
function reasonsBeforeVote(block: Block, u: number, total: number, tier: AwardTier): PassedOverReason[] {
  const unit = block.units[u];
  const reasons: PassedOverReason[] = [];
  if (unit.disqualified !== null) reasons.push("disqualified");
  if (typeof tier.minScore === "number" && !(total >= tier.minScore - SCORE_TOLERANCE)) reasons.push("minScore");
  if ((tier.requires ?? []).some((t) => !unit.titles.includes(t))) reasons.push("requires");
  return reasons;
}

function tierBallot(block: Block, tier: AwardTier, k: number, units: RankedUnit[], ctx: VoteContext | null, tiedUnits: Set<string>): TierBallot {
  const gated = typeof tier.minVoteShare === "number";
  const higher = new Set(block.rules.awards.slice(0, k).map((t) => t.id));
  const order = units.map((_, i) => i).sort((a, b) => units[a].rank - units[b].rank || a - b);
  const nominees: TierNominee[] = [];
  const passedOver: TierBallot["passedOver"] = [];
  const awarded = order.filter((i) => units[i].award === tier.id);
  const noQuorum = gated && !quorumMet(ctx);
  // Units passed over matter while they stand in line for the places: until as many eligible units as places
  // have been met (awarded or kept out by the ballot); units tied at the boundary always.
  let inLine = 0;
  for (const i of order) {
    const u = units[i];
    if (u.award !== null && higher.has(u.award)) continue;
    const reasons = reasonsBeforeVote(block, i, u.total, tier);
    if (reasons.length > 0) {
      if (inLine < tier.count) passedOver.push({ unit: u.id, name: u.name, rank: u.rank, reasons });
      continue;
    }
    inLine++;
    const yes = yesOf(block, tier.id, u.id);
    const outcome = ctx ? voteOutcome(yes, tier.minVoteShare ?? 0, ctx) : { share: null, passes: false };
    nominees.push({ unit: u.id, name: u.name, rank: u.rank, total: u.total, yes, share: outcome.share, passes: gated ? outcome.passes && !noQuorum : null, award: u.award });
    if (u.award === tier.id) continue;
    // An eligible unit ranked above the last place given that did not get it: the tie, the ballot or the quorum.
    const why: PassedOverReason | null = tiedUnits.has(`${tier.id}\u0000${u.id}`) ? "tie" : noQuorum ? "quorum" : gated && !outcome.passes ? "vote" : null;
    if (why && (inLine <= tier.count || why === "tie")) passedOver.push({ unit: u.id, name: u.name, rank: u.rank, reasons: [why] });
  }
  return {
    id: tier.id, label: tier.label ?? tier.id, places: tier.count, minVoteShare: gated ? (tier.minVoteShare as number) : null,
    nominees, passedOver, awarded: awarded.map((i) => units[i].id),
  };
}

/** One exemplary category: nominees by yes votes; a group of equal votes that would overfill the places takes none. */
function exemplaryOutcome(block: Block, index: number, ctx: VoteContext | null, findings: Finding[]): ExemplaryOutcome {
  const category = block.votes!.exemplary![index];
  const threshold = typeof category.minVoteShare === "number" ? category.minVoteShare : null;
  const met = quorumMet(ctx);
  const nominees = category.nominees.map((n) => {
    const yes = count(n.yes) ?? 0;
    const outcome = ctx ? voteOutcome(yes, threshold ?? 0, ctx) : { share: null, passes: false };
    const passes = met && yes > 0 && (threshold === null || outcome.passes);
    return { name: n.name, unit: n.unit ?? null, yes, share: outcome.share, passes, chosen: false };
  });
  const passing = nominees.filter((n) => n.passes).sort((a, b) => b.yes - a.yes);
  let left = Math.max(0, Math.floor(category.places));
  const tied: string[] = [];
  for (let i = 0; i < passing.length && left > 0;) {
    const group = passing.filter((n) => n.yes === passing[i].yes);
    if (group.length > left) {
      tied.push(...group.map((n) => n.name));
      findings.push(makeFinding("EXEMPLARY_TIE", { category: category.label ?? category.id, names: tied, yes: group[0].yes, places: left, path: `votes.exemplary[${index}]` }));
      break;
    }
    for (const n of group) n.chosen = true;
    left -= group.length;
    i += group.length;
  }
  return {
    id: category.id, label: category.label ?? category.id, places: category.places, minVoteShare: threshold, nominees,
    chosen: nominees.filter((n) => n.chosen).sort((a, b) => b.yes - a.yes).map((n) => n.name), tied,
  };
}

/** Counts that cannot be: more present than members, more returned than issued, more valid than returned, more
 *  yes votes for one nominee than valid ballots (or than members present when valid ballots are not recorded). */
function countFindings(block: Block, units: UnitRef[]): Finding[] {
  const v = block.votes;
  if (!v) return [];
  const out: Finding[] = [];
  const pairs: [number | undefined, number | undefined, "present>members" | "returned>issued" | "valid>returned", string][] = [
    [v.present, v.members, "present>members", "votes.present"],
    [v.returned, v.issued, "returned>issued", "votes.returned"],
    [v.valid, v.returned, "valid>returned", "votes.valid"],
  ];
  for (const [a, b, countProblem, path] of pairs) {
    if (typeof a === "number" && typeof b === "number" && a > b) out.push(makeFinding("BALLOT_COUNTS_INVALID", { countProblem, counts: [a, b], path }));
  }
  const ceiling = typeof v.valid === "number" ? { n: v.valid, problem: "yes>valid" as const } : typeof v.present === "number" ? { n: v.present, problem: "yes>present" as const } : null;
  if (!ceiling) return out;
  const unitById = new Map(units.map((u) => [u.id, u]));
  for (const tier of block.rules.awards) {
    const perUnit = v.yes?.[tier.id];
    if (!perUnit) continue;
    for (const id of Object.keys(perUnit)) {
      const yes = perUnit[id];
      if (yes > ceiling.n && unitById.has(id)) {
        out.push(makeFinding("BALLOT_COUNTS_INVALID", { countProblem: ceiling.problem, counts: [yes, ceiling.n], unit: unitById.get(id), tier: { id: tier.id, label: tier.label } as TierRef, path: childPath(childPath("votes.yes", tier.id), id) }));
      }
    }
  }
  (v.exemplary ?? []).forEach((category, i) => category.nominees.forEach((n, k) => {
    if (typeof n.yes === "number" && n.yes > ceiling.n) {
      out.push(makeFinding("BALLOT_COUNTS_INVALID", { countProblem: ceiling.problem, counts: [n.yes, ceiling.n], text: n.name, category: category.label ?? category.id, path: `votes.exemplary[${i}].nominees[${k}].yes` }));
    }
  }));
  return out;
}

function leadershipOf(block: Block, findings: Finding[]): Leadership {
  const info = block.block;
  const byId = new Map(block.units.map((u) => [u.id, u]));
  const known = (id: string | undefined): string | null => (id !== undefined && byId.has(id) ? id : null);
  const nextLeader = known(info.nextLeader);
  const nextDeputy = known(info.nextDeputy);
  if (nextLeader !== null && nextLeader === nextDeputy) {
    const u = byId.get(nextLeader)!;
    findings.push(makeFinding("LEADER_INVALID", { unit: { id: u.id, name: u.name }, leaderProblem: "same", path: "block.nextDeputy" }));
  }
  for (const [id, role] of [[nextLeader, "leader"], [nextDeputy, "deputy"]] as const) {
    const u = id === null ? undefined : byId.get(id);
    if (u && u.disqualified !== null && !(role === "deputy" && nextLeader === nextDeputy)) {
      findings.push(makeFinding("LEADER_INVALID", { unit: { id: u.id, name: u.name }, leaderProblem: "disqualified", role, text: u.disqualified, path: role === "leader" ? "block.nextLeader" : "block.nextDeputy" }));
    }
  }
  return {
    leader: known(info.leader), deputy: known(info.deputy), nextLeader, nextDeputy,
    suggestedLeader: known(info.deputy), history: info.history ?? [],
  };
}

/** The ballot report, the leadership and the findings only the ballots give (spec-level rules in docs/engine.md). */
export function reportBallots(block: Block, units: RankedUnit[], tiedUnits: Set<string>): { ballots: BallotReport; leadership: Leadership; findings: Finding[] } {
  const ctx = voteContextOf(block);
  const findings: Finding[] = countFindings(block, units.map((u) => ({ id: u.id, name: u.name })));
  const v = block.votes;
  const ballots: BallotReport = {
    members: count(v?.members), present: count(v?.present), issued: count(v?.issued), returned: count(v?.returned), valid: count(v?.valid),
    quorum: block.rules.vote.quorum ?? null, quorumMet: quorumMet(ctx),
    denominator: block.rules.vote.denominator ?? "present", strict: block.rules.vote.strict ?? false,
    tiers: block.rules.awards.map((tier, k) => tierBallot(block, tier, k, units, ctx, tiedUnits)),
    exemplary: (v?.exemplary ?? []).map((_, i) => exemplaryOutcome(block, i, ctx, findings)),
  };
  return { ballots, leadership: leadershipOf(block, findings), findings };
}
