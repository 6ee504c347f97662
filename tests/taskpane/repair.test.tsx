/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// ExcelJS's dependencies ship browser builds as ES modules, which jest does not load: resolve them as in Node.
import { TextEncoder } from "util";
// The pane's parts of repair and the log, on the standalone page's real host over a real .xlsx: the Kiểm tra page
// lists the broken KHOI.* formulas with the formula Khối would write, «Sửa công thức» writes them (the check then
// finds nothing broken), and the officer's name given in the pane is kept in the workbook.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { OfficerField } from "../../src/taskpane/components/OfficerField";
import { CheckPage } from "../../src/taskpane/pages/check/CheckPage";
import { WorkbookHostProvider } from "../../src/taskpane/workbookHost";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { logLines } from "../../src/forms/events";
import { officerOf } from "../../src/workbook/officer";
import { loadBook } from "../../src/xlsx/book";
import { writeWorkbook } from "../../src/xlsx/write";
import { loadExample, parsedBlock, withoutDeclared } from "../helpers/fixtures";
import { breakFormulas } from "../repair/break-xml";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

// jsdom has no TextEncoder; fflate and ExcelJS need one.
Object.assign(globalThis, { TextEncoder });

const block = withoutDeclared(parsedBlock(loadExample("lang-son-cum-ii-2020")));

async function brokenHost() {
  const broken = breakFormulas(await writeWorkbook(block, { formulas: "khoi" }), [{ fn: "KHOI.RANK", rewrite: () => "_xldudf_KHOI_RANK", limit: 2 }]);
  const doc = new FileWorkbook(await loadBook(broken.bytes), { kind: "demo" });
  return { host: createFileWorkbookHost(doc), cells: broken.cells };
}

test("Kiểm tra: the broken formulas are previewed and «Sửa công thức» repairs them", async () => {
  const { host, cells } = await brokenHost();
  renderPane(<CheckPage host={host} />, fakeHost(EXCEL_ON_MAC));
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Kiểm tra bảng điểm" })); });
  // The standalone page runs no KHOI.*: every KHOI.* cell is listed, the two hand-broken ones among them.
  const title = await screen.findByText(/^Công thức KHOI\.\* báo #NAME\? \(\d+ ô\)$/);
  expect(title).toBeTruthy();
  const count = Number(/\((\d+) ô\)/.exec(title.textContent ?? "")?.[1]);
  expect(count).toBeGreaterThanOrEqual(cells.length);
  expect(screen.getByText(`${cells[0].sheet}!${cells[0].address}`)).toBeTruthy();
  expect(screen.getAllByText(new RegExp(`^=${cells[0].formula.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} → =`)).length).toBe(2);
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Sửa công thức" })); });
  await screen.findByText(`Đã sửa ${count} ô công thức và ghi ${count} dòng Nhật ký.`);
  // What was written stays listed, cell by cell.
  expect(screen.getByText(`${cells[0].sheet}!${cells[0].address}`)).toBeTruthy();
  const grids = await host.readGrids!();
  expect(grids.sheets.flatMap((s) => (s.formulas ?? []).flat()).filter((f) => typeof f === "string" && /KHOI/i.test(f))).toEqual([]);
  expect(logLines(grids).filter((l) => l.action === "repair")).toHaveLength(count);
  await waitFor(() => expect(screen.queryByRole("button", { name: "Sửa công thức" })).toBeNull());
});

test("the officer's name is saved in the workbook and read back when the pane opens", async () => {
  const doc = new FileWorkbook(await loadBook(await writeWorkbook(block, { formulas: "native" })), { kind: "demo" });
  const host = createFileWorkbookHost(doc);
  const view = renderPane(<WorkbookHostProvider host={host}><OfficerField /></WorkbookHostProvider>, fakeHost(EXCEL_ON_MAC));
  const input = screen.getByRole("textbox", { name: /Người thực hiện/ });
  fireEvent.change(input, { target: { value: "Chị Lan" } });
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Lưu tên" })); });
  await screen.findByText("Đã lưu tên «Chị Lan» vào sổ tính.");
  expect(officerOf(await host.readGrids!())).toBe("Chị Lan");
  view.unmount();
  renderPane(<WorkbookHostProvider host={host}><OfficerField /></WorkbookHostProvider>, fakeHost(EXCEL_ON_MAC));
  await waitFor(() => expect((screen.getByRole("textbox", { name: /Người thực hiện/ }) as HTMLInputElement).value).toBe("Chị Lan"));
});
