// Bench of the standalone page (dist/app.html, production build) in headless Chromium: the JavaScript it loads
// (gzip), time to interactive, opening a 15-unit block workbook until Kiểm tra shows its findings, and saving it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { chromium, type Page } from "playwright-core";
import { writeWorkbook } from "../src/xlsx/write";
import { serveDir } from "../tests/e2e/serve";
import { syntheticParsedBlock } from "../tests/helpers/synthetic-block";
import { median } from "./timing";
import type { BenchSize } from "./size";

const ROOT = join(__dirname, "..", "..", "..");
const DIST = join(ROOT, "dist");
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function pageScripts(): string[] {
  const html = readFileSync(join(DIST, "app.html"), "utf8");
  return [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/** Opens the workbook through the page's file input; resolves when Kiểm tra shows the ranking and findings (a block
 *  workbook opens on Kiểm tra and is checked at once: no click is needed). */
async function openAndCheck(page: Page, bytes: Uint8Array): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({ name: "khoi-15.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  // A CSS selector, not a role query: a role query computes every accessible name of a page with thousands of cells
  // (100 ms and more per query), which would be the bench's own time, not the page's.
  await page.locator("main table", { hasText: "Tổng điểm" }).waitFor({ timeout: 60_000 }); // the pane's ranking, not the grid
}

export async function benchStandalone(size: BenchSize): Promise<Record<string, number>> {
  if (!existsSync(join(DIST, "app.html"))) throw new Error("dist/app.html is missing: run `npm run build` first");
  const gzipBytes = pageScripts().reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
  const bytes = await writeWorkbook(syntheticParsedBlock(15, 40, 7), { formulas: "native" });
  const server = await serveDir(DIST);
  const profile = mkdtempSync(join(tmpdir(), "khoi-bench-standalone-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, viewport: { width: 1280, height: 900 }, args: CHROMIUM_ARGS, acceptDownloads: true,
  });
  const tti: number[] = [];
  const open: number[] = [];
  const save: number[] = [];
  try {
    for (let i = 0; i < (size.small ? 2 : 7); i++) {
      const page = await context.newPage();
      await page.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
      let start = Date.now();
      await page.goto(`${server.url}app.html`);
      // Interactive: the workbook bar and the pages' navigation answer a click.
      await page.getByRole("tab").first().click({ timeout: 30_000 });
      await page.getByRole("button", { name: "Mở tệp .xlsx…" }).waitFor();
      tti.push(Date.now() - start);

      start = Date.now();
      await openAndCheck(page, bytes);
      open.push(Date.now() - start);

      start = Date.now();
      await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.locator("button", { hasText: "Lưu .xlsx" }).click()]);
      save.push(Date.now() - start);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return {
    "standalone.js_gzip_kb": gzipBytes / 1024,
    "standalone.tti_ms": median(tti),
    "standalone.open_validate_15_ms": median(open),
    "standalone.save_15_ms": median(save),
  };
}
