// Bench of the Bình xét page's work off the UI, on a 15-unit, 40-criterion block read from a real .xlsx: one
// keystroke's live result (the draft laid over the block and evaluated by the engine) and the plan of the writes
// «Ghi vào sổ» previews (every yes vote, counts, leaders and the leaders by year).
import { parseBlock } from "../src/core/parse";
import { liveResult, planWrites, type BallotBook } from "../src/taskpane/pages/vote/voteFlow";
import { draftFromBlock } from "../src/workbook/ballot-cells";
import { readWorkbook } from "../src/xlsx/read";
import { writeWorkbook } from "../src/xlsx/write";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { timeMedian } from "./timing";
import type { BenchSize } from "./size";

export async function benchVote(size: BenchSize): Promise<Record<string, number>> {
  const reading = await readWorkbook(await writeWorkbook(syntheticParsedBlock(15, 40, 7), { formulas: "native" }));
  const block = parseBlock(reading.doc).block;
  if (!block) throw new Error("the bench workbook did not read back as a block");
  const draft = draftFromBlock(block);
  const book: BallotBook = { reading, block, draft, suggested: false, who: "bench" };
  draft.counts = { members: 15, present: 14, issued: 14, returned: 14, valid: 13 };
  let keystroke = 0;
  const runs = size.small ? 5 : 50;
  const figures: Record<string, number> = {
    "vote.live_15_units_ms": timeMedian(runs, () => {
      const tier = block.rules.awards[keystroke % block.rules.awards.length].id;
      const unit = block.units[keystroke % block.units.length].id;
      draft.yes[tier][unit] = keystroke++ % 14;
      if (!liveResult(book, { ...draft }).ballots) throw new Error("no ballots in the live result");
    }),
  };
  let cells = 0;
  for (const tier of block.rules.awards) for (const unit of block.units) draft.yes[tier.id][unit.id] = 7;
  draft.nextLeader = block.units[1].id;
  draft.nextDeputy = block.units[2].id;
  figures["vote.plan_writes_15_units_ms"] = timeMedian(runs, () => {
    cells = planWrites(book, draft, new Date(), "vi").writes.length;
  });
  if (cells === 0) throw new Error("the bench draft planned no writes");
  figures["vote.plan_writes_cells"] = cells;
  return figures;
}
