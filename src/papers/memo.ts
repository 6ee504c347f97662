// Tờ trình đề nghị khen thưởng: addressee, legal bases (the officer's text, defaulting from defaults.json), the
// year's results, the list proposed with the award and the share of votes, "Nơi nhận" and the leader's signature.
// Portrait A4. Pure.
import type { PaperSheet } from "../workbook/paper";
import { columnLetters } from "../workbook/a1";
import { awardLabel, flagTierId, unitBallot, unitName, recordedBallots } from "./facts";
import { fieldDate, fieldLines, fieldsRegion } from "./fields";
import { formatNumber, formatShare, upper } from "./format";
import { heading, numberLine, say } from "./heading";
import { paperSheetName, type PaperInput } from "./input";
import { PORTRAIT_WIDTHS, resultSentence, signName } from "./minutes";
import { PAPER_MARGINS, PaperWriter } from "./sheet";

export function buildMemo(input: PaperInput): PaperSheet {
  const { block, result, fields, language } = input;
  const w = new PaperWriter(PORTRAIT_WIDTHS);
  const date = fieldDate(fields, input.today);
  const year = block.block.year;
  const proposed = result.units.filter((u) => u.award !== null);
  const tiers = block.rules.awards.filter((t) => proposed.some((u) => u.award === t.id)).map((t) => awardLabel(block, t.id));
  heading(w, block, { split: 1, number: numberLine(fields.number, "TTr", fields.symbol, language), place: fields.place, date, language });
  w.line(say(language, "TỜ TRÌNH", "PROPOSAL MEMO"), { style: { bold: true, fontSize: 14, horizontal: "center" } });
  w.line(say(language, `Về việc đề nghị tặng ${tiers.length > 0 ? tiers.join(" và ") : "danh hiệu thi đua"} năm ${year}`, `Proposing ${tiers.length > 0 ? tiers.join(" and ") : "awards"} for ${year}`), { style: { bold: true, horizontal: "center" } });
  w.blank();
  w.line(say(language, `Kính gửi: ${fields.addressee.trim()}.`, `To: ${fields.addressee.trim()}.`), { style: { horizontal: "center" } });
  w.blank();
  for (const line of fieldLines(fields.legalBases)) w.line(line, { style: { italic: true } });

  const minutes = input.minutes;
  const cite = minutes && minutes.number.trim() !== "" ? say(language, ` (Biên bản số ${minutes.number.trim()}/BB-${minutes.symbol.trim()})`, ` (minutes no. ${minutes.number.trim()}/BB-${minutes.symbol.trim()})`) : "";
  w.line(say(language,
    `Năm ${year}, ${block.block.name} có ${block.units.length} đơn vị thành viên; ${resultSentence(input)}. Qua chấm điểm và bỏ phiếu bình xét tại Hội nghị tổng kết${cite}, ${block.block.name} kính đề nghị ${block.block.organizer ?? "cấp có thẩm quyền"} xét tặng:`,
    `In ${year}, ${block.block.name} had ${block.units.length} member units; ${resultSentence(input)}. After the scoring and the ballots of the year-end meeting${cite}, ${block.block.name} proposes to ${block.block.organizer ?? "the authority"}:`));
  const flag = flagTierId(block);
  const recorded = recordedBallots(result);
  const denominator = recorded ? (recorded.denominator === "members" ? recorded.members : recorded.present) : null;
  if (proposed.length === 0) {
    w.line(say(language, "Không có đơn vị đủ điều kiện đề nghị khen thưởng.", "No unit qualifies for an award."), { style: { italic: true } });
  } else {
    w.table(
      [[say(language, "STT", "No."), say(language, "Đơn vị", "Unit"), say(language, "Tổng điểm", "Total"), say(language, "Xếp hạng", "Rank"), say(language, "Hình thức đề nghị", "Award proposed"), say(language, "Tỷ lệ phiếu", "Votes")]],
      proposed.map((u, i) => {
        const ballot = unitBallot(result, u.id, u.award);
        const lead = u.award === flag ? say(language, ` (đơn vị dẫn đầu ${block.block.name})`, ` (leading ${block.block.name})`) : "";
        const votes = ballot ? `${ballot.nominee.yes}/${denominator ?? "?"} (${formatShare(ballot.nominee.share, language)})` : "";
        return [String(i + 1), u.name, formatNumber(u.total, language), String(u.rank), `${awardLabel(block, u.award)}${lead}`, votes];
      }),
      ["center", "left", "right", "center", "left", "center"], [1, 1, 1, 1, 2, 1],
    );
  }
  w.line(say(language, "(Kèm theo Bảng tổng hợp kết quả chấm điểm và Biên bản họp bình xét thi đua.)", "(Enclosed: the score summary and the minutes of the review meeting.)"), { style: { italic: true } });
  w.line(say(language, `Kính trình ${fields.addressee.trim() || "cấp có thẩm quyền"} xem xét, quyết định./.`, `Submitted to ${fields.addressee.trim() || "the authority"} for decision./.`));
  w.blank(12);

  // Nơi nhận at the left (12 pt bold italic, lines 11 pt), the signature at the right.
  const leaderUnit = unitName(block, result.leadership?.leader ?? block.block.leader);
  const recipients = fieldLines(fields.recipients);
  const top = w.row;
  w.put(top, say(language, "Nơi nhận:", "Recipients:"), { from: 0, to: 1, style: { bold: true, italic: true, fontSize: 12 } });
  w.put(top, upper(fields.signerTitle), { from: 2, to: 6, style: { bold: true, horizontal: "center" } });
  const rows = Math.max(recipients.length, 6);
  for (let i = 0; i < rows; i++) {
    const row = top + 1 + i;
    if (recipients[i]) w.put(row, `- ${recipients[i]}`, { from: 0, to: 1, style: { fontSize: 11 } });
    if (i === 0 && leaderUnit) w.put(row, leaderUnit, { from: 2, to: 6, style: { bold: true, horizontal: "center" } });
    if (i === 1) w.put(row, say(language, "(Ký tên, đóng dấu)", "(Signature, seal)"), { from: 2, to: 6, style: { italic: true, horizontal: "center" } });
  }
  const nameRow = top + rows + 1;
  w.put(nameRow, signName(fields.signer), { from: 2, to: 6, style: { bold: true, horizontal: "center" } });
  w.skipTo(nameRow + 1);
  const last = nameRow + 1;
  const fieldsColumn = PORTRAIT_WIDTHS.length + 1;
  w.region(fieldsRegion("memo", fields, fieldsColumn, language));
  const sheet = w.sheet(paperSheetName("memo", year, language), {
    columns: [{ width: 3 }, { width: 12, hidden: true }, { width: 26 }, { width: 40 }],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, area: `A1:${columnLetters(PORTRAIT_WIDTHS.length - 1)}${last}`, margins: { ...PAPER_MARGINS } },
  });
  return { kind: "memo", title: say(language, "Tờ trình đề nghị khen thưởng", "Proposal memo"), sheet, marker: `${columnLetters(fieldsColumn)}1` };
}
