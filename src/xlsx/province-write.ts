// The consolidated workbook of the provincial board (PROVINCE.xlsx) with ExcelJS: a summary sheet, every block's
// ranking, one sheet per award list, the Government-flag sheet where the board marks its choice, and every finding
// with its file and cell.
// Counts are native formulas (with their values cached; the file recalculates on load), everything else values.
import ExcelJS from "exceljs";
import type { Severity } from "../core/types";
import { cellAddress } from "../workbook/a1";
import { findingCounts } from "../province/consolidate";
import { SEAL_LABELS } from "../province/seal";
import type { AwardList, BlockEntry, ProvinceResult } from "../province/types";
import { applyFont, body, formula, header, preparePrint, sheetName, title } from "./province-style";

export const PROVINCE_SHEETS = { summary: "Tổng hợp", rankings: "Xếp hạng", govFlag: "Cờ Chính phủ", findings: "Phát hiện" } as const;
/** The defined name over the Government-flag table: how a re-run finds the board's marks. */
export const GOV_FLAG_NAME = "Khoi_GovFlag";
/** Where the Government-flag table starts, and its columns (1-based). */
export const GOV_FLAG_TABLE = { headerRow: 8, choice: 8, blockId: 9, unitId: 10, unit: 2, columns: 10 } as const;
export const CHOICE_MARK = "x";

const SEVERITY_VI: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };
const FINDINGS_FIRST_ROW = 5;
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

interface FindingRow {
  number: number;
  block: number | null;
  blockName: string;
  file: string;
  cell: string;
  severity: Severity;
  code: string;
  message: string;
}

/** Every finding as rows: the province's one row per file involved (its cells listed), then each used block's own. */
function findingRows(result: ProvinceResult, blockNumber: Map<string, number>): FindingRow[] {
  const rows: FindingRow[] = [];
  let n = 0;
  for (const f of result.findings) {
    n++;
    const byFile = new Map<string, FindingRow>();
    for (const p of f.places) {
      const cell = p.cell ? `${p.cell.sheet}!${p.cell.address}` : "";
      const row = byFile.get(p.file);
      if (row) {
        row.cell = [row.cell, cell].filter(Boolean).join(", ");
        continue;
      }
      const fresh: FindingRow = {
        number: n, block: blockNumber.get(p.file) ?? null, blockName: p.blockName ?? "", file: p.file,
        cell, severity: f.severity, code: f.code, message: f.message,
      };
      byFile.set(p.file, fresh);
      rows.push(fresh);
    }
  }
  for (const entry of result.blocks) {
    if (entry.status !== "used") continue;
    const s = entry.summary;
    for (const f of s.findings) {
      n++;
      rows.push({
        number: n, block: blockNumber.get(s.file.name) ?? null, blockName: s.name, file: s.file.name,
        cell: f.cell ? `${f.cell.sheet}!${f.cell.address}` : "", severity: f.severity, code: f.code, message: f.message,
      });
    }
  }
  return rows;
}

function statusText(entry: BlockEntry): string {
  if (entry.status === "superseded") return `Không dùng: khối đã gửi lại (${entry.supersededBy})`;
  if (entry.status === "other-year") return "Không dùng: khác năm tổng hợp";
  return "Dùng";
}

const isMeritTier = (id: string, label: string) => id === "merit" || /^bằng khen/iu.test(label.trim());

