// Any single change after sealing — to a rule, a unit, a criterion, a target, a score, a ballot or a result — is
// reported by verify at its cell; no change, no report; sealing again after a legitimate change clears it.
// The sealed workbook is a real .xlsx (written, sealed and read back with ExcelJS); the changes are made in the grids
// a host reads, at cells found through the workbook's defined names (not through the code under test).
import fc from "fast-check";
import { loadExample, parsedBlock } from "../helpers/fixtures";
import { writeWorkbook } from "../../src/xlsx/write";
import { sealFile } from "../../src/xlsx/seal";
import { loadWorkbook, workbookGrids } from "../../src/xlsx/read";
import { GridBook } from "../../src/workbook/grid";
import { cellAddress } from "../../src/workbook/a1";
import type { SheetGrids } from "../../src/workbook/model";
import { planSeal, recordRows, sealRecord, SEAL_SHEET, verifySeal } from "../../src/seal";

interface Target {
  what: string;
  sheet: string;
  row: number;
  column: number;
}

let sealed: SheetGrids;
let targets: Target[];

/** The body cells of a named region (below `skip` header rows, in the columns given or all). */
function cellsOf(book: GridBook, what: string, name: string, skip: number, columns?: "last"): Target[] {
  const loc = book.namedRange(name);
  if (!loc) throw new Error(`no ${name}`);
  const out: Target[] = [];
  for (let row = loc.range.row1 + skip; row <= loc.range.row2; row++) {
    const first = columns === "last" ? loc.range.column2 : loc.range.column1;
    for (let column = first; column <= loc.range.column2; column++) out.push({ what, sheet: loc.sheet.name, row, column });
  }
  return out;
}

function change(grids: SheetGrids, t: Target, value: unknown): SheetGrids {
  return {
    ...grids,
    sheets: grids.sheets.map((s) => {
      if (s.name !== t.sheet) return s;
      const values = s.values.map((r) => (r ? [...r] : []));
      const formulas = (s.formulas ?? []).map((r) => (r ? [...r] : []));
      while (values.length <= t.row) values.push([]);
      while (formulas.length <= t.row) formulas.push([]);
      values[t.row][t.column] = value;
      formulas[t.row][t.column] = null;
      return { ...s, values, formulas };
    }),
  };
}

/** Another value than the cell's: a number moved by one, text with a word added, an empty cell filled. */
function another(grids: SheetGrids, t: Target): unknown {
  const old = new GridBook(grids).value(grids.sheets.find((s) => s.name === t.sheet)!, t.row, t.column);
  if (typeof old === "number") return old + 1;
  if (typeof old === "string") return `${old} sửa`;
  if (typeof old === "boolean") return !old;
  return 7;
}

/** The grids with the seal sheet a host would write for a plan. */
function resealed(grids: SheetGrids): SheetGrids {
  const plan = planSeal(grids, "Trần Thị B", new Date("2026-12-01T02:00:00Z"));
  if (!plan.ok) throw new Error(`not sealed: ${plan.findings.map((f) => f.messageEn).join("; ")}`);
  const rows = recordRows(sealRecord(plan, grids));
  return { ...grids, sheets: [...grids.sheets.filter((s) => s.name !== SEAL_SHEET), { name: SEAL_SHEET, values: rows, visibility: "veryHidden" }] };
}

