// The Chấm điểm page of the built pane "inside Excel" in headless Chromium at 320 px (office.js stub + the
// in-memory workbook behind Excel.run, as in-excel.test.ts): after Thiết lập, every unit shows 0 of 17 criteria
// in each layer; «Tạo phiếu» records the forms as sent in Nhật ký and offers them as downloads; a downloaded form,
// filled as a unit would (ExcelJS), is picked, previewed and written to the self layer of the live workbook.
import { readFileSync } from "fs";
import { bundleForBrowser } from "./bundle";
import { EXCEL_365, launchBrowser, openPane, pageWidths, shoot, type OpenPane, type PaneBrowser } from "./browser";
import type { FakeHandle } from "./fake-excel-entry";
import { fakeCaller, selfScoreCell } from "./fake-workbook";
import { fillForm } from "../forms/fill";

jest.setTimeout(180_000);

const UNITS = ["Công ty Điện lực Lạng Sơn", "Công ty Cấp thoát nước Lạng Sơn", "Chi nhánh Viettel Lạng Sơn"];
const SCORES = "Chấm điểm";

let browser: PaneBrowser;
let pane: OpenPane;

/** A call on the fake workbook of the pane opened for this suite. */
function call<K extends keyof FakeHandle>(name: K, ...args: Parameters<FakeHandle[K]>): Promise<ReturnType<FakeHandle[K]>> {
  return fakeCaller(pane)(name, ...args);
}

beforeAll(async () => {
  const [bundle, launched] = await Promise.all([bundleForBrowser("./tests/e2e/fake-excel-entry.ts"), launchBrowser()]);
  browser = launched;
  pane = await openPane(browser, EXCEL_365, bundle);
  const { page } = pane;
  await page.getByRole("heading", { name: "Thiết lập bảng chấm điểm", level: 2 }).waitFor();
  await page.getByRole("radio", { name: /Khối doanh nghiệp/ }).check();
  await page.getByRole("textbox", { name: /Tên khối/ }).fill("Cụm thi đua số 2");
  await page.getByRole("textbox", { name: /Đơn vị thành viên/ }).fill(UNITS.join("\n"));
  await page.getByText("3 đơn vị × 17 tiêu chí").waitFor();
  await page.getByRole("button", { name: "Tạo bảng chấm điểm" }).click();
  await page.getByText("Đã tạo bảng chấm điểm").waitFor();
});

afterAll(async () => {
  await pane?.page.close();
  await browser?.close();
});

describe("Chấm điểm inside Excel", () => {
  it("shows each unit's layers at 320 px, makes the forms and records them as sent", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Chấm điểm" }).click();
    await page.getByRole("heading", { name: "Chấm điểm", level: 2 }).waitFor();
    await page.getByText(UNITS[2]).waitFor();
    await expect(page.getByText("Tự chấm: 0/17 tiêu chí").count()).resolves.toBe(3);
    await expect(page.getByText("Thẩm định: 0/17 tiêu chí").count()).resolves.toBe(3);
    expect((await pageWidths(page)).scroll).toBeLessThanOrEqual(320);

    await page.getByRole("button", { name: "Tạo phiếu cho các đơn vị" }).click();
    await page.getByText(/^Đã tạo 3 phiếu/).waitFor();
    const log = (await call("cells", "Nhật ký")).map((c) => c.value).filter((v) => typeof v === "string" && v.startsWith("Gửi phiếu tự chấm"));
    expect(log).toHaveLength(3);
    await page.getByText(/^Đã gửi phiếu ngày/).first().waitFor();
    expect((await pageWidths(page)).scroll).toBeLessThanOrEqual(320);
    await shoot(page, "in-excel-scoring-forms.png");
    expect(pane.errors).toEqual([]);
  });

  it("a downloaded form, filled and picked, is previewed and then written to the live workbook", async () => {
    const { page } = pane;
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Phieu-tu-cham-\d{4}-Cong-ty-Dien-luc-Lang-Son\.xlsx$/ }).click()]);
    const path = await download.path();
    const filled = await fillForm(new Uint8Array(readFileSync(path!)), [{ code: "II.2", value: "4,5" }, { code: "II.2", column: "G", value: "=HYPERLINK(\"http://x\",\"y\")" }]);
    await page.getByLabel(/Nhập phiếu đã điền/).setInputFiles({ name: "dien-luc.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(filled) });
    await page.getByText(/dien-luc\.xlsx — Công ty Điện lực Lạng Sơn: 1 điểm thay đổi/).waitFor();
    await expect(page.getByText(/«4,5» là văn bản, đọc thành số 4,5/).count()).resolves.toBe(1);
    expect((await pageWidths(page)).scroll).toBeLessThanOrEqual(320);
    await shoot(page, "in-excel-scoring-preview.png");

    await page.getByRole("button", { name: "Ghi 1 điểm vào sổ" }).click();
    await page.getByText("Đã ghi 1 điểm tự chấm và 2 dòng Nhật ký.").waitFor();
    const cell = selfScoreCell(await call("cells", SCORES), UNITS[0], "II.2");
    await expect(call("cell", SCORES, cell)).resolves.toEqual({ value: 4.5 });
    const notes = (await call("cells", "Nhật ký")).map((c) => String(c.value)).filter((v) => v.includes("minh chứng"));
    expect(notes).toEqual([expect.stringContaining("minh chứng: '=HYPERLINK")]);
    await page.getByText(/đã nhận phiếu ngày/).first().waitFor();
    await shoot(page, "in-excel-scoring-imported.png");
    expect(pane.errors).toEqual([]);
  });
});
