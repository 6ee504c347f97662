// Block workbooks for the province bench: distinct blocks of 15 units (synthetic criteria, every leaf type), each with
// its own name and unit names, written as native-formula .xlsx files into a folder.
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { parseBlock } from "../src/core/parse";
import { writeWorkbook } from "../src/xlsx/write";
import { syntheticBlock } from "../tests/helpers/synthetic-block";

export const UNITS_PER_BLOCK = 15;
const LEAVES = 20;

export async function writeBenchBlocks(dir: string, count: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (let k = 1; k <= count; k++) {
    const doc = syntheticBlock(UNITS_PER_BLOCK, LEAVES, k) as { block: { name: string }; units: { name: string }[] };
    doc.block.name = `Khối thi đua số ${k}`;
    doc.units.forEach((unit, i) => { unit.name = `Đơn vị ${i + 1} của khối ${k}`; });
    const { block } = parseBlock(doc);
    if (!block) throw new Error(`bench block ${k} does not parse`);
    writeFileSync(join(dir, `khoi-${String(k).padStart(4, "0")}.xlsx`), await writeWorkbook(block, { formulas: "native" }));
  }
}
