// Bench of the email round trip on files: the 15 self-scoring forms of a 15-unit, 40-criterion block, and the import
// of 15 returned forms (reading each, the checks and the preview, then the master updated with its log lines).
import { importLogEntries, planImport } from "../src/forms/plan";
import { readMasterGrids, readReturnedFile, updateMasterFile, writeFormFile } from "../src/xlsx/forms";
import { writeWorkbook } from "../src/xlsx/write";
import { criterionRows } from "../src/workbook/tree";
import { fillForm } from "../tests/forms/fill";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { timeMedianAsync } from "./timing";
import type { BenchSize } from "./size";

export async function benchEmail(size: BenchSize): Promise<Record<string, number>> {
  const block = syntheticParsedBlock(15, 40, 7);
  const master = await writeWorkbook(block, { formulas: "native" });
  const runs = size.small ? 1 : 5;
  const makeForms = async (): Promise<Uint8Array[]> => Promise.all(block.units.map(async (u) => (await writeFormFile(block, u.id)).bytes));
  const forms = await makeForms();
  // Returned forms: every unit changes its first three scores (a preview with real changes).
  const leaves = criterionRows(block.criteria).filter((r) => r.leaf && r.leaf.type === "points").slice(0, 3).map((r) => r.leaf!);
  const returned = await Promise.all(forms.map((bytes) => fillForm(bytes, leaves.map((leaf) => ({ code: leaf.code, value: leaf.max / 2 })))));
  const importAll = async (): Promise<void> => {
    const files = await Promise.all(returned.map((data, i) => readReturnedFile(`form-${i}.xlsx`, data)));
    const plan = planImport(await readMasterGrids(master), files);
    if (!plan.ok || plan.changes.length === 0) throw new Error("the bench's returned forms were not accepted");
    await updateMasterFile(master, plan.changes.map((c) => ({ cell: c.cell, value: c.new })), importLogEntries(plan, new Date().toISOString(), "bench"));
  };
  return {
    "email.forms_15_ms": await timeMedianAsync(runs, makeForms),
    "email.import_15_ms": await timeMedianAsync(runs, importAll),
  };
}
