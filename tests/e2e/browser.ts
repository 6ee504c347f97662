// What the browser tests share: the built add-in (dist/) served on 127.0.0.1, one headless Chromium at 320×640,
// office.js answered by the local stub (plus any script a test adds after it), errors and outside requests recorded.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveDir, type StaticServer } from "./serve";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "tests", "artifacts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STUB = readFileSync(join(__dirname, "office-stub.js"), "utf8");

/** What the stub's "Office" reports (see office-stub.js). */
export interface StubConfig {
  host?: string | null;
  platform?: string | null;
  version?: string;
  theme?: string;
  sets?: Record<string, string>;
  customFunctions?: boolean;
}

export const EXCEL_365: StubConfig = {
  host: "Excel",
  platform: "PC",
  version: "16.0.17928.20114",
  sets: { CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1", ExcelApi: "1.20" },
  customFunctions: true,
};
// Volume-licensed Excel 2019: add-in commands but neither custom functions nor the shared runtime.
export const EXCEL_2019: StubConfig = { host: "Excel", platform: "PC", version: "16.0.10827.20138", sets: {} };

export interface PaneBrowser {
  context: BrowserContext;
  server: StaticServer;
  close(): Promise<void>;
}

/** Builds dist/ when a file is missing (a fresh checkout), serves it and starts Chromium. */
export async function launchBrowser(): Promise<PaneBrowser> {
  const needed = ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "commands.html", "manifest.xml"];
  if (!needed.every((f) => existsSync(join(DIST, f)))) {
    execSync("npx webpack --mode production", { cwd: ROOT, stdio: "inherit", timeout: 300_000 });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serveDir(DIST);
  const profile = mkdtempSync(join(tmpdir(), "khoi-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 320, height: 640 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    server,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenPane {
  page: Page;
  /** Uncaught errors and console errors, each with the script it came from when known. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (other than office.js, which the stub answers). */
  external: string[];
}

/** Opens taskpane.html with office.js answered by the stub set to `config`, then `after` (a script) if given. */
export async function openPane(browser: PaneBrowser, config: StubConfig, after = ""): Promise<OpenPane> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on("pageerror", (error) => errors.push(`${error.message}\n${error.stack ?? ""}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} @ ${message.location().url}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return route.fulfill({
        contentType: "text/javascript",
        body: `window.__KHOI_OFFICE__ = ${JSON.stringify(config)};\n${STUB}\n${after}`,
      });
    }
    if (url.startsWith(browser.server.url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.goto(`${browser.server.url}taskpane.html`);
  return { page, errors, external };
}

/** A full-page screenshot into tests/artifacts/. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
}

/** How wide the page is laid out, against the 320 px viewport. */
export function pageWidths(page: Page): Promise<{ client: number; scroll: number }> {
  return page.evaluate(() => ({ client: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth }));
}
