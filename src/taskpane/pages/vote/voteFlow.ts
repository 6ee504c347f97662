// What the Bình xét page does with the workbook, apart from React: read the block and its ballots into a draft (the
// rotation's leader preselected when none was chosen), evaluate the draft as the officer types, and plan and make the
// writes (preview first; nothing is written when a row has no place in the sheet). Only through the WorkbookHost.
import { evaluate } from "../../../core/evaluate";
import { parseBlock } from "../../../core/parse";
import type { Block, BallotReport, Finding, Leadership } from "../../../core/types";
import { ballotWrites, blockWithDraft, draftFromBlock, withNextTerm, type BallotDraft, type BallotWrites } from "../../../workbook/ballot-cells";
import type { BlockReading, WorkbookHost } from "../../../workbook/host";
import { whoFor } from "../../../workbook/officer";

/** What the page holds after reading the workbook. */
export interface BallotBook {
  reading: BlockReading;
  block: Block;
  /** The draft as the workbook holds it (the rotation's leader added when none is recorded). */
  draft: BallotDraft;
  /** True when the page chose next year's leader by the rotation (not yet in the workbook). */
  suggested: boolean;
  /** Who the Nhật ký lines name: the officer the workbook remembers, else "Khối". */
  who: string;
}

/** The findings the page shows: what the ballots and the choice of leaders decide or lack. */
export const BALLOT_CODES: ReadonlySet<string> = new Set(["BALLOT_COUNTS_INVALID", "EXEMPLARY_TIE", "LEADER_INVALID", "TIE_AT_AWARD_BOUNDARY", "VOTE_QUORUM_NOT_MET"]);

/** Reads the block; null when the workbook holds no readable block (set it up first). */
export async function loadBallots(host: WorkbookHost): Promise<BallotBook | null> {
  const reading = await host.readBlock();
  if (reading.doc === null || reading.doc === undefined) return null;
  const block = parseBlock(reading.doc).block;
  if (!block) return null;
  const draft = draftFromBlock(block);
  const leadership = evaluate(block).leadership;
  const suggested = draft.nextLeader === "" && !!leadership?.suggestedLeader;
  if (suggested) draft.nextLeader = leadership!.suggestedLeader!;
  let who = whoFor(undefined);
  if (host.readGrids) {
    try {
      who = whoFor(undefined, await host.readGrids());
    } catch {
      // The name is a courtesy; the lines then name "Khối".
    }
  }
  return { reading, block, draft, suggested, who };
}

/** The engine's answer for the draft: ballots, leadership and the findings about them, each at its cell. */
export interface LiveResult {
  ballots: BallotReport | null;
  leadership: Leadership | null;
  findings: Finding[];
}

export function liveResult(book: BallotBook, draft: BallotDraft): LiveResult {
  const result = evaluate(blockWithDraft(book.block, draft));
  const findings = result.findings
    .filter((f) => BALLOT_CODES.has(f.code))
    .map((f) => {
      const cell = f.cell ?? book.reading.locate(f);
      return cell ? { ...f, cell } : f;
    });
  return { ballots: result.ballots ?? null, leadership: result.leadership ?? null, findings };
}

/** The writes the draft makes (next year's row added to the leaders by year), for the preview and the write. */
export function planWrites(book: BallotBook, draft: BallotDraft, now: Date, lang: "vi" | "en", reading: BlockReading = book.reading): BallotWrites {
  const full: BallotDraft = { ...draft, history: withNextTerm(book.block, draft) };
  return ballotWrites(reading, full, book.who, now, lang);
}

/** The workbook changed between the preview and the write: nothing was written. */
export class StaleBallotsError extends Error {}

const writesKey = (plan: BallotWrites): string => JSON.stringify(plan.log.map((l) => [l.cell, l.old, l.new]));

/** Writes what the officer previewed, every cell with its Nhật ký line: planned again on the workbook as it is now,
 *  and written only when that is the same list (else StaleBallotsError) and every row has a place. */
export async function commitWrites(host: WorkbookHost, book: BallotBook, draft: BallotDraft, previewed: BallotWrites, now: Date, lang: "vi" | "en"): Promise<number> {
  if (!host.writeCells) throw new Error("host cannot write cells");
  if (previewed.overflow.length > 0) throw new Error("rows without a place in the sheet");
  const plan = planWrites(book, draft, now, lang, await host.readBlock());
  if (plan.overflow.length > 0 || writesKey(plan) !== writesKey(previewed)) throw new StaleBallotsError("stale preview");
  await host.writeCells(plan.writes, plan.log);
  return plan.writes.length;
}
