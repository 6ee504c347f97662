// The Bình xét page of the built pane "inside Excel" (office.js stub + the in-memory workbook behind Excel.run) at
// 320 px: Thiết lập for 6 units, II.2 typed on Chấm điểm as an officer would (a tie at the Bằng khen boundary),
// this year's leader and deputy typed on Khối; Bình xét shows the tie, typed ballots break it, the rotation's leader
// is preselected, the deputy chosen, everything written (cells and Nhật ký lines checked in the workbook) and the
// page opened again shows the same. Screenshots vi/en, light and dark; axe-core finds nothing serious.
import { bundleForBrowser } from "./bundle";
import { EXCEL_365, launchBrowser, openPane, shoot, type OpenPane, type PaneBrowser } from "./browser";
import type { FakeCellView } from "./fake-excel-entry";
import { fakeCaller, selfScoreCell } from "./fake-workbook";
import { II2_SCORES, UNITS, breakTheTie, chooseNextLeaders, navTab, checkReopened, seeTheTie, seriousViolations, setUpSixUnits, widthReport, writeToWorkbook } from "./vote-flow";

jest.setTimeout(300_000);

let browser: PaneBrowser;
let bundle: string;

function infoCell(cells: FakeCellView[], label: string): string {
  const at = cells.find((c) => c.value === label)!;
  return `C${at.row + 1}`;
}

/** Thiết lập, then the scores and this year's leader (A) and deputy (B) typed into the sheets. */
async function blockWithTie(pane: OpenPane): Promise<void> {
  const call = fakeCaller(pane);
  await setUpSixUnits(pane.page);
  const scores = await call("cells", "Chấm điểm");
  for (const [i, unit] of UNITS.entries()) await call("type", "Chấm điểm", selfScoreCell(scores, unit, "II.2"), II2_SCORES[i]);
  await navTab(pane.page, "Bình xét").click();
  await pane.page.getByRole("combobox", { name: /^Trưởng khối năm/ }).waitFor();
  const ids = await pane.page.getByRole("combobox", { name: /^Trưởng khối năm/ }).locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const khoi = await call("cells", "Khối");
  await call("type", "Khối", infoCell(khoi, "Trưởng khối (mã đơn vị)"), ids[1]);
  await call("type", "Khối", infoCell(khoi, "Phó trưởng khối (mã đơn vị)"), ids[2]);
  // Reopened (another step, then back): the page reads the workbook again.
  await navTab(pane.page, "Kiểm tra").click();
}

beforeAll(async () => {
  [bundle, browser] = await Promise.all([bundleForBrowser("./tests/e2e/fake-excel-entry.ts"), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
});

describe("Bình xét inside Excel", () => {
  let pane: OpenPane;
  beforeAll(async () => {
    pane = await openPane(browser, EXCEL_365, bundle);
    await blockWithTie(pane);
  });
  afterAll(async () => {
    await pane?.page.close();
  });

  it("shows the tie at the Bằng khen boundary at 320 px, with no serious accessibility violation", async () => {
    const { page } = pane;
    await seeTheTie(page);
    expect(await widthReport(page)).toEqual({ fits: true, outside: [] });
    await shoot(page, "in-excel-vote-tie-vi.png");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("typed ballots break it, the leaders are chosen, everything is written and logged, and the page reopens the same", async () => {
    const { page } = pane;
    const call = fakeCaller(pane);
    await breakTheTie(page);
    const chosen = await chooseNextLeaders(page, true);
    const count = await writeToWorkbook(page);
    // 2 counts, 2 yes votes, next leader and deputy, this year's and next year's rows of the leaders by year.
    expect(count).toBe(2 + 2 + 2 + 6);
    const log = (await call("cells", "Nhật ký")).filter((c) => c.value === "Ghi kết quả bình xét");
    expect(log).toHaveLength(count);
    const khoi = await call("cells", "Khối");
    await expect(call("cell", "Khối", infoCell(khoi, "Trưởng khối năm sau (mã đơn vị)"))).resolves.toEqual({ value: chosen.leader });
    await expect(call("cell", "Khối", infoCell(khoi, "Phó trưởng khối năm sau (mã đơn vị)"))).resolves.toEqual({ value: chosen.deputy });
    expect((await call("cells", "Bình xét")).filter((c) => c.value === 5 || c.value === 3).length).toBeGreaterThanOrEqual(2);
    await shoot(page, "in-excel-vote-written-vi.png");

    await navTab(page, "Kiểm tra").click();
    await navTab(page, "Bình xét").click();
    await checkReopened(page, chosen, () => shoot(page, "in-excel-vote-written-en.png"));
    await page.getByRole("button", { name: "VI", exact: true }).click();
    expect(pane.errors).toEqual([]);
  });
});

describe("Bình xét inside Excel, dark theme", () => {
  it("shows the tie in a dark Office theme, vi and en, with no serious accessibility violation", async () => {
    const pane = await openPane(browser, { ...EXCEL_365, theme: "#262626" }, bundle);
    const { page } = pane;
    await blockWithTie(pane);
    await seeTheTie(page);
    await breakTheTie(page);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "in-excel-vote-dark-vi.png");
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await page.getByRole("heading", { name: "Ballots", level: 2 }).waitFor();
    await shoot(page, "in-excel-vote-dark-en.png");
    await page.getByRole("button", { name: "VI", exact: true }).click();
    expect(pane.errors).toEqual([]);
    await page.close();
  });
});
