// "Chuyển sang bảng Khối": the confirmed mapping of the officer's table becomes a khoi-block/1 document — criterion
// columns as points leaves (bonus and penalty as such) with their maxima, the units in table order, the scores as
// the final layer (điểm thống nhất: the table is the block's agreed result) — and every value carried over is listed
// with the cell it came from. Totals and ranks are not carried: the Khối layout computes them.
import type { ScoreValue } from "../core/types";
import { FLAG_TIER, hasFlags } from "./block";
import { readTable } from "./read";
import type { TableGrid, TableMapping } from "./types";
import { scoreNumber } from "./values";

export interface CarriedValue {
  kind: "unit" | "criterion" | "max" | "score";
  unit?: string;
  criterion?: string;
  value: ScoreValue;
  /** The officer's cell, e.g. "Bảng điểm!D7". */
  from: string;
  /** Why the value is not exactly what the cell shows (text read as a number, a maximum Khối had to choose). */
  note?: string;
}

export interface Adoption {
  doc: Record<string, unknown>;
  carried: CarriedValue[];
}

export interface AdoptOptions {
  name?: string;
  year?: number;
}

const sheetCell = (sheet: string | undefined, cell: string): string => (sheet ? `${sheet}!${cell}` : cell);

/** A maximum for a criterion the table gives none: the best score typed in it, rounded up (at least 1). */
function chosenMax(index: number, scores: number[][]): number {
  const best = scores.reduce((m, row) => Math.max(m, row[index] ?? 0), 0);
  return Math.max(1, Math.ceil(best));
}

export function adoptTable(grid: TableGrid, mapping: TableMapping, options: AdoptOptions = {}): Adoption {
  const contents = readTable(grid, mapping);
  const sheet = contents.sheet;
  const carried: CarriedValue[] = [];
  const ids = contents.units.map((_, i) => `dv${String(i + 1).padStart(2, "0")}`);
  const numbers = contents.units.map((u) => u.scores.map(scoreNumber));
  const unitColumn = contents.columnOf("unit");

  const headerRow = mapping.headerRows[mapping.headerRows.length - 1];
  const criteria = contents.criteria.map((c, i) => {
    const max = c.max ?? chosenMax(i, numbers);
    carried.push({ kind: "criterion", criterion: c.code, value: c.name, from: sheetCell(sheet, contents.cell(headerRow, c.column)) });
    carried.push({
      kind: "max", criterion: c.code, value: max,
      from: sheetCell(sheet, mapping.maximaRow !== null ? contents.cell(mapping.maximaRow, c.column) : contents.cell(headerRow, c.column)),
      ...(c.max === null ? { note: "bảng không ghi điểm tối đa: Khối lấy điểm cao nhất đã chấm (làm tròn lên); hãy sửa ở trang Tiêu chí" } : {}),
    });
    return { code: c.code, name: c.name, type: c.type, max };
  });

  const final: Record<string, Record<string, ScoreValue>> = Object.create(null);
  const units = contents.units.map((unit, u) => {
    const id = ids[u];
    if (unitColumn) carried.push({ kind: "unit", unit: id, value: unit.name, from: sheetCell(sheet, contents.cell(unit.row, unitColumn)) });
    const row: Record<string, ScoreValue> = Object.create(null);
    unit.scores.forEach((reading, i) => {
      const from = sheetCell(sheet, contents.cell(unit.row, contents.criteria[i].column));
      const code = contents.criteria[i].code;
      if (reading.kind === "number") row[code] = reading.value;
      else if (reading.kind === "text") row[code] = reading.value;
      else if (reading.kind === "invalid") row[code] = typeof reading.value === "string" || typeof reading.value === "boolean" ? reading.value : String(reading.value);
      else return;
      carried.push({
        kind: "score", unit: id, criterion: code, value: row[code], from,
        ...(reading.kind === "text" ? { note: `ô ghi chữ «${reading.text}», chuyển thành số` } : reading.kind === "invalid" ? { note: "không phải số: chép nguyên văn, Kiểm tra sẽ báo" } : {}),
      });
    });
    final[id] = row;
    return { id, name: unit.name };
  });

  // The scale is what the criteria add up to, so the layout's base check agrees with the table.
  const scale = criteria.reduce((sum, c) => (c.type === "points" ? sum + c.max : sum), 0) || 100;
  const doc: Record<string, unknown> = {
    format: "khoi-block/1",
    block: { name: options.name ?? sheet ?? "Khối thi đua", year: options.year ?? new Date().getFullYear() },
    rules: { scale, tieBreak: [], awards: hasFlags(contents) ? [{ id: FLAG_TIER, label: "Cờ thi đua", count: 1 }] : [] },
    units,
    criteria,
    scores: { final },
  };
  return { doc, carried };
}
