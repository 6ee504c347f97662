/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// ExcelJS's dependencies ship browser builds as ES modules, which jest does not load: resolve them as in Node.
// The Bình xét page on the standalone file host over a real .xlsx (writeWorkbook): 6 units, Đơn vị C and Đơn vị D
// tied at 88 for the last Bằng khen place with `vote:merit` in the tie-break chain. By hand: Cờ → A (96), Bằng khen
// → B (92) and one place left for C/D; 5 yes votes for C against 3 for D break the tie for C. The rotation makes B
// (this year's deputy) next year's leader; the officer picks D as deputy. Written, the workbook holds it all with
// one Nhật ký line per cell, and the page opened again shows the same.
import { TextEncoder } from "util";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { VotePage } from "../../src/taskpane/pages/vote/VotePage";
import { createFileWorkbookHost } from "../../src/standalone/fileHost";
import { FileWorkbook } from "../../src/standalone/fileWorkbook";
import { loadBook } from "../../src/xlsx/book";
import { readWorkbook, workbookGrids } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

Object.assign(globalThis, { TextEncoder });

const UNITS = ["A", "B", "C", "D", "E", "F"];
const TOTALS = [96, 92, 88, 88, 80, 70];

export function tiedBlock(): Block {
  return parseBlock({
    format: "khoi-block/1",
    block: { name: "Cụm thi đua số 2", year: 2024, leader: "a", deputy: "b" },
    rules: {
      scale: 100,
      tieBreak: ["vote:merit"],
      awards: [
        { id: "flag", label: "Cờ thi đua", count: 1, minScore: 90 },
        { id: "merit", label: "Bằng khen", count: 2, minScore: 85 },
      ],
      vote: { quorum: 0.6667, denominator: "present", strict: false },
    },
    units: UNITS.map((u) => ({ id: u.toLowerCase(), name: `Đơn vị ${u}` })),
    criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
    targets: {},
    scores: { self: Object.fromEntries(UNITS.map((u, i) => [u.toLowerCase(), { "1": TOTALS[i] }])) },
    votes: { members: 6, present: 6 },
  }).block!;
}

async function fileDoc(): Promise<FileWorkbook> {
  return new FileWorkbook(await loadBook(await writeWorkbook(tiedBlock(), { formulas: "native" })), { kind: "file", name: "khoi.xlsx" });
}

async function settle() {
  await act(async () => undefined);
}

const meritResult = () => screen.getByRole("status", { name: "Kết quả «Bằng khen»" }).textContent;
const select = (name: RegExp) => screen.getByRole("combobox", { name }) as HTMLSelectElement;

