// Repair formulas in the standalone page: the file's broken KHOI.* formulas (edited by hand in the sheet XML) are
// rewritten as native formulas through the page's WorkbookHost; the saved file reads back with nothing broken.
import { logLines } from "../../src/forms/events";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { loadBook } from "../../src/xlsx/book";
import { readWorkbook, workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { loadExample, parsedBlock, withoutDeclared } from "../helpers/fixtures";
import { breakFormulas } from "./break-xml";

const block = withoutDeclared(parsedBlock(loadExample("khanh-hoa-khoi-2-2021")));

test("the page's host repairs a file's broken formulas and logs each cell", async () => {
  const broken = breakFormulas(await writeWorkbook(block, { formulas: "khoi" }), [
    { fn: "KHOI.RANK", rewrite: () => "_xldudf_KHOI.RANK", limit: 1 },
    { fn: "KHOI.TOTAL", rewrite: () => "[1]!KHOI.TOTAL", limit: 1 },
  ]);
  expect(broken.cells).toHaveLength(2);
  const doc = new FileWorkbook(await loadBook(broken.bytes), { kind: "demo" });
  const host = createFileWorkbookHost(doc, { now: () => new Date("2026-03-06T00:00:00Z") });
  const report = await host.repairFormulas!("Chị Hoa");
  expect(report.mode).toBe("native");
  for (const cell of broken.cells) expect(report.repairs.map((r) => `${r.sheet}!${r.address}`)).toContain(`${cell.sheet}!${cell.address}`);
  const { bytes } = await doc.save();
  const reading = await readWorkbook(bytes);
  expect(reading.findings.filter((f) => f.code === "FORMULA_BROKEN" || f.code === "FORMULA_OVERWRITTEN")).toEqual([]);
  const lines = logLines(workbookGrids(await loadBook(bytes))).filter((l) => l.action === "repair");
  expect(lines).toHaveLength(report.repairs.length);
  expect(lines.every((l) => l.who === "Chị Hoa")).toBe(true);
});