beforeAll(async () => {
  const bytes = await writeWorkbook(parsedBlock(loadExample("lang-son-cum-ii-2020")), { formulas: "native" });
  const result = await sealFile(bytes, "Nguyễn Văn A", new Date("2026-11-30T04:00:00Z"));
  expect(result.plan.ok).toBe(true);
  sealed = workbookGrids(await loadWorkbook(result.bytes!));
  const book = new GridBook(sealed);
  targets = [
    ...cellsOf(book, "rule", "khoi_rules", 0, "last"),
    ...cellsOf(book, "tier", "khoi_awards", 2),
    ...cellsOf(book, "unit", "khoi_units", 2),
    ...cellsOf(book, "criterion", "khoi_criteria", 2),
    ...cellsOf(book, "target", "khoi_targets", 1),
    ...cellsOf(book, "score", "khoi_scores_self", 1),
    ...cellsOf(book, "score", "khoi_scores_final", 1),
    ...cellsOf(book, "ballot", "khoi_ballots", 2),
    ...cellsOf(book, "ballot", "khoi_votes", 0, "last"),
    ...cellsOf(book, "result", "khoi_summary", 2),
    // Bình xét's newer regions (exemplary categories, next year's leadership), wherever the layout has them.
    ...["khoi_exemplary", "khoi_exemplary_nominees", "khoi_leaders"].filter((n) => book.namedRange(n)).flatMap((n) => cellsOf(book, "ballot", n, 0)),
  ];
  expect(new Set(targets.map((t) => t.what)).size).toBe(8);
});

it("no change: intact, nothing listed", () => {
  const report = verifySeal(sealed);
  expect(report.status).toBe("intact");
  expect(report.changes).toEqual([]);
  expect(report.sealed?.by).toBe("Nguyễn Văn A");
});

it("any single change is reported at its cell, old → new", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100_000 }), (i) => {
      const t = targets[i % targets.length];
      const changed = change(sealed, t, another(sealed, t));
      const report = verifySeal(changed);
      const address = cellAddress(t.row, t.column);
      expect({ what: t.what, status: report.status }).toEqual({ what: t.what, status: "changed" });
      const at = report.changes.find((c) => c.cell?.sheet === t.sheet && c.cell.address === address);
      expect({ what: t.what, cell: `${t.sheet}!${address}`, listed: at !== undefined, changes: at ? [] : report.changes.map((c) => c.message) })
        .toEqual({ what: t.what, cell: `${t.sheet}!${address}`, listed: true, changes: [] });
      expect(at!.message.startsWith(`${t.sheet}!${address}: `)).toBe(true);
    }),
    { numRuns: 80, seed: 14 },
  );
});

it("every kind of cell, first and last of each region, is reported at its cell", () => {
  const picked = new Map<string, Target>();
  for (const t of targets) {
    const key = `${t.what}\u0000${t.sheet}`;
    if (!picked.has(`${key}:first`)) picked.set(`${key}:first`, t);
    picked.set(`${key}:last`, t);
  }
  const missed = [...picked.values()].filter((t) => {
    const report = verifySeal(change(sealed, t, another(sealed, t)));
    return !report.changes.some((c) => c.cell?.sheet === t.sheet && c.cell.address === cellAddress(t.row, t.column));
  });
  expect(picked.size).toBeGreaterThanOrEqual(16);
  expect(missed.map((t) => `${t.what} ${t.sheet}!${cellAddress(t.row, t.column)}`)).toEqual([]);
});

it("sealing again after a legitimate change clears the report", () => {
  // A unit renamed (no total moves, so the check passes without a recalculation).
  const book = new GridBook(sealed);
  const units = book.namedRange("khoi_units")!;
  let nameColumn = -1;
  for (let c = units.range.column1; c <= units.range.column2; c++) if (book.value(units.sheet, units.range.row1 + 1, c) === "name") nameColumn = c;
  const cell = { what: "unit", sheet: units.sheet.name, row: units.range.row1 + 2, column: nameColumn };
  const old = String(book.value(units.sheet, cell.row, cell.column));
  const changed = change(sealed, cell, `${old} (đổi tên)`);
  const before = verifySeal(changed);
  expect(before.status).toBe("changed");
  expect(before.changes.map((c) => c.message)).toContain(`${cell.sheet}!${cellAddress(cell.row, cell.column)}: «${old}» → «${old} (đổi tên)».`);
  const again = verifySeal(resealed(changed));
  expect(again.status).toBe("intact");
  expect(again.changes).toEqual([]);
  expect(again.sealed?.by).toBe("Trần Thị B");
});

