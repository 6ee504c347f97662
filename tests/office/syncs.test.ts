// The sync budget: applying a block of up to 50 units × 150 criteria takes at most 3 context.sync() calls (2 on a
// fresh workbook, 3 when re-applying), reading it back at most 2, switching formula mode at most 3.
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import { syntheticBlock } from "./blocks";
import { FakeExcel } from "./fake-excel";

describe.each([
  [5, 20],
  [15, 60],
  [50, 150],
])("a block of %i units × %i criteria", (units, criteria) => {
  const block = syntheticBlock(units, criteria);
  const layout = buildLayout(block, { formulas: "native" });

  it("is applied in 2 syncs, re-applied in 3, read in 2, switched to KHOI.* in 3", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const host = createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements });
    const counted = async (action: () => Promise<unknown>) => {
      const before = excel.syncs;
      await action();
      return excel.syncs - before;
    };
    expect(await counted(() => host.applyLayout(layout, { block, keepValues: true }))).toBe(2);
    expect(await counted(() => host.applyLayout(layout, { block, keepValues: true }))).toBe(3);
    const read = await counted(async () => {
      const reading = await host.readBlock();
      expect((reading.doc as { units: unknown[] }).units.length).toBe(units);
    });
    expect(read).toBe(2);
    expect(await counted(() => host.switchFormulaMode("khoi"))).toBe(3);
    expect(await counted(() => host.inspect())).toBe(1);
    // Each Office operation is one Excel.run.
    expect(excel.runs).toBe(5);
    // Every write happened with calculation suspended.
    expect(excel.suspendedSyncs).toEqual([2, 5, 10]);
  }, 60_000);
});
