// Next year's block from this year's: the same units, criteria and rules, the leader and deputy the conference
// elected (or the rotation: this year's deputy leads), the leaders-by-year history carried on with this year's and
// next year's rows, and everything that belongs to one year left empty — targets, scores, ballots, disqualifications,
// titles (a title such as "Tập thể lao động xuất sắc" is earned for a year) and the declared results.
import type { Block, ExemplaryCategory, LeaderTerm } from "../core/types";

export function nextYearBlock(block: Block): Block {
  const info = block.block;
  const name = (id: string | undefined): string | undefined => (id === undefined ? undefined : block.units.find((u) => u.id === id)?.name ?? id);
  const leader = info.nextLeader ?? info.deputy;
  const deputy = info.nextDeputy;
  const history: LeaderTerm[] = (info.history ?? []).filter((h) => h.year !== info.year && h.year !== info.year + 1);
  const term = (year: number, l: string | undefined, d: string | undefined): LeaderTerm => ({ year, ...(l ? { leader: name(l) } : {}), ...(d ? { deputy: name(d) } : {}) });
  if (info.leader || info.deputy) history.push(term(info.year, info.leader, info.deputy));
  if (leader || deputy) history.push(term(info.year + 1, leader, deputy));
  history.sort((a, b) => a.year - b.year);
  // The categories the block votes on stay (with their places); the nominees are next year's to name.
  const exemplary: ExemplaryCategory[] = (block.votes?.exemplary ?? []).map((c) => ({ ...c, nominees: [] }));
  const next: Block = {
    format: block.format,
    block: {
      name: info.name, year: info.year + 1,
      ...(info.organizer ? { organizer: info.organizer } : {}),
      ...(leader ? { leader } : {}), ...(deputy ? { deputy } : {}),
      ...(history.length > 0 ? { history } : {}),
      ...(info.note ? { note: info.note } : {}),
    },
    rules: block.rules,
    units: block.units.map((u) => ({ ...u, titles: [], disqualified: null })),
    criteria: block.criteria,
    targets: {},
    scores: { self: {}, appraised: {}, final: {} },
    votes: { members: block.units.length, ...(exemplary.length > 0 ? { exemplary } : {}) },
  };
  return next;
}
