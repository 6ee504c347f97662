// The papers' editable fields: what the officer types (number, place, date, chair, secretary, signatories, legal
// bases, recipients) rather than what the workbook computes. Each paper sheet keeps its fields in a region beside
// the printed page (a hidden key column, a label, the value), under the paper's marker; regenerating reads them
// back so nothing the officer typed is lost. Defaults come from defaults.json and the block, never from code. Pure.
import type { Block } from "../core/types";
import type { CellStyle, Language, Region, SheetGrid } from "../workbook/model";
import { markerText, paperKindOf, type PaperKind } from "../workbook/paper";
import defaults from "./defaults.json";
import { dateOf, dateText, longDate, parseDate, type PaperDate } from "./format";
import { PAPER_FONT } from "./sheet";

export type FieldKey =
  | "number" | "symbol" | "place" | "date" | "time" | "venue" | "chair" | "secretary" | "absent"
  | "preparer" | "signerTitle" | "signer" | "addressee" | "legalBases" | "recipients";

export type PaperFields = Record<FieldKey, string>;

interface FieldSpec {
  key: FieldKey;
  vi: string;
  en: string;
  multiline?: boolean;
}

const SPECS: Record<FieldKey, FieldSpec> = {
  number: { key: "number", vi: "Số văn bản", en: "Number" },
  symbol: { key: "symbol", vi: "Ký hiệu cơ quan (sau BB-, TTr-)", en: "Issuer's abbreviation" },
  place: { key: "place", vi: "Địa danh", en: "Place" },
  date: { key: "date", vi: "Ngày (dd/mm/yyyy)", en: "Date (dd/mm/yyyy)" },
  time: { key: "time", vi: "Thời gian họp", en: "Time of the meeting" },
  venue: { key: "venue", vi: "Địa điểm họp", en: "Venue" },
  chair: { key: "chair", vi: "Chủ trì (họ tên, chức vụ)", en: "Chair (name, position)" },
  secretary: { key: "secretary", vi: "Thư ký (họ tên, chức vụ)", en: "Secretary (name, position)" },
  absent: { key: "absent", vi: "Đơn vị vắng mặt (mỗi dòng một đơn vị)", en: "Units absent (one a line)", multiline: true },
  preparer: { key: "preparer", vi: "Người lập biểu", en: "Prepared by" },
  signerTitle: { key: "signerTitle", vi: "Chức danh người ký", en: "Signatory's title" },
  signer: { key: "signer", vi: "Người ký (họ tên)", en: "Signatory (name)" },
  addressee: { key: "addressee", vi: "Kính gửi", en: "To" },
  legalBases: { key: "legalBases", vi: "Căn cứ (mỗi dòng một căn cứ)", en: "Legal bases (one a line)", multiline: true },
  recipients: { key: "recipients", vi: "Nơi nhận (mỗi dòng một nơi)", en: "Recipients (one a line)", multiline: true },
};

/** The fields each paper keeps, in the order the officer sees them. */
export const PAPER_FIELDS: Record<PaperKind, FieldKey[]> = {
  summary: ["place", "date", "preparer", "signerTitle", "signer"],
  minutes: ["number", "symbol", "place", "date", "time", "venue", "chair", "secretary", "absent"],
  memo: ["number", "symbol", "place", "date", "addressee", "legalBases", "recipients", "signerTitle", "signer"],
};

export const fieldLabel = (key: FieldKey, language: Language = "vi"): string => SPECS[key][language];
export const isMultiline = (key: FieldKey): boolean => SPECS[key].multiline === true;

/** "UBND tỉnh Lạng Sơn" → "Lạng Sơn"; "Bộ Công Thương" stays. */
export function provinceOf(organizer: string | undefined): string {
  const text = (organizer ?? "").trim();
  const m = /(?:tỉnh|thành phố)\s+(.+)$/iu.exec(text);
  return m ? m[1].trim() : text;
}

/** "tỉnh Lạng Sơn" for the addressee and recipients. */
function provinceWords(organizer: string | undefined): string {
  const text = (organizer ?? "").trim();
  const m = /((?:tỉnh|thành phố)\s+.+)$/iu.exec(text);
  return m ? m[1].trim() : text;
}

/** The title of the block's leader: "TRƯỞNG CỤM" for a cluster (cụm), "KHỐI TRƯỞNG" for a block. */
export function leaderTitle(blockName: string): string {
  return /^\s*cụm/iu.test(blockName) ? "TRƯỞNG CỤM" : "KHỐI TRƯỞNG";
}

