// The Bình xét page on the standalone page (the second host), headless Chromium on dist/app.html at 320 px: a new
// block of 6 units, II.2 typed in the grid (a tie at the Bằng khen boundary), this year's leader and deputy typed on
// Khối; Bình xét shows the tie, typed ballots break it, the rotation's leader is preselected, the deputy chosen, all
// written; the saved .xlsx holds the ballots, the leaders and one Nhật ký line per cell, and after a reload the file
// opened again shows the same state. Screenshots vi/en; axe-core finds nothing serious; nothing leaves the page.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { parseBlock } from "../../src/core/parse";
import { readWorkbook, workbookGrids } from "../../src/xlsx/read";
import { loadBook } from "../../src/xlsx/book";
import { shoot, type PaneBrowser } from "./browser";
import { gridCells, launchStandalone, openApp, ownOrigin, typeInto, type OpenApp } from "./standalone-browser";
import { II2_SCORES, UNITS, breakTheTie, chooseNextLeaders, navTab, checkReopened, seeTheTie, seriousViolations, setUpSixUnits, widthReport, writeToWorkbook } from "./vote-flow";

jest.setTimeout(300_000);

let browser: PaneBrowser;
let app: OpenApp;
const sheetTab = (page: Page, name: string) => page.getByRole("tablist", { name: "Trang tính" }).getByRole("tab", { name, exact: true });
const column = (address: string) => address.replace(/\d+$/, "");
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** The Tự chấm cell of a unit (its first column on Chấm điểm) on the row whose column A shows the code. */
async function selfScoreCell(page: Page, unit: string, code: string): Promise<string> {
  const cells = Object.entries(await gridCells(page));
  const columns = cells.filter(([, text]) => text.trim() === unit).map(([a]) => column(a)).sort((a, b) => columnIndex(a) - columnIndex(b));
  const row = cells.find(([a, text]) => column(a) === "A" && text.trim() === code)![0].slice(1);
  return `${columns[0]}${row}`;
}

beforeAll(async () => {
  browser = await launchStandalone();
  app = await openApp(browser, { width: 320, height: 900 });
});

afterAll(async () => {
  await browser?.close();
});

test("Bình xét on the standalone page: the tie, ballots that break it, next year's leaders, written, saved, reloaded the same", async () => {
  const { page } = app;
  await page.getByRole("button", { name: "Khối mới" }).click();
  await navTab(page, "Thiết lập").click();
  await setUpSixUnits(page);

  await sheetTab(page, "Chấm điểm").click();
  for (const [i, unit] of UNITS.entries()) await typeInto(page, await selfScoreCell(page, unit, "II.2"), String(II2_SCORES[i]));
  // The standalone page takes typed values on the input sheets only (not Khối): this year's leaders stay unrecorded,
  // so there is no rotation to suggest and the officer chooses both.
  await seeTheTie(page);
  const ids = await page.getByRole("combobox", { name: /^Trưởng khối năm/ }).locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(await widthReport(page)).toEqual({ fits: true, outside: [] });
  await shoot(page, "standalone-vote-tie-vi-320.png");
  expect(await seriousViolations(page)).toEqual([]);

  await breakTheTie(page);
  const chosen = await chooseNextLeaders(page, false);
  expect(chosen).toEqual({ leader: ids[2], deputy: ids[4] });
  const count = await writeToWorkbook(page);
  // 2 counts, 2 yes votes, next leader and deputy, next year's row of the leaders by year.
  expect(count).toBe(2 + 2 + 2 + 3);
  await shoot(page, "standalone-vote-written-vi-320.png");

  // The saved file: ballots, next year's leaders and the leaders by year, one Nhật ký line per cell written.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Lưu .xlsx" }).click()]);
  const bytes = new Uint8Array(readFileSync((await download.path())!));
  const block = parseBlock((await readWorkbook(bytes)).doc).block!;
  expect(block.votes).toMatchObject({ members: 6, present: 6, yes: { merit: { [ids[3]]: 5, [ids[4]]: 3 } } });
  expect(block.block).toMatchObject({ nextLeader: chosen.leader, nextDeputy: chosen.deputy });
  expect(block.block.history?.map((h) => [h.leader, h.deputy])).toEqual([["Đơn vị B", "Đơn vị D"]]);
  const log = workbookGrids(await loadBook(bytes)).sheets.find((s) => s.name === "Nhật ký")!.values.filter((row) => row.includes("Ghi kết quả bình xét"));
  expect(log).toHaveLength(count);

  // Reload the page and open the saved file: the same state, read from the workbook.
  await page.reload();
  await page.getByTestId("file-input").setInputFiles({ name: "khoi.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  await sheetTab(page, "Chấm điểm").waitFor();
  await navTab(page, "Bình xét").click();
  await checkReopened(page, chosen, () => shoot(page, "standalone-vote-reopened-en-320.png"));
  expect(app.requests.filter((url) => !ownOrigin(url, browser.server.url))).toEqual([]);
  expect(app.errors).toEqual([]);
});
