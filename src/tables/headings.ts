// What a Vietnamese heading says a column holds ("Tên đơn vị", "Tổng điểm", "Xếp thứ", "Đề nghị khen thưởng"…),
// and the labels of rows that are not units (maxima, "Cộng", "Trung bình").
import { foldHeading } from "./fold";
import type { ColumnRole } from "./types";

// Matched on the folded heading (no marks, lower case). Order matters: the first rule that matches wins, so the
// precise ones ("diem thuong") come before the broad ones ("diem …" as a criterion).
const ROLE_RULES: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ["stt", /^(stt|tt|so tt|so thu tu)$/u],
  ["note", /^ghi chu\b/u],
  // At the start only: "Công tác thi đua, khen thưởng" is a criterion, not the award column.
  ["award", /^(de nghi|de xuat|hinh thuc khen thuong|khen thuong|muc khen thuong|danh hieu)\b/u],
  ["rank", /^(hang|thu hang|xep hang|xep thu|thu tu xep hang|vi thu|ket qua xep hang)$|^(xep hang|xep thu|thu hang)\b/u],
  // Whole words: "Công tác…" and "Tổng công ty…" must not read as the total.
  ["total", /^(tong|cong|tong diem|tong cong|tong so|tong so diem|diem tong|diem dat duoc|tong diem dat duoc)$|^(tong diem|tong cong|tong so diem)\b/u],
  ["bonus", /^(thuong|diem thuong|diem cong|cong diem|diem khuyen khich)$|^(diem thuong|diem cong|cong diem)\b/u],
  ["penalty", /^(tru|diem tru|tru diem|diem phat|bi tru)$|^(diem tru|tru diem|diem phat)\b/u],
  ["unit", /^(ten|don vi|co quan|doanh nghiep|tap the|dia phuong)\b/u],
];

/** The role a heading names, or null when it is not one Khối knows (then a column of numbers is a criterion). */
export function roleOfHeading(heading: string): ColumnRole | null {
  const folded = foldHeading(heading);
  if (folded === "") return null;
  for (const [role, pattern] of ROLE_RULES) if (pattern.test(folded)) return role;
  return null;
}

/** A heading is a known heading when it names a role or announces maxima. */
export function isKnownHeading(heading: string): boolean {
  return roleOfHeading(heading) !== null || isMaximaLabel(heading);
}

/** "Điểm tối đa", "Điểm chuẩn", "Thang điểm", "Tối đa": the label of a row of maxima. */
export function isMaximaLabel(text: unknown): boolean {
  return /^(diem toi da|toi da|diem chuan|thang diem|muc diem toi da|diem toi da cho phep)\b/u.test(foldHeading(text));
}

/** "Cộng", "Tổng cộng", "Tổng", "Trung bình", "Bình quân": a footer row's label. */
export function isFooterLabel(text: unknown): boolean {
  // The whole label: "Tổng công ty…" is a unit, "Cộng" and "Tổng cộng toàn khối" are not.
  return /^(cong|tong cong|tong|tong so|trung binh|binh quan|diem trung binh|diem binh quan)( (toan khoi|khoi|chung|cum))?$/u.test(foldHeading(text));
}

/** The maximum a heading announces: "Tiêu chí 1 (20 điểm)", "Công tác X (tối đa 15đ)"; null when none. */
export function maxFromHeading(heading: string): number | null {
  const folded = foldHeading(heading.replace(/(\d),(\d)/gu, "$1.$2"));
  const match = /\b(?:toi da|thang diem|diem chuan)\s+(\d+(?: \d+)?)\b|\b(\d+(?: \d+)?)\s*(?:d|diem)\b/u.exec(folded);
  if (!match) return null;
  const value = Number((match[1] ?? match[2]).replace(" ", "."));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** A criterion code written at the head of a heading ("I.2 Công tác…", "3. Thu ngân sách"), else null. */
export function codeFromHeading(heading: string): string | null {
  const match = /^\s*((?:[IVX]+|\d+)(?:\.\d+)*)[.):]?\s+\S/u.exec(heading);
  return match ? match[1] : null;
}
