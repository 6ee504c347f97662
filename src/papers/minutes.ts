// Biên bản họp bình xét thi đua: time, place, chair, secretary, units present and absent; the year's results with
// the counts the seed reports use; the ranking; the ballots per nominee (issued, returned, valid, yes, %); the
// nominees with their award and, for the flag, the block it leads (letter 5007/BNV-TĐKT); exemplary collectives;
// next year's leader and deputy; signatures of the secretary and the chair. Portrait A4. Pure.
import { nameKey } from "../core/text/normalize";
import type { PaperSheet } from "../workbook/paper";
import { columnLetters } from "../workbook/a1";
import { awardLabel, covenantCount, flagTierId, planCount, recordedBallots, unitName } from "./facts";
import { fieldDate, fieldLines, fieldsRegion, leaderTitle } from "./fields";
import { formatNumber, formatShare, longDate } from "./format";
import { heading, numberLine, say } from "./heading";
import { paperSheetName, type PaperInput } from "./input";
import { PAPER_MARGINS, PaperWriter } from "./sheet";

/** Portrait A4 between margins of 30 and 15 mm holds about 86 width units. */
export const PORTRAIT_WIDTHS = [6, 30, 9, 9, 9, 9, 14];

/** The name to sign under: "Nguyễn Văn A, Giám đốc …" signs as "Nguyễn Văn A". */
export const signName = (text: string): string => text.split(/[,–-]/)[0].trim();

/** The sentence of the year's results: plan completion and the covenant, as the seed reports count them. */
export function resultSentence(input: PaperInput): string {
  const { block, language } = input;
  const plan = planCount(block);
  const covenant = covenantCount(block);
  const parts: string[] = [];
  if (plan) parts.push(say(language, `${plan.met}/${plan.of} đơn vị hoàn thành và hoàn thành vượt mức kế hoạch đề ra`, `${plan.met}/${plan.of} units met or exceeded their plan`));
  parts.push(say(language, `${covenant.signed}/${covenant.of} đơn vị đã ký giao ước thi đua năm ${block.block.year}`, `${covenant.signed}/${covenant.of} units signed the emulation covenant of ${block.block.year}`));
  return parts.join("; ");
}

