// A province of block workbooks built on purpose, so every finding of `khoi province` is known by hand:
// 12 blocks of 2026 from the three built-in templates (100 and 1,000 points), one of them sent twice (the resent file
// later), last year's workbook of block 12 sent too, one unit in blocks 3 and 4 (block 4 types it in TCVN3, another
// case and spacing), the same port company leading blocks 7 and 8 (so both propose it for their flag), block 11 whose
// officer typed a second «Bằng khen» over a formula (its rules allow one), a contacts workbook and a truncated (corrupt) copy.
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";
import { encodeLegacy } from "../../src/core/text";
import { findTemplate, instantiateTemplate } from "../../src/templates";
import type { CriterionNode } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { parsedBlock } from "../helpers/fixtures";

export const YEAR = 2026;

export const TEMPLATES = ["enterprise-100", "agency-100", "district-cluster-1000"] as const;
const BASES = ["Công ty Điện lực", "Công ty Cấp nước", "Công ty Xăng dầu", "Công ty Lương thực", "Công ty Bảo hiểm", "Công ty Môi trường", "Công ty Cà phê", "Công ty Thuỷ lợi", "Công ty Cao su"];

export const SHARED_UNIT = "Trung tâm Văn hóa tỉnh";
export const SHARED_UNIT_IN_BLOCK_4 = encodeLegacy("trung  tâm văn hóa TỉNH".toLowerCase().replace("tỉnh", "Tỉnh"), "tcvn3");
export const PORT = "Công ty Cổ phần Cảng Chân Mây";

export function blockName(k: number): string {
  return `Khối thi đua số ${String(k).padStart(2, "0")}`;
}
export function fileOf(k: number): string {
  return `khoi-${String(k).padStart(2, "0")}.xlsx`;
}
export const FILES = {
  resent: "khoi-10-gui-lai.xlsx",
  lastYear: "khoi-12-nam-2025.xlsx",
  contacts: "danh-ba.xlsx",
  corrupt: "khoi-05-hong.xlsx",
};

/** Units of block k: 5 to 9, names unique to the block but for the shared unit and the port company. */
export function unitsOf(k: number): { id: string; name: string }[] {
  const n = 5 + (k % 5);
  const units = Array.from({ length: n }, (_, i) => ({ id: `k${k}u${i + 1}`, name: `${BASES[i]} khu vực ${k}` }));
  if (k === 3) units[n - 1].name = SHARED_UNIT;
  if (k === 4) units[n - 1].name = SHARED_UNIT_IN_BLOCK_4;
  if (k === 7 || k === 8) units[0].name = PORT;
  return units;
}

function leaves(nodes: CriterionNode[]): CriterionNode[] {
  return nodes.flatMap((n) => ("children" in n ? leaves(n.children) : [n]));
}

/** Every unit meets every target and earns the full bonus; the points leaves fall by 3 % of their max per unit, so unit i ranks i + 1. */
export function blockDoc(k: number, year = YEAR): Record<string, unknown> {
  const template = findTemplate(TEMPLATES[(k - 1) % 3])!;
  const units = unitsOf(k);
  const doc = instantiateTemplate(template, { blockName: blockName(k), year, organizer: "UBND tỉnh Khánh Hòa", units });
  (doc.block as Record<string, unknown>).leader = units[1].id;
  const targets: Record<string, Record<string, number>> = {};
  const self: Record<string, Record<string, number | boolean>> = {};
  units.forEach((unit, i) => {
    targets[unit.id] = {};
    self[unit.id] = {};
    for (const leaf of leaves(template.criteria)) {
      if (!("type" in leaf)) continue;
      switch (leaf.type) {
        case "target":
          targets[unit.id][leaf.code] = leaf.method === "inverse" ? 2 : 100;
          self[unit.id][leaf.code] = leaf.method === "inverse" ? 0 : 100;
          break;
        case "points": self[unit.id][leaf.code] = Math.round(leaf.max * (1 - 0.03 * i) * 100) / 100; break;
        case "yesno": self[unit.id][leaf.code] = true; break;
        case "count": self[unit.id][leaf.code] = leaf.max / (leaf.per ?? 1); break;
        case "bonus": self[unit.id][leaf.code] = leaf.max; break;
        default: self[unit.id][leaf.code] = 0;
      }
    }
  });
  doc.targets = targets;
  doc.scores = { self, appraised: {}, final: {} };
  return doc;
}

export async function blockBytes(k: number, year = YEAR): Promise<Uint8Array> {
  return writeWorkbook(parsedBlock(blockDoc(k, year)), { formulas: "native" });
}

/** Sets one cell of a written workbook, as an officer typing over it in Excel would. */
async function typed(bytes: Uint8Array, probe: { code: "AWARD_MISMATCH" | "UNIT_DUPLICATE"; unit: string }, value: string): Promise<Uint8Array> {
  const cell = (await readWorkbook(bytes)).locate({ ...probe, severity: "error", message: "", messageEn: "" });
  if (!cell) throw new Error(`fixture: no cell for ${probe.unit}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.getWorksheet(cell.sheet)!.getCell(cell.address).value = value;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Block 11's officer typed the merit label into the award cell of the unit ranked 4th (a second Bằng khen; agency template allows one). */
export const TYPED_MERIT_UNIT = "k11u4";
const withTypedMerit = (bytes: Uint8Array) => typed(bytes, { code: "AWARD_MISMATCH", unit: TYPED_MERIT_UNIT }, "Bằng khen của Chủ tịch UBND tỉnh");
/** Block 4 typed the shared unit in TCVN3 with a double space (the parser would tidy the space, so it is typed after). */
const withLegacyName = (bytes: Uint8Array) => typed(bytes, { code: "UNIT_DUPLICATE", unit: "k4u9" }, SHARED_UNIT_IN_BLOCK_4);

async function contactsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh bạ");
  ws.addRow(["Họ tên", "Điện thoại"]);
  ws.addRow(["Nguyễn Văn An", "0912 345 678"]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Modification times: every file at T, the resent file an hour later. */
export const T = new Date("2027-01-10T08:00:00Z");

/** Writes the province folder; returns its path. */
export async function writeProvinceFolder(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, bytes: Uint8Array, at = T) => {
    writeFileSync(join(dir, name), bytes);
    utimesSync(join(dir, name), at, at);
  };
  for (let k = 1; k <= 12; k++) {
    const bytes = await blockBytes(k);
    put(fileOf(k), k === 11 ? await withTypedMerit(bytes) : k === 4 ? await withLegacyName(bytes) : bytes);
    if (k === 10) put(FILES.resent, bytes, new Date(T.getTime() + 3_600_000));
    if (k === 5) put(FILES.corrupt, bytes.slice(0, Math.floor(bytes.length / 2)));
  }
  put(FILES.lastYear, await blockBytes(12, YEAR - 1));
  put(FILES.contacts, await contactsWorkbook());
  return dir;
}

/**
 * Whether the workbook reader flags a formula typed over (FORMULA_OVERWRITTEN, the reader's audit of issue 9): then
 * block 11's typed Bằng khen is one more error of that block, at the same cell. Asked of the reader, not assumed.
 */
export async function readerAuditsFormulas(dir: string): Promise<boolean> {
  const reading = await readWorkbook(new Uint8Array(readFileSync(join(dir, fileOf(11)))));
  return reading.findings.some((f) => (f.code as string) === "FORMULA_OVERWRITTEN" && f.cell?.address === "K9");
}
