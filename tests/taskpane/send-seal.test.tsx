/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// ExcelJS's dependencies ship browser builds as ES modules, which jest does not load: resolve them as in Node.
// The Gửi đi page seals and verifies on the standalone page's file host (a real ExcelJS workbook in memory): values
// only leaves no formula, the seal is written with the officer's name (record sheet, Tổng hợp line, Nhật ký line),
// «Kiểm tra niêm phong» says intact, then lists a score typed over afterwards at its cell, old → new.
import { TextEncoder } from "util";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { SendPage } from "../../src/taskpane/pages/send/SendPage";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { loadBook, setCellValue } from "../../src/xlsx/book";
import { writeWorkbook } from "../../src/xlsx/write";
import { workbookGrids } from "../../src/xlsx/read";
import { GridBook } from "../../src/workbook/grid";
import { SEAL_SHEET } from "../../src/seal";
import { officerWrites } from "../../src/workbook/officer";
import { loadExample, parsedBlock } from "../helpers/fixtures";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

// jsdom has no TextEncoder; ExcelJS and the hash need it.
Object.assign(globalThis, { TextEncoder });

async function fileDoc(): Promise<FileWorkbook> {
  const bytes = await writeWorkbook(parsedBlock(loadExample("lang-son-cum-ii-2020")), { formulas: "native" });
  return new FileWorkbook(await loadBook(bytes), { kind: "file", name: "khoi.xlsx" });
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

it("values only, sealed in the officer's name, then verified intact and changed", async () => {
  const doc = await fileDoc();
  const host = createFileWorkbookHost(doc, { now: () => new Date("2026-11-30T04:00:00Z") });
  renderPane(<SendPage host={host} />, fakeHost(EXCEL_ON_MAC));
  await act(async () => undefined);
  expect(screen.getByText(/không phải chữ ký số và không chứng minh ai đã niêm phong/)).toBeTruthy();

  fireEvent.click(screen.getByRole("radio", { name: /^Chỉ giữ giá trị/ }));
  fireEvent.change(screen.getByRole("textbox", { name: /Người niêm phong/ }), { target: { value: "Nguyễn Văn A" } });
  await click("Chuẩn bị gửi đi");

  expect(screen.getByText(/^Đã thay \d+ ô công thức bằng giá trị\./)).toBeTruthy();
  expect(screen.getByText("Sổ tính đã sẵn sàng để gửi đi")).toBeTruthy();
  expect(screen.getByText("Đã niêm phong")).toBeTruthy();
  expect(screen.getByText(/^sha256:[0-9a-f]{64} — \d\d\/\d\d\/\d{4} \d\d:\d\d \(giờ Việt Nam\) — người niêm phong: Nguyễn Văn A\.$/)).toBeTruthy();

  // In the workbook: no formula left, the very hidden record, the line on Tổng hợp and in Nhật ký.
  const grids = workbookGrids(doc.book);
  expect(grids.sheets.flatMap((s) => (s.formulas ?? []).flat().filter((f) => typeof f === "string" && f !== ""))).toEqual([]);
  expect(doc.book.getWorksheet(SEAL_SHEET)?.state).toBe("veryHidden");
  const cells = grids.sheets.flatMap((s) => s.values.flat().filter((v): v is string => typeof v === "string").map((v) => `${s.name}: ${v}`));
  expect(cells.some((c) => /^Tổng hợp: Niêm phong: sha256:[0-9a-f]{64} — .*Nguyễn Văn A/.test(c))).toBe(true);
  expect(cells.some((c) => /^Nhật ký: Niêm phong khối: sha256:/.test(c))).toBe(true);

  await click("Kiểm tra niêm phong");
  expect(screen.getByText("Nguyên vẹn")).toBeTruthy();
  expect(screen.getByText(/^Niêm phong lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(giờ Việt Nam\) bởi «Nguyễn Văn A»: sha256:/)).toBeTruthy();

  // A self score typed over after sealing.
  const book = new GridBook(workbookGrids(doc.book));
  const loc = book.namedRange("khoi_scores_self")!;
  let row = -1;
  let column = -1;
  for (let r = loc.range.row1 + 1; r <= loc.range.row2 && row < 0; r++) {
    for (let c = loc.range.column1; c <= loc.range.column2 && row < 0; c++) if (typeof book.value(loc.sheet, r, c) === "number") [row, column] = [r, c];
  }
  const old = book.value(loc.sheet, row, column) as number;
  setCellValue(doc.book, loc.sheet.name, row, column, old + 1);
  doc.changed();
  await click("Kiểm tra niêm phong");
  expect(screen.getByText("Đã bị sửa sau khi niêm phong")).toBeTruthy();
  const list = screen.getByRole("list", { name: /^Các thay đổi/ });
  const where = `${loc.sheet.name}!${book.address(row, column)}`;
  expect(within(list).getByText(`${where}: ${String(old).replace(".", ",")} → ${String(old + 1).replace(".", ",")}.`)).toBeTruthy();
  expect(within(list).getByRole("button", { name: `Đến ô ${where}` })).toBeTruthy();
});

it("does not seal without a name, and says so", async () => {
  const doc = await fileDoc();
  renderPane(<SendPage host={createFileWorkbookHost(doc)} />, fakeHost(EXCEL_ON_MAC));
  await act(async () => undefined);
  await click("Chuẩn bị gửi đi");
  expect(screen.getByText("Sổ tính đã sẵn sàng để gửi đi")).toBeTruthy();
  expect(screen.getByText(/^Chưa niêm phong: hãy nhập tên người niêm phong/)).toBeTruthy();
  expect(doc.book.getWorksheet(SEAL_SHEET)).toBeUndefined();
  await click("Kiểm tra niêm phong");
  expect(screen.getByText("Chưa niêm phong")).toBeTruthy();
});

it("without a name typed, seals in the officer's name remembered in the workbook", async () => {
  const doc = await fileDoc();
  const host = createFileWorkbookHost(doc);
  await host.writeCells!(officerWrites(await host.readGrids!(), "Lê Văn C"), []);
  renderPane(<SendPage host={host} />, fakeHost(EXCEL_ON_MAC));
  await act(async () => undefined);
  await click("Chuẩn bị gửi đi");
  expect(screen.getByText(/— người niêm phong: Lê Văn C\.$/)).toBeTruthy();
});