/** "KTĐ" for a block (khối thi đua), "CTĐ" for a cluster. */
function symbolOf(blockName: string): string {
  return /^\s*cụm/iu.test(blockName) ? "CTĐ" : "KTĐ";
}

function fill(template: string, words: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (Object.prototype.hasOwnProperty.call(words, key) ? words[key] : all));
}

/** The legal bases in force on the paper's date (defaults.json, versioned). */
function legalBasesOn(date: PaperDate): string[] {
  const day = dateText(date).split("/").reverse().join("-");
  const versions = [...defaults.legalBases].sort((a, b) => a.from.localeCompare(b.from));
  return (versions.filter((v) => v.from <= day).pop() ?? versions[0]).lines;
}

/** First proposal of every field, from the block and the day the papers are made. */
export function defaultFields(block: Block, today: Date): PaperFields {
  const date = dateOf(today);
  const unitName = (id: string | undefined) => block.units.find((u) => u.id === id)?.name ?? "";
  const words: Record<string, string> = {
    block: block.block.name,
    year: String(block.block.year),
    nextYear: String(block.block.year + 1),
    organizer: block.block.organizer ?? "",
    province: provinceWords(block.block.organizer),
    meetingDate: longDate(date),
    leaderUnit: unitName(block.block.leader),
  };
  const lines = (list: string[]) => list.map((l) => fill(l, words)).join("\n");
  return {
    number: "",
    symbol: symbolOf(block.block.name),
    place: provinceOf(block.block.organizer),
    date: dateText(date),
    time: fill(defaults.time, words),
    venue: words.leaderUnit ? fill(defaults.venue, words) : "",
    chair: "",
    secretary: "",
    absent: "",
    preparer: "",
    signerTitle: leaderTitle(block.block.name),
    signer: "",
    addressee: fill(defaults.addressee, words),
    legalBases: lines(legalBasesOn(date)),
    recipients: lines(defaults.recipients),
  };
}

/** The paper's date, or today's when the field holds no date. */
export function fieldDate(fields: PaperFields, today: Date): PaperDate {
  return parseDate(fields.date) ?? dateOf(today);
}

/** Non-empty lines of a multi-line field. */
export const fieldLines = (value: string): string[] => value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");

const FIELD_STYLE: CellStyle = { fontName: PAPER_FONT, fontSize: 11, wrap: true, vertical: "top" };

/** The fields region of a paper at (row 0, `column`): marker and title, then key | label | value per field. */
export function fieldsRegion(kind: PaperKind, fields: PaperFields, column: number, language: Language): Region {
  const title = language === "en" ? "Fields of this paper (edit here, then make the paper again; not printed)" : "Thông tin của văn bản (sửa ở đây rồi tạo lại văn bản; phần này không in)";
  const cells = [
    [markerText(kind), title, null],
    ...PAPER_FIELDS[kind].map((key) => [key, fieldLabel(key, language), fields[key]]),
  ];
  return { id: `paper.fields`, row: 0, column, cells, role: "input", locked: false, style: FIELD_STYLE };
}

const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dateText(parseDate(v)!);
  if (typeof v === "object" && "richText" in (v as object)) return ((v as { richText: { text: string }[] }).richText ?? []).map((r) => r.text).join("");
  return String(v);
};

/** Where a grid holds a paper's marker: its kind and the cell. */
export function findMarker(grid: SheetGrid): { kind: PaperKind; row: number; column: number } | null {
  const origin = grid.origin ?? { row: 0, column: 0 };
  for (let r = 0; r < Math.min(grid.values.length, 5); r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const kind = paperKindOf(row[c]);
      if (kind) return { kind, row: origin.row + r, column: origin.column + c };
    }
  }
  return null;
}

/** The fields an earlier paper sheet holds (only the keys it has). */
export function readFields(grid: SheetGrid): { kind: PaperKind; fields: Partial<PaperFields> } | null {
  const marker = findMarker(grid);
  if (!marker) return null;
  const origin = grid.origin ?? { row: 0, column: 0 };
  const fields: Partial<PaperFields> = {};
  const known = new Set<string>(PAPER_FIELDS[marker.kind]);
  for (let r = marker.row - origin.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const key = text(row[marker.column - origin.column]);
    if (key === null || key === "") continue;
    if (!known.has(key)) continue;
    fields[key as FieldKey] = (text(row[marker.column - origin.column + 2]) ?? "").normalize("NFC");
  }
  return { kind: marker.kind, fields };
}
