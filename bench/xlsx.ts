// Bench of the .xlsx adapter: write a 15-unit block workbook (native formulas) and read it back; read a 50-unit ×
// 150-criterion one (the largest block) the same way.
import { readWorkbook } from "../src/xlsx/read";
import { writeWorkbook } from "../src/xlsx/write";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { timeMedianAsync } from "./timing";
import type { BenchSize } from "./size";

export async function benchXlsx(size: BenchSize): Promise<Record<string, number>> {
  const block = syntheticParsedBlock(15, 40, 7);
  const runs = size.small ? 2 : 9;
  const bytes = await writeWorkbook(block, { formulas: "native" });
  // The largest block Khối supports: reading includes the limits, the audit of every cell and every formula.
  const large = await writeWorkbook(syntheticParsedBlock(50, 150, 11), { formulas: "native" });
  return {
    "xlsx.workbook_write_ms": await timeMedianAsync(runs, () => writeWorkbook(block, { formulas: "native" })),
    "xlsx.workbook_read_ms": await timeMedianAsync(runs, () => readWorkbook(bytes)),
    "xlsx.workbook_read_50x150_ms": await timeMedianAsync(size.small ? 1 : 5, () => readWorkbook(large)),
    "xlsx.workbook_50x150_kb": large.length / 1024,
  };
}
