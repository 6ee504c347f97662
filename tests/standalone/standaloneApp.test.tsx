/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// ExcelJS's dependencies ship browser builds as ES modules, which jest does not load: resolve them as in Node.
// The standalone page's components in jsdom (Testing Library): the grid takes typed and pasted values only in input
// cells, «Đến ô …» lands on the cell, the pane's pages are the pane's own, unsaved changes are guarded.
import { TextEncoder } from "util";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { detachedHost } from "../../src/taskpane/host";
import { demoBook } from "../../src/standalone/demo";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { SheetGrid } from "../../src/standalone/SheetGrid";
import { StandaloneApp } from "../../src/standalone/StandaloneApp";
import type { SheetView } from "../../src/xlsx/book";
import { renderPane } from "../taskpane/renderPane";

jest.setTimeout(120_000);

// jsdom lacks TextEncoder (the block id's hash uses it; browsers and Node have it).
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
// jsdom has no layout: scrolling a cell into view is a no-op here (the browser suite checks it really scrolls).
Element.prototype.scrollIntoView = function scrollIntoView() {};

const VIEW: SheetView = {
  name: "Chấm điểm",
  visibility: "visible",
  columns: 3,
  widths: [],
  cells: [
    [{ value: "Mã", formula: null, unlocked: false }, { value: "dl-ls", formula: null, unlocked: false }, { value: "ga-dd", formula: null, unlocked: false }],
    [{ value: "I.1", formula: null, unlocked: false }, { value: 8.5, formula: null, unlocked: true }, { value: null, formula: null, unlocked: true }],
    [{ value: "Tối đa", formula: null, unlocked: false }, { value: 25, formula: "D7*1", unlocked: false }, { value: null, formula: null, unlocked: true }],
  ],
};

function grid(props: Partial<Parameters<typeof SheetGrid>[0]> = {}) {
  const onCommit = jest.fn();
  const onPaste = jest.fn();
  renderPane(
    <SheetGrid view={VIEW} lang="vi" label="Trang Chấm điểm" input highlight={null} formulaTitle={(f) => `=${f}`} onCommit={onCommit} onPaste={onPaste} {...props} />,
    detachedHost,
  );
  return { onCommit, onPaste };
}

describe("SheetGrid", () => {
  it("has a text box only for the unlocked cells of an input sheet, numbers in Vietnamese notation", () => {
    grid();
    const table = screen.getByRole("table", { name: "Trang Chấm điểm" });
    expect(within(table).getAllByRole("textbox").map((box) => box.getAttribute("aria-label"))).toEqual(["B2", "C2", "C3"]);
    expect(screen.getByRole("textbox", { name: "B2" })).toHaveProperty("value", "8,5");
    expect(within(table).getByText("25").getAttribute("title")).toBe("=D7*1");
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["A", "B", "C"]);
  });

  it("a read-only sheet has no text box at all", () => {
    grid({ input: false });
    expect(screen.queryAllByRole("textbox")).toEqual([]);
  });

  it("commits a typed value on Enter and moves down; Escape gives the old value back", () => {
    const { onCommit } = grid();
    const box = screen.getByRole("textbox", { name: "C2" });
    box.focus();
    fireEvent.change(box, { target: { value: "9,5" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(onCommit).toHaveBeenCalledWith(1, 2, "9,5");
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "C3" }));
    const other = screen.getByRole("textbox", { name: "B2" });
    fireEvent.change(other, { target: { value: "1" } });
    fireEvent.keyDown(other, { key: "Escape" });
    fireEvent.blur(other);
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(other).toHaveProperty("value", "8,5");
  });

  it("a block copied from Excel goes to onPaste from the focused cell; one plain value is typed as usual", () => {
    const { onPaste } = grid();
    const box = screen.getByRole("textbox", { name: "B2" });
    const block = fireEvent.paste(box, { clipboardData: { getData: () => "1\t2\r\n3\t4\r\n" } });
    expect(onPaste).toHaveBeenCalledWith(1, 1, "1\t2\r\n3\t4\r\n");
    expect(block).toBe(false); // the browser's own paste was prevented
    const plain = fireEvent.paste(box, { clipboardData: { getData: () => "7" } });
    expect(plain).toBe(true);
    expect(onPaste).toHaveBeenCalledTimes(1);
  });

  it("the highlighted cell is marked and gets the cursor", () => {
    grid({ highlight: { row: 2, column: 2, token: 1 } });
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "C3" }));
  });
});

describe("StandaloneApp", () => {
  let doc: FileWorkbook;
  beforeEach(async () => {
    doc = new FileWorkbook(await demoBook("vi"), { kind: "demo" });
  });

  it("hosts the pane's own pages beside the demo's Chấm điểm sheet, enabled (not the outside-Excel notice)", async () => {
    renderPane(<StandaloneApp initial={doc} />, detachedHost);
    expect(screen.getByRole("tab", { name: "Thiết lập" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).toBeTruthy();
    expect(within(screen.getByRole("tablist", { name: "Trang tính" })).getByRole("tab", { name: "Chấm điểm" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.queryByText(/ngoài Excel/)).toBeNull();
    // A block workbook is there to be checked: the pane opens on Kiểm tra and checks it without a click.
    expect(screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
    const ranking = await screen.findByRole("table", { name: "Xếp hạng" }, { timeout: 15_000 });
    expect(within(ranking).getAllByRole("row").some((row) => /Ga Đồng Đăng/.test(row.textContent ?? ""))).toBe(true);
    // Thiết lập looks at the workbook through the file host: it offers to upgrade the block, pre-filled.
    fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
    await waitFor(() => expect((screen.getByRole("textbox", { name: /Tên khối/ }) as HTMLInputElement).value).toContain("Cụm thi đua II"), {
      timeout: 15_000,
    });
    // Back on Kiểm tra, the check waits for the officer's click: the automatic one was for the opening only.
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await screen.findByRole("button", { name: "Kiểm tra bảng điểm" }, { timeout: 15_000 });
    expect(screen.queryByRole("table", { name: "Xếp hạng" })).toBeNull();
  });

  it("a typed score marks unsaved changes, and leaving the page is then guarded", async () => {
    renderPane(<StandaloneApp initial={doc} />, detachedHost);
    const quiet = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
    const box = screen.getAllByRole("textbox", { name: "E7" })[0];
    fireEvent.change(box, { target: { value: "1600" } });
    act(() => {
      fireEvent.blur(box);
    });
    await screen.findByText("Có thay đổi chưa lưu", {}, { timeout: 15_000 });
    const leaving = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
  });

  it("«Đến ô …» from the host shows the cell's sheet and puts the cursor in the cell", async () => {
    renderPane(<StandaloneApp initial={doc} />, detachedHost);
    act(() => doc.goTo({ sheet: "Giao ước", address: "E7" }));
    await waitFor(() => expect(within(screen.getByRole("tablist", { name: "Trang tính" })).getByRole("tab", { name: "Giao ước" }).getAttribute("aria-selected")).toBe("true"), {
      timeout: 15_000,
    });
    expect(document.activeElement?.closest("td")?.getAttribute("data-cell")).toBe("E7");
  });
});
