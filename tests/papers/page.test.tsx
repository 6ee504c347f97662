/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// ExcelJS's dependencies ship browser builds as ES modules, which jest does not load: resolve them as in Node.
// The «Văn bản» page over the standalone page's host on a real block workbook (ExcelJS in memory): the papers made
// from the workbook, a tab per paper, the fields, the preview before writing, writing into the workbook (Nhật ký
// line), the fields read back when the papers are made again, and a workbook without a block.
import { TextEncoder } from "util";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { logLines } from "../../src/forms/events";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { PapersPage } from "../../src/taskpane/pages/papers/PapersPage";
import { emptyBook, loadBook } from "../../src/xlsx/book";
import { workbookGrids } from "../../src/xlsx/read";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "../taskpane/renderPane";
import { bookOf, sixUnits, TODAY } from "./helpers";

// jsdom lacks TextEncoder (the block id's hash uses it; browsers and Node have it).
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;

async function open() {
  const doc = new FileWorkbook(await loadBook(await bookOf(sixUnits())), { kind: "file", name: "khoi.xlsx" });
  const host = createFileWorkbookHost(doc, { now: () => TODAY });
  renderPane(<PapersPage host={host} today={() => TODAY} />, fakeHost(EXCEL_ON_MAC));
  return { doc, host };
}

async function make() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Lập văn bản" }));
  });
  await screen.findByRole("tablist", { name: "Văn bản" });
}

describe("PapersPage", () => {
  it("previews each paper from the workbook, takes the officer's fields and writes the paper into the workbook", async () => {
    const { doc } = await open();
    expect(screen.getByRole("heading", { level: 2, name: "Văn bản" })).toBeTruthy();
    await make();
    const summary = screen.getByRole("document", { name: "Xem trước: Bảng tổng hợp 2024" });
    expect(within(summary).getByText("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024")).toBeTruthy();
    expect(within(summary).getByText("97,2")).toBeTruthy();
    expect(within(summary).getByText("KHỐI TRƯỞNG")).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Biên bản" }));
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Số văn bản" }), { target: { value: "07" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Chủ trì (họ tên, chức vụ)" }), { target: { value: "Trần Văn Biên, Trưởng ban" } });
    const minutes = screen.getByRole("document", { name: "Xem trước: Biên bản 2024" });
    expect(within(minutes).getByText("Số: 07/BB-KTĐ")).toBeTruthy();
    expect(within(minutes).getByText("- Chủ trì: Trần Văn Biên, Trưởng ban.")).toBeTruthy();
    expect(within(minutes).getByText("Khánh Hòa, ngày 05 tháng 01 năm 2025")).toBeTruthy();
    // Nothing is written before the officer asks.
    expect(doc.book.getWorksheet("Biên bản 2024")).toBeUndefined();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Ghi «Biên bản 2024» vào sổ" }));
    });
    await screen.findByText("Đã ghi «Biên bản họp bình xét thi đua» vào trang mới «Biên bản 2024».");
    expect(screen.getByText("Đã ghi 1 dòng vào Nhật ký.")).toBeTruthy();
    expect(doc.book.getWorksheet("Biên bản 2024")).toBeDefined();
    expect(doc.book.getWorksheet("Bảng tổng hợp 2024")).toBeUndefined();
    const log = logLines(workbookGrids(doc.book)).filter((l) => l.action === "papers");
    expect(log).toHaveLength(1);
  });

  it("reads back the fields of papers already in the workbook and writes all three", async () => {
    await open();
    await make();
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Biên bản" }));
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Thư ký (họ tên, chức vụ)" }), { target: { value: "Lê Thị Hoa" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Ghi cả ba văn bản" }));
    });
    await screen.findByText("Đã ghi «Tờ trình đề nghị khen thưởng» vào trang mới «Tờ trình 2024».");
    // Made again from the workbook: the secretary comes back from the sheet; writing again replaces Khối's papers.
    await make();
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Biên bản" }));
    });
    await waitFor(() => expect((screen.getByRole("textbox", { name: "Thư ký (họ tên, chức vụ)" }) as HTMLInputElement).value).toBe("Lê Thị Hoa"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Ghi «Biên bản 2024» vào sổ" }));
    });
    await screen.findByText("Đã tạo lại «Biên bản họp bình xét thi đua» trên trang «Biên bản 2024»: giữ các ô đã sửa, cập nhật kết quả.");
  });

  it("a workbook without a block: says to set it up first", async () => {
    const doc = new FileWorkbook(emptyBook(), { kind: "new" });
    doc.book.addWorksheet("Sheet1");
    renderPane(<PapersPage host={createFileWorkbookHost(doc)} today={() => TODAY} />, fakeHost(EXCEL_ON_MAC));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Lập văn bản" }));
    });
    expect(await screen.findByText(/hãy tạo bảng ở bước Thiết lập trước/)).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });
});
