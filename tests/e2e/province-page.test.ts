// The standalone page's «Tổng hợp tỉnh» step in headless Chromium: the province folder of tests/province dropped in
// through the file picker gives the same summary, cap and findings as `khoi province`, PROVINCE.xlsx downloads and
// reads back, and no request leaves the page's origin.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { shoot, type PaneBrowser } from "./browser";
import { launchStandalone, openApp, ownOrigin, type OpenApp } from "./standalone-browser";
import { FILES, fileOf, writeProvinceFolder } from "../province/province-fixture";

jest.setTimeout(240_000);

let browser: PaneBrowser;
let app: OpenApp;
let dir: string;

beforeAll(async () => {
  dir = await writeProvinceFolder(mkdtempSync(join(tmpdir(), "khoi-province-page-")));
  browser = await launchStandalone();
  app = await openApp(browser);
});
afterAll(async () => {
  await app?.page.close();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("standalone page: Tổng hợp tỉnh", () => {
  it("consolidates the dropped province folder as khoi province does, in the browser", async () => {
    const { page } = app;
    await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
    // Files chosen by path keep their modification times: the resent file of block 10 is the later one.
    const files = readdirSync(dir).map((name) => join(dir, name));
    await page.getByLabel("Chọn các tệp .xlsx…").setInputFiles(files);
    await page.getByText("Năm 2026: 14 tệp khối đọc được, 12 khối được dùng, 2 tệp bỏ qua.").waitFor({ timeout: 180_000 });
    await page.getByText("Cờ thi đua của Chính phủ: 12 tập thể dẫn đầu khối × 20 % → được đề nghị tối đa 2.").waitFor();
    const across = page.getByRole("region", { name: "Phát hiện liên khối" });
    await expect(across.innerText()).resolves.toContain("Đơn vị «Công ty Cổ phần Cảng Chân Mây» được đề nghị khen thưởng ở 2 khối");
    await expect(across.innerText()).resolves.toContain(`${fileOf(7)} — Tổng hợp!K6`);
    await expect(across.innerText()).resolves.toContain(`Khối «Khối thi đua số 10» được gửi 2 lần: dùng tệp ${FILES.resent}`);
    const skipped = page.getByRole("region", { name: "Tệp bỏ qua" });
    await expect(skipped.innerText()).resolves.toContain(FILES.contacts);
    await expect(skipped.innerText()).resolves.toContain(FILES.corrupt);

    await shoot(page, "standalone-vi-1280-province.png");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải PROVINCE.xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe("PROVINCE.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync((await download.path())!)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "Xếp hạng", "DS Cờ thi đua của UBND tỉnh", "DS Bằng khen của Chủ tịch UBND", "Cờ Chính phủ", "Phát hiện"]);
    expect(wb.getWorksheet("Tổng hợp")!.getCell("D5").value).toBe(fileOf(1));

    expect(app.requests.filter((url) => !ownOrigin(url, browser.server.url))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
