// What an officer would see in Excel after Khối writes or rewrites the block (fake Excel on office-addin-mock):
// every result cell is a live formula, a smaller block leaves nothing of the units that left, and the titles and
// disqualification reasons typed on the Khối sheet survive "Tạo bảng chấm điểm" pressed again.
import type { Block, Finding, FindingCode, LayerName } from "../../src/core/types";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import type { WorkbookHost } from "../../src/workbook/host";
import { isFormulaCell, type FormulaMode } from "../../src/workbook/model";
import { templateBlock } from "./blocks";
import { FakeExcel, type FakeCell } from "./fake-excel";

const SIX: [string, string][] = [
  ["a", "Công ty Điện lực A"],
  ["b", "Công ty Điện lực B"],
  ["c", "Công ty Điện lực C"],
  ["d", "Công ty Điện lực D"],
  ["e", "Xí nghiệp Năm Đã Rời Khối"],
  ["f", "Xí nghiệp Sáu Đã Rời Khối"],
];

function setup() {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run, clock: { now: () => new Date("2026-01-15T08:30:00.000Z") } });
  return { excel, host };
}

function probe(code: FindingCode, unit: string, criterion = "", layer?: LayerName): Finding {
  return { code, severity: "info", unit, criterion, ...(layer ? { layer } : {}), message: "", messageEn: "" };
}

async function cellOf(host: WorkbookHost, finding: Finding) {
  const ref = (await host.readBlock()).locate(finding);
  if (!ref) throw new Error(`no cell for ${JSON.stringify(finding)}`);
  return ref;
}

async function apply(host: WorkbookHost, block: Block, formulas: FormulaMode = "native", keepValues = true) {
  return host.applyLayout(buildLayout(block, { formulas }), { block, keepValues });
}

/** What Excel's API reports for a range, loaded through Excel.run like an add-in would. */
async function loadRange(excel: FakeExcel, sheet: string, address: string): Promise<{ formulas: unknown[][]; values: unknown[][] }> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("formulas, values");
    await context.sync();
    return { formulas: range.formulas, values: range.values };
  });
}

/** A sheet's cells as "row,col → value|formula", empty cells left out. */
function contents(cells: Map<string, FakeCell>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [at, cell] of cells) {
    const shown = cell.formula ?? cell.value;
    if (shown !== "") out.set(at, JSON.stringify(shown));
  }
  return out;
}

/** The cells ("row,col") of the meta sheet's row for `key`. */
function metaRowsOf(excel: FakeExcel, key: string): string[] {
  const rows = [...excel.sheet("_khoi").cells].filter(([at, cell]) => at.endsWith(",0") && cell.value === key).map(([at]) => at.split(",")[0]);
  if (rows.length !== 1) throw new Error(`meta row «${key}» found ${rows.length} times`);
  return [`${rows[0]},0`, `${rows[0]},1`];
}

/** Every (sheet, cell) whose value or formula mentions `text`. */
function mentions(excel: FakeExcel, text: string, sheets: string[]): string[] {
  const found: string[] = [];
  for (const name of sheets) {
    for (const [at, cell] of excel.sheet(name).cells) {
      if (String(cell.formula ?? cell.value).includes(text)) found.push(`${name}!${at}`);
    }
  }
  return found;
}

/** The first cell (row, column) of a sheet holding exactly this value. */
function findCell(excel: FakeExcel, sheet: string, value: string): { row: number; column: number } {
  for (const [at, cell] of excel.sheet(sheet).cells) {
    if (cell.value === value) {
      const [row, column] = at.split(",").map(Number);
      return { row, column };
    }
  }
  throw new Error(`no cell «${value}» on ${sheet}`);
}

