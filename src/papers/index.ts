// The block's papers (issue 13): the score summary, the minutes of the review meeting and the proposal memo, as
// sheet layouts both adapters write (WorkbookHost.writePaper). Made from the block read from the workbook, the
// engine's result and each paper's fields; the fields an earlier paper sheet holds are read back and kept. Pure:
// imports core and workbook only.
import { parseBlock } from "../core/parse";
import type { Block, EvaluationResult } from "../core/types";
import type { Language, SheetGrids } from "../workbook/model";
import { PAPER_KINDS, type PaperKind, type PaperSheet } from "../workbook/paper";
import { validateReading, type ValidationInput } from "../workbook/validate";
import { defaultFields, readFields, type PaperFields } from "./fields";
import type { PaperInput } from "./input";
import { buildMemo } from "./memo";
import { buildMinutes } from "./minutes";
import { buildSummary } from "./summary";

export { PAPER_FIELDS, fieldLabel, isMultiline, defaultFields, readFields, type FieldKey, type PaperFields } from "./fields";
export { paperSheetName } from "./input";
export type { PaperKind, PaperSheet };

export type FieldsByPaper = Record<PaperKind, PaperFields>;

const BUILDERS: Record<PaperKind, (input: PaperInput) => PaperSheet> = { summary: buildSummary, minutes: buildMinutes, memo: buildMemo };

/** The block and the engine's result of a reading (what Kiểm tra and `khoi evaluate` compute), or why there are none. */
export function papersSource(reading: ValidationInput): { block: Block; result: EvaluationResult } | { problem: string; problemEn: string } {
  if (reading.doc === null || reading.doc === undefined) {
    return { problem: "Sổ tính này chưa có bảng chấm điểm của Khối: hãy tạo bảng ở bước Thiết lập trước.", problemEn: "This workbook has no Khối block yet: set it up first." };
  }
  const { block } = parseBlock(reading.doc);
  const result = validateReading(reading);
  if (!block || result.units.length === 0) {
    const first = result.findings.find((f) => f.severity === "error");
    return {
      problem: `Không lập được văn bản vì khối chưa đọc được: ${first?.message ?? "thiếu đơn vị hoặc tiêu chí"} (xem bước Kiểm tra).`,
      problemEn: `The papers cannot be made because the block cannot be read: ${first?.messageEn ?? "no units or criteria"}.`,
    };
  }
  return { block, result };
}

/** The fields of every paper: what earlier paper sheets hold, the rest from the defaults. Fields typed on one paper
 *  and missing on another (the place, the date, the signatory) are shared, so the officer types them once. */
export function fieldsFor(block: Block, grids: SheetGrids | null, today: Date): FieldsByPaper {
  const base = defaultFields(block, today);
  const found = new Map<PaperKind, Partial<PaperFields>>();
  for (const grid of grids?.sheets ?? []) {
    const read = readFields(grid);
    if (read && !found.has(read.kind)) found.set(read.kind, read.fields);
  }
  const shared: Partial<PaperFields> = {};
  for (const kind of ["minutes", "memo", "summary"] as PaperKind[]) {
    const f = found.get(kind);
    for (const key of ["place", "date"] as const) if (f?.[key] !== undefined && shared[key] === undefined) shared[key] = f[key];
  }
  const out = {} as FieldsByPaper;
  for (const kind of PAPER_KINDS) out[kind] = { ...base, ...shared, ...found.get(kind) };
  return out;
}

/** The three papers, in the order they are filed: summary, minutes, memo. */
export function buildPapers(block: Block, result: EvaluationResult, fields: FieldsByPaper, options: { language?: Language; today: Date; only?: PaperKind[] }): PaperSheet[] {
  const language = options.language ?? "vi";
  return (options.only ?? PAPER_KINDS).map((kind) =>
    BUILDERS[kind]({ block, result, fields: fields[kind], language, today: options.today, minutes: fields.minutes }));
}
