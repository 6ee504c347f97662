// The built pane (dist/) "inside Excel" in headless Chromium at 320×640: office.js is the stub plus an in-memory
// workbook (tests/office/fake-excel.ts) behind Excel.run, so the real Office adapter, the engine and the pages run
// together. Thiết lập creates the block, the test types scores into the workbook, Kiểm tra finds what is wrong
// and goes to a cell, Gửi đi switches to native formulas and says the book is not ready yet, and a second
// Thiết lập upgrades the block keeping every value typed.
import type { Page } from "playwright-core";
import { bundleForBrowser } from "./bundle";
import { EXCEL_365, launchBrowser, openPane, pageWidths, shoot, type OpenPane, type PaneBrowser } from "./browser";
import type { FakeCellView, FakeHandle } from "./fake-excel-entry";

jest.setTimeout(180_000);

const BLOCK_NAME = "Cụm thi đua các doanh nghiệp số 2";
// As pasted from a list typed on an older machine: one name in decomposed Unicode (NFD).
const UNITS = [
  "Công ty Điện lực Lạng Sơn".normalize("NFD"),
  "Công ty Cấp thoát nước Lạng Sơn",
  "Công ty Cổ phần Xi măng Đồng Bành",
  "Chi nhánh Viettel Lạng Sơn",
  "Công ty Xăng dầu Bắc Sơn",
];
const NFC_UNITS = UNITS.map((name) => name.normalize("NFC"));
const SCORES = "Chấm điểm";

let browser: PaneBrowser;
let pane: OpenPane;
let fake: Fake;

/** Calls on window.__KHOI_FAKE__ from the test, one page.evaluate each. */
class Fake {
  constructor(private readonly page: Page) {}
  private call<K extends keyof FakeHandle>(name: K, ...args: Parameters<FakeHandle[K]>): Promise<ReturnType<FakeHandle[K]>> {
    return this.page.evaluate(
      ([n, a]) => {
        const handle = (window as unknown as { __KHOI_FAKE__: Record<string, (...x: unknown[]) => unknown> }).__KHOI_FAKE__;
        return handle[n as string](...(a as unknown[]));
      },
      [name, args] as const,
    ) as Promise<ReturnType<FakeHandle[K]>>;
  }
  sheetNames = () => this.call("sheetNames");
  cells = (sheet: string) => this.call("cells", sheet);
  cell = (sheet: string, address: string) => this.call("cell", sheet, address);
  type = (sheet: string, address: string, value: string | number | boolean | null) => this.call("type", sheet, address, value);
  formulas = () => this.call("formulas");
  selection = () => this.call("selection");
  syncs = () => this.call("syncs");
}

beforeAll(async () => {
  const [bundle, launched] = await Promise.all([bundleForBrowser("./tests/e2e/fake-excel-entry.ts"), launchBrowser()]);
  browser = launched;
  pane = await openPane(browser, EXCEL_365, bundle);
  fake = new Fake(pane.page);
});

afterAll(async () => {
  await pane?.page.close();
  await browser?.close();
});

/** Where the self-scoring value of `unit` for criterion `code` sits on Chấm điểm: found by the sheet's own headers
 *  (the row of unit names above the key row, the criterion codes in the first column), never by a fixed address. */
function selfScoreCell(cells: FakeCellView[], unit: string, code: string): string {
  const nameCells = cells.filter((c) => c.value === unit);
  expect(nameCells.length).toBeGreaterThanOrEqual(3); // one column per layer: tự chấm, thẩm định, thống nhất
  const first = nameCells.reduce((a, b) => (b.column < a.column ? b : a));
  const row = cells.find((c) => c.column === 0 && c.value === code);
  if (!row) throw new Error(`no criterion ${code} on ${SCORES}`);
  const letters = first.address.replace(/\d+$/, "");
  return `${letters}${row.row + 1}`;
}

