// The KHOI.* formulas of the khoi-mode layout, evaluated by the real functions over the cells of a recalculated
// native workbook (both modes share one layout shape), compared with what the native formula computed there.
import ExcelJS from "exceljs";
import { parseBlock } from "../../src/core/parse";
import type { EvaluationResult } from "../../src/core/types";
import { cellAddress } from "../../src/workbook/a1";
import { buildLayout } from "../../src/workbook/build";
import { GridBook } from "../../src/workbook/grid";
import { isFormulaCell } from "../../src/workbook/model";
import { workbookGrids } from "../../src/xlsx/read";
import { evaluateFormula } from "./khoi-eval";

/** Every KHOI.* cell whose value differs from the native one, and how many were checked. KHOI.AWARD shows a tie at
 *  an award boundary, or a missing quorum, as an explained error where the native formula shows no award: that is
 *  accepted when the engine reports the same (TIE_AT_AWARD_BOUNDARY, VOTE_QUORUM_NOT_MET). */
export async function khoiFormulaMismatches(recalculated: Uint8Array, doc: unknown, expected: EvaluationResult, tolerance = 1e-6): Promise<{ wrong: unknown[]; checked: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(recalculated as unknown as ArrayBuffer);
  const book = new GridBook(workbookGrids(wb));
  const layout = buildLayout(parseBlock(doc).block!, { formulas: "khoi" });
  const boundaryUnits = new Set(expected.findings.filter((f) => f.code === "TIE_AT_AWARD_BOUNDARY").flatMap((f) => f.units ?? []));
  const noQuorum = expected.findings.some((f) => f.code === "VOTE_QUORUM_NOT_MET");
  const wrong: unknown[] = [];
  let checked = 0;
  for (const sheet of layout.sheets) {
    const grid = book.sheet(sheet.name)!;
    for (const region of sheet.regions) {
      region.cells.forEach((row, dr) => row.forEach((cell, dc) => {
        if (!isFormulaCell(cell) || !cell.formula.includes("KHOI.")) return;
        const r = region.row + dr;
        const where = `${sheet.name}!${cellAddress(r, region.column + dc)}`;
        checked++;
        if (cell.formula.includes("KHOI.AWARD") && (boundaryUnits.has(String(row[0])) || noQuorum)) {
          // The explanation comes back as the cell's error value, or thrown for the whole call (a missing quorum).
          let got: unknown;
          try { got = evaluateFormula(cell.formula, { book, sheet: grid, row: r }); } catch (error) { got = error; }
          const message = got instanceof Error ? got.message : "";
          if (!(noQuorum ? /túc số/ : /ranh giới/).test(message)) wrong.push({ where, explained: message || got });
          return;
        }
        const got = evaluateFormula(cell.formula, { book, sheet: grid, row: r });
        const want = book.value(grid, r, region.column + dc);
        const same = typeof want === "number" ? typeof got === "number" && Math.abs(got - want) <= tolerance : (got ?? "") === (want ?? "");
        if (!same) wrong.push({ where, got: got instanceof Error ? got.message : got, want });
      }));
    }
  }
  return { wrong, checked };
}
