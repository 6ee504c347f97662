// The pane on an Excel that lacks a requirement set: the real Office adapter over the fake Excel's host profile
// refuses before Excel.run, and the page says what is missing in Vietnamese (English when switched), that nothing
// changed, and links the standalone page. Môi trường shows the highest ExcelApi level and the webview.
import { act, fireEvent, screen } from "@testing-library/react";
import { TextEncoder } from "util";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { CheckPage } from "../../src/taskpane/pages/check/CheckPage";
import { EnvironmentPanel } from "../../src/taskpane/pages/environment/EnvironmentPanel";
import { SetupPage } from "../../src/taskpane/pages/setup/SetupPage";
import { createOfficeHost } from "../../src/taskpane/host";
import { FakeExcel } from "../office/fake-excel";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

// jsdom (jest 29) lacks TextEncoder, which browsers and Office have; the layout's fingerprint uses it.
globalThis.TextEncoder ??= TextEncoder as unknown as typeof globalThis.TextEncoder;
jest.setTimeout(30_000);

function officeOn(excel: FakeExcel) {
  return createOfficeWorkbookHost({ run: excel.run, requirements: excel.requirements });
}

function valueOf(label: string): string {
  const term = screen.getAllByRole("term").find((dt) => dt.textContent?.includes(label));
  if (!term) throw new Error(`no row labelled ${label}`);
  return term.nextElementSibling?.textContent ?? "";
}

describe("a refused step", () => {
  it("Thiết lập on ExcelApi 1.8: says 1.9 is missing and what for, writes nothing, links app.html", async () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.8" });
    renderPane(<SetupPage host={officeOn(excel)} />, fakeHost(EXCEL_ON_MAC));
    await act(async () => undefined);
    fireEvent.change(screen.getByRole("textbox", { name: /Tên khối/ }), { target: { value: "Cụm thi đua số 2" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Năm/ }), { target: { value: "2025" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Đơn vị thành viên/ }), { target: { value: "Ga Đồng Đăng\nCông ty Điện lực Lạng Sơn" } });
    const syncsBefore = excel.syncs;
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
    });
    expect(screen.getByText("Excel này chưa đủ tính năng cho việc này")).toBeTruthy();
    expect(screen.getByText(/Excel này chỉ có ExcelApi 1\.8 nên Khối chưa tạo bảng chấm điểm được: cần ExcelApi 1\.9 \(thiết lập trang in/)).toBeTruthy();
    expect(screen.getByText(/Sổ tính không bị thay đổi\./)).toBeTruthy();
    const link = screen.getByRole("link", { name: "Mở trang Khối độc lập (app.html)" });
    expect(link.getAttribute("href")).toBe("app.html");
    expect(link.getAttribute("target")).toBe("_blank");
    // No raw Office error, and the workbook is untouched.
    expect(screen.queryByText(/ApiNotFound/)).toBeNull();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.syncs).toBe(syncsBefore);
  });

  it("Kiểm tra on ExcelApi 1.6, in English: names ExcelApi 1.7 and the standalone page", async () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.6" });
    renderPane(<CheckPage host={officeOn(excel)} />, fakeHost(EXCEL_ON_MAC), { lang: "en" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check the scores" }));
    });
    expect(screen.getByText("This Excel lacks what this step needs")).toBeTruthy();
    expect(screen.getByText(/This Excel has ExcelApi 1\.6 only, so Khối cannot read the scoring workbook: it needs ExcelApi 1\.7 \(reading defined names\)/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open Khối's standalone page (app.html)" }).getAttribute("href")).toBe("app.html");
    expect(excel.runs).toBe(0);
  });

  it("the page's first look on ExcelApi 1.6, in English: the refusal in English, nothing read", async () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.6" });
    renderPane(<SetupPage host={officeOn(excel)} />, fakeHost(EXCEL_ON_MAC), { lang: "en" });
    await act(async () => undefined);
    expect(screen.getByText(/This Excel has ExcelApi 1\.6 only, so Khối cannot look at the workbook: it needs ExcelApi 1\.7/)).toBeTruthy();
    expect(excel.runs).toBe(0);
  });

  it("any other host error is still shown as it was, without the standalone link", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const host = { ...officeOn(excel), readBlock: () => Promise.reject(new Error("Mất kết nối với sổ tính.")) };
    renderPane(<CheckPage host={host} />, fakeHost(EXCEL_ON_MAC));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kiểm tra bảng điểm" }));
    });
    expect(screen.getByText(/Mất kết nối với sổ tính\./)).toBeTruthy();
    expect(screen.queryByRole("link", { name: /app\.html/ })).toBeNull();
  });
});

describe("Môi trường: ExcelApi level and webview", () => {
  const WEBVIEW2 =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
  const office = (excelApi: string, platform = "PC") => {
    const excel = new FakeExcel([], { excelApi, sets: { CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" } });
    return { context: { host: "Excel", platform, diagnostics: { version: "16.0.14332.20604" }, requirements: excel.requirements } };
  };

  it("Excel 2021 LTSC in WebView2: ExcelApi 1.14, no warning", () => {
    renderPane(<EnvironmentPanel />, createOfficeHost(office("1.14"), WEBVIEW2));
    expect(valueOf("ExcelApi cao nhất")).toBe("ExcelApi 1.14");
    expect(valueOf("Trình duyệt nhúng (webview)")).toBe("Microsoft Edge WebView2 (Edge 120)");
    expect(screen.queryByText(/tạo bảng chấm điểm cần ExcelApi 1\.9/)).toBeNull();
  });

  it("an Excel with ExcelApi 1.8: says what needs more and links the standalone page", () => {
    const mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";
    renderPane(<EnvironmentPanel />, createOfficeHost(office("1.8", "Mac"), mac));
    expect(valueOf("ExcelApi cao nhất")).toBe("ExcelApi 1.8");
    expect(valueOf("Trình duyệt nhúng (webview)")).toBe("Safari WebKit (WKWebView)");
    expect(screen.getByText(/Excel này chỉ có ExcelApi 1\.8: tạo bảng chấm điểm cần ExcelApi 1\.9, đọc và kiểm tra cần 1\.7/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Mở trang Khối độc lập (app.html)" }).getAttribute("href")).toBe("app.html");
  });

  it("Excel on the web in Firefox, in English", () => {
    const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    renderPane(<EnvironmentPanel />, createOfficeHost(office("1.20", "OfficeOnline"), firefox), { lang: "en" });
    expect(valueOf("Highest ExcelApi")).toBe("ExcelApi 1.20");
    expect(valueOf("Browser engine (webview)")).toBe("Firefox 128");
  });
});
