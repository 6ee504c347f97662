// The top of an administrative paper (Decree 30/2020): the issuing body at the left, the national heading at the
// right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12 pt bold, over "Độc lập - Tự do - Hạnh phúc", 13 pt bold, with a
// drawn rule beneath), then the number at the left and the place and date at the right (italic). Pure.
import type { Block } from "../core/types";
import type { Language } from "../workbook/model";
import { placeAndDate, upper, type PaperDate } from "./format";
import type { PaperWriter } from "./sheet";

export const say = (language: Language, vi: string, en: string): string => (language === "en" ? en : vi);

export interface HeadingOptions {
  /** Last column of the left part; the right part runs to the page's last column. */
  split: number;
  /** "Số: 01/BB-CTĐ"; null leaves the number out (the score summary). */
  number: string | null;
  place: string;
  date: PaperDate;
  language: Language;
}

/** "Số: 01/BB-CTĐ", or "Số:      /BB-CTĐ" with room to write the number by hand. */
export function numberLine(number: string, kind: string, symbol: string, language: Language): string {
  const n = number.trim() === "" ? "      " : number.trim();
  const tail = symbol.trim() === "" ? kind : `${kind}-${symbol.trim()}`;
  return `${say(language, "Số", "No.")}: ${n}/${tail}`;
}

export function heading(w: PaperWriter, block: Block, options: HeadingOptions): void {
  const { split, language } = options;
  const last = w.columns - 1;
  // The issuing body: the block, under its organizer when known.
  const top = w.line(upper(block.block.organizer ?? ""), { from: 0, to: split, style: { fontSize: 12, horizontal: "center" } });
  w.put(top, say(language, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"), { from: split + 1, to: last, style: { fontSize: 12, bold: true, horizontal: "center" } });
  const second = w.line(upper(block.block.name), { from: 0, to: split, style: { fontSize: 12, bold: true, horizontal: "center" } });
  w.put(second, say(language, "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"), { from: split + 1, to: last, style: { fontSize: 13, bold: true, horizontal: "center", borderBottom: true } });
  w.line("");
  const at = w.line(options.number ?? "", { from: 0, to: split, style: { horizontal: "center" } });
  w.put(at, placeAndDate(options.place, options.date, language), { from: split + 1, to: last, style: { italic: true, horizontal: "center" } });
  w.blank();
}
