// What the standalone page's browser tests share: the production build (dist/app.html, built when missing), the page
// opened in headless Chromium with every request recorded (anything outside the page's own origin is refused), and
// reading the grid of the sheet on screen.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIST, ROOT, launchBrowser, type PaneBrowser } from "./browser";

export async function launchStandalone(): Promise<PaneBrowser> {
  if (!existsSync(join(DIST, "app.html")) || !existsSync(join(DIST, "standalone.js"))) {
    execSync("npx webpack --mode production", { cwd: ROOT, stdio: "inherit", timeout: 300_000 });
  }
  return launchBrowser();
}

export interface OpenApp {
  page: Page;
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Every request the page made, in order. */
  requests: string[];
}

/** True for the page's own files and the blob: URLs it makes of its own bytes (the saved .xlsx). */
export function ownOrigin(url: string, serverUrl: string): boolean {
  const origin = new URL(serverUrl).origin;
  if (url.startsWith("blob:")) return url.startsWith(`blob:${origin}/`);
  if (url.startsWith("data:")) return true;
  return new URL(url).origin === origin;
}

export async function openApp(browser: PaneBrowser, viewport = { width: 1280, height: 900 }): Promise<OpenApp> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => errors.push(`${error.message}\n${error.stack ?? ""}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on("request", (request) => requests.push(request.url()));
  await page.route("**/*", (route) => (ownOrigin(route.request().url(), browser.server.url) ? route.continue() : route.abort()));
  // The language is remembered in localStorage: every test starts in Vietnamese.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("khoi.test.started")) {
      sessionStorage.setItem("khoi.test.started", "1");
      localStorage.removeItem("khoi.language");
    }
  });
  await page.goto(`${browser.server.url}app.html`);
  return { page, errors, requests };
}

/** The sheet on screen, cell by cell: address → what the cell shows (an input's value, else its text). */
export function gridCells(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const td of Array.from(document.querySelectorAll<HTMLElement>("td[data-cell]"))) {
      const input = td.querySelector("input");
      out[td.dataset.cell!] = input ? input.value : (td.textContent ?? "");
    }
    return out;
  });
}

/** The address of the cell in the row whose column A shows `code`, under the first column whose key row shows `unit`
 *  (on Chấm điểm: the first layer, Tự chấm). */
export function scoreCell(page: Page, code: string, unit: string): Promise<string> {
  return page.evaluate(
    ([code, unit]) => {
      const cells = Array.from(document.querySelectorAll<HTMLElement>("td[data-cell]"));
      const text = (td: HTMLElement) => (td.querySelector("input")?.value ?? td.textContent ?? "").trim();
      const row = cells.find((td) => /^A\d+$/.test(td.dataset.cell!) && text(td) === code)?.dataset.cell?.slice(1);
      const column = cells.find((td) => text(td) === unit && !td.querySelector("input"))?.dataset.cell?.replace(/\d+$/, "");
      if (!row || !column) throw new Error(`no cell for ${code} / ${unit}`);
      return `${column}${row}`;
    },
    [code, unit] as const,
  );
}

/** Types into a grid cell as an officer does: click, select all, type, Enter. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  const field = page.locator(`td[data-cell="${address}"] input`);
  await field.click();
  await field.press("Control+A");
  await field.pressSequentially(text);
  await field.press("Enter");
}

/** Pastes text into the focused grid cell the way the browser delivers Ctrl+V of a block copied from Excel. */
export async function pasteInto(page: Page, address: string, text: string): Promise<void> {
  const field = page.locator(`td[data-cell="${address}"] input`);
  await field.focus();
  await field.evaluate((input, data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}
