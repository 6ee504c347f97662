// `khoi check-table BOOK.xlsx [--sheet NAME] [--range A1:K30] [--json]`: finds the officer's own ranking table in a
// workbook, proposes what each column holds and checks it without changing a cell (src/tables). Exit 0 without an
// error finding, 1 with one, 2 when the file cannot be read or holds no table.
import { readFile, stat } from "fs/promises";
import { nameKey } from "../../core/text/normalize";
import { checkTable, cropGrid, detectTable, ROLE_LABELS, rowRuns, SKIPPED_LABELS, type TableFinding, type TableGrid, type TableMapping } from "../../tables";
import { parseRange } from "../../workbook/a1";
import { MAX_SHEET_FILE_BYTES, readSheets, SheetReadError, type SheetValues } from "../../xlsx/sheet-grid";
import { parseArgs } from "../args";
import type { CliIo } from "../io";

const USAGE = "khoi check-table BOOK.xlsx [--sheet NAME] [--range A1:K30] [--json]";

/** The mapping as the JSON output shows it: sheet rows 1-based, columns by letter. */
function mappingJson(mapping: TableMapping): unknown {
  return {
    sheet: mapping.sheet,
    headerRows: mapping.headerRows,
    maximaRow: mapping.maximaRow,
    columns: mapping.columns.map(({ column, heading, role, max }) => ({ column, heading, role, max })),
    unitRows: mapping.unitRows,
    skippedRows: mapping.skippedRows,
  };
}

function findingJson(f: TableFinding): unknown {
  const out: Record<string, unknown> = { code: f.code, severity: f.severity, cell: f.cell ?? null, message: f.message, messageEn: f.messageEn };
  if (f.suggestion) out.suggestion = f.suggestion.value;
  return out;
}

const SEVERITY_LABEL = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;

function textReport(mapping: TableMapping, findings: TableFinding[], file: string): string {
  const lines = [`Bảng xếp hạng trong ${file}, trang «${mapping.sheet}»: ${mapping.unitRows.length} đơn vị (dòng ${rowRuns(mapping.unitRows)}).`];
  lines.push(`  Dòng tiêu đề: ${rowRuns(mapping.headerRows)}${mapping.maximaRow ? `; dòng điểm tối đa: ${mapping.maximaRow}` : ""}.`);
  for (const c of mapping.columns) {
    if (c.role === "ignore" && c.heading === "") continue;
    lines.push(`  Cột ${c.column} «${c.heading}»: ${ROLE_LABELS.vi[c.role]}${c.max !== null ? ` (tối đa ${String(c.max).replace(".", ",")})` : ""}`);
  }
  for (const s of mapping.skippedRows) if (s.kind !== "blank") lines.push(`  Bỏ qua dòng ${s.row}: ${SKIPPED_LABELS.vi[s.kind]}.`);
  lines.push("");
  if (findings.length === 0) lines.push("Không thấy lỗi nào trong bảng.");
  for (const f of findings) lines.push(`  • ${SEVERITY_LABEL[f.severity]} [${f.code}] ${f.cell ? `${mapping.sheet}!${f.cell}: ` : ""}${f.message}`);
  const errors = findings.filter((f) => f.severity === "error").length;
  if (findings.length > 0) lines.push("", `${errors} lỗi, ${findings.length - errors} cảnh báo/thông tin. Khối không sửa ô nào trong bảng.`);
  return `${lines.join("\n")}\n`;
}

export async function runCheckTableCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--sheet", "--range"], ["--json"]);
  const fail = (line: string): number => {
    io.stderr(`khoi check-table: ${line}\n`);
    return 2;
  };
  if (parsed.problems.length > 0) return fail(`${parsed.problems[0]}; cách dùng: ${USAGE}`);
  if (parsed.positional.length !== 1) return fail(`cần đúng một sổ Excel .xlsx (need one .xlsx file); cách dùng: ${USAGE}`);
  const path = parsed.positional[0];
  const rangeText = parsed.options.get("--range");
  const range = rangeText === undefined ? undefined : parseRange(rangeText);
  if (rangeText !== undefined && (!range || range.sheet !== undefined)) return fail(`--range «${rangeText}» không phải một vùng ô như A3:K30 (not a range)`);

  let sheets: SheetValues[];
  try {
    const info = await stat(path);
    if (info.size > MAX_SHEET_FILE_BYTES) throw new SheetReadError(`tệp nặng hơn 20 MB, quá giới hạn của Khối cho một bảng xếp hạng (file over 20 MB)`);
    sheets = await readSheets(new Uint8Array(await readFile(path)));
  } catch (error) {
    if (error instanceof SheetReadError) return fail(`${path}: ${error.message}`);
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này (no such file)" : "không đọc được (cannot read)";
    return fail(`${path}: ${reason}`);
  }

  const wanted = parsed.options.get("--sheet");
  let candidates = sheets.filter((s) => s.visible);
  if (wanted !== undefined) {
    candidates = sheets.filter((s) => s.sheet === wanted || nameKey(s.sheet) === nameKey(wanted));
    if (candidates.length === 0) return fail(`${path} không có trang tính «${wanted}» (no such sheet); các trang: ${sheets.map((s) => `«${s.sheet}»`).join(", ")}`);
  }
  for (const sheet of candidates) {
    const grid: TableGrid = range ? cropGrid(sheet, range) : sheet;
    const mapping = detectTable(grid);
    if (!mapping || mapping.unitRows.length === 0) continue;
    const { findings } = checkTable(grid, mapping);
    if (parsed.flags.has("--json")) io.stdout(`${JSON.stringify({ mapping: mappingJson(mapping), findings: findings.map(findingJson) }, null, 2)}\n`);
    else io.stdout(textReport(mapping, findings, path));
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  }
  const where = wanted !== undefined ? `trang «${candidates[0].sheet}»` : "các trang tính";
  return fail(
    `không tìm thấy bảng xếp hạng trong ${where}${rangeText ? ` (vùng ${rangeText})` : ""} của ${path}: cần một dòng tiêu đề có cột «Tên đơn vị» ` +
    `và ít nhất một cột khác như «Tổng điểm», «Xếp hạng», rồi các dòng đơn vị (no ranking table found)`,
  );
}
