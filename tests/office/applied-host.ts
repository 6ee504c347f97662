// A fake Excel with Khối's layout already applied for a block, and the Office host over it: where tests of the
// live workbook's later steps (forms, seal) start.
import type { Block } from "../../src/core/types";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import { FakeExcel } from "./fake-excel";

export async function appliedHost(block: Block) {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run });
  await host.applyLayout(buildLayout(block, { formulas: "native" }), { block, keepValues: true });
  return { excel, host };
}
