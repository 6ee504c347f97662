// Runs one `khoi province` consolidation of a folder in its own process and prints its time and peak memory as JSON,
// so the peak is the consolidation's alone (the bench process has held other sections' data before).
import { readProvinceInputs } from "../src/cli/province-files";
import { consolidate } from "../src/province/consolidate";
import { writeProvinceWorkbook } from "../src/xlsx/province-write";

async function run(dir: string): Promise<void> {
  const start = process.hrtime.bigint();
  const inputs = await readProvinceInputs([dir]);
  const result = consolidate({ blocks: inputs.blocks, skipped: inputs.skipped });
  await writeProvinceWorkbook(result);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // maxRSS is in kilobytes.
  process.stdout.write(`${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, blocks: inputs.blocks.length })}\n`);
}

run(process.argv[2]).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
