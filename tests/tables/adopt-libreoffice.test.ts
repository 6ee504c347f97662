// Adopted tables recomputed by an independent engine: the Khối workbook built from a home-made table, written with
// native formulas and recalculated by headless LibreOffice, shows the totals and ranks computed by hand from the
// officer's cells (text scores as the numbers they mean, bonus added, penalty subtracted).
import { parseBlock } from "../../src/core/parse";
import { adoptTable, detectTable } from "../../src/tables";
import { writeWorkbook } from "../../src/xlsx/write";
import { libreOfficeAvailable, recalculate, SOFFICE } from "../helpers/libreoffice";
import { readSummary } from "../helpers/summary-cells";
import { loadGrid } from "./load";

/** Unit name → [total, rank], by hand from the fixtures' cells. */
const EXPECTED: Record<string, Record<string, [number, number]>> = {
  "04": {
    "Công ty Điện lực Quảng Nam": [93, 1], "Công ty Cấp nước Quảng Nam": [89, 2],
    "Công ty Môi trường đô thị": [84, 4], "Công ty Xăng dầu Quảng Nam": [86, 3],
  },
  "05": {
    "Phòng Giáo dục và Đào tạo": [54.5, 2], "Phòng Y tế": [54, 3], "Phòng Văn hóa và Thông tin": [57, 1], "Phòng Tư pháp": [53, 4],
  },
  "02": {
    "Huyện Hoà Vang": [75, 4], "Quận Hải Châu": [80, 1], "Quận Thanh Khê": [76, 3], "Quận Sơn Trà": [71, 5], "Quận Liên Chiểu": [80, 1],
  },
};

let recalculated: Map<string, Uint8Array>;
const names = new Map<string, Map<string, string>>();

beforeAll(async () => {
  if (!libreOfficeAvailable()) throw new Error(`LibreOffice is needed for this test: ${SOFFICE} not found`);
  const files: { name: string; data: Uint8Array }[] = [];
  for (const prefix of Object.keys(EXPECTED)) {
    const grid = await loadGrid(prefix);
    const { doc } = adoptTable(grid, detectTable(grid)!, { year: 2024 });
    const { block } = parseBlock(doc);
    names.set(prefix, new Map(block!.units.map((u) => [u.id, u.name])));
    files.push({ name: `${prefix}.xlsx`, data: await writeWorkbook(block!, { formulas: "native" }) });
  }
  recalculated = await recalculate(files);
}, 120_000);

it.each(Object.keys(EXPECTED))("table %s adopted: LibreOffice's totals and ranks are the hand-computed ones", async (prefix) => {
  const { rows } = await readSummary(recalculated.get(`${prefix}.xlsx`)!);
  const got: Record<string, [number, number]> = {};
  for (const [id, row] of rows) got[names.get(prefix)!.get(id)!] = [Math.round(Number(row.values.total) * 1e6) / 1e6, Number(row.values.rank)];
  expect(got).toEqual(EXPECTED[prefix]);
});
