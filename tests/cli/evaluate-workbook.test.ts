// `khoi evaluate BOOK.xlsx`: a block workbook is validated like a block file, its findings carrying cell addresses,
// and a cell the reader already reports is not reported a second time by the engine.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Finding } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/read";
import { runCli } from "./run-cli";

const LANG_SON = join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json");
const dir = mkdtempSync(join(tmpdir(), "khoi-evaluate-book-"));

async function bookWithTextScore(): Promise<{ path: string; sheet: string; address: string }> {
  const path = join(dir, "lang-son.xlsx");
  expect((await runCli(["workbook", LANG_SON, "-o", path])).code).toBe(0);
  const reading = await readWorkbook(new Uint8Array(readFileSync(path)));
  const cell = reading.locate({ code: "SCORE_INVALID", severity: "error", unit: "ga-dd", criterion: "II.2", layer: "self", message: "", messageEn: "" });
  if (!cell) throw new Error("the self score of ga-dd II.2 has no cell");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  book.getWorksheet(cell.sheet)!.getCell(cell.address).value = "9,5"; // typed on a machine with a decimal point
  await book.xlsx.writeFile(path);
  return { path, ...cell };
}

describe("khoi evaluate on a workbook", () => {
  it("reports a score typed as text once, at its cell, with the offer to fix, and exits 1", async () => {
    const { path, sheet, address } = await bookWithTextScore();
    const run = await runCli(["evaluate", path, "--json"]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    const invalid = result.findings.filter((f: Finding) => f.code === "SCORE_INVALID");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ unit: "ga-dd", criterion: "II.2", cell: { sheet, address } });
    expect(invalid[0].message).toContain("9,5");
    expect(result.units.map((u: { id: string }) => u.id)).toHaveLength(5);

    const text = await runCli(["evaluate", path]);
    expect(text.stdout).toContain(`${sheet}!${address}`);
  });

  it("validates an untouched workbook written from a correct block without errors", async () => {
    const path = join(dir, "clean.xlsx");
    await runCli(["workbook", LANG_SON, "-o", path]);
    const run = await runCli(["evaluate", path, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).units[0]).toMatchObject({ id: "ga-dd", rank: 1, award: "flag" });
  });
});
