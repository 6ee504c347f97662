// buildLayout: a block -> the whole block workbook as data (sheets, regions, formulas, formats, validation, names).
import type { Block } from "../core/types";
import { summaryResults } from "./cached";
import { planContext } from "./context";
import { criteriaFingerprint, blockId } from "./fingerprint";
import { LAYOUT_VERSION, WORKBOOK_SCHEMA, type DefinedName, type FormulaMode, type Language, type LogEntry, type SheetLayout, type WorkbookLayout, type WorkbookMeta } from "./model";
import { buildBlockSheet } from "./sheets/block";
import { buildCriteriaSheet } from "./sheets/criteria";
import { buildDetailSheet } from "./sheets/detail";
import { buildGuideSheet, buildLogSheet, buildMetaSheet } from "./sheets/other";
import { buildScoresSheet } from "./sheets/scores";
import { buildSummarySheet } from "./sheets/summary";
import { buildTargetsSheet } from "./sheets/targets";
import { buildVotesSheet } from "./sheets/votes";

export interface BuildOptions {
  formulas: FormulaMode;
  language?: Language;
  /** Lines of the Nhật ký sheet, oldest first. */
  log?: LogEntry[];
  /** The officer's name the workbook remembers (meta row "officer", src/workbook/officer.ts). */
  officer?: string;
  /** Leave out the engine's cached results: the layout is only compared with a workbook (the audit, the repair). */
  withoutResults?: boolean;
}

/** The layout of a parsed block (parseBlock's `block`). Pure and deterministic: the same block gives the same layout.
 *  In native mode Tổng hợp's visible result cells carry the engine's answers as `result` (see cached.ts). */
export function buildLayout(block: Block, options: BuildOptions): WorkbookLayout {
  const lang: Language = options.language === "en" ? "en" : "vi";
  const mode: FormulaMode = options.formulas === "khoi" ? "khoi" : "native";
  const ctx = planContext(block, mode, lang);
  const meta: WorkbookMeta = {
    schema: WORKBOOK_SCHEMA,
    layoutVersion: LAYOUT_VERSION,
    formulas: mode,
    language: lang,
    blockId: blockId(block),
    criteriaFingerprint: criteriaFingerprint(block.criteria),
  };
  if (options.officer?.trim()) meta.officer = options.officer.trim();

  const sheets: SheetLayout[] = [buildGuideSheet(ctx)];
  const names: DefinedName[] = [];
  for (const part of [
    buildBlockSheet(ctx), buildCriteriaSheet(ctx), buildTargetsSheet(ctx), buildScoresSheet(ctx),
    buildDetailSheet(ctx), buildSummarySheet(ctx, options.withoutResults ? null : summaryResults(block, mode)), buildVotesSheet(ctx), buildLogSheet(ctx, options.log ?? []),
  ]) {
    sheets.push(part.sheet);
    names.push(...part.names);
  }
  const metaPart = buildMetaSheet(ctx, meta, names);
  sheets.push(metaPart.sheet);
  names.push(...metaPart.names);
  return { meta, sheets, names };
}
