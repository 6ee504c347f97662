// The Bình xét walk both browser suites share (the Excel pane on the fake workbook, the standalone page): a block
// of 6 units set up on Thiết lập with no minimum scores and `vote:merit` at the end of the tie-break chain, scores
// on II.2 only — A 5, B 4, C 3, D 3, E 2, F 1 — so by hand: Cờ → A; Bằng khen (2 places) → B, and C/D tie at rank 3
// for the last place until the ballots for Bằng khen (C 5, D 3) break it for C.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const UNITS = ["Đơn vị A", "Đơn vị B", "Đơn vị C", "Đơn vị D", "Đơn vị E", "Đơn vị F"];
export const II2_SCORES = [5, 4, 3, 3, 2, 1];
export const FLAG = "Cờ thi đua của UBND tỉnh";
export const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";
/** A Bằng khen nominee's yes votes (the label shows «Phiếu đồng ý»; the unit and tier are for screen readers). */
const meritYes = (page: Page, unit: string) => page.getByRole("textbox", { name: new RegExp(`^Phiếu đồng ý\\s*: ${unit} — ${MERIT}$`) });

/** A step's tab in the pane's navigation (the standalone page also has sheet tabs, one of them «Bình xét»). */
export const navTab = (page: Page, name: string) => page.getByRole("navigation").getByRole("tab", { name, exact: true });

/** Thiết lập: the enterprise template, 6 units, no minimum score, ballots for Bằng khen break ties. */
export async function setUpSixUnits(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Thiết lập bảng chấm điểm", level: 2 }).waitFor();
  await page.getByRole("radio", { name: /Khối doanh nghiệp/ }).check();
  await page.getByRole("textbox", { name: /Tên khối/ }).fill("Cụm thi đua số 2");
  await page.getByRole("textbox", { name: /Đơn vị thành viên/ }).fill(UNITS.join("\n"));
  await page.getByText("6 đơn vị × 17 tiêu chí").waitFor();
  for (const tier of [FLAG, MERIT]) await page.getByRole("group", { name: tier }).getByRole("textbox", { name: "Điểm tối thiểu" }).fill("");
  await page.getByRole("checkbox", { name: `Nhiều phiếu bầu «${MERIT}» hơn` }).check();
  await page.getByRole("button", { name: "Tạo bảng chấm điểm" }).click();
  await page.getByText("Đã tạo bảng chấm điểm").waitFor();
}

const result = (page: Page, tier: string) => page.getByRole("status", { name: `Kết quả «${tier}»` });

/** Bình xét as first opened: the tie at the Bằng khen boundary, said as the block must decide it. */
export async function seeTheTie(page: Page): Promise<void> {
  await navTab(page, "Bình xét").click();
  await page.getByRole("heading", { name: "Bình xét", level: 2 }).waitFor();
  await page.getByText(/Đơn vị C.*Đơn vị D cùng hạng 3 nhưng .*chỉ còn 1 suất.*Khối cần phân định/).waitFor();
  await expectText(result(page, FLAG), "Được khen: Đơn vị A");
  await expectText(result(page, MERIT), "Được khen: Đơn vị B");
  const tied = await page.getByText(/^Hạng 3 · Đơn vị [CD]: bằng điểm ở suất cuối — Khối phải quyết định$/).count();
  if (tied !== 2) throw new Error(`expected C and D passed over for the tie, found ${tied}`);
}

async function expectText(locator: ReturnType<Page["getByText"]>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`expected «${text}», got «${await locator.textContent()}»`);
  });
  const got = await locator.textContent();
  if (got !== text) throw new Error(`expected «${text}», got «${got}»`);
}

/** Types the ballots that break the tie (nothing written yet): the award list follows. */
export async function breakTheTie(page: Page): Promise<void> {
  await page.getByRole("textbox", { name: "Tổng số thành viên" }).fill("6");
  await page.getByRole("textbox", { name: "Số có mặt" }).fill("6");
  await meritYes(page, "Đơn vị C").fill("5");
  await meritYes(page, "Đơn vị D").fill("3");
  await expectText(result(page, MERIT), "Được khen: Đơn vị B, Đơn vị C");
  if ((await page.getByText(/cùng hạng 3 nhưng/).count()) !== 0) throw new Error("the tie is still reported");
}

export const leaderBox = (page: Page) => page.getByRole("combobox", { name: /^Trưởng khối năm \d{4}/ });
export const deputyBox = (page: Page) => page.getByRole("combobox", { name: /^Phó trưởng khối năm \d{4}/ });

