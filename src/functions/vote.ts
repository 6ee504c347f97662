// KHOI.VOTE: whether each nominee's yes votes pass a ballot (spec 4: quorum, denominator, strictness), via core voteOutcome.
import { quorumMet, voteOutcome, type VoteContext } from "../core/vote";
import { badCellError, isBlank, matchKeyword, readNumber, requiredMatrix, scalarNumber, scalarText } from "./coerce";
import { cellError, missingProblem, valueProblem } from "./errors";

export const DENOMINATOR_NAMES = {
  present: ["present", "có mặt", "số có mặt"],
  members: ["members", "thành viên", "tổng số", "tổng số thành viên"],
} as const;

const TRUE_WORDS = { yes: ["true", "có", "yes", "đúng", "1"] } as const;

/** A yes/no option: TRUE, a non-zero number, or text such as "có"; anything else (omitted included) is no. */
export function readFlag(arg: unknown): boolean {
  if (typeof arg === "boolean") return arg;
  if (typeof arg === "number") return arg !== 0;
  return matchKeyword(scalarText(arg), TRUE_WORDS) === "yes";
}

const wholeAtLeast = (v: number | null | undefined, min: number): v is number => typeof v === "number" && Number.isInteger(v) && v >= min;

/**
 * The ballot's context from its scalar arguments, or null when the number of members is omitted.
 * present defaults to members (everyone attended); denominator defaults to "present"; strict to FALSE.
 */
export function readBallot(
  membersArg: unknown, presentArg: unknown, quorumArg: unknown, denominatorArg: unknown, strictArg: unknown,
): VoteContext | null {
  const members = scalarNumber(membersArg);
  // Omitted: the caller decides whether a ballot was needed.
  if (members === null) return null;
  if (!wholeAtLeast(members, 1)) throw valueProblem("VOTE_MEMBERS_INVALID", { value: scalarText(membersArg) });
  const presentRead = scalarNumber(presentArg);
  const present = presentRead === null ? members : presentRead;
  if (!wholeAtLeast(present, 0) || present > members) {
    throw valueProblem("VOTE_PRESENT_INVALID", { value: scalarText(presentArg), members });
  }
  const quorum = scalarNumber(quorumArg);
  if (quorum === undefined || (quorum !== null && (quorum < 0 || quorum > 1))) {
    throw valueProblem("VOTE_QUORUM_INVALID", { value: scalarText(quorumArg) });
  }
  const denominatorText = scalarText(denominatorArg);
  const denominator = denominatorText === "" ? "present" : matchKeyword(denominatorText, DENOMINATOR_NAMES);
  if (denominator === null) throw valueProblem("VOTE_DENOMINATOR_UNKNOWN", { text: denominatorText });
  const ctx: VoteContext = { members, present, denominator, strict: readFlag(strictArg) };
  if (quorum !== null) ctx.quorum = quorum;
  return ctx;
}

/** TRUE/FALSE per yes count, in the shape of the yes range; "" for a blank cell; #N/A for the whole call without quorum. */
export function voteMatrix(
  yesArg: unknown, presentArg: unknown, membersArg: unknown, thresholdArg: unknown,
  quorumArg: unknown, denominatorArg: unknown, strictArg: unknown,
): unknown[][] {
  const yes = requiredMatrix(yesArg, "ARG_YES");
  const threshold = scalarNumber(thresholdArg);
  if (typeof threshold !== "number" || threshold < 0 || threshold > 1) {
    throw valueProblem("VOTE_THRESHOLD_INVALID", { value: scalarText(thresholdArg) });
  }
  const ctx = readBallot(membersArg, presentArg, quorumArg, denominatorArg, strictArg);
  if (ctx === null) throw valueProblem("ARG_REQUIRED", { arg: { label: "ARG_MEMBERS" } });
  if (!quorumMet(ctx)) {
    throw missingProblem("VOTE_QUORUM_NOT_MET", { present: ctx.present ?? 0, members: ctx.members ?? 0, quorum: { percent: ctx.quorum ?? 0 } });
  }
  const limit = (ctx.denominator === "members" ? ctx.members : ctx.present) ?? 0;
  return yes.map((cells, i) =>
    cells.map((cell) => {
      if (isBlank(cell)) return "";
      const read = readNumber(cell);
      if (read.kind === "bad") return badCellError(read, i + 1, "ARG_YES");
      if (read.kind !== "number" || !wholeAtLeast(read.value, 0) || read.value > limit) {
        return cellError("#VALUE!", "VOTE_YES_INVALID", { row: i + 1, limit, value: read.kind === "number" ? read.value : "" });
      }
      return voteOutcome(read.value, threshold, ctx).passes;
    }),
  );
}
