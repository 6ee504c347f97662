// KHOI.AWARD: the award of each unit (spec 4) from totals or ranks, eligibility and a table of tiers, via core assignAwards.
import { dict } from "../core/dict";
import { assignAwards, type AwardCandidate } from "../core/awards";
import { competitionRanks } from "../core/rank";
import { nameKey } from "../core/text/normalize";
import type { AwardTier } from "../core/types";
import {
  asColumn, badCellError, cellText, columnCount, isBlank, optionalMatrix, readNumber, readText, requireRows,
  requiredMatrix, type Matrix,
} from "./coerce";
import { cellError, missingProblem, valueProblem } from "./errors";
import { readBallot } from "./vote";

/** A tier row of the officer's table, with the label shown in the result. */
export interface TierRow {
  tier: AwardTier;
  label: string;
}

const TIER_COLUMNS_MIN = 2;
const TIER_COLUMNS_MAX = 5;

/** Titles written in one cell: "TTLĐXS; Cờ thi đua" (semicolons, commas or line breaks), matched regardless of case. */
export function splitTitles(value: unknown): string[] {
  return readText(value).split(/[;,\n]/u).map(nameKey).filter((t) => t !== "");
}

/**
 * The tier table: one row per award in order of precedence; columns name, places, minimum score (optional),
 * required titles (optional), minimum vote share (optional). A first row whose places cell is text is a header.
 * Blank rows are skipped.
 */
export function readTiers(table: Matrix): TierRow[] {
  const cols = columnCount(table);
  if (cols < TIER_COLUMNS_MIN || cols > TIER_COLUMNS_MAX) throw valueProblem("AWARD_TIERS_COLUMNS", { cols });
  const first = table[0];
  const hasHeader = table.length > 1 && !isBlank(first[1]) && readNumber(first[1]).kind === "bad";
  const rows: TierRow[] = [];
  table.forEach((cells, r) => {
    if ((hasHeader && r === 0) || cells.every(isBlank)) return;
    const label = readText(cells[0]);
    if (label === "") throw valueProblem("AWARD_TIER_LABEL_MISSING", { row: r + 1 });
    if (rows.some((t) => nameKey(t.label) === nameKey(label))) throw valueProblem("AWARD_TIER_DUPLICATE", { tier: label });
    const count = readNumber(cells[1]);
    if (count.kind !== "number" || !Number.isInteger(count.value) || count.value < 1) {
      // A number is shown in the message's notation: 1.5 places reads "1,5" in Vietnamese.
      throw valueProblem("AWARD_TIER_COUNT_INVALID", { tier: label, text: count.kind === "number" ? count.value : cellText(cells[1] ?? "") });
    }
    // Internal ids keep labels free-form; the result shows the label.
    const tier: AwardTier = { id: `tier${rows.length + 1}`, label, count: count.value };
    const minScore = readNumber(cells[2]);
    if (minScore.kind === "bad") throw valueProblem("AWARD_TIER_MIN_SCORE_INVALID", { tier: label, text: minScore.text });
    if (minScore.kind === "number") tier.minScore = minScore.value;
    const requires = splitTitles(cells[3]);
    if (requires.length > 0) tier.requires = requires;
    const share = readNumber(cells[4]);
    if (share.kind === "bad" || (share.kind === "number" && (share.value < 0 || share.value > 1))) {
      throw valueProblem("AWARD_TIER_SHARE_INVALID", { tier: label, text: cellText(cells[4]) });
    }
    if (share.kind === "number") tier.minVoteShare = share.value;
    rows.push({ tier, label });
  });
  if (rows.length === 0) throw valueProblem("AWARD_TIERS_EMPTY");
  return rows;
}

/** Whether a disqualification cell keeps the unit from awards: any reason text, TRUE or a non-zero number. */
export function isDisqualified(value: unknown): boolean {
  if (isBlank(value) || value === false || value === 0) return false;
  return !(typeof value === "string" && /^(0|false|sai)$/iu.test(value.trim()));
}

/** One optional column argument aligned with the totals, or null when omitted. */
function optionalColumn(arg: unknown, name: Parameters<typeof asColumn>[1], rows: number): unknown[] | null {
  const matrix = optionalMatrix(arg);
  if (matrix === null) return null;
  const column = asColumn(matrix, name);
  requireRows(column.length, name, rows, "ARG_TOTALS");
  return column;
}

export interface AwardArgs {
  totals: unknown;
  tiers: unknown;
  ranks?: unknown;
  disqualified?: unknown;
  titles?: unknown;
  yes?: unknown;
  members?: unknown;
  present?: unknown;
  quorum?: unknown;
  denominator?: unknown;
  strict?: unknown;
}