function a1(row: number, column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

describe("formulas arrive in Excel as formulas", () => {
  test.each<FormulaMode>(["native", "khoi"])("%s mode: every formula cell of the layout reads back from Excel as its formula", async (mode) => {
    const block = templateBlock(SIX.slice(0, 4));
    const layout = buildLayout(block, { formulas: mode });
    const { excel, host } = setup();
    await host.applyLayout(layout, { block, keepValues: true });
    let formulaCells = 0;
    for (const sheet of layout.sheets) {
      for (const region of sheet.regions) {
        if (!region.cells.some((row) => row.some(isFormulaCell))) continue;
        const rows = region.cells.length;
        const columns = region.cells[0].length;
        const last = a1(region.row + rows - 1, region.column + columns - 1);
        const address = rows === 1 && columns === 1 ? last : `${a1(region.row, region.column)}:${last}`;
        const { formulas, values } = await loadRange(excel, sheet.name, address);
        region.cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            if (!isFormulaCell(cell)) return;
            formulaCells++;
            const at = `${sheet.name}!${a1(region.row + i, region.column + j)}`;
            // Excel shows the formula in the formula bar, and its value is a result, never the formula's own text.
            expect({ at, formula: formulas[i][j], textShown: String(values[i][j]).startsWith("=") }).toEqual({
              at, formula: `=${cell.formula}`, textShown: false,
            });
          }),
        );
        // Excel is handed the region through its formula channel (Range.formulas), not as values to be parsed.
        const cellWrites = excel.writes.filter((w) => w.sheet === sheet.name && w.address === address && w.kind !== "numberFormat");
        expect({ region: region.id, kinds: cellWrites.map((w) => w.kind) }).toEqual({ region: region.id, kinds: ["formulas"] });
      }
    }
    // Ranks, totals and awards for 4 units on 17 criteria: well over a hundred live formulas.
    expect(formulaCells).toBeGreaterThan(100);
    if (mode === "khoi") expect(mentions(excel, "KHOI.", ["Tổng hợp"]).length).toBeGreaterThan(0);
  });

  test("the ranks on Tổng hợp are formulas: Excel reports a formula and no typed constant", async () => {
    const block = templateBlock(SIX.slice(0, 4));
    const { excel, host } = setup();
    await apply(host, block);
    const rank = await cellOf(host, probe("RANK_MISMATCH", "a"));
    const { formulas, values } = await loadRange(excel, rank.sheet, rank.address);
    expect(String(formulas[0][0])).toMatch(/^=/);
    expect(String(values[0][0])).not.toMatch(/^=/);
    expect(excel.formula(rank.sheet, rank.address)).toMatch(/^=/);
  });
});

describe("re-applying a smaller block leaves nothing of the units that left", () => {
  async function shrunk(mode: FormulaMode) {
    const six = templateBlock(SIX);
    const four = templateBlock(SIX.slice(0, 4));
    const { excel, host } = setup();
    await apply(host, six, mode);
    // Scores typed for the 5th and 6th units: they must go (to the log), not linger in the sheets.
    const eScore = await cellOf(host, probe("SCORE_INVALID", "e", "II.2", "self"));
    const fFinal = await cellOf(host, probe("SCORE_INVALID", "f", "II.2", "final"));
    excel.type(eScore.sheet, eScore.address, 4);
    excel.type(fFinal.sheet, fFinal.address, 3);
    const report = await apply(host, four, mode);

    const fresh = setup();
    await apply(fresh.host, four, mode);
    return { excel, fresh: fresh.excel, report, eScore, fFinal };
  }

  test.each<FormulaMode>(["native", "khoi"])("%s mode: every Khối sheet holds exactly what a fresh 4-unit workbook holds", async (mode) => {
    const { excel, fresh, report } = await shrunk(mode);
    const khoiSheets = fresh.sheets.map((s) => s.name).filter((n) => n !== "Sheet1");
    expect(excel.sheets.map((s) => s.name)).toEqual(fresh.sheets.map((s) => s.name));
    for (const name of khoiSheets) {
      if (name === "Nhật ký") continue;
      const now = contents(excel.sheet(name).cells);
      const want = contents(fresh.sheet(name).cells);
      // The meta sheet records where the log ends; the log grew by the two dropped scores.
      if (name === "_khoi") for (const at of metaRowsOf(excel, "name:khoi_log")) { now.delete(at); want.delete(at); }
      const stale = [...now].filter(([at, v]) => want.get(at) !== v).map(([at, v]) => `${name}!${at} = ${v}`);
      const missing = [...want].filter(([at]) => !now.has(at)).map(([at, v]) => `${name}!${at} = ${v}`);
      expect({ sheet: name, stale, missing }).toEqual({ sheet: name, stale: [], missing: [] });
    }
    // The two scores typed for e and f are dropped, each with one line in Nhật ký.
    expect(report.dropped.map((d) => [d.unit, d.value])).toEqual([["e", 4], ["f", 3]]);
    expect([mentions(excel, "(đơn vị e,", ["Nhật ký"]).length, mentions(excel, "(đơn vị f,", ["Nhật ký"]).length]).toEqual([1, 1]);
  });

  test("no name, score or formula of the 5th and 6th units remains in the rows and columns they used", async () => {
    const { excel, eScore, fFinal } = await shrunk("native");
    const khoiSheets = excel.sheets.map((s) => s.name).filter((n) => n !== "Sheet1" && n !== "Nhật ký");
    expect(mentions(excel, "Rời Khối", khoiSheets)).toEqual([]);
    expect(excel.value(eScore.sheet, eScore.address)).toBe("");
    expect(excel.value(fFinal.sheet, fFinal.address)).toBe("");
    // Read back, the workbook holds the four units and no score of e or f.
    const reading = await createOfficeWorkbookHost({ run: excel.run }).readBlock();
    const doc = reading.doc as { units: { id: string }[]; scores: Record<string, Record<string, unknown>> };
    expect(doc.units.map((u) => u.id)).toEqual(["a", "b", "c", "d"]);
    for (const layer of ["self", "appraised", "final"]) expect(Object.keys(doc.scores[layer] ?? {}).filter((u) => u === "e" || u === "f")).toEqual([]);
  });
});

