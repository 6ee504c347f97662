// Bench of LibreOffice as the independent engine: the same 15-unit block workbook recomputed from its native
// formulas by headless soffice (start-up included, as an officer or a CI check would pay it).
import { writeWorkbook } from "../src/xlsx/write";
import { libreOfficeAvailable, recalculate } from "../tests/helpers/libreoffice";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { timeMedianAsync } from "./timing";
import type { BenchSize } from "./size";

export async function benchLibreOffice(size: BenchSize): Promise<Record<string, number>> {
  if (!libreOfficeAvailable()) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
  const block = syntheticParsedBlock(15, 40, 7);
  const data = await writeWorkbook(block, { formulas: "native" });
  const ms = await timeMedianAsync(size.small ? 1 : 3, () => recalculate([{ name: "block-15.xlsx", data }]), 0);
  return { "libreoffice.recalc_15_units_ms": ms };
}
