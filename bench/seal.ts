// Bench of the seal (issue 14) on a 15-unit, 40-criterion block: sealing (the full check, the hash of the content,
// the record for the hidden sheet) and verifying, on the grids a host reads — what the Gửi đi page costs beyond the
// host's own reads and writes. The file round trip (ExcelJS load and save) is measured beside, for the command line.
import { planSeal, recordRows, sealRecord, SEAL_SHEET, verifySeal } from "../src/seal";
import { sealFile, verifyFile } from "../src/xlsx/seal";
import { loadWorkbook, workbookGrids } from "../src/xlsx/read";
import { writeWorkbook } from "../src/xlsx/write";
import type { SheetGrids } from "../src/workbook/model";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { timeMedianAsync } from "./timing";
import type { BenchSize } from "./size";

export async function benchSeal(size: BenchSize): Promise<Record<string, number>> {
  const block = syntheticParsedBlock(15, 40, 7);
  const bytes = await writeWorkbook(block, { formulas: "native" });
  const grids = workbookGrids(await loadWorkbook(bytes));
  const runs = size.small ? 1 : 5;
  let sealedGrids: SheetGrids = grids;
  const seal = async (): Promise<void> => {
    const plan = planSeal(grids, "bench", new Date());
    if (!plan.ok) throw new Error("the bench block was not sealed");
    const rows = recordRows(sealRecord(plan, grids));
    sealedGrids = { ...grids, sheets: [...grids.sheets, { name: SEAL_SHEET, values: rows }] };
  };
  const verify = async (): Promise<void> => {
    if (verifySeal(sealedGrids).status !== "intact") throw new Error("the bench workbook did not verify");
  };
  const figures: Record<string, number> = {
    // Three warm-up runs: the reader, the engine and the hash are compiled by V8 on first use.
    "email.seal_ms": await timeMedianAsync(runs, seal, 3),
  };
  figures["email.verify_ms"] = await timeMedianAsync(runs, verify, 3);
  let sealedFile = bytes;
  figures["email.seal_file_ms"] = await timeMedianAsync(runs, async () => {
    sealedFile = (await sealFile(bytes, "bench", new Date())).bytes!;
  });
  figures["email.verify_file_ms"] = await timeMedianAsync(runs, async () => void (await verifyFile(sealedFile)));
  return figures;
}
