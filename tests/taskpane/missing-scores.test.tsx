/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Kiểm tra on a new workbook with no scores yet (a real .xlsx read back): one line per unit and layer —
// "Đơn vị X: chưa nhập N tiêu chí ở lớp tự chấm" pointing at the Chấm điểm page — instead of a wall of identical
// SCORE_MISSING errors; the single findings are still there on demand.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { parseBlock } from "../../src/core/parse";
import { CheckPage } from "../../src/taskpane/pages/check/CheckPage";
import type { WorkbookHost } from "../../src/workbook/host";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { loadExample } from "../helpers/fixtures";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

jest.setTimeout(30_000);

test("a workbook with no scores shows one missing-scores line per unit and layer, pointing at Chấm điểm", async () => {
  const doc = loadExample("lang-son-cum-ii-2020") as Json;
  doc.scores = { self: {}, appraised: {}, final: {} };
  delete doc.declared;
  delete doc.votes;
  const bytes = await writeWorkbook(parseBlock(doc).block!, { formulas: "native" });
  const host: WorkbookHost = {
    detectFormulaMode: async () => "native",
    inspect: async () => { throw new Error("not used"); },
    applyLayout: async () => { throw new Error("not used"); },
    switchFormulaMode: async () => { throw new Error("not used"); },
    readBlock: () => readWorkbook(bytes),
    goToCell: async () => undefined,
  };
  renderPane(<CheckPage host={host} />, fakeHost(EXCEL_ON_MAC));
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Kiểm tra bảng điểm" })); });
  const errors = await screen.findByRole("region", { name: /^Lỗi \(\d+\)$/ });
  const items = within(errors).getAllByRole("listitem").filter((li) => !li.textContent?.startsWith("Xem thêm"));
  const lines = items.map((li) => li.querySelector("span")?.textContent ?? "");
  // Every unit scores 9 criteria (I.1–I.4, II.1–II.3, III.1–III.2); the bonus and penalty leaves may stay blank.
  for (const unit of doc.units as { name: string }[]) {
    expect(lines).toContain(`Đơn vị ${unit.name}: chưa nhập 9 tiêu chí ở lớp tự chấm`);
  }
  expect(lines.filter((l) => l.includes("chưa nhập"))).toHaveLength(doc.units.length);
  expect(within(errors).getAllByText("Nhập điểm, hoặc gửi và nhận phiếu tự chấm, ở trang «Chấm điểm».")).toHaveLength(doc.units.length);
  // The single findings are one click away.
  fireEvent.click(within(errors).getAllByRole("button", { name: /Xem thêm 8 vấn đề/ })[0]);
  expect(within(errors).getAllByRole("listitem").length).toBeGreaterThan(items.length + 7);
});