/** With this year's deputy B recorded, the rotation's leader (B) is preselected and marked; without one, there is no
 *  suggestion and the officer picks B. The officer picks D as deputy. */
export async function chooseNextLeaders(page: Page, rotation: boolean): Promise<{ leader: string; deputy: string }> {
  if (rotation) {
    const leader = await leaderBox(page).inputValue();
    const label = await leaderBox(page).locator(`option[value="${leader}"]`).textContent();
    if (label !== "Đơn vị B (đề xuất theo luân phiên)") throw new Error(`rotation not preselected: «${label}»`);
  } else {
    await page.getByText("Năm nay chưa ghi Phó khối nên không có đề xuất luân phiên.").waitFor();
    if ((await leaderBox(page).inputValue()) !== "") throw new Error("a leader was chosen without a rotation");
    await leaderBox(page).selectOption({ label: "Đơn vị B" });
  }
  await deputyBox(page).selectOption({ label: "Đơn vị D" });
  return { leader: await leaderBox(page).inputValue(), deputy: await deputyBox(page).inputValue() };
}

/** «Ghi vào sổ»: the preview of every cell, then the write. Returns how many cells. */
export async function writeToWorkbook(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Ghi vào sổ", exact: true }).click();
  const head = await page.getByText(/^Sẽ thay đổi \d+ ô/).textContent();
  const count = Number(/(\d+)/.exec(head ?? "")![1]);
  await page.getByText(/^Bình xét!\w+\d+: \(trống\) → 5$/).waitFor();
  await page.getByRole("button", { name: `Xác nhận ghi ${count} ô` }).click();
  await page.getByText(`Đã ghi ${count} ô vào sổ, mỗi ô một dòng Nhật ký.`).waitFor();
  return count;
}

/** The page opened again shows what was written: read from the workbook, not kept in the pane. */
export async function seeTheSameState(page: Page, chosen: { leader: string; deputy: string }): Promise<void> {
  await page.getByRole("heading", { name: "Bình xét", level: 2 }).waitFor();
  await expectText(result(page, MERIT), "Được khen: Đơn vị B, Đơn vị C");
  const c = await meritYes(page, "Đơn vị C").inputValue();
  const members = await page.getByRole("textbox", { name: "Tổng số thành viên" }).inputValue();
  const leaders = [await leaderBox(page).inputValue(), await deputyBox(page).inputValue()];
  if (c !== "5" || members !== "6" || leaders.join() !== [chosen.leader, chosen.deputy].join()) {
    throw new Error(`reopened: C ${c}, members ${members}, leaders ${leaders.join()}`);
  }
  await page.getByText("Trang đang hiện đúng như trong sổ.").waitFor();
  const rows = await page.getByRole("table", { name: "Trưởng, Phó khối qua các năm" }).locator("tbody tr").allTextContents();
  if (!rows.some((r) => /^\d{4}Đơn vị BĐơn vị D$/.test(r))) throw new Error(`history: ${rows.join(" | ")}`);
}

/** axe-core on the page as it is: no serious or critical violation (tabster's focus guards left out, as elsewhere). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.html).join(", ")}`);
}

/** How wide the page is laid out, with the innermost elements that stick out past the viewport (to say what). */
export function widthReport(page: Page): Promise<{ fits: boolean; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const fits = document.documentElement.scrollWidth <= width;
    const outside = fits ? [] : Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 0.5))
      // Inside a box that scrolls or clips (the steps' tab list) is not outside the page.
      .filter((el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") return false;
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()} «${(el.closest(".fui-Field")?.textContent ?? el.textContent ?? "").slice(0, 40)}» ${Math.round(el.getBoundingClientRect().right)}`);
    return { fits, outside };
  });
}

/** After the page was left and opened again: the same state read from the workbook, no serious accessibility
 *  problem, and in English the award list still right and the page within its width; then a screenshot. */
export async function checkReopened(page: Page, chosen: { leader: string; deputy: string }, shot: () => Promise<void>): Promise<void> {
  await seeTheSameState(page, chosen);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await page.getByRole("heading", { name: "Ballots", level: 2 }).waitFor();
  await page.getByText("Awarded: Đơn vị B, Đơn vị C").waitFor();
  expect(await widthReport(page)).toEqual({ fits: true, outside: [] });
  await shot();
}
