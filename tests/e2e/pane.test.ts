// The built add-in (dist/) in headless Chromium at 320×640: office.js routed to a local stub, the pane checked in
// Vietnamese and English, on an Excel with and without custom functions; screenshots go to tests/artifacts/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIST, EXCEL_2019, EXCEL_365, launchBrowser, openPane as open, pageWidths, shoot, type OpenPane, type PaneBrowser, type StubConfig } from "./browser";

jest.setTimeout(240_000);

let browser: PaneBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const openPane = (config: StubConfig): Promise<OpenPane> => open(browser, config);

/** The pane opens on its first step (Thiết lập); the environment panel is one tab away. */
async function showEnvironment(page: Page, tab = "Môi trường") {
  await page.getByRole("tab", { name: tab }).click();
}

/** The value shown next to a label in the environment panel. */
function valueOf(page: Page, label: string) {
  return page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
}

describe("task pane in Excel for Microsoft 365 (stub)", () => {
  let pane: OpenPane;
  beforeAll(async () => {
    pane = await openPane(EXCEL_365);
  });
  afterAll(async () => {
    await pane.page.close();
  });

  it("opens in Vietnamese with the title, the navigation and the environment panel", async () => {
    const { page } = pane;
    await expect(page.getByRole("heading", { name: "Khối", level: 1 }).isVisible()).resolves.toBe(true);
    await page.getByRole("heading", { name: "Thiết lập bảng chấm điểm", level: 2 }).waitFor();
    // The set-up page's form fits the 320 px pane too.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await shoot(page, "pane-vi-setup.png");
    await showEnvironment(page);
    await page.getByRole("heading", { name: "Môi trường", level: 2 }).waitFor();
    await expect(page.getByRole("tab", { name: "Môi trường" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("vi");
    await expect(valueOf(page, "Ứng dụng").innerText()).resolves.toBe("Excel");
    await expect(valueOf(page, "Nền tảng").innerText()).resolves.toBe("Windows");
    await expect(valueOf(page, "Phiên bản Office").innerText()).resolves.toBe("16.0.17928.20114");
    await expect(valueOf(page, "CustomFunctionsRuntime 1.1").innerText()).resolves.toBe("Có");
    await expect(valueOf(page, "SharedRuntime 1.1").innerText()).resolves.toBe("Có");
    await expect(page.locator("dt", { hasText: "SharedRuntime 1.1" }).innerText()).resolves.toMatch(/^Ngăn và hàm dùng chung/);
    await expect(
      page.getByText("Excel này chạy được hàm KHOI.* và cho ngăn Khối dùng chung với hàm.").isVisible(),
    ).resolves.toBe(true);
    await shoot(page, "pane-vi.png");
  });

  it("fits 320 px: nothing overflows the pane sideways", async () => {
    const widths = await pageWidths(pane.page);
    expect(widths.client).toBe(320);
    expect(widths.scroll).toBeLessThanOrEqual(320);
  });

  it("switches to English and back, and remembers the choice on reopening", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: "EN" }).click();
    await page.getByRole("heading", { name: "Environment", level: 2 }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(valueOf(page, "Application").innerText()).resolves.toBe("Excel");
    await expect(valueOf(page, "Platform").innerText()).resolves.toBe("Windows");
    await expect(valueOf(page, "CustomFunctionsRuntime 1.1").innerText()).resolves.toBe("Yes");
    await expect(page.locator("dt", { hasText: "CustomFunctionsRuntime 1.1" }).innerText()).resolves.toMatch(/^KHOI\.\* functions/);
    await expect(page.getByText("Môi trường").count()).resolves.toBe(0);
    await shoot(page, "pane-en.png");

    await page.reload();
    await page.getByRole("heading", { name: "Set up the scoring workbook", level: 2 }).waitFor();
    await showEnvironment(page, "Environment");
    await page.getByRole("heading", { name: "Environment", level: 2 }).waitFor();

    await page.getByRole("button", { name: "VI" }).click();
    await page.getByRole("heading", { name: "Môi trường", level: 2 }).waitFor();
  });

  it("loads the KHOI.* functions and the ribbon command into the same page (shared runtime)", async () => {
    const recorded = await pane.page.evaluate(() => (window as unknown as { __KHOI_RECORDED__: { functions: string[]; actions: string[] } }).__KHOI_RECORDED__);
    const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect([...recorded.functions].sort()).toEqual(ids);
    expect(recorded.actions).toContain("Khoi.showPane");
  });

  it("runs without script errors and without calling any server but its own", () => {
    expect(pane.errors).toEqual([]);
    expect(pane.external).toEqual([]);
  });
});

describe("task pane in volume-licensed Excel 2019 (stub: no custom functions, no shared runtime)", () => {
  let pane: OpenPane;
  beforeAll(async () => {
    pane = await openPane(EXCEL_2019);
  });
  afterAll(async () => {
    await pane.page.close();
  });

  it("still opens and says the KHOI.* functions are not available here", async () => {
    const { page } = pane;
    await showEnvironment(page);
    await page.getByRole("heading", { name: "Môi trường", level: 2 }).waitFor();
    await expect(valueOf(page, "Phiên bản Office").innerText()).resolves.toBe("16.0.10827.20138");
    await expect(valueOf(page, "CustomFunctionsRuntime 1.1").innerText()).resolves.toBe("Không");
    await expect(valueOf(page, "SharedRuntime 1.1").innerText()).resolves.toBe("Không");
    await expect(page.getByText("Excel này không chạy được hàm KHOI.*", { exact: false }).isVisible()).resolves.toBe(true);
    await shoot(page, "pane-vi-excel-2019.png");
  });

  it("raises no script error, though functions.js loads into a page without CustomFunctions", () => {
    expect(pane.errors).toEqual([]);
  });
});

describe("task pane outside Office and in a dark Office theme", () => {
  it("opened in a plain browser, it tells the officer to open it from Excel", async () => {
    const pane = await openPane({ host: null, platform: null });
    await showEnvironment(pane.page);
    await pane.page.getByRole("heading", { name: "Môi trường", level: 2 }).waitFor();
    await expect(valueOf(pane.page, "Ứng dụng").innerText()).resolves.toBe("Ngoài Office");
    await expect(pane.page.getByText("Hãy mở Khối trong Excel", { exact: false }).isVisible()).resolves.toBe(true);
    await pane.page.close();
  });

  it("opened in a plain browser, «Kiểm tra» fits 320 px and says to open Khối in Excel", async () => {
    const pane = await openPane({ host: null, platform: null });
    await pane.page.getByRole("tab", { name: "Kiểm tra" }).click();
    await pane.page.getByRole("heading", { name: "Kiểm tra bảng điểm", level: 2 }).waitFor();
    await expect(pane.page.getByText("hãy mở Khối trong Excel để kiểm tra bảng điểm", { exact: false }).isVisible()).resolves.toBe(true);
    await expect(pane.page.getByRole("button", { name: "Kiểm tra bảng điểm" }).isDisabled()).resolves.toBe(true);
    await expect(pane.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await shoot(pane.page, "pane-vi-check.png");
    expect(pane.errors).toEqual([]);
    await pane.page.close();
  });

  it("follows a dark Office theme", async () => {
    const pane = await openPane({ ...EXCEL_365, theme: "#262626" });
    await showEnvironment(pane.page);
    await pane.page.getByRole("heading", { name: "Môi trường", level: 2 }).waitFor();
    const background = await pane.page.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider");
      return provider ? getComputedStyle(provider).backgroundColor : "";
    });
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await shoot(pane.page, "pane-vi-dark.png");
    await pane.page.close();
  });
});