it("shows the tie at the Bằng khen boundary, breaks it with typed ballots, writes leader and ballots, and reopens the same", async () => {
  const doc = await fileDoc();
  const host = createFileWorkbookHost(doc, { now: () => new Date("2025-01-05T02:00:00Z") });
  renderPane(<VotePage host={host} now={() => new Date("2025-01-05T02:00:00Z")} />, fakeHost(EXCEL_ON_MAC));
  await settle();

  // The tie, said as the block must decide it, and in the tier's list of units passed over.
  expect(screen.getByText(/Đơn vị C.*Đơn vị D cùng hạng 3 nhưng .*Bằng khen.* chỉ còn 1 suất.*Khối cần phân định/)).toBeTruthy();
  expect(screen.getAllByText(/Hạng 3 · Đơn vị (C|D): bằng điểm ở suất cuối — Khối phải quyết định/)).toHaveLength(2);
  expect(screen.getByRole("status", { name: "Kết quả «Cờ thi đua»" }).textContent).toBe("Được khen: Đơn vị A");
  expect(meritResult()).toBe("Được khen: Đơn vị B");
  expect(screen.getByText(/^Có mặt 6\/6 thành viên: đủ túc số \(cần 66,67\s?%\)\.$/)).toBeTruthy();

  // Typing the ballots (nothing written yet) breaks the tie for C.
  fireEvent.change(screen.getByRole("textbox", { name: /^Phiếu đồng ý\s*: Đơn vị C — Bằng khen$/ }), { target: { value: "5" } });
  fireEvent.change(screen.getByRole("textbox", { name: /^Phiếu đồng ý\s*: Đơn vị D — Bằng khen$/ }), { target: { value: "3" } });
  expect(meritResult()).toBe("Được khen: Đơn vị B, Đơn vị C");
  expect(screen.queryByText(/cùng hạng 3/)).toBeNull();
  // A text that is no count says so and leaves the result as it was.
  fireEvent.change(screen.getByRole("textbox", { name: /^Phiếu đồng ý\s*: Đơn vị D — Bằng khen$/ }), { target: { value: "ba" } });
  expect(screen.getByText("Nhập một số nguyên không âm, ví dụ 12.")).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: /^Phiếu đồng ý\s*: Đơn vị D — Bằng khen$/ }), { target: { value: "3" } });

  // Next year's leader: the rotation's suggestion (this year's deputy B), marked; the deputy chosen among the others.
  expect(select(/^Trưởng khối năm 2025/).value).toBe("b");
  expect(screen.getAllByText("đề xuất theo luân phiên").length).toBeGreaterThan(0);
  expect(within(select(/^Phó trưởng khối năm 2025/)).queryByRole("option", { name: "Đơn vị B" })).toBeNull();
  fireEvent.change(select(/^Phó trưởng khối năm 2025/), { target: { value: "d" } });
  const history = screen.getByRole("table", { name: "Trưởng, Phó khối qua các năm" });
  expect(within(history).getAllByRole("row").map((r) => r.textContent)).toEqual(["NămTrưởng khốiPhó trưởng khối", "2024Đơn vị AĐơn vị B", "2025Đơn vị BĐơn vị D"]);

  // Preview, then write.
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Ghi vào sổ" })); });
  // 2 yes votes, next leader and deputy, 6 cells of the leaders by year.
  expect(screen.getByText("Sẽ thay đổi 10 ô (mỗi ô một dòng Nhật ký):")).toBeTruthy();
  expect(screen.getByText(/^Bình xét!\w+\d+: \(trống\) → 5$/)).toBeTruthy();
  expect(screen.getByText(/^Khối!\w+\d+: \(trống\) → Đơn vị B \(b\)$/)).toBeTruthy();
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Xác nhận ghi 10 ô" })); });
  expect(screen.getByText("Đã ghi 10 ô vào sổ, mỗi ô một dòng Nhật ký.")).toBeTruthy();

  // The workbook, saved and read back, holds the ballots and the leaders; Nhật ký has one line per cell.
  const saved = await readWorkbook(new Uint8Array(await doc.book.xlsx.writeBuffer()));
  const block = parseBlock(saved.doc).block!;
  expect(block.votes?.yes?.merit).toEqual({ c: 5, d: 3 });
  expect(block.block).toMatchObject({ nextLeader: "b", nextDeputy: "d", history: [{ year: 2024, leader: "Đơn vị A", deputy: "Đơn vị B" }, { year: 2025, leader: "Đơn vị B", deputy: "Đơn vị D" }] });
  const log = workbookGrids(doc.book).sheets.find((s) => s.name === "Nhật ký")!.values.filter((row) => row.some((v) => v === "Ghi kết quả bình xét"));
  expect(log).toHaveLength(10);

  // Opened again: the same state, read from the workbook.
  cleanup();
  renderPane(<VotePage host={host} />, fakeHost(EXCEL_ON_MAC));
  await settle();
  expect(meritResult()).toBe("Được khen: Đơn vị B, Đơn vị C");
  expect((screen.getByRole("textbox", { name: /^Phiếu đồng ý\s*: Đơn vị C — Bằng khen$/ }) as HTMLInputElement).value).toBe("5");
  expect(select(/^Trưởng khối năm 2025/).value).toBe("b");
  expect(select(/^Phó trưởng khối năm 2025/).value).toBe("d");
  expect(screen.getByText("Trang đang hiện đúng như trong sổ.")).toBeTruthy();
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Ghi vào sổ" })); });
  expect(screen.getByText("Không có gì thay đổi: sổ đã đúng như trang này.")).toBeTruthy();
});

it("exemplary categories and nominees: rows added on the page, the result per nominee, a tie at the last place", async () => {
  const host = createFileWorkbookHost(await fileDoc());
  renderPane(<VotePage host={host} />, fakeHost(EXCEL_ON_MAC));
  await settle();
  fireEvent.click(screen.getByRole("button", { name: "Thêm hạng mục" }));
  fireEvent.change(screen.getByRole("textbox", { name: "Tên hạng mục" }), { target: { value: "Tập thể tiêu biểu" } });
  for (const [name, yes] of [["Phòng Kế hoạch", "6"], ["Tổ Kỹ thuật", "4"], ["Đội Xe", "4"]]) {
    fireEvent.click(screen.getByRole("button", { name: "Thêm người được đề cử" }));
    const rows = within(screen.getByRole("list", { name: "Người, tập thể được đề cử" })).getAllByRole("listitem");
    const row = rows[rows.length - 1];
    fireEvent.change(within(row).getByRole("textbox", { name: "Tên" }), { target: { value: name } });
    fireEvent.change(within(row).getByRole("textbox", { name: "Phiếu đồng ý" }), { target: { value: yes } });
  }
  // One place: the 6 votes take it; two places: the two with 4 tie for the last one and neither is chosen.
  const verdicts = () => within(screen.getByRole("list", { name: "Người, tập thể được đề cử" })).getAllByRole("listitem").map((li) => li.lastElementChild?.textContent);
  expect(verdicts()).toEqual(["Được suy tôn", "Đạt nhưng hết suất", "Đạt nhưng hết suất"]);
  fireEvent.change(screen.getByRole("textbox", { name: "Số suất" }), { target: { value: "2" } });
  expect(verdicts()).toEqual(["Được suy tôn", "Bằng phiếu ở suất cuối — Khối phải bầu lại hoặc quyết định", "Bằng phiếu ở suất cuối — Khối phải bầu lại hoặc quyết định"]);
  // Removing a nominee breaks the tie.
  fireEvent.click(within(within(screen.getByRole("list", { name: "Người, tập thể được đề cử" })).getAllByRole("listitem")[2]).getByRole("button", { name: "Xoá" }));
  expect(verdicts()).toEqual(["Được suy tôn", "Được suy tôn"]);
});