/** Awards per row (one spilled column): the tier's name, "" for none or a blank row, or an error value. */
export function awardColumn(args: AwardArgs): unknown[][] {
  const totals = asColumn(requiredMatrix(args.totals, "ARG_TOTALS"), "ARG_TOTALS");
  const rows = totals.length;
  const tierRows = readTiers(requiredMatrix(args.tiers, "ARG_TIERS"));
  const tiers = tierRows.map((t) => t.tier);
  const ranks = optionalColumn(args.ranks, "ARG_RANKS", rows);
  const disqualified = optionalColumn(args.disqualified, "ARG_DISQUALIFIED", rows);
  const titles = optionalColumn(args.titles, "ARG_TITLES", rows);
  const yes = optionalMatrix(args.yes);
  if (yes !== null) {
    requireRows(yes.length, "ARG_YES", rows, "ARG_TOTALS");
    if (columnCount(yes) !== tiers.length) throw valueProblem("AWARD_YES_COLUMNS", { cols: columnCount(yes), tiers: tiers.length });
  }
  const gated = tierRows.find((t) => t.tier.minVoteShare !== undefined);
  const ballot = readBallot(args.members, args.present, args.quorum, args.denominator, args.strict);
  if (gated && ballot === null) throw missingProblem("AWARD_MEMBERS_REQUIRED", { tier: gated.label });

  // Yes votes cannot exceed the people whose votes count.
  const yesLimit = ballot === null ? Infinity : ((ballot.denominator === "members" ? ballot.members : ballot.present) ?? Infinity);
  const out: unknown[][] = new Array(rows);
  const candidates: AwardCandidate[] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < rows; i++) {
    const total = readNumber(totals[i]);
    if (total.kind === "blank") { out[i] = [""]; continue; }
    if (total.kind === "bad") { out[i] = [badCellError(total, i + 1, "ARG_TOTALS")]; continue; }
    let rank = 0;
    if (ranks !== null) {
      const read = readNumber(ranks[i]);
      if (read.kind === "bad") { out[i] = [badCellError(read, i + 1, "ARG_RANKS")]; continue; }
      if (read.kind === "blank") { out[i] = [cellError("#N/A", "CELL_MISSING", { row: i + 1, arg: { label: "ARG_RANKS" } })]; continue; }
      rank = read.value;
    }
    const votes = dict<number>();
    let badVote: unknown = null;
    for (let t = 0; t < tiers.length && yes !== null; t++) {
      const read = readNumber(yes[i][t]);
      if (read.kind === "bad") { badVote = badCellError(read, i + 1, "ARG_YES"); break; }
      if (read.kind === "number") {
        if (read.value < 0 || !Number.isInteger(read.value) || read.value > yesLimit) {
          badVote = cellError("#VALUE!", "VOTE_YES_INVALID", { row: i + 1, limit: Number.isFinite(yesLimit) ? yesLimit : "…", value: read.value });
          break;
        }
        votes[tiers[t].id] = read.value;
      }
    }
    if (badVote !== null) { out[i] = [badVote]; continue; }
    candidates.push({
      rank,
      total: total.value,
      disqualified: disqualified !== null && isDisqualified(disqualified[i]),
      titles: titles === null ? [] : splitTitles(titles[i]),
      yes: votes,
    });
    rowOf.push(i);
  }
  // Without a ranks column, rank by total exactly as KHOI.RANK does without tie-breaks.
  if (ranks === null) competitionRanks(candidates.map((c) => [c.total])).ranks.forEach((r, j) => (candidates[j].rank = r));

  const result = assignAwards(candidates, tiers, ballot);
  if (result.quorumNotMet && ballot !== null) {
    throw missingProblem("AWARD_QUORUM_NOT_MET", {
      present: ballot.present ?? 0, members: ballot.members ?? 0, quorum: { percent: ballot.quorum ?? 0 },
    });
  }
  const labelOf = new Map(tierRows.map((t) => [t.tier.id, t.label]));
  candidates.forEach((_, j) => {
    const award = result.awards[j];
    out[rowOf[j]] = [award === null ? "" : labelOf.get(award) ?? ""];
  });
  // Tied rows at a tier boundary say why, even when they still received a lower tier.
  const explained = new Set<number>();
  for (const tie of result.boundaryTies) {
    for (const j of tie.indices) {
      if (explained.has(j)) continue;
      explained.add(j);
      const others = tie.indices.filter((k) => k !== j).map((k) => rowOf[k] + 1).join(", ");
      const now = result.awards[j];
      const params = { rank: candidates[j].rank, others, tier: labelOf.get(tie.tier) ?? "" };
      out[rowOf[j]] = [now === null
        ? cellError("#N/A", "AWARD_BOUNDARY_TIE_NONE", params)
        : cellError("#N/A", "AWARD_BOUNDARY_TIE_LOWER", { ...params, now: labelOf.get(now) ?? "" })];
    }
  }
  return out;
}
