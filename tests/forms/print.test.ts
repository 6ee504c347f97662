// Printing a form: LibreOffice exports every form of the two example blocks to PDF on A4 portrait pages, one page
// each (the print area is fitted to one page wide, and these blocks are short enough to fit one page tall).
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseBlock } from "../../src/core/parse";
import { writeFormFile } from "../../src/xlsx/forms";
import { loadExample } from "../helpers/fixtures";
import { libreOfficeAvailable, SOFFICE } from "../helpers/libreoffice";

jest.setTimeout(180_000);

test("every form of the examples prints on one A4 portrait page", async () => {
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found`);
  const work = mkdtempSync(join(tmpdir(), "khoi-print-"));
  try {
    const input = join(work, "in");
    mkdirSync(input);
    const names: string[] = [];
    for (const example of ["khanh-hoa-khoi-2-2021", "lang-son-cum-ii-2020"]) {
      const block = parseBlock(loadExample(example)).block!;
      for (const unit of block.units) {
        const name = `${example}-${unit.id}.xlsx`;
        writeFileSync(join(input, name), (await writeFormFile(block, unit.id)).bytes);
        names.push(name);
      }
    }
    const run = spawnSync(SOFFICE, [
      `-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
      "--convert-to", "pdf", "--outdir", join(work, "out"), ...names.map((n) => join(input, n)),
    ], { timeout: 170_000 });
    expect(run.status).toBe(0);
    const pdfs = readdirSync(join(work, "out")).sort();
    expect(pdfs).toEqual(names.map((n) => n.replace(/\.xlsx$/, ".pdf")).sort());
    for (const pdf of pdfs) {
      const text = readFileSync(join(work, "out", pdf)).toString("latin1");
      const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect([pdf, pages.length]).toEqual([pdf, 1]);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
      expect([pdf, Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([pdf, 595, 842]); // A4 portrait, in points
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