it("a unit removed and a rule changed are named as such", () => {
  const book = new GridBook(sealed);
  const units = book.namedRange("khoi_units")!;
  const idCell = { what: "unit", sheet: units.sheet.name, row: units.range.row1 + 2, column: units.range.column1 };
  const id = String(book.value(units.sheet, idCell.row, idCell.column));
  const report = verifySeal(change(sealed, idCell, `${id}-moi`));
  expect(report.changes.map((c) => c.message)).toEqual(expect.arrayContaining([
    expect.stringMatching(new RegExp(`^Đơn vị «${id}» .* đã bị bỏ khỏi khối`)),
    expect.stringMatching(new RegExp(`^Đơn vị «${id}-moi» .* được thêm vào khối`)),
  ]));
  const rules = cellsOf(book, "rule", "khoi_rules", 0, "last").find((t) => typeof book.value(units.sheet, t.row, t.column) === "number" || typeof book.value(sealed.sheets.find((s) => s.name === t.sheet)!, t.row, t.column) === "number")!;
  const ruleReport = verifySeal(change(sealed, rules, another(sealed, rules)));
  expect(ruleReport.changes.some((c) => c.kind === "structure" && c.message.startsWith("Quy tắc"))).toBe(true);
});

it("an edited seal sheet is itself a change, and a workbook never sealed is said to be so", () => {
  const seal = sealed.sheets.find((s) => s.name === SEAL_SHEET)!;
  const hashRow = seal.values.findIndex((r) => r?.[0] === "hash");
  const forged = change(sealed, { what: "seal", sheet: SEAL_SHEET, row: hashRow, column: 1 }, `sha256:${"0".repeat(64)}`);
  const report = verifySeal(forged);
  expect(report.status).toBe("changed");
  expect(report.changes.map((c) => c.kind)).toEqual(["record"]);
  // The kept copy edited to hide a change made to the workbook: the copy no longer matches the seal's hash.
  const parts = seal.values.findIndex((r) => r?.[0] === "part");
  const copy = change(sealed, { what: "seal", sheet: SEAL_SHEET, row: parts, column: 1 }, String(seal.values[parts][1]).replace(/"by":/, '"bx":').replace(/(\d)(\D)/, "$1$1$2"));
  const units = new GridBook(sealed).namedRange("khoi_units")!;
  const hidden = verifySeal(change(copy, { what: "unit", sheet: units.sheet.name, row: units.range.row1 + 2, column: units.range.column1 + 1 }, "Tên khác"));
  expect(hidden.status).toBe("changed");
  expect(hidden.changes.map((c) => c.kind)).toEqual(["record"]);
  expect(verifySeal({ ...sealed, sheets: sealed.sheets.filter((s) => s.name !== SEAL_SHEET) }).status).toBe("unsealed");
});

it("a formula replaced by another formula (same value shown) is listed at its cell", () => {
  const book = new GridBook(sealed);
  const ranks = book.namedRange("khoi_ranks")!;
  const t = { sheet: ranks.sheet.name, row: ranks.range.row1, column: ranks.range.column1 };
  const shown = book.value(ranks.sheet, t.row, t.column);
  const grids: SheetGrids = {
    ...sealed,
    sheets: sealed.sheets.map((s) => (s.name !== t.sheet ? s : { ...s, formulas: (s.formulas ?? []).map((r, i) => (i === t.row ? r.map((f, j) => (j === t.column ? `=${String(shown)}` : f)) : r)) })),
  };
  const report = verifySeal(grids);
  expect(report.status).toBe("changed");
  expect(report.changes.map((c) => `${c.cell?.sheet}!${c.cell?.address}`)).toContain(`${t.sheet}!${cellAddress(t.row, t.column)}`);
});
