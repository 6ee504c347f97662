// Every form Khối makes opens in headless LibreOffice and recomputes its total (and base, bonus, penalty) to the
// engine's number for that unit: the block evaluated with the unit's own self scores as its effective values
// (its appraised and final layers set aside), everything else as in the master. Examples and generated blocks.
import ExcelJS from "exceljs";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { columnIndex } from "../../src/workbook/a1";
import { writeFormFile } from "../../src/xlsx/forms";
import { workbookGrids } from "../../src/xlsx/read";
import { loadExample } from "../helpers/fixtures";
import { generateBlock } from "../helpers/generate-block";
import { libreOfficeAvailable, recalculate, SOFFICE } from "../helpers/libreoffice";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const TOLERANCE = 1e-6;

interface Case {
  file: string;
  doc: Json;
  unit: string;
  /** The engine's numbers for the unit scored on its self layer. */
  expected: { base: number; bonus: number; penalty: number; total: number };
  totalCell: string;
}

/** What the form's total stands for: the unit's appraised and final values set aside, nothing else changed. */
function selfScored(doc: Json, unit: string): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  for (const layer of ["appraised", "final"]) if (copy.scores?.[layer]) delete copy.scores[layer][unit];
  return copy;
}

const docs: [string, Json][] = [
  ["khanh-hoa", loadExample("khanh-hoa-khoi-2-2021") as Json],
  ["lang-son", loadExample("lang-son-cum-ii-2020") as Json],
  ...Array.from({ length: 14 }, (_, i) => [`generated-${i + 1}`, generateBlock(i + 1) as Json] as [string, Json]),
];

const cases: Case[] = [];
const files: { name: string; data: Uint8Array }[] = [];
let recalculated: Map<string, Uint8Array>;

beforeAll(async () => {
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found (apt-get install libreoffice-calc-nogui)`);
  for (const [name, doc] of docs) {
    const { block } = parseBlock(doc);
    for (const unit of (block as Block).units) {
      const result = evaluate(selfScored(doc, unit.id)).units.find((u) => u.id === unit.id)!;
      const { form, bytes } = await writeFormFile(block as Block, unit.id);
      const file = `${name}-${cases.length}.xlsx`;
      files.push({ name: file, data: bytes });
      cases.push({ file, doc, unit: unit.id, expected: { base: result.base, bonus: result.bonus, penalty: result.penalty, total: result.total }, totalCell: form.totalCell });
    }
  }
  recalculated = await recalculate(files, 240_000);
}, 300_000);

test("the cases cover every leaf type and target method, and LibreOffice converted every form", () => {
  const leafTypes = new Set<string>();
  const walk = (nodes: Json[]): void => nodes.forEach((n) => (n.children ? walk(n.children) : leafTypes.add(n.type === "target" ? `target:${n.method}` : n.type)));
  docs.forEach(([, doc]) => walk(doc.criteria));
  expect([...leafTypes].sort()).toEqual(["bonus", "count", "penalty", "points", "target:bands", "target:inverse", "target:linear", "target:relative", "yesno"]);
  expect(recalculated.size).toBe(files.length);
  expect(cases.length).toBeGreaterThan(60);
});

test("every form's total, base, bonus and penalty, as LibreOffice computes them, are the engine's", async () => {
  const wrong: string[] = [];
  for (const c of cases) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(recalculated.get(c.file)! as unknown as ArrayBuffer);
    // The computed values as LibreOffice cached them (a formula cell gives its result).
    const grid = workbookGrids(wb).sheets.find((s) => s.visibility === "visible")!;
    const row = Number(c.totalCell.replace(/^[A-Z]+/, "")) - 1;
    const column = columnIndex(c.totalCell.replace(/\d+$/, ""));
    const number = (r: number): number => {
      const v = grid.values[r]?.[column];
      return typeof v === "number" ? v : NaN;
    };
    const got = { base: number(row - 3), bonus: number(row - 2), penalty: number(row - 1), total: number(row) };
    for (const key of ["base", "bonus", "penalty", "total"] as const) {
      if (!(Math.abs(got[key] - c.expected[key]) <= TOLERANCE)) wrong.push(`${c.file} ${c.unit} ${key}: LibreOffice ${got[key]}, engine ${c.expected[key]}`);
    }
  }
  expect(wrong).toEqual([]);
}, 60_000);
