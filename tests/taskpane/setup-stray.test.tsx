// Thiết lập on a block workbook where the officer typed a unit under the list and its scores beside the table:
// the page names the unit and its cell, "Lấy … vào khối" adds it to the unit list with the id typed, and upgrading
// writes a block where that unit carries the scores typed for it.
import { act, fireEvent, screen } from "@testing-library/react";
import { SetupPage } from "../../src/taskpane/pages/setup/SetupPage";
import { blockFromForm, initialForm } from "../../src/taskpane/pages/setup/setupModel";
import type { ApplyOptions, ApplyReport, BlockReading, WorkbookHost } from "../../src/workbook/host";
import type { WorkbookLayout } from "../../src/workbook/model";
import type { StrayEntries } from "../../src/workbook/stray";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";
import { TextEncoder } from "util";

globalThis.TextEncoder ??= TextEncoder as unknown as typeof globalThis.TextEncoder;

/** The block the workbook already holds: the first template with two units. */
function existingBlock() {
  const form = { ...initialForm(2025), blockName: "Cụm thi đua số 2", unitsText: "Công ty Điện lực A\nGa Đồng Đăng" };
  const { block } = blockFromForm(form);
  return block!;
}

function firstPointsLeaf(nodes: readonly unknown[]): string {
  for (const n of nodes as { code: string; type?: string; children?: unknown[] }[]) {
    if (n.children) { const found = firstPointsLeaf(n.children); if (found) return found; }
    else if (n.type === "points") return n.code;
  }
  return "";
}

test("a unit typed under the list is offered, taken in with its id, and upgraded with its typed scores", async () => {
  const block = existingBlock();
  const code = firstPointsLeaf(block.criteria);
  const stray: StrayEntries = {
    units: [{ id: "tl-moi", name: "Công ty Thuỷ lợi", titles: [], cell: "Khối!C31" }],
    columns: [{ kind: "self", unit: "tl-moi", values: new Map([[code, 7]]), cell: "Chấm điểm!J5" }],
  };
  const applyLayout = jest.fn(async (layout: WorkbookLayout, options: ApplyOptions): Promise<ApplyReport> => ({
    formulas: layout.meta.formulas, created: [], updated: [], renamed: [], names: [], units: options.block.units.length,
    criteria: 0, kept: 0, moved: [], dropped: [], log: [],
  }));
  const host: WorkbookHost = {
    detectFormulaMode: async () => "native",
    inspect: async () => ({ isBlockWorkbook: true, formulas: "native", blockSheets: { block: "Khối" }, userSheets: [] }),
    applyLayout,
    readBlock: async (): Promise<BlockReading> => ({ doc: block, findings: [], locate: () => undefined, stray }),
    goToCell: async () => undefined,
    switchFormulaMode: async () => ({ formulas: "native", cells: 0 }),
  };
  renderPane(<SetupPage host={host} />, fakeHost(EXCEL_ON_MAC));
  await act(async () => undefined);

  expect(screen.getByText("Có đơn vị gõ thêm bằng tay dưới danh sách")).toBeTruthy();
  expect(screen.getByText(/«Công ty Thuỷ lợi» \(Khối!C31\)/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Lấy 1 đơn vị vào khối" }));
  const units = screen.getByRole("textbox", { name: /Đơn vị thành viên/ }) as HTMLTextAreaElement;
  expect(units.value.split("\n")).toEqual(["Công ty Điện lực A", "Ga Đồng Đăng", "Công ty Thuỷ lợi"]);
  expect(screen.queryByRole("button", { name: "Lấy 1 đơn vị vào khối" })).toBeNull();

  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Nâng cấp bảng chấm điểm" })));
  expect(applyLayout).toHaveBeenCalledTimes(1);
  const written = applyLayout.mock.calls[0][1].block;
  expect(written.units.map((u) => u.id)).toContain("tl-moi");
  expect(written.scores.self["tl-moi"][code]).toBe(7);
  // The layout written has the unit on the Khối sheet too.
  const khoi = applyLayout.mock.calls[0][0].sheets.find((s) => s.key === "block")!;
  expect(khoi.regions.flatMap((r) => r.cells.flat())).toContain("Công ty Thuỷ lợi");
});