export function buildMinutes(input: PaperInput): PaperSheet {
  const { block, result, fields, language } = input;
  const w = new PaperWriter(PORTRAIT_WIDTHS);
  const n = (v: number) => formatNumber(v, language);
  const date = fieldDate(fields, input.today);
  const year = block.block.year;
  heading(w, block, { split: 1, number: numberLine(fields.number, "BB", fields.symbol, language), place: fields.place, date, language });
  w.line(say(language, "BIÊN BẢN", "MINUTES"), { style: { bold: true, fontSize: 14, horizontal: "center" } });
  w.line(say(language, `Họp bình xét thi đua năm ${year} của ${block.block.name}`, `Emulation review meeting of ${year}, ${block.block.name}`), { style: { bold: true, horizontal: "center" } });
  w.blank();

  const ballots = recordedBallots(result);
  const members = ballots?.members ?? block.units.length;
  const absentNames = fieldLines(fields.absent);
  const absentKeys = new Set(absentNames.map(nameKey));
  const presentUnits = block.units.filter((u) => !absentKeys.has(nameKey(u.name)));
  const present = ballots?.present ?? presentUnits.length;
  const dots = "………………";

  w.line(say(language, `1. Thời gian: ${fields.time.trim() || dots}, ${longDate(date, language)}.`, `1. Time: ${fields.time.trim() || dots}, ${longDate(date, language)}.`));
  w.line(say(language, `2. Địa điểm: ${fields.venue.trim() || dots}.`, `2. Venue: ${fields.venue.trim() || dots}.`));
  w.line(say(language, "3. Thành phần:", "3. Attendance:"), { style: { bold: true } });
  w.line(say(language, `- Chủ trì: ${fields.chair.trim() || dots}.`, `- Chair: ${fields.chair.trim() || dots}.`));
  w.line(say(language, `- Thư ký: ${fields.secretary.trim() || dots}.`, `- Secretary: ${fields.secretary.trim() || dots}.`));
  // Names of the units present only when the absent ones are named (or none is absent): never a list that
  // contradicts the count.
  const named = absentNames.length > 0 || present >= members;
  const presentList = named ? `: ${presentUnits.map((u) => u.name).join("; ")}` : "";
  w.line(say(language, `- Đơn vị có mặt: ${present}/${members} đơn vị thành viên${presentList}.`, `- Units present: ${present}/${members}${presentList}.`));
  const absentText = absentNames.length > 0 ? absentNames.join("; ") : present < members ? `${members - present} đơn vị: ${dots}` : "không";
  w.line(say(language, `- Đơn vị vắng mặt: ${absentText}.`, `- Units absent: ${absentNames.length > 0 ? absentNames.join("; ") : present < members ? `${members - present}: ${dots}` : "none"}.`));

  w.line(say(language, "4. Nội dung và kết quả:", "4. Business and results:"), { style: { bold: true } });
  w.line(say(language, `4.1. Năm ${year}, ${block.block.name} có ${block.units.length} đơn vị thành viên; ${resultSentence(input)}.`,
    `4.1. In ${year}, ${block.block.name} had ${block.units.length} member units; ${resultSentence(input)}.`));
  w.line(say(language, "4.2. Kết quả chấm điểm, xếp hạng:", "4.2. Scores and ranks:"));
  w.table(
    [[say(language, "STT", "No."), say(language, "Đơn vị", "Unit"), say(language, "Tổng điểm", "Total"), say(language, "Xếp hạng", "Rank"), say(language, "Đề nghị khen thưởng", "Proposed award")]],
    result.units.map((u, i) => [String(i + 1), u.name, n(u.total), String(u.rank), awardLabel(block, u.award)]),
    ["center", "left", "right", "center", "left"], [1, 1, 1, 1, 3],
  );

  w.line(say(language, "4.3. Kết quả bỏ phiếu bình xét:", "4.3. Ballots:"));
  const count = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  if (ballots) {
    w.line(say(language,
      `Số thành viên: ${count(ballots.members)}; có mặt: ${count(ballots.present)}; số phiếu phát ra: ${count(ballots.issued)}; thu về: ${count(ballots.returned)}; hợp lệ: ${count(ballots.valid)}.${ballots.quorumMet ? "" : " Số đơn vị có mặt chưa đủ tỷ lệ quy định để bỏ phiếu."}`,
      `Members: ${count(ballots.members)}; present: ${count(ballots.present)}; ballots issued: ${count(ballots.issued)}; returned: ${count(ballots.returned)}; valid: ${count(ballots.valid)}.${ballots.quorumMet ? "" : " The quorum was not met."}`));
    for (const tier of ballots.tiers.filter((t) => t.nominees.length > 0)) {
      w.line(`- ${tier.label}${tier.minVoteShare !== null ? say(language, ` (cần ${ballots.strict ? "trên" : "từ"} ${formatShare(tier.minVoteShare, language)} số phiếu)`, ` (needs ${ballots.strict ? "over" : "at least"} ${formatShare(tier.minVoteShare, language)})`) : ""}:`);
      w.table(
        [[say(language, "STT", "No."), say(language, "Đơn vị được đề cử", "Nominee"), say(language, "Phiếu phát ra", "Issued"), say(language, "Phiếu thu về", "Returned"), say(language, "Phiếu hợp lệ", "Valid"), say(language, "Phiếu đồng ý", "Yes"), say(language, "Tỷ lệ", "Share")]],
        tier.nominees.map((nominee, i) => [String(i + 1), nominee.name, count(ballots.issued), count(ballots.returned), count(ballots.valid), String(nominee.yes), formatShare(nominee.share, language)]),
        ["center", "left", "center", "center", "center", "center", "center"],
      );
    }
  } else {
    w.line(say(language, "Chưa có kết quả bỏ phiếu trong sổ (trang Bình xét).", "No ballots in the workbook yet (Bình xét sheet)."), { style: { italic: true } });
  }

  w.line(say(language, `4.4. Hội nghị thống nhất đề nghị ${block.block.organizer ?? "cấp trên"} khen thưởng:`, `4.4. The meeting agreed to propose to ${block.block.organizer ?? "the province"}:`));
  const flag = flagTierId(block);
  const awarded = block.rules.awards.map((tier) => ({ tier, units: result.units.filter((u) => u.award === tier.id) })).filter((a) => a.units.length > 0);
  if (awarded.length === 0) w.line(say(language, "- Không có đơn vị đủ điều kiện đề nghị khen thưởng.", "- No unit qualifies for an award."));
  for (const { tier, units } of awarded) {
    const names = units.map((u) => (tier.id === flag ? say(language, `${u.name} (đơn vị dẫn đầu ${block.block.name})`, `${u.name} (leading ${block.block.name})`) : u.name));
    w.line(`- ${awardLabel(block, tier.id)}: ${names.join("; ")}.`);
  }

  const exemplary = (ballots?.exemplary ?? []).filter((c) => c.nominees.length > 0);
  let section = 5;
  if (exemplary.length > 0) {
    w.line(say(language, `4.${section++}. Suy tôn điển hình:`, `4.${section - 1}. Exemplary collectives and individuals:`));
    for (const category of exemplary) {
      const chosen = category.chosen.length > 0 ? category.chosen.join("; ") : say(language, "chưa chọn được", "none chosen");
      const tied = category.tied.length > 0 ? say(language, ` (bằng phiếu, Hội nghị quyết định: ${category.tied.join("; ")})`, ` (tied, for the meeting to decide: ${category.tied.join("; ")})`) : "";
      w.line(`- ${category.label}: ${chosen}${tied}.`);
    }
  }
  const nextLeader = unitName(block, result.leadership?.nextLeader ?? block.block.nextLeader);
  const nextDeputy = unitName(block, result.leadership?.nextDeputy ?? block.block.nextDeputy);
  const title = leaderTitle(block.block.name);
  const leaderWord = title === "TRƯỞNG CỤM" ? "Trưởng cụm" : "Khối trưởng";
  const deputyWord = title === "TRƯỞNG CỤM" ? "Phó trưởng cụm" : "Khối phó";
  w.line(say(language,
    `4.${section}. Bầu ${leaderWord}, ${deputyWord} năm ${year + 1}: ${nextLeader || dots} làm ${leaderWord}; ${nextDeputy || dots} làm ${deputyWord}.`,
    `4.${section}. Leader and deputy for ${year + 1}: ${nextLeader || dots} (leader); ${nextDeputy || dots} (deputy).`));
  w.line(say(language, "Biên bản được đọc lại cho các đại biểu dự họp cùng nghe, nhất trí thông qua./.", "The minutes were read out to the meeting and adopted./."), { style: { italic: true } });
  w.blank(12);
  w.signatures(
    { title: say(language, "THƯ KÝ", "SECRETARY"), note: say(language, "(Ký, ghi rõ họ tên)", "(Signature, full name)"), name: signName(fields.secretary) },
    { title: say(language, "CHỦ TRÌ", "CHAIR"), note: say(language, "(Ký, ghi rõ họ tên)", "(Signature, full name)"), name: signName(fields.chair) },
    2,
  );
  const last = w.row;
  const fieldsColumn = PORTRAIT_WIDTHS.length + 1;
  w.region(fieldsRegion("minutes", fields, fieldsColumn, language));
  const sheet = w.sheet(paperSheetName("minutes", year, language), {
    columns: [{ width: 3 }, { width: 12, hidden: true }, { width: 26 }, { width: 40 }],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, area: `A1:${columnLetters(PORTRAIT_WIDTHS.length - 1)}${last}`, margins: { ...PAPER_MARGINS } },
  });
  return { kind: "minutes", title: say(language, "Biên bản họp bình xét thi đua", "Minutes of the review meeting"), sheet, marker: `${columnLetters(fieldsColumn)}1` };
}
