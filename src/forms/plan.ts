// The import of returned forms, planned before anything is written: every file checked (a Khối form of this block
// and year, a unit of the block, the criteria fingerprint, every value a number in range), then every change listed
// (unit, criterion, old → new). Only a plan with no refused file may be written, and then all of it. Pure: the CLI,
// the Office host and the standalone page hand in the grids and write the plan their own way.
import { parseBlock } from "../core/parse";
import { nameKey } from "../core/text/normalize";
import type { Block, CellRef, Finding } from "../core/types";
import { parseRange } from "../workbook/a1";
import { blockId as blockIdOf } from "../workbook/fingerprint";
import { GridBook, gridValue, isCellError } from "../workbook/grid";
import type { CellValue, Language, LogEntry, SheetGrids } from "../workbook/model";
import { checkValue, same, visibleDifferences, yesNoOf } from "./checks";
import type { FileVerdict, FormProblem, ImportPlan, ReturnedFile, ScoreChange } from "./plan-model";
import { readLayout } from "../workbook/read";
import { alreadyImported, formEvents, returnedEntry } from "./events";
import { formFingerprint, formItems, itemDifferences } from "./items";
import { isFormReading, readForm } from "./read";
import { sanitizeText } from "./sanitize";

export type { Conversion, FileStatus, FileVerdict, FormProblem, ImportPlan, ReturnedFile, ScoreChange } from "./plan-model";

/** The master workbook could not be read as a block workbook at all. */
export class MasterReadError extends Error {
  constructor(readonly messageVi: string, readonly messageEn: string) {
    super(`${messageVi} (${messageEn})`);
  }
}

interface Master {
  block: Block;
  book: GridBook;
  id: string;
  language: Language;
  locate(finding: Finding): CellRef | undefined;
}

function readMaster(grids: SheetGrids): Master {
  const reading = readLayout(grids);
  if (reading.doc === null) throw new MasterReadError(reading.findings[0]?.message ?? "Không đọc được sổ.", reading.findings[0]?.messageEn ?? "Cannot read the workbook.");
  const { block } = parseBlock(reading.doc);
  if (!block) throw new MasterReadError("Sổ chấm điểm có lỗi cấu trúc; hãy kiểm tra trước khi nhập phiếu.", "The workbook has structural errors; validate it before importing forms.");
  const book = new GridBook(grids);
  const storedId = book.metaValue("blockId");
  const language = book.metaValue("language") === "en" ? "en" : "vi";
  return { block, book, id: typeof storedId === "string" && storedId !== "" ? storedId : blockIdOf(block), language, locate: reading.locate };
}

/** The raw value of a master cell as its grid holds it. */
function masterValue(master: Master, ref: CellRef): CellValue {
  const sheet = master.book.sheet(ref.sheet);
  const r = parseRange(ref.address);
  if (!sheet || !r) return null;
  const v = master.book.value(sheet, r.row1, r.column1);
  return v === null || isCellError(v) ? null : (v as CellValue);
}