function writeSummary(wb: ExcelJS.Workbook, result: ProvinceResult, rows: FindingRow[], findingsLast: number): void {
  const ws = wb.addWorksheet(PROVINCE_SHEETS.summary);
  const columns = 12;
  title(ws, 1, `TỔNG HỢP KẾT QUẢ THI ĐUA CỦA CÁC KHỐI, CỤM THI ĐUA${result.year === null ? "" : ` NĂM ${result.year}`}`, columns);
  ws.mergeCells(2, 1, 2, columns);
  ws.getCell(2, 1).value = `Lập bằng Khối (khoi province) từ ${result.blocks.length + result.skipped.length} tệp; số lỗi và cảnh báo đếm từ trang «${PROVINCE_SHEETS.findings}».`;
  ws.getCell(2, 1).alignment = { horizontal: "center" };
  const headerRow = 4;
  header(ws, headerRow, ["STT", "Khối, cụm thi đua", "Năm", "Tệp", "Trạng thái", "Niêm phong", "Số đơn vị", "Lỗi", "Cảnh báo", "Trưởng khối", "Đề nghị Cờ thi đua", "Đề nghị Bằng khen"],
    [6, 34, 7, 26, 22, 16, 9, 8, 10, 26, 28, 32]);
  const first = headerRow + 1;
  const last = first + result.blocks.length - 1;
  const findingsSheet = quoted(PROVINCE_SHEETS.findings);
  const blockRange = `${findingsSheet}!$B$${FINDINGS_FIRST_ROW}:$B$${findingsLast}`;
  const severityRange = `${findingsSheet}!$F$${FINDINGS_FIRST_ROW}:$F$${findingsLast}`;
  const counts = findingCounts(result);
  result.blocks.forEach((entry, i) => {
    const r = first + i;
    const s = entry.summary;
    const used = entry.status === "used";
    const nominees = (pick: (id: string, label: string) => boolean) =>
      used ? s.units.filter((u) => u.award !== null && pick(u.award, s.tiers.find((t) => t.id === u.award)?.label ?? "")).map((u) => u.name).join("; ") || null : null;
    ws.getRow(r).values = [i + 1, s.name, s.year, s.file.name, statusText(entry), SEAL_LABELS[s.seal].vi, s.units.length, null, null,
      s.leader?.name ?? null, nominees((id) => id === s.flagTier), nominees((id, label) => id !== s.flagTier && isMeritTier(id, label))];
    for (const [column, severity] of [[8, "error"], [9, "warning"]] as const) {
      const own = counts.get(s.file.name) ?? { errors: 0, warnings: 0 };
      const count = severity === "error" ? own.errors : own.warnings;
      formula(ws.getCell(r, column), `COUNTIFS(${blockRange},$A${r},${severityRange},"${SEVERITY_VI[severity]}")`, count);
    }
  });
  if (result.blocks.length > 0) body(ws, first, last, columns);

  // Key figures under the table, each a formula over the table so a hand edit keeps them true.
  const figures = last + 2;
  const skippedFirst = figures + 7;
  const skippedLast = skippedFirst + Math.max(result.skipped.length, 1) - 1;
  const span = (col: string) => `${col}${first}:${col}${Math.max(first, last)}`;
  const sumOf = (col: number) => rows.filter((row) => row.block !== null && row.severity === (col === 8 ? "error" : "warning")).length;
  const keyFigures: [string, string, number][] = [
    ["Số tệp khối đã đọc", `COUNTA(${span("D")})`, result.blocks.length],
    ["Số khối được dùng", `COUNTIF(${span("E")},"Dùng")`, result.blocks.filter((e) => e.status === "used").length],
    ["Tổng số lỗi", `SUM(${span("H")})`, sumOf(8)],
    ["Tổng số cảnh báo", `SUM(${span("I")})`, sumOf(9)],
    ["Số khối đề nghị Cờ thi đua", `COUNTA(${span("K")})`, result.blocks.filter((e) => e.status === "used" && e.summary.units.some((u) => u.award !== null && u.award === e.summary.flagTier)).length],
    ["Số tệp bỏ qua", `COUNTA(B${skippedFirst}:B${skippedLast})`, result.skipped.length],
  ];
  keyFigures.forEach(([label, text, value], k) => {
    ws.mergeCells(figures + k, 2, figures + k, 4);
    ws.getCell(figures + k, 2).value = label;
    ws.getCell(figures + k, 2).font = { bold: true };
    formula(ws.getCell(figures + k, 5), text, value);
  });
  header(ws, skippedFirst - 1, ["STT", "Tệp bỏ qua", "Năm", "Lý do"], [6, 34, 7, 26]);
  ws.getColumn(2).width = 34;
  ws.mergeCells(skippedFirst - 1, 4, skippedFirst - 1, columns);
  result.skipped.forEach((s, k) => {
    ws.getCell(skippedFirst + k, 1).value = k + 1;
    ws.getCell(skippedFirst + k, 2).value = s.file.name;
    ws.mergeCells(skippedFirst + k, 4, skippedFirst + k, columns);
    ws.getCell(skippedFirst + k, 4).value = s.reason;
    ws.getCell(skippedFirst + k, 4).alignment = { wrapText: true };
  });
  ws.views = [{ state: "frozen", ySplit: headerRow }];
  preparePrint(ws, headerRow, true);
  wb.definedNames.add(`${quoted(PROVINCE_SHEETS.summary)}!$A$${headerRow}:$L$${Math.max(headerRow, last)}`, "Khoi_Province");
}

