// Bench of the formula repair (issue 14) on a 15-unit, 40-criterion khoi-mode block: planning the repair on the grids
// a host reads where custom functions cannot run (every KHOI.* cell rewritten as native: the largest repair), and
// `khoi repair` on the file (ExcelJS load, the writes, the Nhật ký lines, save).
import { loadWorkbook, workbookGrids } from "../src/xlsx/read";
import { repairWorkbookFile } from "../src/xlsx/repair";
import { writeWorkbook } from "../src/xlsx/write";
import { planFormulaRepair } from "../src/workbook/repair";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { timeMedianAsync } from "./timing";
import type { BenchSize } from "./size";

export async function benchRepair(size: BenchSize): Promise<Record<string, number>> {
  const block = syntheticParsedBlock(15, 40, 7);
  const bytes = await writeWorkbook(block, { formulas: "khoi" });
  const grids = workbookGrids(await loadWorkbook(bytes));
  const runs = size.small ? 1 : 5;
  let cells = 0;
  const figures: Record<string, number> = {
    "repair.plan_15_units_ms": await timeMedianAsync(runs, async () => {
      cells = planFormulaRepair(grids, "native").repairs.length;
    }),
  };
  if (cells === 0) throw new Error("the bench workbook had nothing to repair");
  figures["repair.file_15_units_ms"] = await timeMedianAsync(runs, async () => {
    if (!(await repairWorkbookFile(bytes, { now: new Date() })).bytes) throw new Error("the bench file was not repaired");
  });
  figures["repair.cells_15_units"] = cells;
  return figures;
}
