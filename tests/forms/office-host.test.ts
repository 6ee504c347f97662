// The import through the Office host on the fake Excel: the workbook's grids go to the same plan as the command
// line's, the self scores and the Nhật ký lines are written in a few syncs, and the block read back has the values.
import { formEvents, sentEntry } from "../../src/forms/events";
import { importLogEntries, planImport } from "../../src/forms/plan";
import { readReturnedFile, writeFormFile } from "../../src/xlsx/forms";
import { templateBlock } from "../office/blocks";
import { fillForm } from "./fill";
import { appliedHost } from "../office/applied-host";

const block = templateBlock([["a", "Công ty A"], ["b", "Công ty B"]]);

const applied = () => appliedHost(block);

test("a returned form is planned on the live workbook's grids and written with its log lines in at most 4 syncs", async () => {
  const { excel, host } = await applied();
  const leaf = "II.2";
  const { bytes } = await writeFormFile(block, "a");
  const returned = await readReturnedFile("a.xlsx", await fillForm(bytes, [{ code: leaf, value: "4,5" }, { code: leaf, column: "G", value: "=1+1" }]));
  const plan = planImport(await host.readGrids!(), [returned]);
  expect(plan.ok).toBe(true);
  expect(plan.changes.map((c) => [c.unit, c.criterion, c.old, c.new])).toEqual([["a", leaf, null, 4.5]]);

  const before = excel.syncs;
  const log = [sentEntry({ id: "b", name: "Công ty B" }, "b.xlsx", "2021-01-01T00:00:00Z", "Lan"), ...importLogEntries(plan, "2021-01-02T00:00:00Z", "Lan")];
  await host.writeCells!(plan.changes.map((c) => ({ cell: c.cell, value: c.new })), log);
  expect(excel.syncs - before).toBeLessThanOrEqual(4);

  const reading = await host.readBlock();
  expect((reading.doc as { scores: { self: Record<string, Record<string, unknown>> } }).scores.self.a[leaf]).toBe(4.5);
  const grids = await host.readGrids!();
  const events = formEvents(grids);
  expect(events.map((e) => [e.kind, e.unit])).toEqual([["sent", "b"], ["returned", "a"]]);
  const logSheet = grids.sheets.find((s) => s.name === "Nhật ký")!;
  const written = logSheet.values.find((row) => typeof row?.[2] === "string" && (row[2] as string).startsWith("Điểm tự chấm"))!;
  expect(written.slice(0, 2)).toEqual(["2021-01-02T00:00:00Z", "Lan"]);
  expect(written[4]).toBe(4.5);
  expect(written[5]).toBe(`${plan.changes[0].cell.sheet}!${plan.changes[0].cell.address}`);
  expect(written[2]).toContain("minh chứng: '=1+1");

  // A second import appends below, never over, the lines already there.
  await host.writeCells!([], [sentEntry({ id: "a", name: "Công ty A" }, "a2.xlsx", "2021-01-03T00:00:00Z", "Lan")]);
  expect(formEvents(await host.readGrids!()).map((e) => [e.kind, e.unit])).toEqual([["sent", "b"], ["returned", "a"], ["sent", "a"]]);
});
