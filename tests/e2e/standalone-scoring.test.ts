// The Chấm điểm page in the standalone page (the second host), headless Chromium on dist/app.html at 320 px: on the
// demo workbook each unit's layers are counted as the shared example fills them, forms are made for the five units,
// and nothing leaves the page's origin.
import type { Page } from "playwright-core";
import { shoot, type PaneBrowser } from "./browser";
import { launchStandalone, openApp, ownOrigin, type OpenApp } from "./standalone-browser";

jest.setTimeout(180_000);

let browser: PaneBrowser;
let app: OpenApp;
const navTab = (page: Page, name: string) => page.getByRole("navigation").getByRole("tab", { name, exact: true });

beforeAll(async () => {
  browser = await launchStandalone();
  app = await openApp(browser, { width: 320, height: 900 });
  await app.page.getByRole("button", { name: "Mở sổ mẫu" }).click();
  await app.page.getByText("Sổ mẫu: Cụm thi đua II Lạng Sơn 2020").first().waitFor();
});

afterAll(async () => {
  await browser?.close();
});

test("Chấm điểm on the demo: each unit's layers counted as the example says, forms are made, nothing leaves the page", async () => {
  const { page } = app;
  await navTab(page, "Chấm điểm").click();
  await page.getByRole("heading", { name: "Chấm điểm", level: 2 }).waitFor();
  // By hand from the shared example (11 leaves): Điện lực scored 10 in its self layer (no penalty TR) and one
  // (III.2) in the appraised layer; Ga Đồng Đăng 10 and 0; Xăng dầu 9 (neither bonus T nor penalty TR).
  const text = await page.locator("main").innerText();
  const unitBlock = (unit: string) => text.slice(text.indexOf(unit), text.indexOf("phiếu", text.indexOf(unit)));
  expect(unitBlock("Công ty Điện lực Lạng Sơn")).toMatch(/Tự chấm: 10\/11 tiêu chí\s+chưa nhập:\s+TR\s+Thẩm định: 1\/11 tiêu chí/);
  expect(unitBlock("Chi nhánh Ga Đồng Đăng")).toMatch(/Tự chấm: 10\/11 tiêu chí[\s\S]*Thẩm định: 0\/11 tiêu chí/);
  expect(unitBlock("Chi nhánh Xăng dầu Lạng Sơn")).toMatch(/Tự chấm: 9\/11 tiêu chí\s+chưa nhập:\s+T\s+TR/);
  await page.getByRole("button", { name: "Tạo phiếu cho các đơn vị" }).click();
  await page.getByText(/^Đã tạo 5 phiếu/).waitFor();
  await shoot(page, "standalone-scoring-vi-320.png");
  expect(app.requests.filter((url) => !ownOrigin(url, browser.server.url))).toEqual([]);
  expect(app.errors).toEqual([]);
});
