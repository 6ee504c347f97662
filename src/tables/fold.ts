// Headings and labels compared the way an officer reads them: NFC, lower case, no tone or letter marks, đ as d,
// punctuation as space, single spaces. "Tổng  cộng:" and "TONG CONG" fold to the same "tong cong".
import { normalizeName } from "../core/text/normalize";

const MARKS = /[\u0300-\u036f]/gu;

export function foldHeading(text: unknown): string {
  if (typeof text !== "string" && typeof text !== "number") return "";
  return normalizeName(String(text))
    .toLocaleLowerCase("vi")
    .replace(/[đð]/gu, "d")
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(/[^a-z0-9]+/gu, " ")
    .trim();
}

/** The text of a cell as shown, "" for blank cells; numbers as typed digits. */
export function cellText(value: unknown): string {
  if (typeof value === "string") return normalizeName(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

export const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === "string" && normalizeName(value) === "");
