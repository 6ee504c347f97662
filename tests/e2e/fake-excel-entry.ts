// Browser entry for the in-Excel browser test: an in-memory workbook (tests/office/fake-excel.ts) behind the
// `Excel.run` global the pane calls inside Excel, and `window.__KHOI_FAKE__`, a handle the test reads it through.
// Bundled by in-excel.test.ts and served right after the office.js stub, which fakes `Office` itself.
import { FakeExcel, parseAddress, type Scalar } from "../office/fake-excel";

/** One non-empty cell, as the test sees it: A1 address, constant or computed value, formula ("=…") if any. */
export interface FakeCellView {
  address: string;
  row: number;
  column: number;
  value: Scalar;
  formula?: string;
}

/** What the test can read and do through `window.__KHOI_FAKE__` (everything crosses page.evaluate as JSON). */
export interface FakeHandle {
  sheetNames(): { name: string; visibility: string }[];
  /** Every non-empty cell of a sheet, row by row. */
  cells(sheet: string): FakeCellView[];
  cell(sheet: string, address: string): { value: Scalar; formula?: string } | null;
  /** Types a value as a user would (text stays text: "9,5" is not a number). */
  type(sheet: string, address: string, value: Scalar | null): void;
  /** Every formula in the workbook, with its place. */
  formulas(): { sheet: string; address: string; formula: string }[];
  /** The active sheet, and the sheet and address of the selection (null before anything was selected). */
  selection(): { active: string | null; sheet: string | null; address: string | null };
  syncs(): number;
  runs(): number;
}

function letters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const excel = new FakeExcel(["Sheet1"]);

function cellsOf(sheet: string): FakeCellView[] {
  return [...excel.sheet(sheet).cells.entries()]
    .map(([k, cell]) => {
      const [row, column] = k.split(",").map(Number);
      return { address: `${letters(column)}${row + 1}`, row, column, value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}) };
    })
    .filter((c) => c.formula !== undefined || c.value !== "")
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

/** `'Chấm điểm'!E7` → { sheet: "Chấm điểm", address: "E7" }, with the active sheet. */
function splitSelection(selection: string | null): ReturnType<FakeHandle["selection"]> {
  const active = excel.activeSheet;
  const m = selection ? /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(selection) : null;
  if (!m) return { active, sheet: null, address: selection };
  return { active, sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3] };
}

const handle: FakeHandle = {
  sheetNames: () => excel.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
  cells: cellsOf,
  cell: (sheet, address) => {
    parseAddress(address);
    const cell = excel.cell(sheet, address);
    return cell ? { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}) } : null;
  },
  type: (sheet, address, value) => excel.type(sheet, address, value),
  formulas: () => excel.sheets.flatMap((s) => cellsOf(s.name).filter((c) => c.formula).map((c) => ({ sheet: s.name, address: c.address, formula: c.formula! }))),
  selection: () => splitSelection(excel.selection),
  syncs: () => excel.syncs,
  runs: () => excel.runs,
};

const page = window as unknown as { Excel: { run: FakeExcel["run"] }; __KHOI_FAKE__: FakeHandle };
// The only piece of the Excel namespace the pane calls (src/taskpane/defaultWorkbookHost.ts).
page.Excel = { run: excel.run };
page.__KHOI_FAKE__ = handle;