function writeAwardList(wb: ExcelJS.Workbook, list: AwardList, year: number | null, taken: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(`DS ${list.label}`, taken));
  const columns = 9;
  title(ws, 1, `DANH SÁCH ĐỀ NGHỊ ${list.label.toLocaleUpperCase("vi")}${year === null ? "" : ` NĂM ${year}`}`, columns);
  ws.mergeCells(2, 1, 2, columns);
  ws.getCell(2, 1).value = "Điểm quy thang 100 = tổng điểm × 100 / thang điểm của khối, để so sánh các khối thang 100 và thang 1.000.";
  ws.getCell(2, 1).alignment = { horizontal: "center", wrapText: true };
  const headerRow = 4;
  header(ws, headerRow, ["STT", "Đơn vị", "Khối, cụm thi đua", "Tổng điểm", "Điểm quy thang 100", "Hạng trong khối", "Phiếu đồng ý", "Số có mặt", "Tệp"],
    [6, 34, 30, 10, 11, 9, 9, 9, 24]);
  const rows = [...list.rows].sort((a, b) => b.total100 - a.total100 || a.blockName.localeCompare(b.blockName, "vi"));
  rows.forEach((row, i) => {
    ws.getRow(headerRow + 1 + i).values = [i + 1, row.unitName, row.blockName, round(row.total), round(row.total100), row.rank, row.yes, row.present, row.file];
    ws.getCell(headerRow + 1 + i, 4).numFmt = "0.00";
    ws.getCell(headerRow + 1 + i, 5).numFmt = "0.00";
  });
  const last = headerRow + rows.length;
  if (rows.length > 0) body(ws, headerRow + 1, last, columns);
  ws.getCell(last + 2, 2).value = "Số đơn vị đề nghị";
  ws.getCell(last + 2, 2).font = { bold: true };
  formula(ws.getCell(last + 2, 4), `COUNTA(B${headerRow + 1}:B${Math.max(headerRow + 1, last)})`, rows.length);
  preparePrint(ws, headerRow, true);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Every unit of every block used, in rank order per block: the rankings the council re-examines. */
function writeRankings(wb: ExcelJS.Workbook, result: ProvinceResult): void {
  const ws = wb.addWorksheet(PROVINCE_SHEETS.rankings);
  const columns = 8;
  title(ws, 1, `XẾP HẠNG TRONG TỪNG KHỐI${result.year === null ? "" : ` NĂM ${result.year}`}`, columns);
  const headerRow = 3;
  header(ws, headerRow, ["Khối số", "Khối, cụm thi đua", "Hạng", "Đơn vị", "Tổng điểm", "Điểm quy thang 100", "Khối đề nghị", "Tệp"], [8, 30, 7, 34, 10, 11, 30, 24]);
  let r = headerRow + 1;
  result.blocks.forEach((entry, i) => {
    if (entry.status !== "used") return;
    const s = entry.summary;
    for (const u of [...s.units].sort((a, b) => a.rank - b.rank)) {
      const label = u.award === null ? null : s.tiers.find((t) => t.id === u.award)?.label ?? u.award;
      ws.getRow(r).values = [i + 1, s.name, u.rank, u.name, round(u.total), round(s.scale > 0 ? (u.total * 100) / s.scale : u.total), label, s.file.name];
      ws.getCell(r, 5).numFmt = "0.00";
      ws.getCell(r, 6).numFmt = "0.00";
      r++;
    }
  });
  if (r > headerRow + 1) body(ws, headerRow + 1, r - 1, columns);
  ws.views = [{ state: "frozen", ySplit: headerRow }];
  preparePrint(ws, headerRow, true);
}

