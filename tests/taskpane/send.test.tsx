// The "Gửi đi" page over a fake WorkbookHost: the current formula mode and the two modes explained, «Chuẩn bị gửi
// đi» switching to native formulas before checking, ready / not ready with the errors to fix linked to their cells,
// a workbook that is not a block (nothing switched), host errors, and the pane outside Excel.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { LanguageSwitch } from "../../src/taskpane/components/LanguageSwitch";
import { detachedWorkbookHost } from "../../src/taskpane/defaultWorkbookHost";
import { SendPage } from "../../src/taskpane/pages/send/SendPage";
import type { WorkbookHost } from "../../src/workbook/host";
import { PLAIN_WORKBOOK, blockHost, cleanReading, messyReading } from "./blockHost";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

async function renderSend(host: WorkbookHost) {
  renderPane(
    <>
      <LanguageSwitch />
      <SendPage host={host} />
    </>,
    fakeHost(EXCEL_ON_MAC),
  );
  // Let the page's look at the workbook's formula mode settle.
  await act(async () => undefined);
}

async function prepare(name = "Chuẩn bị gửi đi") {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("SendPage", () => {
  it("shows the workbook's formula mode and explains both modes", async () => {
    const { host } = blockHost(cleanReading);
    await renderSend(host);
    expect(screen.getByRole("heading", { level: 2, name: "Chuẩn bị gửi đi" })).toBeTruthy();
    expect(screen.getByText("Sổ này đang dùng: hàm KHOI.*.")).toBeTruthy();
    expect(screen.getByText(/^Hàm KHOI\.\*: .*người nhận không có Khối sẽ thấy #NAME\?\.$/)).toBeTruthy();
    expect(screen.getByText(/^Hàm Excel thông thường \(SUM, SUMPRODUCT, RANK\.EQ…\): cùng kết quả, tính được trên mọi Excel\.$/)).toBeTruthy();
    expect(screen.getByText("Excel này chạy được hàm KHOI.*.")).toBeTruthy();
  });

  it("switches to native formulas, then checks, and says the example is ready to send", async () => {
    const { host, calls } = blockHost(cleanReading);
    await renderSend(host);
    calls.length = 0;
    await prepare();
    expect(calls).toEqual(["inspect", "switchFormulaMode:native", "readBlock"]);
    expect(screen.getByText("Sổ này đang dùng: hàm Excel thông thường.")).toBeTruthy();
    expect(screen.getByText("Đã chuyển 42 ô công thức sang hàm Excel thông thường.")).toBeTruthy();
    expect(screen.getByText("Sổ tính đã sẵn sàng để gửi đi")).toBeTruthy();
    expect(screen.getByText("Không có lỗi; 0 cảnh báo, 0 thông tin (xem ở bước «Kiểm tra»).")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Cần sửa trước khi gửi" })).toBeNull();
  });

  it("says it is not ready and lists only the errors, each linked to its cell", async () => {
    const { host, goToCell } = blockHost(messyReading);
    await renderSend(host);
    await prepare();
    expect(screen.getByText("Chưa nên gửi: còn 3 lỗi")).toBeTruthy();
    expect(screen.queryByText("Sổ tính đã sẵn sàng để gửi đi")).toBeNull();
    const fix = screen.getByRole("region", { name: "Cần sửa trước khi gửi" });
    expect(within(fix).getByRole("region", { name: "Lỗi (3)" })).toBeTruthy();
    // The warning about the appraisal is for «Kiểm tra», not a reason to hold the workbook back.
    expect(within(fix).queryByText(/chênh nhau/)).toBeNull();
    expect(within(fix).getByText("Khối không tự sửa ô này: hãy nhập lại 9,5 trong ô.")).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(fix).getByRole("button", { name: "Đến ô Tổng hợp!H8" }));
    });
    expect(goToCell).toHaveBeenCalledWith({ sheet: "Tổng hợp", address: "H8" });
  });

  it("switches nothing in a workbook that is not a block and points to «Thiết lập»", async () => {
    const { host, calls } = blockHost(cleanReading, {
      inspect: async () => {
        calls.push("inspect");
        return PLAIN_WORKBOOK;
      },
    });
    await renderSend(host);
    expect(screen.queryByText(/^Sổ này đang dùng/)).toBeNull();
    calls.length = 0;
    await prepare();
    expect(calls).toEqual(["inspect"]);
    expect(screen.getByText("Hãy tạo bảng chấm điểm ở bước «Thiết lập» trước, rồi quay lại đây.")).toBeTruthy();
  });

  it("shows the host's refusal to switch and does not check a half-prepared workbook", async () => {
    const refusal = "Bảng chấm điểm được tạo bởi phiên bản Khối khác: hãy nâng cấp bảng ở bước Thiết lập trước khi đổi công thức.";
    const { host, calls } = blockHost(cleanReading, {
      switchFormulaMode: async () => {
        calls.push("switchFormulaMode");
        throw new Error(refusal);
      },
    });
    await renderSend(host);
    await prepare();
    expect(screen.getByText("Không chuẩn bị được sổ tính")).toBeTruthy();
    expect(screen.getByText(new RegExp(refusal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))).toBeTruthy();
    expect(calls).not.toContain("readBlock");
    expect(screen.queryByText("Sổ tính đã sẵn sàng để gửi đi")).toBeNull();
    // The workbook's mode is still what it was.
    expect(screen.getByText("Sổ này đang dùng: hàm KHOI.*.")).toBeTruthy();
  });

  it("speaks English when switched", async () => {
    const { host } = blockHost(messyReading);
    await renderSend(host);
    await prepare();
    fireEvent.click(screen.getByRole("button", { name: "EN" }));
    expect(screen.getByRole("heading", { level: 2, name: "Prepare for sending" })).toBeTruthy();
    expect(screen.getByText("Not ready to send yet (errors: 3)")).toBeTruthy();
    expect(screen.getByText("This workbook uses: ordinary Excel formulas.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Go to Tổng hợp!H10" })).toBeTruthy();
  });

  it("outside Excel, says to open Khối in Excel and offers nothing to press", async () => {
    await renderSend(detachedWorkbookHost);
    expect(screen.getByText(/hãy mở Khối trong Excel để chuẩn bị gửi sổ tính/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Chuẩn bị gửi đi" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