function checkFile(master: Master, file: ReturnedFile, events: ReturnType<typeof formEvents>): { verdict: FileVerdict; changes: ScoreChange[] } {
  const verdict: FileVerdict = { file: file.name, digest: file.digest, status: "refused", problems: [], warnings: [], converted: [], notFilled: [], changes: 0, unchanged: 0 };
  const refuse = (problem: FormProblem) => { verdict.problems.push(problem); return { verdict, changes: [] }; };
  if (!file.grids) return refuse(file.readError ?? { message: "Không đọc được tệp.", messageEn: "Cannot read the file." });
  const reading = readForm(file.grids);
  if (!isFormReading(reading)) return refuse(reading);
  verdict.unit = reading.unitId;
  verdict.unitName = reading.unitName;
  const { block } = master;
  const otherBlock = (): { verdict: FileVerdict; changes: ScoreChange[] } => refuse({
    message: `Phiếu của khối khác («${reading.blockName}»), không phải «${block.block.name}».`,
    messageEn: `The form belongs to another block (“${reading.blockName}”), not “${block.block.name}”.`,
  });
  // Another block is named as such even when its year differs too; the same block's other year says the year.
  if (reading.blockId !== master.id && nameKey(reading.blockName) !== nameKey(block.block.name)) return otherBlock();
  if (reading.year !== block.block.year) {
    return refuse({
      message: `Phiếu của năm ${reading.year ?? "?"} («${reading.blockName}»), sổ là năm ${block.block.year}.`,
      messageEn: `The form is for ${reading.year ?? "?"} (“${reading.blockName}”), the workbook for ${block.block.year}.`,
    });
  }
  if (reading.blockId !== master.id) return otherBlock();
  const unit = block.units.find((u) => u.id === reading.unitId);
  if (!unit) {
    return refuse({ message: `Đơn vị «${reading.unitName}» (mã ${reading.unitId}) không có trong sổ.`, messageEn: `Unit “${reading.unitName}” (id ${reading.unitId}) is not in the workbook.` });
  }
  verdict.unitName = unit.name;
  const expected = formItems(block, unit.id);
  if (reading.fingerprint !== formFingerprint(expected)) {
    const diff = itemDifferences(expected, reading.items);
    return refuse({
      message: `Bộ tiêu chí hoặc chỉ tiêu trong sổ đã thay đổi từ khi gửi phiếu${diff.length ? ": " + diff.map((d) => d.vi).join("; ") : ""}. Hãy gửi phiếu mới.`,
      messageEn: `The criteria or targets changed since the form was sent${diff.length ? ": " + diff.map((d) => d.en).join("; ") : ""}. Send a new form.`,
    });
  }
  const edited = visibleDifferences(reading, expected);
  if (edited.length > 0) {
    verdict.problems.push(...edited);
    return { verdict, changes: [] };
  }
  if (reading.visibleUnitName !== null && nameKey(reading.visibleUnitName) !== nameKey(unit.name)) {
    verdict.warnings.push({
      message: `Tên đơn vị trên phiếu «${reading.visibleUnitName}» khác tên trong sổ «${unit.name}»; nhận theo mã đơn vị ${unit.id}.`,
      messageEn: `The unit name on the form “${reading.visibleUnitName}” differs from the workbook's “${unit.name}”; matched by unit id ${unit.id}.`,
    });
  }
  if (alreadyImported(events, file.digest)) {
    verdict.warnings.push({ message: "Tệp này đã được nhập trước đây.", messageEn: "This file was imported before." });
  }

  const names = new Map(expected.map((i) => [i.code, i]));
  const criterionName = (code: string): string => {
    const find = (nodes: readonly { code: string; name: string; children?: unknown }[]): string | undefined => {
      for (const n of nodes) {
        if (n.code === code) return n.name;
        const inner = Array.isArray(n.children) ? find(n.children as { code: string; name: string }[]) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    return find(block.criteria as unknown as { code: string; name: string }[]) ?? code;
  };
  const changes: ScoreChange[] = [];
  for (const row of reading.rows) {
    const item = names.get(row.code);
    if (!item) continue;
    const checked = checkValue(item, row, reading.sheet, master.language);
    if (checked.kind === "blank") { verdict.notFilled.push(item.code); continue; }
    const cell = master.locate({ code: "SCORE_MISSING", severity: "info", unit: unit.id, criterion: item.code, layer: "self", message: "", messageEn: "" });
    if (!cell) {
      verdict.problems.push({ message: `Sổ không có ô tự chấm cho đơn vị ${unit.id}, tiêu chí ${item.code}.`, messageEn: `The workbook has no self-score cell for unit ${unit.id}, criterion ${item.code}.` });
      continue;
    }
    const old = masterValue(master, cell);
    // The value the form was pre-filled with, sent back as it was, is not an import (even when the master's own
    // value is out of range: Kiểm tra reports that in the master, the form changes nothing).
    if (checked.kind === "bad" && row.value !== null && !isCellError(row.value) && same(old, row.value as CellValue)) { verdict.unchanged++; continue; }
    if (checked.kind === "bad") { verdict.problems.push(checked.problem); continue; }
    if (checked.converted) verdict.converted.push(checked.converted);
    const note = typeof row.note === "string" || typeof row.note === "number" ? sanitizeText(String(row.note)) : "";
    const unchanged = item.type === "yesno" ? yesNoOf(gridValue(old)) === yesNoOf(checked.value) : same(old, checked.value);
    if (unchanged) { verdict.unchanged++; continue; }
    const change: ScoreChange = {
      file: file.name, unit: unit.id, unitName: unit.name, criterion: item.code, criterionName: criterionName(item.code),
      cell, old, new: checked.value, formCell: `${reading.sheet}!${row.cells.value}`,
    };
    if (note !== "") change.note = note;
    changes.push(change);
  }
  if (verdict.problems.length > 0) return { verdict, changes: [] };
  verdict.status = "accepted";
  verdict.changes = changes.length;
  return { verdict, changes };
}

/** Checks every returned file against the master and lists what the import would write. Throws MasterReadError
 *  when the master is not a readable block workbook. */
export function planImport(masterGrids: SheetGrids, files: readonly ReturnedFile[]): ImportPlan {
  const master = readMaster(masterGrids);
  const events = formEvents(masterGrids);
  const verdicts: FileVerdict[] = [];
  const changes: ScoreChange[] = [];
  const byDigest = new Map<string, string>();
  const byUnit = new Map<string, string>();
  for (const file of files) {
    const earlier = byDigest.get(file.digest);
    if (earlier !== undefined) {
      verdicts.push({
        file: file.name, digest: file.digest, status: "duplicate", problems: [], converted: [], notFilled: [], changes: 0, unchanged: 0, duplicateOf: earlier,
        warnings: [{ message: `Cùng một tệp với «${earlier}»: bỏ qua lần thứ hai.`, messageEn: `The same file as “${earlier}”: the second copy is skipped.` }],
      });
      continue;
    }
    byDigest.set(file.digest, file.name);
    const { verdict, changes: fileChanges } = checkFile(master, file, events);
    if (verdict.status === "accepted" && verdict.unit !== undefined) {
      const other = byUnit.get(verdict.unit);
      if (other !== undefined) {
        verdict.status = "refused";
        verdict.changes = 0;
        verdict.problems.push({
          message: `Đơn vị «${verdict.unitName}» đã có phiếu khác trong lần nhập này («${other}»); chọn một trong hai.`,
          messageEn: `Unit “${verdict.unitName}” already has another form in this import (“${other}”); choose one.`,
        });
        verdicts.push(verdict);
        continue;
      }
      byUnit.set(verdict.unit, file.name);
      changes.push(...fileChanges);
    }
    verdicts.push(verdict);
  }
  return { ok: verdicts.every((v) => v.status !== "refused"), files: verdicts, changes, blockName: master.block.block.name, year: master.block.block.year };
}

/** The Nhật ký lines of a plan: one per file received, one per value written (time, who, cell, old → new, file). */
export function importLogEntries(plan: ImportPlan, time: string, who: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const verdict of plan.files) {
    if (verdict.status !== "accepted" || verdict.unit === undefined) continue;
    entries.push(returnedEntry({ id: verdict.unit, name: verdict.unitName ?? verdict.unit }, verdict.file, verdict.digest, verdict.changes, verdict.notFilled.length, time, who));
    for (const change of plan.changes.filter((c) => c.file === verdict.file)) {
      const entry: LogEntry = {
        time, who, action: "import",
        what: `Điểm tự chấm từ phiếu «${change.file}»: [${change.unit}] ${change.criterion}${change.note ? ` — minh chứng: ${change.note}` : ""}`,
        new: change.new,
        cell: `${change.cell.sheet}!${change.cell.address}`,
      };
      if (change.old !== null) entry.old = change.old;
      entries.push(entry);
    }
  }
  return entries;
}
