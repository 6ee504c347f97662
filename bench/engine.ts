// Bench of the engine: one block, a province's year of blocks, and the block-wide `relative` method.
import { evaluate } from "../src/core/evaluate";
import { scoreTargetColumn } from "../src/core/score";
import { syntheticBlock } from "../tests/helpers/synthetic-block";
import { timeMedian } from "./timing";
import type { BenchSize } from "./size";

export function benchEngine(size: BenchSize): Record<string, number> {
  const block15x100 = syntheticBlock(15, 100);
  const block15 = syntheticBlock(15, 40, 7);
  const province = Array.from({ length: size.provinceBlocks }, (_, i) => syntheticBlock(11, 40, i + 1));
  const units = size.relativeUnits;
  const actuals = Array.from({ length: units }, (_, i) => 100 + ((i * 7919) % 1000));
  const targets = Array.from({ length: units }, (_, i) => 100 + ((i * 104729) % 900));
  const spec = { max: 10, method: "relative" as const, base: "percent" as const };
  return {
    "engine.block_15x100_ms": timeMedian(size.runs, () => evaluate(block15x100)),
    "engine.block_15_units_ms": timeMedian(size.runs, () => evaluate(block15)),
    "engine.province_1000_blocks_ms": timeMedian(size.provinceRuns, () => province.forEach((b) => evaluate(b)), 1),
    "engine.relative_10k_units_ms": timeMedian(size.runs, () => scoreTargetColumn(spec, actuals, targets)),
    // The same method at a tenth of the units: the ratio shows `relative` stays linear.
    "engine.relative_1k_units_ms": timeMedian(size.runs, () => scoreTargetColumn(spec, actuals.slice(0, units / 10), targets.slice(0, units / 10))),
  };
}