describe("titles held and disqualification reasons survive a re-apply", () => {
  /** Types a unit's titles and reason on the Khối sheet, under the headers the officer sees. */
  function typeUnitDetails(excel: FakeExcel, unitId: string, titles: string | null, reason: string | null) {
    const titlesHeader = findCell(excel, "Khối", "Danh hiệu đã đạt");
    const reasonHeader = findCell(excel, "Khối", "Lý do không xét khen thưởng");
    const idHeader = findCell(excel, "Khối", "Mã đơn vị");
    let row = -1;
    for (let r = idHeader.row + 1; r < idHeader.row + 50; r++) if (excel.value("Khối", a1(r, idHeader.column)) === unitId) row = r;
    if (row < 0) throw new Error(`unit ${unitId} not on Khối`);
    if (titles !== null) excel.type("Khối", a1(row, titlesHeader.column), titles);
    if (reason !== null) excel.type("Khối", a1(row, reasonHeader.column), reason);
    return { titles: a1(row, titlesHeader.column), reason: a1(row, reasonHeader.column) };
  }

  type UnitDoc = { id: string; titles?: string[]; disqualified?: string | null };
  const unitsOf = async (host: WorkbookHost) => ((await host.readBlock()).doc as { units: UnitDoc[] }).units;

  test.each<FormulaMode>(["native", "khoi"])("%s mode: same block applied again keeps them in their cells and in the block read back", async (mode) => {
    const block = templateBlock(SIX.slice(0, 4));
    const { excel, host } = setup();
    await apply(host, block, mode);
    const a = typeUnitDetails(excel, "a", "TTLĐXS; Cờ thi đua của tỉnh", null);
    const b = typeUnitDetails(excel, "b", null, "Đang xem xét kỷ luật");
    const c = typeUnitDetails(excel, "c", "Bằng khen", "Để xảy ra tai nạn lao động");

    // The set-up page passes the block as it knows it: no titles, no reasons.
    const report = await apply(host, block, mode);
    expect(report.dropped).toEqual([]);

    expect(excel.value("Khối", a.titles)).toBe("TTLĐXS; Cờ thi đua của tỉnh");
    expect(excel.value("Khối", b.reason)).toBe("Đang xem xét kỷ luật");
    expect(excel.value("Khối", c.titles)).toBe("Bằng khen");
    expect(excel.value("Khối", c.reason)).toBe("Để xảy ra tai nạn lao động");
    const units = new Map((await unitsOf(host)).map((u) => [u.id, u]));
    expect(units.get("a")?.titles).toEqual(["TTLĐXS", "Cờ thi đua của tỉnh"]);
    expect(units.get("a")?.disqualified ?? null).toBeNull();
    expect(units.get("b")?.disqualified).toBe("Đang xem xét kỷ luật");
    expect(units.get("c")).toMatchObject({ titles: ["Bằng khen"], disqualified: "Để xảy ra tai nạn lao động" });
    expect(units.get("d")?.titles ?? []).toEqual([]);
  });

  test("they follow their unit (by id) when the list is reordered and a unit leaves", async () => {
    const { excel, host } = setup();
    await apply(host, templateBlock(SIX.slice(0, 4)));
    typeUnitDetails(excel, "a", "TTLĐXS", null);
    typeUnitDetails(excel, "c", null, "Vi phạm an toàn giao thông");
    typeUnitDetails(excel, "b", "Cờ thi đua", "Chưa nộp báo cáo");

    // Next version: c first, then a, d; b left the block.
    const report = await apply(host, templateBlock([SIX[2], SIX[0], SIX[3]]));
    const units = await unitsOf(host);
    expect(units.map((u) => [u.id, u.titles ?? [], u.disqualified ?? null])).toEqual([
      ["c", [], "Vi phạm an toàn giao thông"],
      ["a", ["TTLĐXS"], null],
      ["d", [], null],
    ]);
    // b's details are dropped with a reason, and logged, never silently lost.
    expect(report.dropped.filter((d) => d.unit === "b").map((d) => d.value).sort()).toEqual(["Chưa nộp báo cáo", "Cờ thi đua"]);
    expect(mentions(excel, "Chưa nộp báo cáo", ["Nhật ký"]).length).toBe(1);
  });
});