it("more rows than the sheet has empty rows: says which and to re-apply Thiết lập, and writes nothing", async () => {
  const doc = await fileDoc();
  const before = JSON.stringify(workbookGrids(doc.book));
  const host = createFileWorkbookHost(doc);
  renderPane(<VotePage host={host} />, fakeHost(EXCEL_ON_MAC));
  await settle();
  // A block without categories gets 3 empty category rows (src/workbook/context.ts): the 4th has no place.
  for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole("button", { name: "Thêm hạng mục" }));
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Ghi vào sổ" })); });
  expect(screen.getByText("Bảng trong sổ hết dòng trống — chưa ghi gì")).toBeTruthy();
  expect(screen.getByText(/^Không còn chỗ cho: TT4\. Mở trang Thiết lập và bấm áp dụng lại/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: /^Xác nhận ghi/ })).toBeNull();
  expect(JSON.stringify(workbookGrids(doc.book))).toBe(before);
});

it("a cell changed in the sheet between the preview and the write: nothing is written, and a new preview shows it", async () => {
  const doc = await fileDoc();
  const host = createFileWorkbookHost(doc);
  renderPane(<VotePage host={host} />, fakeHost(EXCEL_ON_MAC));
  await settle();
  fireEvent.change(screen.getByRole("textbox", { name: /^Phiếu đồng ý\s*: Đơn vị C — Bằng khen$/ }), { target: { value: "5" } });
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Ghi vào sổ" })); });
  const cell = (await host.readBlock()).cellOf!("votes.yes.merit.c")!;
  expect(screen.getByText(`${cell.sheet}!${cell.address}: (trống) → 5`)).toBeTruthy();
  // Meanwhile the officer types 4 in that very cell of the sheet.
  await host.writeCells!([{ cell, value: 4 }], []);
  const count = /Xác nhận ghi (\d+) ô/.exec(screen.getByRole("button", { name: /^Xác nhận ghi/ }).textContent ?? "")![1];
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: `Xác nhận ghi ${count} ô` })); });
  expect(screen.getByText("Sổ vừa thay đổi sau khi xem trước, nên chưa ghi gì. Bấm «Ghi vào sổ» để xem lại.")).toBeTruthy();
  expect(parseBlock((await host.readBlock()).doc).block!.votes?.yes?.merit?.c).toBe(4);
  await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Ghi vào sổ" })); });
  expect(screen.getByText(`${cell.sheet}!${cell.address}: 4 → 5`)).toBeTruthy();
});

it("an edit of the sheets in Excel: read again at once when nothing is typed on the page, else said (typing kept)", async () => {
  const doc = await fileDoc();
  const file = createFileWorkbookHost(doc);
  let changed: (() => void) | null = null;
  // Excel's change events, as WorkbookHost.onInputsChanged reports them.
  const host = { ...file, onInputsChanged: async (listener: () => void) => { changed = listener; return () => { changed = null; }; } };
  renderPane(<VotePage host={host} />, fakeHost(EXCEL_ON_MAC));
  await settle();
  const members = () => screen.getByRole("textbox", { name: "Tổng số thành viên" }) as HTMLInputElement;
  const membersCell = (await file.readBlock()).cellOf!("votes.members")!;

  await file.writeCells!([{ cell: membersCell, value: 7 }], []);
  await act(async () => { changed!(); await new Promise((r) => setTimeout(r, 1000)); });
  expect(members().value).toBe("7");

  fireEvent.change(screen.getByRole("textbox", { name: "Số có mặt" }), { target: { value: "5" } });
  await file.writeCells!([{ cell: membersCell, value: 8 }], []);
  await act(async () => { changed!(); await new Promise((r) => setTimeout(r, 1000)); });
  expect(screen.getByText(/^Sổ tính vừa được sửa ngoài trang này\. Các số bạn gõ ở đây chưa ghi/)).toBeTruthy();
  expect(members().value).toBe("7");
  expect((screen.getByRole("textbox", { name: "Số có mặt" }) as HTMLInputElement).value).toBe("5");
});
