// Bench of the papers (issue 13) on a 15-unit, 40-criterion block: making the three papers from the block and the
// engine's result (the summary runs the engine once per score layer), and writing them into the workbook file with
// their Nhật ký lines (what `khoi papers` does between reading and renaming).
import { evaluate } from "../src/core/evaluate";
import { buildPapers, fieldsFor } from "../src/papers";
import { writePapersToFile } from "../src/xlsx/papers";
import { writeWorkbook } from "../src/xlsx/write";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { timeMedian, timeMedianAsync } from "./timing";
import type { BenchSize } from "./size";

export async function benchPapers(size: BenchSize): Promise<Record<string, number>> {
  const block = syntheticParsedBlock(15, 40, 7);
  const result = evaluate(block);
  const today = new Date(2025, 0, 5);
  const fields = fieldsFor(block, null, today);
  const runs = size.small ? 1 : 5;
  const make = () => buildPapers(block, result, fields, { today });
  const figures: Record<string, number> = { "papers.make_15_units_ms": timeMedian(runs, make, 1) };
  const bytes = await writeWorkbook(block, { formulas: "native" });
  const papers = make();
  figures["papers.write_file_15_units_ms"] = await timeMedianAsync(runs, () => writePapersToFile(bytes, papers, { time: today.toISOString(), who: "bench" }));
  return figures;
}
