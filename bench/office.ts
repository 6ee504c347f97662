// Bench of the Office adapter: how many context.sync() round trips applying, re-applying, reading and switching
// a block costs, for 5, 15 and 50 units (× 20, 60, 150 criteria). Counted on the tests' in-memory Excel
// (office-addin-mock objects, tests/office/fake-excel.ts), which loads in plain node; real Excel is not timed here.
import { officeCells } from "../src/office/cells";
import { createOfficeWorkbookHost } from "../src/office/host";
import { buildLayout } from "../src/workbook/build";
import { syntheticBlock } from "../tests/office/blocks";
import { FakeExcel } from "../tests/office/fake-excel";
import type { BenchSize } from "./size";

const SHAPES: [units: number, criteria: number][] = [
  [5, 20],
  [15, 60],
  [50, 150],
];

export async function benchOffice(_size?: BenchSize): Promise<Record<string, number>> {
  let inject = 0;
  let read = 0;
  let switching = 0;
  let writes50 = 0;
  let payload50 = 0;
  for (const [units, criteria] of SHAPES) {
    const block = syntheticBlock(units, criteria);
    const layout = buildLayout(block, { formulas: "native" });
    const excel = new FakeExcel(["Sheet1"]);
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements });
    const syncs = async (action: () => Promise<unknown>) => {
      const before = excel.syncs;
      await action();
      return excel.syncs - before;
    };
    inject = Math.max(inject, await syncs(() => host.applyLayout(layout, { block, keepValues: true })));
    if (units === 50) {
      writes50 = excel.writes.length;
      // The cell text of the write sync, as JSON: Excel on the web refuses requests over 5 MB.
      for (const sheet of layout.sheets) for (const region of sheet.regions) payload50 += JSON.stringify(officeCells(region)).length;
    }
    inject = Math.max(inject, await syncs(() => host.applyLayout(layout, { block, keepValues: true })));
    read = Math.max(read, await syncs(() => host.readBlock()));
    switching = Math.max(switching, await syncs(() => host.switchFormulaMode("khoi")));
  }
  return {
    "office.inject_syncs": inject,
    "office.read_syncs": read,
    "office.switch_syncs": switching,
    // 2-D range writes (values, formulas, number formats) of one fresh apply at 50 units: one per region, never per cell.
    "office.inject_range_writes_50_units": writes50,
    "office.inject_cells_kb_50_units": payload50 / 1024,
  };
}
