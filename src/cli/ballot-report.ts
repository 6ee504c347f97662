// The Bình xét part of `khoi evaluate`'s readable report: the counts, each tier's ballots, the exemplary
// categories and next year's leader and deputy — all from the engine's result (result.ballots, result.leadership).
import type { BallotReport, EvaluationResult, Leadership } from "../core/types";
import type { ReportLanguage } from "./report";

const WORDS = {
  vi: {
    title: "Bình xét", members: "thành viên", present: "có mặt", issued: "phiếu phát ra", returned: "thu về", valid: "hợp lệ",
    quorum: "đủ tỷ lệ có mặt", noQuorum: "KHÔNG đủ tỷ lệ có mặt", places: "suất", min: "tối thiểu", votes: "phiếu",
    exemplary: "Suy tôn", chosen: "được chọn", nobody: "chưa ai", tied: "bằng phiếu ở suất cuối, Khối phải quyết định",
    nextLeader: "Trưởng khối năm sau", nextDeputy: "Phó trưởng khối năm sau", notChosen: "chưa chọn", rotation: "đề xuất theo luân phiên",
  },
  en: {
    title: "Ballots", members: "members", present: "present", issued: "ballots issued", returned: "returned", valid: "valid",
    quorum: "quorum met", noQuorum: "quorum NOT met", places: "places", min: "minimum", votes: "votes",
    exemplary: "Exemplary", chosen: "chosen", nobody: "nobody", tied: "tied at the last place, the block must decide",
    nextLeader: "Next year's leader", nextDeputy: "Next year's deputy", notChosen: "not chosen", rotation: "the rotation suggests",
  },
} as const;

const num = (n: number, lang: ReportLanguage): string => (lang === "vi" ? String(n).replace(".", ",") : String(n));
const pct = (s: number | null, lang: ReportLanguage): string => (s === null ? "—" : `${num(Math.round(s * 1000) / 10, lang)} %`);

function countsLine(b: BallotReport, lang: ReportLanguage): string {
  const w = WORDS[lang];
  const parts = [`${b.members ?? "?"} ${w.members}`, `${b.present ?? "?"} ${w.present}`];
  const ballots = [[b.issued, w.issued], [b.returned, w.returned], [b.valid, w.valid]].filter(([n]) => n !== null).map(([n, label]) => `${label} ${n}`);
  return `  ${parts.join(", ")} (${b.quorumMet ? w.quorum : w.noQuorum})${ballots.length > 0 ? `; ${ballots.join(", ")}` : ""}.`;
}

function tierLines(b: BallotReport, lang: ReportLanguage): string[] {
  const w = WORDS[lang];
  const denominator = b.denominator === "members" ? b.members : b.present;
  return b.tiers.filter((t) => t.minVoteShare !== null || t.nominees.some((n) => n.yes > 0)).map((t) => {
    const rule = t.minVoteShare === null ? "" : `, ${w.min} ${pct(t.minVoteShare, lang)}`;
    const nominees = t.nominees.filter((n) => n.yes > 0 || n.award === t.id).map((n) =>
      `${n.name} ${n.yes}/${denominator ?? "?"} (${pct(n.share, lang)})${n.passes === false ? " ✗" : ""}${n.award === t.id ? " ✓" : ""}`);
    return `  ${t.label} (${t.places} ${w.places}${rule}): ${nominees.join("; ") || "—"}`;
  });
}

function exemplaryLines(b: BallotReport, lang: ReportLanguage): string[] {
  const w = WORDS[lang];
  return b.exemplary.map((e) => {
    const chosen = e.chosen.length > 0 ? e.chosen.map((name) => `${name} (${e.nominees.find((n) => n.name === name)?.yes ?? 0} ${w.votes})`).join(", ") : w.nobody;
    const tied = e.tied.length > 0 ? `; ${e.tied.join(", ")}: ${w.tied}` : "";
    return `  ${w.exemplary} «${e.label}» (${e.places} ${w.places}): ${w.chosen} ${chosen}${tied}`;
  });
}

function leadershipLines(l: Leadership, names: Map<string, string>, lang: ReportLanguage): string[] {
  const w = WORDS[lang];
  const name = (id: string | null): string => (id === null ? "" : names.get(id) ?? id);
  const leader = l.nextLeader !== null ? name(l.nextLeader) : `${w.notChosen}${l.suggestedLeader ? ` (${w.rotation}: ${name(l.suggestedLeader)})` : ""}`;
  const deputy = l.nextDeputy !== null ? name(l.nextDeputy) : w.notChosen;
  return [`  ${w.nextLeader}: ${leader}`, `  ${w.nextDeputy}: ${deputy}`];
}

/** Lines of the Bình xét section; none when the block has no ballots and no leadership to report. */
export function ballotSection(result: EvaluationResult, lang: ReportLanguage): string[] {
  const b = result.ballots;
  const l = result.leadership;
  if (!b || !l) return [];
  const hasBallots = b.members !== null || b.present !== null || b.exemplary.length > 0 || b.tiers.some((t) => t.nominees.some((n) => n.yes > 0));
  const hasLeadership = l.leader !== null || l.deputy !== null || l.nextLeader !== null || l.nextDeputy !== null;
  if (!hasBallots && !hasLeadership) return [];
  const names = new Map(result.units.map((u) => [u.id, u.name]));
  const lines = [`${WORDS[lang].title}:`];
  if (hasBallots) lines.push(countsLine(b, lang), ...tierLines(b, lang), ...exemplaryLines(b, lang));
  lines.push(...leadershipLines(l, names, lang), "");
  return lines;
}
