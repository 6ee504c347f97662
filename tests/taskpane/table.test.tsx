// The "Kiểm tra bảng có sẵn" page: over the Office adapter on the fake Excel holding a home-made table (read the
// region around the selection, findings at the officer's cells, go to a cell, Đánh dấu then Bỏ đánh dấu leaving
// every format as it was, adoption beside the officer's sheet), over a recording host (a Dropdown correction
// re-checks), and on a host without the optional methods (the page says so).
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TextEncoder } from "util";
import { TablePage } from "../../src/taskpane/pages/table/TablePage";
import { createOfficeWorkbookHost } from "../../src/office/host";
import type { WorkbookHost } from "../../src/workbook/host";
import { parseRange } from "../../src/workbook/a1";
import type { SheetRegion } from "../../src/workbook/host";
import { TABLES, type TableSpec } from "../fixtures/tables/tables";
import { FakeExcel, type FakeSheet } from "../office/fake-excel";
import { blockHost, cleanReading, withRegion } from "./blockHost";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

// jsdom (jest 29) lacks TextEncoder, which browsers and Office have; the layout's fingerprint uses it.
globalThis.TextEncoder ??= TextEncoder as unknown as typeof globalThis.TextEncoder;
// The fake Excel syncs on a timer and Fluent renders slowly in jsdom on a shared machine.
jest.setTimeout(30000);

const spec = (prefix: string): TableSpec => TABLES.find((t) => t.file.startsWith(prefix))!;

/** The fixture typed into the fake Excel as the officer left it: constants, formulas with their results, merges,
 *  a yellow fill and a conditional format of the officer's own, the selection inside the table. */
function officerWorkbook(table: TableSpec): { excel: FakeExcel; sheet: FakeSheet } {
  const excel = new FakeExcel([]);
  const sheet = excel.addSheet(table.sheet);
  table.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (cell === null) return;
    sheet.cells.set(`${r},${c}`, typeof cell === "object" ? { value: cell.r, formula: `=${cell.f}` } : { value: cell });
  }));
  sheet.merges.push(...(table.merges ?? []));
  sheet.styles.push({ rect: { row1: 0, column1: 0, row2: 0, column2: 7 }, path: "format.fill.color", value: "#FFFF00" });
  sheet.conditionalFormats.push({ id: "own", address: "E2:E5", rects: [{ row1: 1, column1: 4, row2: 4, column2: 4 }], type: "Custom", props: { "custom.rule.formula": "=E2>55" } });
  excel.activeSheet = table.sheet;
  excel.selection = `'${table.sheet}'!C3`;
  return { excel, sheet };
}

const formats = (sheet: FakeSheet) => JSON.stringify({ styles: sheet.styles, conditional: sheet.conditionalFormats, merges: sheet.merges });
const cells = (sheet: FakeSheet) => JSON.stringify([...sheet.cells.entries()].sort());

