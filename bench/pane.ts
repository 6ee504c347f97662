// Bench of the task pane: the JavaScript it loads (gzip) and time to interactive in headless Chromium,
// with office.js answered by the test stub, as the browser suite does.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { chromium } from "playwright-core";
import { serveDir } from "../tests/e2e/serve";
import { median } from "./timing";
import type { BenchSize } from "./size";

const ROOT = join(__dirname, "..", "..", "..");
const DIST = join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function benchPane(size: BenchSize): Promise<Record<string, number>> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first");
  const stub = readFileSync(join(ROOT, "tests", "e2e", "office-stub.js"), "utf8");
  const server = await serveDir(DIST);
  const profile = mkdtempSync(join(tmpdir(), "khoi-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, viewport: { width: 320, height: 640 }, args: CHROMIUM_ARGS,
  });
  const samples: number[] = [];
  // The JavaScript the pane loads at start-up, as the browser asks for it (the ES5 guard writes the script tags, and
  // pages load their heavy parts later, on demand): every script of ours requested until the pane is interactive.
  const loaded = new Set<string>();
  try {
    for (let i = 0; i < (size.small ? 2 : 7); i++) {
      const page = await context.newPage();
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: stub });
        if (url.startsWith(server.url) && /\.js(\?|$)/.test(url)) loaded.add(new URL(url).pathname.replace(/^\//, ""));
        return url.startsWith(server.url) ? route.continue() : route.abort();
      });
      const start = Date.now();
      await page.goto(`${server.url}taskpane.html`);
      // Interactive: the navigation tabs are rendered and the first one can be clicked.
      await page.getByRole("tab").first().click({ timeout: 30_000 });
      samples.push(Date.now() - start);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const gzipBytes = [...loaded].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
  return { "pane.js_gzip_kb": gzipBytes / 1024, "pane.tti_ms": median(samples) };
}
