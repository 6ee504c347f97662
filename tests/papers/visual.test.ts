// The papers as they print: headless LibreOffice converts each paper (as `khoi papers --pdf` does) to PDF, pdfinfo
// gives the pages and their size, pdffonts the fonts (Times New Roman or its metric twin Liberation Serif where
// Times is not installed), pdftotext the words; pdftoppm renders every page to PNG, kept in tests/artifacts.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, unlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { findSoffice, papersToPdf } from "../../src/cli/pdf";
import type { PaperSheet } from "../../src/workbook/paper";
import { bookOf, langSon, papersOfBook, sixUnits } from "./helpers";

const ARTIFACTS = join(__dirname, "..", "artifacts");
const soffice = findSoffice();
const poppler = ["pdfinfo", "pdftoppm", "pdffonts", "pdftotext"].every((tool) => {
  try {
    execFileSync("which", [tool]);
    return true;
  } catch {
    return false;
  }
});

const run = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: "utf8" });

interface Printed {
  pages: number;
  width: number;
  height: number;
  fonts: string;
  text: string;
}

function printed(pdf: string): Printed {
  const info = run("pdfinfo", [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]), fonts: run("pdffonts", [pdf]), text: run("pdftotext", ["-layout", pdf, "-"]).replace(/\s+/g, "") };
}

(soffice && poppler ? describe : describe.skip)("papers printed by LibreOffice", () => {
  const cases: [string, () => Record<string, unknown>][] = [["six-units", sixUnits], ["lang-son", langSon]];
  const results = new Map<string, Map<PaperSheet["kind"], Printed>>();

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), "khoi-papers-pdf-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [name, doc] of cases) {
      const papers = await papersOfBook(await bookOf(doc()));
      const dir = join(work, name);
      const pdfs = await papersToPdf(soffice!, papers.map((paper) => ({ paper, sheet: paper.sheet.name })), dir);
      const byKind = new Map<PaperSheet["kind"], Printed>();
      papers.forEach((paper, i) => {
        byKind.set(paper.kind, printed(pdfs[i]));
        const prefix = join(ARTIFACTS, `papers-${name}-${paper.kind}`);
        for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`papers-${name}-${paper.kind}-`))) unlinkSync(join(ARTIFACTS, old));
        run("pdftoppm", ["-r", "60", "-png", pdfs[i], prefix]);
      });
      results.set(name, byKind);
    }
  }, 240_000);

  it.each(["six-units", "lang-son"])("%s: the summary is one landscape A4 page wide", (name) => {
    const summary = results.get(name)!.get("summary")!;
    expect(summary.pages).toBe(1);
    expect(summary.width).toBeCloseTo(841.9, 0);
    expect(summary.height).toBeCloseTo(595.3, 0);
  });

  it.each(["six-units", "lang-son"])("%s: the minutes and the memo are portrait A4 on one or two pages", (name) => {
    for (const kind of ["minutes", "memo"] as const) {
      const paper = results.get(name)!.get(kind)!;
      expect(paper.pages).toBeGreaterThanOrEqual(1);
      expect(paper.pages).toBeLessThanOrEqual(2);
      expect(paper.width).toBeCloseTo(595.3, 0);
      expect(paper.height).toBeCloseTo(841.9, 0);
    }
  });

  it("prints in Times New Roman (or Liberation Serif, its metric twin) with the national heading and the results", () => {
    const six = results.get("six-units")!;
    for (const paper of six.values()) expect(paper.fonts).toMatch(/TimesNewRoman|Times-Roman|LiberationSerif/);
    // Compared without spaces: glyphs LibreOffice takes from a fallback font come out of pdftotext spaced apart.
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    const minutes = six.get("minutes")!.text;
    expect(minutes).toContain(squeeze("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    expect(minutes).toContain(squeeze("Độc lập - Tự do - Hạnh phúc"));
    expect(minutes).toContain(squeeze("BIÊN BẢN"));
    expect(minutes).toContain(squeeze("THƯ KÝ CHỦ TRÌ"));
    const summary = six.get("summary")!.text;
    expect(summary).toContain("97,2");
    expect(summary).toContain(squeeze("NGƯỜI LẬP BIỂU"));
    expect(summary).toContain(squeeze("KHỐI TRƯỞNG"));
    // The fields beside the page are not printed.
    expect(summary).not.toContain("khoi-paper/1");
    expect(summary).not.toContain(squeeze("Thông tin của văn bản"));
  });

  it("every page is kept as a PNG artifact", () => {
    for (const [name] of cases) {
      for (const kind of ["summary", "minutes", "memo"]) {
        const pages = results.get(name)!.get(kind as PaperSheet["kind"])!.pages;
        const pngs = readdirSync(ARTIFACTS).filter((f) => f.startsWith(`papers-${name}-${kind}-`) && f.endsWith(".png"));
        expect(pngs).toHaveLength(pages);
        expect(existsSync(join(ARTIFACTS, pngs[0]))).toBe(true);
      }
    }
  });
});
