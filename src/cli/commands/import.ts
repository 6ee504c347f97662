// `khoi import BOOK.xlsx FORM.xlsx… [--dry-run] [--who NAME]`: the returned self-scoring forms into BOOK's self-score
// layer. Every file is checked first (src/forms/plan.ts) and every change shown; if any file is refused nothing is
// written and the command exits 1 naming each refused file and why. Otherwise BOOK is updated in place (temporary
// file, then rename; the previous file kept beside it as a dated backup) and every written value logged in Nhật ký.
import { readFile } from "fs/promises";
import { basename } from "path";
import { importLogEntries, MasterReadError, planImport, type ImportPlan } from "../../forms/plan";
import type { CellValue } from "../../workbook/model";
import { readMasterGrids, readReturnedFile, updateMasterFile } from "../../xlsx/forms";
import type { CliIo } from "../io";
import { replaceFile } from "../safe-write";
import { officerOf } from "../../workbook/officer";
import { officerName } from "./who";

const USAGE = "khoi import BOOK.xlsx FORM.xlsx… [--dry-run] [--who NAME]";

const show = (v: CellValue): string => (v === null || v === "" ? "(trống)" : typeof v === "number" ? String(v).replace(".", ",") : String(v));

/** The preview, in Vietnamese: per file its verdict, then every change. */
export function formatPlan(plan: ImportPlan): string {
  const lines: string[] = [`Nhập phiếu tự chấm vào «${plan.blockName}» (${plan.year}):`];
  for (const f of plan.files) {
    const who = f.unitName ? ` — ${f.unitName}` : "";
    if (f.status === "refused") {
      lines.push(`  ✗ ${f.file}${who}: KHÔNG NHẬN`);
      for (const p of f.problems) lines.push(`      ${p.cell ? `${p.cell}: ` : ""}${p.message}`);
      continue;
    }
    if (f.status === "duplicate") {
      lines.push(`  = ${f.file}: trùng tệp «${f.duplicateOf}», bỏ qua`);
      continue;
    }
    lines.push(`  ✓ ${f.file}${who}: ${f.changes} điểm thay đổi, ${f.unchanged} giữ nguyên, ${f.notFilled.length} chưa điền`);
    for (const w of f.warnings) lines.push(`      lưu ý: ${w.message}`);
    for (const c of f.converted) lines.push(`      ${c.cell}: «${c.text}» là văn bản, đọc thành số ${show(c.value)}`);
    if (f.notFilled.length > 0) lines.push(`      chưa điền (giữ giá trị trong sổ): ${f.notFilled.join(", ")}`);
  }
  if (plan.changes.length > 0) {
    lines.push("Thay đổi:");
    for (const c of plan.changes) {
      lines.push(`  ${c.unitName} — ${c.criterion} ${c.criterionName}: ${show(c.old)} → ${show(c.new)} (${c.cell.sheet}!${c.cell.address})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function runImportCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const files: string[] = [];
  let who: string | undefined;
  let dryRun = false;
  const fail = (line: string): number => {
    io.stderr(`khoi import: ${line}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === "--who") {
      who = args[++i];
      if (who === undefined) return fail(`--who cần một giá trị (needs a value); cách dùng: ${USAGE}`);
    } else if (word === "--dry-run") dryRun = true;
    else if (word.startsWith("-") && word !== "-") return fail(`không hiểu tuỳ chọn «${word}» (unknown option); cách dùng: ${USAGE}`);
    else files.push(word);
  }
  const [book, ...forms] = files;
  if (!book || forms.length === 0) return fail(`cần sổ chấm điểm và ít nhất một phiếu (need a workbook and at least one form); cách dùng: ${USAGE}`);

  let master: Uint8Array;
  try {
    master = new Uint8Array(await readFile(book));
  } catch (error) {
    return fail(`${book}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này (no such file)" : "không đọc được (cannot read)"}`);
  }
  const returned = [];
  for (const path of forms) {
    let data: Uint8Array;
    try {
      data = new Uint8Array(await readFile(path));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này" : "không đọc được tệp";
      returned.push({ name: basename(path), digest: `missing:${path}`, grids: null, readError: { message: `${reason}.`, messageEn: "cannot read the file." } });
      continue;
    }
    returned.push(await readReturnedFile(basename(path), data));
  }
  let plan: ImportPlan;
  let remembered: string | undefined;
  try {
    const grids = await readMasterGrids(master);
    remembered = officerOf(grids);
    plan = planImport(grids, returned);
  } catch (error) {
    const detail = error instanceof MasterReadError ? error.messageVi : error instanceof Error ? error.message : String(error);
    return fail(`không đọc được sổ ${book} (cannot read workbook): ${detail}`);
  }
  io.stdout(formatPlan(plan));
  if (!plan.ok) {
    const refused = plan.files.filter((f) => f.status === "refused");
    io.stderr(`khoi import: không ghi gì vào ${book} vì ${refused.length} tệp không được nhận (nothing written; refused files):\n`);
    for (const f of refused) io.stderr(`  ${f.file}: ${f.problems.map((p) => `${p.cell ? `${p.cell}: ` : ""}${p.message}`).join(" | ")}\n`);
    return 1;
  }
  if (plan.changes.length === 0) {
    io.stdout(`Không có điểm nào thay đổi; ${book} giữ nguyên.\n`);
    return 0;
  }
  if (dryRun) {
    io.stdout(`Xem trước (--dry-run): chưa ghi gì vào ${book}.\n`);
    return 0;
  }
  const when = now();
  const log = importLogEntries(plan, when.toISOString(), officerName(who, remembered));
  try {
    const updated = await updateMasterFile(master, plan.changes.map((c) => ({ cell: c.cell, value: c.new })), log);
    const backup = await replaceFile(book, updated, { backup: true, now: when });
    io.stdout(`Đã ghi ${plan.changes.length} điểm tự chấm vào ${book} và ${log.length} dòng Nhật ký; bản cũ: ${backup ?? "(không có)"}.\n`);
  } catch (error) {
    return fail(`không ghi được ${book}; tệp giữ nguyên (cannot write; the file is unchanged): ${error instanceof Error ? error.message : String(error)}`);
  }
  return 0;
}
