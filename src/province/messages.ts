// The province findings' messages, Vietnamese and English, built from the facts of each finding.
import { formatList, formatPercent } from "../core/messages/format";
import type { ProvinceFinding, ProvinceFindingCode, Place } from "./types";

const SEVERITY: Readonly<Record<ProvinceFindingCode, ProvinceFinding["severity"]>> = {
  PROVINCE_FILE_SKIPPED: "warning",
  PROVINCE_BLOCK_OTHER_YEAR: "error",
  PROVINCE_BLOCK_SENT_TWICE: "warning",
  PROVINCE_UNIT_IN_TWO_BLOCKS: "warning",
  PROVINCE_AWARD_IN_TWO_BLOCKS: "error",
  PROVINCE_AWARD_COUNT_EXCEEDED: "error",
  PROVINCE_GOV_FLAG_OVER_CAP: "warning",
  PROVINCE_GOV_FLAG_NOT_CANDIDATE: "warning",
};

function finding(code: ProvinceFindingCode, places: Place[], message: string, messageEn: string): ProvinceFinding {
  return { code, severity: SEVERITY[code], places, message, messageEn };
}

const q = (s: string) => `«${s}»`;
const qe = (s: string) => `"${s}"`;

export function fileSkipped(file: string, reason: string, reasonEn: string): ProvinceFinding {
  return finding("PROVINCE_FILE_SKIPPED", [{ file }], `Bỏ qua tệp ${file}: ${reason}`, `Skipped ${file}: ${reasonEn}`);
}

export function blockOtherYear(place: Place, name: string, year: number | null, target: number): ProvinceFinding {
  const y = year === null ? "không rõ năm" : `năm ${year}`;
  const ye = year === null ? "has no year" : `is of ${year}`;
  return finding("PROVINCE_BLOCK_OTHER_YEAR", [place],
    `Khối ${q(name)} (tệp ${place.file}) là sổ ${y}, không phải năm tổng hợp ${target}: khối này không được đưa vào các danh sách; cần khối gửi lại sổ năm ${target}.`,
    `Block ${qe(name)} (file ${place.file}) ${ye}, not the consolidated year ${target}: it is left out of the lists; ask the block for its ${target} workbook.`);
}

export function blockSentTwice(name: string, used: Place, others: Place[]): ProvinceFinding {
  const list = others.map((p) => p.file);
  return finding("PROVINCE_BLOCK_SENT_TWICE", [used, ...others],
    `Khối ${q(name)} được gửi ${others.length + 1} lần: dùng tệp ${used.file} (sửa sau cùng), không dùng ${formatList(list, "vi")}.`,
    `Block ${qe(name)} was sent ${others.length + 1} times: ${used.file} (the latest) is used, ${formatList(list, "en")} ${list.length > 1 ? "are" : "is"} not.`);
}

export function unitInTwoBlocks(unitName: string, places: Place[]): ProvinceFinding {
  const blocks = places.map((p) => `${p.blockName ?? ""} (${p.file})`);
  return finding("PROVINCE_UNIT_IN_TWO_BLOCKS", places,
    `Đơn vị ${q(unitName)} có mặt ở ${places.length} khối: ${formatList(blocks, "vi")}. Mỗi đơn vị chỉ nên thuộc một khối thi đua; cần kiểm tra lại danh sách.`,
    `Unit ${qe(unitName)} is a member of ${places.length} blocks: ${formatList(blocks, "en")}. A unit should belong to one emulation block; check the lists.`);
}

export function awardInTwoBlocks(unitName: string, places: Place[], labels: string[]): ProvinceFinding {
  const vi = places.map((p, i) => `${labels[i]} ở khối ${p.blockName ?? ""} (${p.file})`);
  const en = places.map((p, i) => `${labels[i]} in block ${p.blockName ?? ""} (${p.file})`);
  return finding("PROVINCE_AWARD_IN_TWO_BLOCKS", places,
    `Đơn vị ${q(unitName)} được đề nghị khen thưởng ở ${places.length} khối: ${formatList(vi, "vi")}. Một tập thể chỉ được một khối đề nghị; Ban cần xác định khối của đơn vị.`,
    `Unit ${qe(unitName)} is proposed for an award by ${places.length} blocks: ${formatList(en, "en")}. Only one block may propose a collective; the board must settle which block it belongs to.`);
}

export function awardCountExceeded(blockName: string, label: string, allowed: number, places: Place[], unitNames: string[]): ProvinceFinding {
  return finding("PROVINCE_AWARD_COUNT_EXCEEDED", places,
    `Khối ${q(blockName)} đề nghị ${places.length} đơn vị cho ${q(label)} (${formatList(unitNames.map(q), "vi")}), quy chế của khối chỉ cho phép ${allowed}.`,
    `Block ${qe(blockName)} proposes ${places.length} units for ${qe(label)} (${formatList(unitNames.map(qe), "en")}); its rules allow ${allowed}.`);
}

export function govFlagOverCap(places: Place[], chosen: number, cap: number, share: number, leading: number): ProvinceFinding {
  return finding("PROVINCE_GOV_FLAG_OVER_CAP", places,
    `Ban đã chọn ${chosen} tập thể đề nghị Cờ thi đua của Chính phủ, vượt giới hạn ${cap} (${formatPercent(share, "vi")} của ${leading} tập thể dẫn đầu khối); cần bỏ bớt ${chosen - cap}.`,
    `The board chose ${chosen} collectives for the Government's emulation flag, over the cap of ${cap} (${formatPercent(share, "en")} of ${leading} collectives leading blocks); drop ${chosen - cap}.`);
}

export function govFlagNotCandidate(place: Place, unitName: string, year: number | null): ProvinceFinding {
  const y = year === null ? "" : ` năm ${year}`;
  const ye = year === null ? "" : ` in ${year}`;
  return finding("PROVINCE_GOV_FLAG_NOT_CANDIDATE", [place],
    `${q(unitName)} được chọn đề nghị Cờ thi đua của Chính phủ nhưng không phải tập thể dẫn đầu khối nào${y} (không khối nào đề nghị đơn vị này nhận Cờ thi đua).`,
    `${qe(unitName)} is chosen for the Government's emulation flag but leads no block${ye} (no block proposes it for its emulation flag).`);
}
