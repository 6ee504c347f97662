// Bảng tổng hợp kết quả chấm điểm: STT, unit, per criterion group its maximum and the self / appraised / final
// scores, bonus, penalty, total, rank, proposed award, ballots, note; sorted by rank; signed by "Người lập biểu"
// and the block leader. Landscape A4, one page wide, the header rows repeated on every page. Pure.
import type { HorizontalAlign, Language } from "../workbook/model";
import type { PaperSheet } from "../workbook/paper";
import { awardLabel, bonusPenaltyMax, groupColumns, hasLayer, layerGroups, unitBallot, recordedBallots } from "./facts";
import { fieldDate, fieldsRegion } from "./fields";
import { formatNumber, formatShare, upper } from "./format";
import { heading, say } from "./heading";
import { paperSheetName, type PaperInput } from "./input";
import { PAPER_MARGINS, PaperWriter } from "./sheet";
import { columnLetters } from "../workbook/a1";

/** "5/5 (100%)": yes votes over the rule's denominator. */
export function ballotText(yes: number, denominator: number | null, share: number | null, language: Language): string {
  return denominator ? `${yes}/${denominator} (${formatShare(share, language)})` : String(yes);
}

export function buildSummary(input: PaperInput): PaperSheet {
  const { block, result, fields, language } = input;
  const groups = groupColumns(block);
  const extra = bonusPenaltyMax(block);
  const layers = layerGroups(block);
  const widths = [5, 26, ...groups.flatMap(() => [8, 8, 8]), 7, 7, 8, 6, 18, 11, 14];
  const w = new PaperWriter(widths);
  const n = (v: number) => formatNumber(v, language);
  const split = Math.min(widths.length - 2, 1 + groups.length * 3 - 2);
  const date = fieldDate(fields, input.today);
  heading(w, block, { split, number: null, place: fields.place, date, language });

  w.line(say(language, `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${block.block.year}`, `SCORE SUMMARY OF THE EMULATION YEAR ${block.block.year}`), { style: { bold: true, fontSize: 14, horizontal: "center" } });
  w.line(block.block.name, { style: { bold: true, horizontal: "center" } });
  w.blank();

  const c = (i: number) => 2 + i * 3; // first column of group i
  const after = 2 + groups.length * 3;
  const h1 = [say(language, "STT", "No."), say(language, "Đơn vị", "Unit"), ...groups.flatMap((g) => [`${g.code}. ${g.name}`, "", ""]),
    say(language, "Điểm thưởng", "Bonus"), say(language, "Điểm trừ", "Penalty"), say(language, "Tổng điểm", "Total"), say(language, "Xếp hạng", "Rank"),
    say(language, "Đề nghị khen thưởng", "Proposed award"), say(language, "Phiếu đồng ý", "Yes votes"), say(language, "Ghi chú", "Note")];
  const h2 = ["", "", ...groups.flatMap(() => [say(language, "Tự chấm", "Self"), say(language, "Thẩm định", "Appraised"), say(language, "Thống nhất", "Final")]), "", "", "", "", "", "", ""];
  const h3 = ["", say(language, "Điểm tối đa", "Maximum"), ...groups.flatMap((g) => [n(g.max), n(g.max), n(g.max)]), n(extra.bonus), n(extra.penalty), n(block.rules.scale), "", "", "", ""];
  const recorded = recordedBallots(result);
  const denominator = recorded ? (recorded.denominator === "members" ? recorded.members : recorded.present) : null;
  const body = result.units.map((u, i) => {
    const unit = block.units.find((x) => x.id === u.id);
    const ballot = unitBallot(result, u.id, u.award);
    const layerCell = (layer: "self" | "appraised" | "final", code: string) =>
      layer === "self" || hasLayer(block, layer, u.id) ? n(layers[layer].get(u.id)?.[code] ?? 0) : "";
    return [
      String(i + 1), u.name,
      ...groups.flatMap((g) => [layerCell("self", g.code), layerCell("appraised", g.code), n(u.groups[g.code] ?? 0)]),
      n(u.bonus), n(u.penalty), n(u.total), String(u.rank), awardLabel(block, u.award),
      ballot ? ballotText(ballot.nominee.yes, denominator, ballot.nominee.share, language) : "",
      unit?.disqualified ? unit.disqualified : "",
    ];
  });
  const align: HorizontalAlign[] = ["center", "left", ...groups.flatMap((): HorizontalAlign[] => ["right", "right", "right"]), "right", "right", "right", "center", "left", "center", "left"];
  const table = w.table([h1, h2, h3], body, align);
  const top = table.first + 1;
  // Header cells merged: a group over its three layers, every other heading over its two rows.
  groups.forEach((_, i) => w.mergeHeader(`${columnLetters(c(i))}${top}:${columnLetters(c(i) + 2)}${top}`));
  for (const col of [0, 1, ...Array.from({ length: 7 }, (_, i) => after + i)]) w.mergeHeader(`${columnLetters(col)}${top}:${columnLetters(col)}${top + 1}`);
  w.blank(12);

  const signSplit = Math.max(2, Math.floor(widths.length / 2));
  w.signatures(
    { title: say(language, "NGƯỜI LẬP BIỂU", "PREPARED BY"), note: say(language, "(Ký, ghi rõ họ tên)", "(Signature, full name)"), name: fields.preparer },
    { title: upper(fields.signerTitle), note: say(language, "(Ký tên, đóng dấu)", "(Signature, seal)"), name: fields.signer },
    signSplit,
  );
  const last = w.row;
  const fieldsColumn = widths.length + 1;
  w.region(fieldsRegion("summary", fields, fieldsColumn, language));
  const sheet = w.sheet(paperSheetName("summary", block.block.year, language), {
    columns: [{ width: 3 }, { width: 12, hidden: true }, { width: 26 }, { width: 40 }],
    print: {
      orientation: "landscape", paper: "A4", fitToWidth: true,
      titleRows: [top, top + 2],
      area: `A1:${columnLetters(widths.length - 1)}${last}`,
      margins: { ...PAPER_MARGINS },
    },
  });
  return { kind: "summary", title: say(language, "Bảng tổng hợp kết quả chấm điểm", "Score summary"), sheet, marker: `${columnLetters(fieldsColumn)}1` };
}
