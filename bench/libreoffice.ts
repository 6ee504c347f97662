// Bench of LibreOffice as the independent engine: the same 15-unit block workbook recomputed from its native
// formulas by headless soffice (start-up included, as an officer or a CI check would pay it).
import { parseBlock } from "../src/core/parse";
import { writeWorkbook } from "../src/xlsx/write";
import { libreOfficeAvailable, recalculate } from "../tests/helpers/libreoffice";
import { syntheticBlock } from "./synthetic-block";
import { timeMedianAsync } from "./timing";
import type { BenchSize } from "./size";

export async function benchLibreOffice(size: BenchSize): Promise<Record<string, number>> {
  if (!libreOfficeAvailable()) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
  const { block } = parseBlock(syntheticBlock(15, 40, 7));
  if (!block) throw new Error("the synthetic block did not parse");
  const data = await writeWorkbook(block, { formulas: "native" });
  const ms = await timeMedianAsync(size.small ? 1 : 3, () => recalculate([{ name: "block-15.xlsx", data }]), 0);
  return { "libreoffice.recalc_15_units_ms": ms };
}
