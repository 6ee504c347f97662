// The seal as it is kept in the workbook: a very hidden sheet «_khoi_seal» of key | value rows — schema, the hash,
// when, who — and the sealed content as JSON cut into cells below Excel's 32,767-character limit. Read back from any
// host's grids by the sheet's name or its first row.
import { GridBook } from "../workbook/grid";
import type { SheetGrid, SheetGrids } from "../workbook/model";
import type { SealContent, SealedLog } from "./content";
import { sealHash } from "./hash";
import { hashedText } from "./content";
import { SEAL_SHEET } from "../workbook/seal-values";

export { SEAL_SHEET };
export const SEAL_SCHEMA = "khoi-seal/1";
/** Well below Excel's 32,767 characters per cell. */
const PART_CHARS = 30_000;

export interface SealRecord {
  schema: string;
  /** "sha256:…" over the content (hashedText). */
  hash: string;
  /** ISO 8601. */
  time: string;
  by: string;
  content: SealContent;
  log: SealedLog | null;
}

/** The hash a content gives. */
export const contentHash = (content: SealContent): string => sealHash(hashedText(content));

/** The seal sheet's rows from A1. */
export function recordRows(record: SealRecord): string[][] {
  const data = JSON.stringify({ content: record.content, log: record.log });
  const parts: string[] = [];
  for (let i = 0; i < data.length; i += PART_CHARS) parts.push(data.slice(i, i + PART_CHARS));
  return [
    ["schema", record.schema],
    ["hash", record.hash],
    ["time", record.time],
    ["by", record.by],
    ["about", "Dấu niêm phong của Khối: phát hiện chỉnh sửa sau khi niêm phong, không phải chữ ký số. Không sửa trang này."],
    ["parts", String(parts.length)],
    ...parts.map((p) => ["part", p]),
  ];
}

/** The seal sheet among the grids, if any. */
export function sealSheet(grids: SheetGrids): SheetGrid | undefined {
  const book = new GridBook(grids);
  return book.sheet(SEAL_SHEET) ?? (grids.sheets ?? []).find((s) => s.values?.[0]?.[0] === "schema" && String(s.values?.[0]?.[1] ?? "").startsWith("khoi-seal/"));
}

export type RecordReading =
  | { state: "none" }
  | { state: "damaged"; why: string; whyEn: string; time?: string; by?: string }
  | { state: "read"; record: SealRecord };

/** The record kept in the workbook: none, damaged (the sheet was edited or cut), or read. */
export function readRecord(grids: SheetGrids): RecordReading {
  const sheet = sealSheet(grids);
  if (!sheet) return { state: "none" };
  const rows = new Map<string, string>();
  const parts: string[] = [];
  for (const row of sheet.values) {
    const key = row?.[0];
    const value = row?.[1];
    if (typeof key !== "string") continue;
    if (key === "part") parts.push(typeof value === "string" ? value : String(value ?? ""));
    else rows.set(key, value === null || value === undefined ? "" : String(value));
  }
  const time = rows.get("time");
  const by = rows.get("by");
  const damaged = (why: string, whyEn: string): RecordReading => ({ state: "damaged", why, whyEn, time, by });
  if (!rows.get("schema")?.startsWith("khoi-seal/")) return damaged("trang niêm phong không còn ghi loại dấu", "the seal sheet no longer says what it is");
  if (rows.get("schema") !== SEAL_SCHEMA) return damaged(`dấu niêm phong loại «${rows.get("schema")}» do phiên bản Khối khác tạo`, `a seal of kind “${rows.get("schema")}” made by another Khối version`);
  if (String(parts.length) !== rows.get("parts")) return damaged("trang niêm phong bị cắt hoặc sửa (thiếu phần dữ liệu)", "the seal sheet was cut or edited (parts missing)");
  let data: { content?: SealContent; log?: SealedLog | null };
  try {
    data = JSON.parse(parts.join("")) as typeof data;
  } catch {
    return damaged("trang niêm phong bị sửa (dữ liệu không đọc được)", "the seal sheet was edited (its data cannot be read)");
  }
  if (!data.content || !Array.isArray(data.content.regions)) return damaged("trang niêm phong bị sửa (thiếu nội dung)", "the seal sheet was edited (content missing)");
  return { state: "read", record: { schema: SEAL_SCHEMA, hash: rows.get("hash") ?? "", time: time ?? "", by: by ?? "", content: data.content, log: data.log ?? null } };
}