/** Waits (up to 10 s) for something the pane does asynchronously to the workbook. */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await done()); waited += 50) {
    if (waited > 10_000) throw new Error("timed out waiting for the workbook");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let textScore = "";

describe("the pane inside Excel (stub + in-memory workbook)", () => {
  it("Thiết lập creates the block workbook in at most 3 syncs, with the unit names in NFC", async () => {
    const { page } = pane;
    await page.getByRole("heading", { name: "Thiết lập bảng chấm điểm", level: 2 }).waitFor();
    // Once the pane has looked at the workbook it knows this Excel runs KHOI.* functions.
    await page.getByText("Công thức: hàm KHOI.* (Excel này chạy được).").waitFor();

    await page.getByRole("radio", { name: /Khối cơ quan/ }).check();
    await page.getByRole("radio", { name: /Khối doanh nghiệp/ }).check();
    await page.getByRole("textbox", { name: /Tên khối/ }).fill(BLOCK_NAME);
    await page.getByRole("textbox", { name: /Đơn vị thành viên/ }).fill(UNITS.join("\r\n"));
    await page.getByText("5 đơn vị × 17 tiêu chí").waitFor();
    await expect(page.getByRole("radio", { name: /Khối doanh nghiệp/ }).isChecked()).resolves.toBe(true);

    const before = await fake.syncs();
    await page.getByRole("button", { name: "Tạo bảng chấm điểm" }).click();
    await page.getByText("Đã tạo bảng chấm điểm").waitFor();
    await expect(page.getByText("5 đơn vị, 17 tiêu chí", { exact: false }).isVisible()).resolves.toBe(true);
    const syncs = (await fake.syncs()) - before;
    expect(syncs).toBeGreaterThan(0);
    expect(syncs).toBeLessThanOrEqual(3);

    const sheets = (await fake.sheetNames()).map((s) => s.name);
    for (const name of ["Hướng dẫn", "Khối", "Tiêu chí", "Giao ước", SCORES, "Tổng hợp", "Bình xét", "Nhật ký"]) {
      expect(sheets).toContain(name);
    }
    expect(sheets).toContain("Sheet1"); // the user's sheet is kept

    // Every unit name the workbook holds is in NFC, the decomposed one included.
    for (const sheet of ["Khối", SCORES]) {
      const texts = (await fake.cells(sheet)).map((c) => c.value).filter((v): v is string => typeof v === "string");
      for (const name of NFC_UNITS) expect(texts).toContain(name);
      expect(texts).not.toContain(UNITS[0]);
      expect(texts.every((t) => t === t.normalize("NFC"))).toBe(true);
    }
    expect((await pageWidths(page)).scroll).toBeLessThanOrEqual(320);
    await shoot(page, "in-excel-setup-done.png");
  });

  it("Kiểm tra reports the missing scores, offers 9,5 for the text «9,5» and goes to that cell", async () => {
    const { page } = pane;
    const cells = await fake.cells(SCORES);
    // What an officer types on Chấm điểm: a few self-scores, one of them as text with a decimal comma.
    textScore = selfScoreCell(cells, NFC_UNITS[0], "TR");
    await fake.type(SCORES, selfScoreCell(cells, NFC_UNITS[0], "II.2"), 4);
    await fake.type(SCORES, selfScoreCell(cells, NFC_UNITS[0], "III.1"), "Có");
    await fake.type(SCORES, textScore, "9,5");
    await fake.type(SCORES, selfScoreCell(cells, NFC_UNITS[1], "II.2"), 5);
    await expect(fake.cell(SCORES, textScore)).resolves.toEqual({ value: "9,5" });

    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra bảng điểm" }).click();
    await page.getByText("Bảng điểm có lỗi cần sửa").waitFor();
    // The ranking lists the five units (its header row aside). The first unit has II.2 = 4 and III.1 = «Có» (10);
    // its «9,5» is text, so it counts 0: 14,00. The second has II.2 = 5.
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.count()).resolves.toBe(6);
    await expect(rows.nth(1).innerText()).resolves.toMatch(new RegExp(`^1\\s+${NFC_UNITS[0]}\\s+14,00$`));
    await expect(rows.nth(2).innerText()).resolves.toMatch(new RegExp(`^2\\s+${NFC_UNITS[1]}\\s+5,00$`));
    // Missing scores are errors, one per unit and criterion without a value, each pointing at its cell; a unit's
    // missing scores are folded under its first one until the officer unfolds them.
    const missing = page.locator("li", { hasText: `${NFC_UNITS[4]} – tiêu chí II.2` });
    await expect(missing.count()).resolves.toBe(0);
    const lead = page.locator("li", { hasText: `${NFC_UNITS[4]} – tiêu chí` }).first();
    await lead.locator("xpath=following-sibling::li[1]").getByRole("button", { name: /^Xem thêm \d+ vấn đề cùng loại của đơn vị này$/ }).click();
    await expect(missing.innerText()).resolves.toContain("chưa có điểm ở lớp điểm nào");
    await expect(missing.getByRole("button", { name: `Đến ô ${SCORES}!${selfScoreCell(cells, NFC_UNITS[4], "II.2")}` }).count()).resolves.toBe(1);

    const finding = page.locator("li", { hasText: "hãy nhập lại 9,5 trong ô" });
    await expect(finding.count()).resolves.toBe(1);
    await expect(finding.innerText()).resolves.toContain("9,5");
    const link = finding.getByRole("button", { name: `Đến ô ${SCORES}!${textScore}` });
    await link.click();
    await until(async () => (await fake.selection()).address !== null);
    await expect(fake.selection()).resolves.toEqual({ active: SCORES, sheet: SCORES, address: textScore });

    expect((await pageWidths(page)).scroll).toBeLessThanOrEqual(320);
    await shoot(page, "in-excel-check.png");
  });

  it("Gửi đi switches to native formulas and says the book is not ready while errors remain", async () => {
    const { page } = pane;
    const khoi = (await fake.formulas()).filter((f) => f.formula.includes("KHOI."));
    expect(khoi.length).toBeGreaterThan(0);

    await page.getByRole("tab", { name: "Gửi đi" }).click();
    await page.getByText("Sổ này đang dùng: hàm KHOI.*.").waitFor();
    await page.getByRole("button", { name: "Chuẩn bị gửi đi" }).click();
    await page.getByText(/^Chưa nên gửi: còn \d+ lỗi$/).waitFor();
    await expect(page.getByText("Sổ này đang dùng: hàm Excel thông thường.").isVisible()).resolves.toBe(true);

    const formulas = await fake.formulas();
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => f.formula.includes("KHOI."))).toEqual([]);
    // The value typed as text is still text: Gửi đi never rewrites what the officer entered.
    await expect(fake.cell(SCORES, textScore)).resolves.toEqual({ value: "9,5" });

    expect((await pageWidths(page)).scroll).toBeLessThanOrEqual(320);
    await shoot(page, "in-excel-send.png");
  });

  it("Thiết lập again upgrades the block in place and keeps every value typed, as typed", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Thiết lập" }).click();
    const before = await fake.syncs();
    await page.getByRole("button", { name: "Nâng cấp bảng chấm điểm" }).click();
    await page.getByText("Đã nâng cấp bảng chấm điểm").waitFor();
    const syncs = (await fake.syncs()) - before;
    expect(syncs).toBeGreaterThan(0);
    expect(syncs).toBeLessThanOrEqual(3);
    await expect(page.getByText("Giữ lại 4 giá trị đã nhập, 0 giá trị sang ô khác, bỏ 0 giá trị", { exact: false }).isVisible()).resolves.toBe(true);
    await expect(fake.cell(SCORES, textScore)).resolves.toEqual({ value: "9,5" });
    await shoot(page, "in-excel-upgrade.png");
    // Gửi đi then says which formulas the workbook holds now (set-up builds with what this Excel runs: KHOI.*).
    const khoi = (await fake.formulas()).some((f) => f.formula.includes("KHOI."));
    await page.getByRole("tab", { name: "Gửi đi" }).click();
    await page.getByText(khoi ? "Sổ này đang dùng: hàm KHOI.*." : "Sổ này đang dùng: hàm Excel thông thường.").waitFor();
  });

  it("runs without script errors and without calling any server but its own", () => {
    expect(pane.errors).toEqual([]);
    expect(pane.external).toEqual([]);
  });
});
