// The "Kiểm tra" page over a fake WorkbookHost holding the Lạng Sơn example: summary, ranking, findings by
// severity in Vietnamese (English when switched), «Đến ô …» selecting the cell, the reader's offer shown as text
// only, progress while reading, host errors, a workbook that is not a block, and the pane outside Excel.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { LanguageSwitch } from "../../src/taskpane/components/LanguageSwitch";
import { detachedWorkbookHost } from "../../src/taskpane/defaultWorkbookHost";
import { CheckPage } from "../../src/taskpane/pages/check/CheckPage";
import type { BlockReading, WorkbookHost } from "../../src/workbook/host";
import { blockHost, cleanReading, messyReading, notBlockReading } from "./blockHost";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

function renderCheck(host: WorkbookHost) {
  renderPane(
    <>
      <LanguageSwitch />
      <CheckPage host={host} />
    </>,
    fakeHost(EXCEL_ON_MAC),
  );
}

async function runCheck(name = "Kiểm tra bảng điểm") {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

/** The findings of one severity group, by its heading ("Lỗi (3)"). */
function group(heading: string) {
  return screen.getByRole("region", { name: heading });
}

describe("CheckPage", () => {
  it("shows the summary, the ranking with vi-VN totals and award labels, and the findings by severity", async () => {
    const { host, calls } = blockHost(messyReading);
    renderCheck(host);
    expect(screen.getByRole("heading", { level: 2, name: "Kiểm tra bảng điểm" })).toBeTruthy();
    expect(calls).toEqual([]);
    await runCheck();

    // 2 swapped ranks + the text score = 3 errors; the appraisal 2 points off = 1 warning.
    expect(screen.getByText("Bảng điểm có lỗi cần sửa")).toBeTruthy();
    expect(screen.getByText("3 lỗi, 1 cảnh báo, 0 thông tin.")).toBeTruthy();

    const table = screen.getByRole("table", { name: "Xếp hạng" });
    const rows = within(table).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      ["1", "Chi nhánh Ga Đồng ĐăngCờ thi đua của UBND tỉnh", "103,00"],
      ["2", "Công ty cổ phần Lương thực Cao LạngBằng khen của Chủ tịch UBND tỉnh", "94,81"],
      ["3", "Công ty Điện lực Lạng Sơn", "75,25"],
      ["4", "Chi nhánh Xăng dầu Lạng Sơn", "71,56"],
      ["5", "Công ty Bảo Minh Lạng Sơn", "69,08"],
    ]);

    const errors = group("Lỗi (3)");
    const items = within(errors).getAllByRole("listitem");
    // The reader's text-score finding and the engine's merge into one: the engine's message, the reader's offer.
    expect(items[0].textContent).toContain("Công ty Điện lực Lạng Sơn – tiêu chí II.2 «Báo cáo đúng hạn, đầy đủ»: điểm thẩm định «9,5» không hợp lệ");
    expect(within(items[0]).getByText("Khối không tự sửa ô này: hãy nhập lại 9,5 trong ô.")).toBeTruthy();
    // The offer is made once, by the message; the line under it says how to take it.
    expect(items[0].textContent?.match(/chuyển thành 9,5\?/gi)).toHaveLength(1);
    expect(within(items[0]).getByRole("button", { name: "Đến ô Chấm điểm!F12" })).toBeTruthy();
    expect(within(items[1]).getByText("Chi nhánh Ga Đồng Đăng: thứ hạng khai báo là 2, nhưng thứ hạng tính theo điểm là 1.")).toBeTruthy();
    expect(within(items[1]).getByRole("button", { name: "Đến ô Tổng hợp!H8" })).toBeTruthy();
    expect(within(items[2]).getByText("Công ty cổ phần Lương thực Cao Lạng: thứ hạng khai báo là 1, nhưng thứ hạng tính theo điểm là 2.")).toBeTruthy();

    const warnings = group("Cảnh báo (1)");
    expect(within(warnings).getByText(/Chi nhánh Xăng dầu Lạng Sơn – tiêu chí III\.1 .*chênh nhau 2 điểm/)).toBeTruthy();
    // Nothing locates this one: no link.
    expect(within(warnings).queryByRole("button")).toBeNull();
    expect(screen.queryByRole("region", { name: /^Thông tin/ })).toBeNull();
    // Read-only: one read, no write, no formula switch.
    expect(calls).toEqual(["readBlock"]);
  });

  it("selects the finding's cell in Excel when «Đến ô …» is clicked", async () => {
    const { host, goToCell } = blockHost(messyReading);
    renderCheck(host);
    await runCheck();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Đến ô Tổng hợp!H10" }));
    });
    expect(goToCell).toHaveBeenCalledTimes(1);
    expect(goToCell).toHaveBeenCalledWith({ sheet: "Tổng hợp", address: "H10" });
  });

  it("says so when the cell cannot be reached (a sheet deleted since the check)", async () => {
    const { host } = blockHost(messyReading, {
      goToCell: async () => Promise.reject(new Error("Không tìm thấy trang tính «Tổng hợp».")),
    });
    renderCheck(host);
    await runCheck();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Đến ô Tổng hợp!H8" }));
    });
    expect(screen.getByText("Không đến được ô Tổng hợp!H8: Không tìm thấy trang tính «Tổng hợp».")).toBeTruthy();
  });

  it("shows everything in English when the pane is switched, totals in English notation", async () => {
    const { host } = blockHost(messyReading);
    renderCheck(host);
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: "EN" }));
    expect(screen.getByRole("heading", { level: 2, name: "Check the scores" })).toBeTruthy();
    expect(screen.getByText("Errors: 3, warnings: 1, notes: 0.")).toBeTruthy();
    const errors = group("Errors (3)");
    expect(within(errors).getByText("Chi nhánh Ga Đồng Đăng: the declared rank is 2, but the rank computed from the scores is 1.")).toBeTruthy();
    expect(within(errors).getByText("Khối does not change the cell itself: enter 9.5 in it.")).toBeTruthy();
    expect(within(errors).getByRole("button", { name: "Go to Tổng hợp!H8" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Warnings (1)" })).toBeTruthy();
    expect(within(screen.getByRole("table", { name: "Ranking" })).getByText("94.81")).toBeTruthy();
    expect(screen.queryByText(/thứ hạng khai báo/)).toBeNull();
  });

  it("says the scores are clean when the example is left as published", async () => {
    const { host } = blockHost(cleanReading);
    renderCheck(host);
    await runCheck();
    expect(screen.getByText("Bảng điểm không có lỗi")).toBeTruthy();
    expect(screen.getByText("0 lỗi, 0 cảnh báo, 0 thông tin.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Các vấn đề tìm thấy" })).toBeNull();
    expect(screen.getAllByRole("row")).toHaveLength(6);
  });

  it("shows progress while reading and blocks a second click", async () => {
    let release: (reading: BlockReading) => void = () => undefined;
    const pending = new Promise<BlockReading>((resolve) => {
      release = resolve;
    });
    const { host, calls } = blockHost(() => pending);
    renderCheck(host);
    await runCheck();
    expect(screen.getByRole("progressbar", { name: "Đang đọc sổ tính…" })).toBeTruthy();
    const button = screen.getByRole("button", { name: "Kiểm tra bảng điểm" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(calls).toEqual(["readBlock"]);
    await act(async () => {
      release(await cleanReading());
    });
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("Bảng điểm không có lỗi")).toBeTruthy();
  });

  it("shows the host's error in Vietnamese with what to do", async () => {
    const { host } = blockHost(async () => Promise.reject(new Error("Sổ tính đang được chỉnh sửa ở nơi khác.")));
    renderCheck(host);
    await runCheck();
    expect(screen.getByText("Không đọc được sổ tính")).toBeTruthy();
    expect(screen.getByText(/Sổ tính đang được chỉnh sửa ở nơi khác\. Hãy xem lại sổ tính đang mở rồi bấm lại nút\./)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("points a workbook without Khối's sheets to «Thiết lập»", async () => {
    const { host } = blockHost(notBlockReading);
    renderCheck(host);
    await runCheck();
    expect(screen.getByText("Sổ tính này chưa có bảng chấm điểm của Khối")).toBeTruthy();
    expect(screen.getByText("Hãy tạo bảng chấm điểm ở bước «Thiết lập» trước, rồi quay lại đây.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("outside Excel, says to open Khối in Excel and offers no check", () => {
    renderCheck(detachedWorkbookHost);
    expect(screen.getByText(/Ngăn này đang mở ngoài Excel: hãy mở Khối trong Excel để kiểm tra bảng điểm/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Kiểm tra bảng điểm" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("CheckPage with many findings of one kind", () => {
  it("folds a unit's missing scores under the first one and unfolds them on demand", async () => {
    const doc = (await cleanReading()).doc as { scores: { self: Record<string, Record<string, unknown>> } };
    // Bảo Minh has not scored itself: one SCORE_MISSING per criterion but II.2, which has an appraised score.
    doc.scores.self["bm-ls"] = {};
    const { host } = blockHost(async () => ({ doc, findings: [], locate: () => undefined }));
    renderCheck(host);
    await runCheck();

    const errors = group("Lỗi (8)");
    const missing = () => within(errors).getAllByRole("listitem").filter((li) => li.textContent?.includes("Công ty Bảo Minh Lạng Sơn"));
    expect(missing()).toHaveLength(1);
    const more = within(errors).getByRole("button", { name: "Xem thêm 7 vấn đề cùng loại của đơn vị này" });
    expect(more.getAttribute("aria-expanded")).toBe("false");

    fireEvent.click(more);
    expect(missing()).toHaveLength(8);
    fireEvent.click(within(errors).getByRole("button", { name: "Thu gọn" }));
    expect(missing()).toHaveLength(1);
  });
});
