// The built pane (dist/) on Excels that cannot do everything: an engine that fails modern syntax (Internet
// Explorer 11, the old Edge webview of volume-licensed Excel 2016/2019) gets the static page and no bundle; an
// Excel with ExcelApi 1.8 runs the pane but Thiết lập refuses, writing nothing, and names the standalone page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { bundleForBrowser } from "./bundle";
import { DIST, EXCEL_365, launchBrowser, openPane, shoot, type PaneBrowser } from "./browser";

jest.setTimeout(180_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STUB = readFileSync(join(__dirname, "office-stub.js"), "utf8");

let browser: PaneBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("the start-up guard as built", () => {
  it.each(["taskpane.html", "commands.html"])("%s: the inline guard, minified, still parses as ES5", (file) => {
    const html = readFileSync(join(DIST, file), "utf8");
    const guard = /<script id="?khoi-guard"?[^>]*>([\s\S]*?)<\/script>/.exec(html);
    expect(guard).not.toBeNull();
    expect(() => parse(guard![1], { ecmaVersion: 5 })).not.toThrow();
    // html-webpack-plugin injects nothing itself: no script tag names a bundle outside the guard.
    expect(html.replace(guard![0], "")).not.toMatch(/<script[^>]*src="?(?:taskpane|commands|functions)\.js/);
  });

  it("on an engine where modern syntax fails, loads no bundle and shows the static page with app.html", async () => {
    const page = await browser.context.newPage();
    const requested: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Internet Explorer 11's Function constructor throws SyntaxError on ES2015+ syntax; this one does the same.
    await page.addInitScript(() => {
      const Real = Function;
      const modern = /=>|\bclass\b|\?\.|\?\?|\.\.\.|\b(?:const|let|async)\b/;
      const Es5 = function (...args: string[]) {
        if (modern.test(String(args[args.length - 1] ?? ""))) throw new SyntaxError("Expected ';'");
        return Real(...args);
      };
      Es5.prototype = Real.prototype;
      (window as unknown as { Function: unknown }).Function = Es5;
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: `window.__KHOI_OFFICE__ = {};\n${STUB}` });
      if (url.startsWith(browser.server.url)) return route.continue();
      return route.abort();
    });
    await page.goto(`${browser.server.url}taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN`);
    await page.getByRole("heading", { name: "Khối chưa chạy được trong Excel này", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Khối cannot run in this Excel", level: 2 }).waitFor();
    const links = page.getByRole("link", { name: `${browser.server.url}app.html` });
    await expect(links.count()).resolves.toBe(2);
    await expect(links.first().getAttribute("href")).resolves.toBe(`${browser.server.url}app.html`);
    await expect(page.getByText("Sổ tính Khối vẫn dùng được ngay trong Excel 2016/2019", { exact: false }).isVisible()).resolves.toBe(true);
    expect(requested.filter((url) => /\/(taskpane|commands|functions)\.js/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await shoot(page, "pane-old-engine.png");
    await page.close();
  });
});

describe("the pane on an Excel with ExcelApi 1.8", () => {
  it("Thiết lập refuses before touching the workbook, says what is missing and links app.html; Môi trường shows the level", async () => {
    const bundle = await bundleForBrowser("./tests/e2e/fake-excel-entry.ts");
    const excel18 = { ...EXCEL_365, sets: { ...EXCEL_365.sets, ExcelApi: "1.8" } };
    const { page, errors, external } = await openPane(browser, excel18, bundle);
    const syncs = () => page.evaluate(() => (window as unknown as { __KHOI_FAKE__: { syncs(): number } }).__KHOI_FAKE__.syncs());
    const sheets = () =>
      page.evaluate(() => (window as unknown as { __KHOI_FAKE__: { sheetNames(): { name: string }[] } }).__KHOI_FAKE__.sheetNames().map((s) => s.name));

    await page.getByRole("heading", { name: "Thiết lập bảng chấm điểm", level: 2 }).waitFor();
    await page.getByRole("textbox", { name: /Tên khối/ }).fill("Cụm thi đua số 2");
    await page.getByRole("textbox", { name: /Đơn vị thành viên/ }).fill("Ga Đồng Đăng\r\nCông ty Điện lực Lạng Sơn");
    const before = await syncs();
    await page.getByRole("button", { name: "Tạo bảng chấm điểm" }).click();
    await page.getByText("Excel này chưa đủ tính năng cho việc này").waitFor();
    await expect(page.getByText(/cần ExcelApi 1\.9 \(thiết lập trang in/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Mở trang Khối độc lập (app.html)" }).getAttribute("href")).resolves.toBe("app.html");
    await shoot(page, "pane-excelapi-1.8-refused.png");
    expect(await syncs()).toBe(before);
    expect(await sheets()).toEqual(["Sheet1"]);

    await page.getByRole("tab", { name: "Môi trường" }).click();
    const value = (label: string) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").innerText();
    await expect(value("ExcelApi cao nhất")).resolves.toBe("ExcelApi 1.8");
    await expect(value("Trình duyệt nhúng")).resolves.toMatch(/^Chromium \d+$/);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});
