// What every paper is made from: the block as read from the workbook, the engine's result, the paper's fields.
import type { Block, EvaluationResult } from "../core/types";
import type { Language } from "../workbook/model";
import type { PaperFields } from "./fields";

export interface PaperInput {
  block: Block;
  result: EvaluationResult;
  fields: PaperFields;
  language: Language;
  /** Today, for a date field left empty. */
  today: Date;
  /** The minutes' fields, so the memo can cite the minutes' number. */
  minutes?: PaperFields;
}

/** Sheet names begin "Bảng tổng hợp", "Biên bản", "Tờ trình" in either language (the papers are Vietnamese
 *  documents; English changes their labels only), so a paper made in English replaces the one made in Vietnamese. */
export function paperSheetName(kind: "summary" | "minutes" | "memo", year: number, language: Language): string {
  void language;
  return `${{ summary: "Bảng tổng hợp", minutes: "Biên bản", memo: "Tờ trình" }[kind]} ${year}`;
}
