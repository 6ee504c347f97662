// Kiểm tra, once run, checks again a moment after the officer edits an input sheet — where the host has change
// events — and not before it has been run once; the subscription ends with the page.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { CheckPage } from "../../src/taskpane/pages/check/CheckPage";
import { blockHost, cleanReading } from "./blockHost";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

test("re-checks after an edit of the input sheets once the officer has checked", async () => {
  const clean = await cleanReading();
  const doc = clean.doc as { scores: { self: Record<string, Record<string, unknown>> } };
  const { host, calls } = blockHost(async () => ({ ...clean, doc }));
  let listener: (() => void) | null = null;
  const stop = jest.fn();
  host.onInputsChanged = async (l) => { listener = l; return stop; };
  const { unmount } = renderPane(<CheckPage host={host} />, fakeHost(EXCEL_ON_MAC));
  expect(listener).toBeNull(); // nothing to refresh before the first check

  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Kiểm tra bảng điểm" })); });
  await waitFor(() => expect(listener).not.toBeNull());
  const before = calls.filter((c) => c === "readBlock").length;
  // The officer clears a unit's self scores in Chấm điểm: the next look finds them missing.
  doc.scores.self["bm-ls"] = {};
  await act(async () => { listener!(); });
  await waitFor(() => expect(calls.filter((c) => c === "readBlock").length).toBe(before + 1), { timeout: 5000 });
  await screen.findByText(/Đơn vị Công ty Bảo Minh Lạng Sơn: chưa nhập \d+ tiêu chí ở lớp tự chấm/);
  unmount();
  expect(stop).toHaveBeenCalled();
});