function writeGovFlag(wb: ExcelJS.Workbook, result: ProvinceResult): void {
  const ws = wb.addWorksheet(PROVINCE_SHEETS.govFlag);
  const g = result.govFlag;
  const t = GOV_FLAG_TABLE;
  title(ws, 1, `ĐỀ NGHỊ CỜ THI ĐUA CỦA CHÍNH PHỦ${result.year === null ? "" : ` NĂM ${result.year}`}`, 8);
  ws.mergeCells(2, 1, 2, 8);
  ws.getCell(2, 1).value = `Ứng viên: tập thể dẫn đầu khối (được khối đề nghị Cờ thi đua). Căn cứ: ${g.legalBasis}`;
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(2).height = 36;
  const first = t.headerRow + 1;
  const spare = 5;
  const last = first + g.candidates.length + g.otherChoices.length + spare - 1;
  const choiceRange = `${cellAddress(first - 1, t.choice - 1)}:${cellAddress(last - 1, t.choice - 1)}`;
  const chosen = g.candidates.filter((c) => c.chosen).length + g.otherChoices.length;
  const roundFn = g.rounding === "ceil" ? "ROUNDUP" : g.rounding === "round" ? "ROUND" : "ROUNDDOWN";
  const lines: [string, number | [string, number | string]][] = [
    ["Số tập thể dẫn đầu khối (khối có đề nghị Cờ thi đua)", g.leadingBlocks],
    ["Tỉ lệ tối đa được đề nghị", g.share],
    ["Số tập thể được đề nghị tối đa", [`${roundFn}(ROUND(E3*E4,9),0)`, g.cap]],
    [`Ban đã chọn (đánh dấu «${CHOICE_MARK}» ở cột Chọn)`, [`COUNTIF(${choiceRange},"${CHOICE_MARK}")`, chosen]],
    ["Tình trạng", ["IF(E6>E5,\"Vượt giới hạn\",\"Trong giới hạn\")", chosen > g.cap ? "Vượt giới hạn" : "Trong giới hạn"]],
  ];
  lines.forEach(([label, value], k) => {
    ws.mergeCells(3 + k, 2, 3 + k, 4);
    ws.getCell(3 + k, 2).value = label;
    ws.getCell(3 + k, 2).font = { bold: true };
    const cell = ws.getCell(3 + k, 5);
    if (Array.isArray(value)) formula(cell, value[0], value[1]);
    else cell.value = value;
  });
  ws.getCell(4, 5).numFmt = "0%";
  header(ws, t.headerRow, ["STT", "Đơn vị", "Khối, cụm thi đua", "Tổng điểm", "Điểm quy thang 100", "Hạng trong khối", "Tệp", "Chọn (x)", "Mã khối", "Mã đơn vị"],
    [6, 34, 30, 10, 11, 9, 24, 9, 14, 12]);
  g.candidates.forEach((c, i) => {
    ws.getRow(first + i).values = [i + 1, c.unitName, c.blockName, round(c.total), round(c.total100), c.rank, c.file, c.chosen ? CHOICE_MARK : null, c.blockId, c.unitId];
  });
  g.otherChoices.forEach((c, k) => {
    ws.getRow(first + g.candidates.length + k).values = [null, c.unitName, "(không phải ứng viên)", null, null, null, c.file, CHOICE_MARK, c.blockId ?? null, c.unitId ?? null];
  });
  body(ws, first, last, t.columns - 2);
  for (let r = first; r <= last; r++) {
    const cell = ws.getCell(r, t.choice);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    cell.alignment = { horizontal: "center" };
    cell.dataValidation = { type: "list", allowBlank: true, formulae: [`"${CHOICE_MARK}"`], showErrorMessage: true, error: `Chỉ đánh dấu «${CHOICE_MARK}» hoặc để trống.` };
  }
  ws.getColumn(t.blockId).hidden = true;
  ws.getColumn(t.unitId).hidden = true;
  preparePrint(ws, t.headerRow, true);
  ws.pageSetup.printArea = `A1:H${last}`;
  wb.definedNames.add(`${quoted(PROVINCE_SHEETS.govFlag)}!$A$${t.headerRow}:$J$${last}`, GOV_FLAG_NAME);
}