function renderTable(host: WorkbookHost) {
  renderPane(<TablePage host={host} />, fakeHost(EXCEL_ON_MAC));
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

/** Reads the table and waits until the page has the answer (the fake Excel syncs on a timer, as Office does). */
async function readTable() {
  await click("Đọc bảng");
  await waitFor(() => expect(screen.queryByText("Đang đọc bảng…")).toBeNull(), { timeout: 10000 });
}

const findingTexts = () => within(screen.getByRole("region", { name: "Kết quả kiểm tra" })).getAllByRole("listitem").map((li) => li.textContent ?? "");

describe("Kiểm tra bảng có sẵn in Excel (Office adapter on the fake Excel)", () => {
  it("reads the region around the selection, lists the findings with their cells and goes to a cell", async () => {
    const { excel } = officerWorkbook(spec("05"));
    renderTable(createOfficeWorkbookHost({ run: excel.run }));
    await readTable();
    expect(screen.getByText(/Trang «Bảng điểm»: 4 đơn vị, dòng tiêu đề 1\./)).toBeTruthy();
    expect(screen.getByText("9 lỗi, 0 cảnh báo.")).toBeTruthy();
    const texts = findingTexts();
    expect(texts).toHaveLength(9);
    expect(texts[1]).toContain("tổng điểm trong sổ là 45, nhưng tổng điểm tính được là 54,5. Tổng tính được đã gồm điểm ghi dạng chữ ở D2 mà Excel không cộng.");
    expect(texts[1]).toContain("Đến ô Bảng điểm!E2");
    await click("Đến ô Bảng điểm!E4");
    await waitFor(() => expect(excel.selection).toBe("'Bảng điểm'!E4"));
  });

  it("Đánh dấu marks the 9 cells at fault without writing a format; Bỏ đánh dấu leaves every format as before", async () => {
    const { excel, sheet } = officerWorkbook(spec("05"));
    renderTable(createOfficeWorkbookHost({ run: excel.run }));
    await readTable();
    const before = formats(sheet);
    const valuesBefore = cells(sheet);

    await click("Đánh dấu");
    await screen.findByText(/^Đã tô màu/, undefined, { timeout: 10000 });
    const marks = sheet.conditionalFormats.filter((c) => c.id !== "own");
    expect(marks.map((c) => c.address)).toEqual(["D2", "E2", "F2", "F3", "C4", "D4", "E4", "F4", "F5"]);
    expect(marks[0].props["custom.format.fill.color"]).toBe("#FFC7CE");
    expect(JSON.stringify(sheet.styles)).toBe(JSON.stringify(JSON.parse(before).styles));
    expect(screen.getByText("Đã tô màu 9 ô có lỗi; định dạng riêng của các ô không bị đổi.")).toBeTruthy();

    await click("Bỏ đánh dấu");
    await screen.findByText(/^Đã bỏ đánh dấu/, undefined, { timeout: 10000 });
    expect(formats(sheet)).toBe(before);
    expect(cells(sheet)).toBe(valuesBefore);
    expect(screen.getByText("Đã bỏ đánh dấu; các ô trở lại như trước.")).toBeTruthy();
  });

  it("two merged header rows: the merges come through readRegion and the sub-headings name the criteria", async () => {
    const { excel } = officerWorkbook(spec("02"));
    excel.selection = "'Tổng hợp'!C7";
    renderTable(createOfficeWorkbookHost({ run: excel.run }));
    await readTable();
    expect(screen.getByText(/Trang «Tổng hợp»: 5 đơn vị, dòng tiêu đề 3–4\..*Bỏ qua dòng 5, 11/)).toBeTruthy();
    expect(screen.getByText("Điểm các tiêu chí / II. Phong trào thi đua")).toBeTruthy();
    expect(findingTexts()[0]).toContain("Quận Hải Châu và Quận Liên Chiểu bằng điểm (80)");
  });

  it("Chuyển sang bảng Khối: a preview of every carried value, then the Khối sheets beside the untouched table", async () => {
    const { excel, sheet } = officerWorkbook(spec("05"));
    renderTable(createOfficeWorkbookHost({ run: excel.run }));
    await readTable();
    const before = cells(sheet) + formats(sheet);
    await click("Chuyển sang bảng Khối");
    await screen.findByRole("table", { name: "Chuyển sang bảng Khối" }, { timeout: 10000 });
    const preview = screen.getByRole("table", { name: "Chuyển sang bảng Khối" });
    const rows = within(preview).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toContainEqual(["Bảng điểm!D4", "9,5", "ô ghi chữ «9.5 điểm», chuyển thành số"]);
    expect(rows).toContainEqual(["Bảng điểm!B5", "Phòng Tư pháp", ""]);
    expect(rows).toContainEqual(["Bảng điểm!C1", "50", ""]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Bảng điểm"]);

    await click("Tạo bảng Khối");
    await screen.findByText(/^Đã tạo bảng Khối \(/, undefined, { timeout: 10000 });
    expect(excel.sheets.length).toBeGreaterThan(5);
    expect(excel.sheets[0].name).toBe("Bảng điểm");
    expect(cells(sheet) + formats(sheet)).toBe(before);
    expect(excel.sheets.some((s) => [...s.cells.values()].some((c) => c.value === "Phòng Văn hóa và Thông tin"))).toBe(true);
    // The Nhật ký says where the table came from and which values are not exactly their cells.
    const log = excel.sheets.find((s) => s.name === "Nhật ký")!;
    const lines = [...log.cells.values()].map((c) => String(c.value));
    expect(lines.some((l) => l.startsWith("Chuyển bảng có sẵn ở trang «Bảng điểm» sang bảng Khối: 4 đơn vị, 2 tiêu chí, 8 điểm"))).toBe(true);
    expect(lines).toContain("ô ghi chữ «9.5 điểm», chuyển thành số");
    expect(lines).toContain("Bảng điểm!D4");
  });
});

describe("Kiểm tra bảng có sẵn over a recording host", () => {
  /** The fixture as Excel hands it over: cached results for formulas, empty cells null, the merges. */
  function regionOf(prefix: string): SheetRegion {
    const table = spec(prefix);
    const width = Math.max(...table.rows.map((r) => r.length));
    const values = table.rows.map((row) => Array.from({ length: width }, (_, c) => {
      const cell = row[c] ?? null;
      return cell !== null && typeof cell === "object" ? cell.r : cell;
    }));
    return { sheet: table.sheet, origin: { row: 0, column: 0 }, values, merges: (table.merges ?? []).map((m) => parseRange(m)!) };
  }

  it("a Dropdown correction re-checks at once: the bonus column read as nothing makes three totals wrong", async () => {
    const recording = withRegion(blockHost(cleanReading), regionOf("04"));
    renderTable(recording.host);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "A1:G5" } });
    await readTable();
    expect(recording.calls).toEqual(["readRegion::A1:G5"]);
    expect(findingTexts()).toHaveLength(1);

    await act(async () => {
      fireEvent.click(screen.getByRole("combobox", { name: "Nội dung D" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: "Bỏ qua" }));
    });
    const texts = findingTexts();
    expect(texts).toHaveLength(3);
    expect(texts.map((t) => /Đến ô (.+)$/.exec(t)?.[1])).toEqual(["KQ 2024!F2", "KQ 2024!F3", "KQ 2024!F5"]);
    expect(texts[0]).toContain("Công ty Điện lực Quảng Nam: tổng điểm trong sổ là 93, nhưng tổng điểm tính được là 90.");

    await click("Đánh dấu");
    await screen.findByText(/^Đã tô màu/, undefined, { timeout: 10000 });
    expect(recording.calls.at(-1)).toBe("highlightCells:KQ 2024!F2,KQ 2024!F3,KQ 2024!F5");
  });

  it("no table in the region: a warning that says what a table needs", async () => {
    const recording = withRegion(blockHost(cleanReading), { sheet: "Sheet1", origin: { row: 0, column: 0 }, values: [["Danh sách"], ["a", 1]], merges: [] });
    renderTable(recording.host);
    await readTable();
    expect(screen.getByText(/Không tìm thấy bảng xếp hạng ở trang «Sheet1»/)).toBeTruthy();
  });

  it("a host without the optional methods: the page says it cannot read cells here and offers nothing", () => {
    const { host } = blockHost(cleanReading);
    renderTable(host);
    expect(screen.getByText(/chưa đọc được vùng ô của sổ tính/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Đọc bảng" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
