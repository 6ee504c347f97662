// Bench of `khoi province`: read, check and consolidate block workbooks and write PROVINCE.xlsx. 50 blocks of 15 units
// in-process (median), and — full size only — a country's worth (size.provinceBlocks) in a child process whose peak
// memory shows that the files are read one at a time.
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readProvinceInputs } from "../src/cli/province-files";
import { consolidate } from "../src/province/consolidate";
import { writeProvinceWorkbook } from "../src/xlsx/province-write";
import { writeBenchBlocks } from "./province-blocks";
import type { BenchSize } from "./size";
import { timeMedianAsync } from "./timing";

async function consolidateFolder(dir: string): Promise<void> {
  const inputs = await readProvinceInputs([dir]);
  await writeProvinceWorkbook(consolidate({ blocks: inputs.blocks, skipped: inputs.skipped }));
}

export async function benchProvince(size: BenchSize): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), "khoi-bench-province-"));
  try {
    const fifty = join(work, "50");
    await writeBenchBlocks(fifty, 50);
    const figures: Record<string, number> = {
      "province.consolidate_50_blocks_ms": await timeMedianAsync(size.small ? 1 : Math.min(size.provinceRuns, 5), () => consolidateFolder(fifty), size.small ? 0 : 1),
    };
    if (!size.small) {
      const many = join(work, "many");
      await writeBenchBlocks(many, size.provinceBlocks);
      const child = spawnSync(process.execPath, [join(__dirname, "province-child.js"), many], { encoding: "utf8", maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`province child failed: ${child.stderr.slice(-300)}`);
      const { ms, peakRssMb, blocks } = JSON.parse(child.stdout) as { ms: number; peakRssMb: number; blocks: number };
      if (blocks !== size.provinceBlocks) throw new Error(`province child read ${blocks} of ${size.provinceBlocks} blocks`);
      figures[`province.consolidate_${size.provinceBlocks}_blocks_ms`] = ms;
      figures[`province.peak_rss_mb_${size.provinceBlocks}`] = peakRssMb;
    }
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