function writeFindings(wb: ExcelJS.Workbook, rows: FindingRow[], year: number | null): void {
  const ws = wb.addWorksheet(PROVINCE_SHEETS.findings);
  const columns = 8;
  title(ws, 1, `CÁC PHÁT HIỆN KHI KIỂM TRA SỔ CỦA CÁC KHỐI${year === null ? "" : ` NĂM ${year}`}`, columns);
  ws.mergeCells(2, 1, 2, columns);
  ws.getCell(2, 1).value = "Một phát hiện liên quan nhiều tệp có một dòng cho mỗi tệp, cùng số. «Khối số» là STT ở trang Tổng hợp.";
  ws.getCell(2, 1).alignment = { horizontal: "center", wrapText: true };
  header(ws, FINDINGS_FIRST_ROW - 1, ["Số", "Khối số", "Khối, cụm thi đua", "Tệp", "Ô", "Mức độ", "Mã", "Nội dung"], [6, 8, 28, 24, 18, 10, 26, 70]);
  rows.forEach((row, i) => {
    ws.getRow(FINDINGS_FIRST_ROW + i).values = [row.number, row.block, row.blockName, row.file, row.cell || null, SEVERITY_VI[row.severity], row.code, row.message];
  });
  if (rows.length > 0) body(ws, FINDINGS_FIRST_ROW, FINDINGS_FIRST_ROW + rows.length - 1, columns);
  ws.autoFilter = { from: { row: FINDINGS_FIRST_ROW - 1, column: 1 }, to: { row: FINDINGS_FIRST_ROW - 1, column: columns } };
  ws.views = [{ state: "frozen", ySplit: FINDINGS_FIRST_ROW - 1 }];
  preparePrint(ws, FINDINGS_FIRST_ROW - 1, true);
}

/** The consolidated workbook as ExcelJS, for a page that downloads it or the CLI that writes it. */
export function provinceWorkbook(result: ProvinceResult): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Khối";
  wb.calcProperties.fullCalcOnLoad = true;
  const blockNumber = new Map(result.blocks.map((e, i) => [e.summary.file.name, i + 1]));
  const rows = findingRows(result, blockNumber);
  writeSummary(wb, result, rows, Math.max(FINDINGS_FIRST_ROW, FINDINGS_FIRST_ROW + rows.length - 1));
  writeRankings(wb, result);
  const taken = new Set(Object.values(PROVINCE_SHEETS).map((n) => n.toLowerCase()));
  for (const list of result.awardLists) writeAwardList(wb, list, result.year, taken);
  writeGovFlag(wb, result);
  writeFindings(wb, rows, result.year);
  wb.eachSheet((ws) => applyFont(ws));
  return wb;
}

/** PROVINCE.xlsx as bytes. */
export async function writeProvinceWorkbook(result: ProvinceResult): Promise<Uint8Array> {
  const buffer = await provinceWorkbook(result).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
