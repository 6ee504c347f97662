// What the Bình xét page edits and how it reaches the workbook: a draft of the conference's ballots and next year's
// leadership, made from the block read, laid back into a block document (so the engine shows the results while
// the officer types), and turned into the cell writes and Nhật ký lines that put it in the Bình xét and Khối sheets.
// Cells come from the reading (BlockReading.cellOf), never from positions; only cells whose value changes are written.
import type { Block, CellRef, ExemplaryCategory } from "../core/types";
import type { CellWrite } from "./host";
import type { CellValue, LogEntry } from "./model";

export interface CountsDraft {
  members: number | null;
  present: number | null;
  issued: number | null;
  returned: number | null;
  valid: number | null;
}
export const COUNT_KEYS = ["members", "present", "issued", "returned", "valid"] as const;

export interface CategoryDraft { id: string; label: string; places: number | null; minVoteShare: number | null }
export interface NomineeDraft { category: string; name: string; unit: string; yes: number | null }
export interface TermDraft { year: number; leader: string; deputy: string }

export interface BallotDraft {
  counts: CountsDraft;
  /** tier id -> unit id -> yes votes (null: not typed). */
  yes: Record<string, Record<string, number | null>>;
  categories: CategoryDraft[];
  nominees: NomineeDraft[];
  /** Unit ids; "" when not chosen. */
  nextLeader: string;
  nextDeputy: string;
  history: TermDraft[];
}

/** The draft of what the block holds now. */
export function draftFromBlock(block: Block): BallotDraft {
  const v = block.votes;
  const yes: BallotDraft["yes"] = Object.create(null);
  for (const tier of block.rules.awards) {
    yes[tier.id] = Object.create(null);
    for (const unit of block.units) yes[tier.id][unit.id] = v?.yes?.[tier.id]?.[unit.id] ?? null;
  }
  return {
    counts: { members: v?.members ?? null, present: v?.present ?? null, issued: v?.issued ?? null, returned: v?.returned ?? null, valid: v?.valid ?? null },
    yes,
    categories: (v?.exemplary ?? []).map((c) => ({ id: c.id, label: c.label ?? "", places: c.places, minVoteShare: c.minVoteShare ?? null })),
    nominees: (v?.exemplary ?? []).flatMap((c) => c.nominees.map((n) => ({ category: c.id, name: n.name, unit: n.unit ?? "", yes: n.yes ?? null }))),
    nextLeader: block.block.nextLeader ?? "",
    nextDeputy: block.block.nextDeputy ?? "",
    history: (block.block.history ?? []).map((h) => ({ year: h.year, leader: h.leader ?? "", deputy: h.deputy ?? "" })),
  };
}

const folded = (s: string): string => s.normalize("NFC").trim().toLowerCase();

/** The block with the draft in place of its ballots and leadership: what the engine evaluates while typing. */
export function blockWithDraft(block: Block, draft: BallotDraft): Block {
  const yes: Record<string, Record<string, number>> = Object.create(null);
  for (const [tier, perUnit] of Object.entries(draft.yes)) {
    for (const [unit, n] of Object.entries(perUnit)) if (n !== null) (yes[tier] ??= Object.create(null))[unit] = n;
  }
  const exemplary: ExemplaryCategory[] = draft.categories.filter((c) => c.id.trim() !== "").map((c) => ({
    id: c.id.trim(), places: c.places ?? 0,
    ...(c.label.trim() ? { label: c.label.trim() } : {}), ...(c.minVoteShare !== null ? { minVoteShare: c.minVoteShare } : {}),
    nominees: draft.nominees.filter((n) => n.name.trim() !== "" && folded(n.category) === folded(c.id)).map((n) => ({
      name: n.name.trim(), ...(n.unit.trim() ? { unit: n.unit.trim() } : {}), ...(n.yes !== null ? { yes: n.yes } : {}),
    })),
  }));
  const counts = Object.fromEntries(COUNT_KEYS.filter((k) => draft.counts[k] !== null).map((k) => [k, draft.counts[k] as number]));
  const info = { ...block.block };
  delete info.nextLeader;
  delete info.nextDeputy;
  if (draft.nextLeader) info.nextLeader = draft.nextLeader;
  if (draft.nextDeputy) info.nextDeputy = draft.nextDeputy;
  const history = draft.history.filter((h) => Number.isInteger(h.year));
  if (history.length > 0) info.history = history.map((h) => ({ year: h.year, ...(h.leader ? { leader: h.leader } : {}), ...(h.deputy ? { deputy: h.deputy } : {}) }));
  else delete info.history;
  return { ...block, block: info, votes: { ...counts, yes, ...(exemplary.length > 0 ? { exemplary } : {}) } };
}

/** Next year's row of the leaders table: the chosen leader and deputy by name, this year's row kept or added. */
export function withNextTerm(block: Block, draft: BallotDraft): TermDraft[] {
  const name = (id: string): string => block.units.find((u) => u.id === id)?.name ?? id;
  const year = block.block.year;
  const history = draft.history.filter((h) => h.year !== year + 1);
  if (!history.some((h) => h.year === year) && (block.block.leader || block.block.deputy)) {
    history.push({ year, leader: block.block.leader ? name(block.block.leader) : "", deputy: block.block.deputy ? name(block.block.deputy) : "" });
  }
  if (draft.nextLeader || draft.nextDeputy) history.push({ year: year + 1, leader: draft.nextLeader ? name(draft.nextLeader) : "", deputy: draft.nextDeputy ? name(draft.nextDeputy) : "" });
  return history.sort((a, b) => a.year - b.year);
}

/** Where the page writes: the reading's cells by path and what they hold. */
export interface BallotCells {
  cellOf?(path: string): CellRef | undefined;
  valueOf?(path: string): unknown;
}

export interface BallotWrites {
  writes: CellWrite[];
  log: LogEntry[];
  /** Draft rows that have no row in the workbook's tables (more than its empty rows): Thiết lập makes room. */
  overflow: string[];
}

const asCell = (v: unknown): CellValue => (v === undefined || v === "" ? null : (v as CellValue));
const same = (a: unknown, b: unknown): boolean => {
  const x = asCell(a);
  const y = asCell(b);
  if (typeof x === "string" && typeof y === "string") return x.normalize("NFC").trim() === y.normalize("NFC").trim();
  return x === y;
};

/** The writes (only changed cells) and one Nhật ký line per cell, action "ballots". */
export function ballotWrites(cells: BallotCells, draft: BallotDraft, who: string, now: Date, lang: "vi" | "en" = "vi"): BallotWrites {
  const writes: CellWrite[] = [];
  const log: LogEntry[] = [];
  const overflow: string[] = [];
  const what = lang === "vi" ? "Ghi kết quả bình xét" : "Ballot results written";
  const put = (path: string, value: CellValue): boolean => {
    const cell = cells.cellOf?.(path);
    if (!cell) return false;
    const old = asCell(cells.valueOf?.(path));
    if (same(old, value)) return true;
    writes.push({ cell, value });
    log.push({ time: now.toISOString(), who, what, action: "ballots", cell: `${cell.sheet}!${cell.address}`, old, new: value });
    return true;
  };
  for (const k of COUNT_KEYS) put(`votes.${k}`, draft.counts[k]);
  for (const [tier, perUnit] of Object.entries(draft.yes)) for (const [unit, n] of Object.entries(perUnit)) put(`votes.yes.${tier}.${unit}`, n);
  put("block.nextLeader", draft.nextLeader || null);
  put("block.nextDeputy", draft.nextDeputy || null);
  // Row i of the draft goes to row i of the table; the rows after it are cleared (a nominee removed on the page
  // leaves nothing behind in the sheet). Rows beyond the table's end are reported, not written anywhere else.
  const table = <T>(slots: string, rows: T[], keys: (keyof T & string)[], label: (row: T) => string): void => {
    for (let i = 0; ; i++) {
      if (!cells.cellOf?.(`${slots}[${i}].${keys[0]}`)) {
        for (const rest of rows.slice(i)) overflow.push(label(rest));
        return;
      }
      const row = rows[i];
      for (const k of keys) put(`${slots}[${i}].${k}`, row ? asCell(row[k]) : null);
    }
  };
  table("slots.categories", draft.categories, ["id", "label", "places", "minVoteShare"], (c) => c.label || c.id);
  table("slots.nominees", draft.nominees, ["category", "name", "unit", "yes"], (n) => n.name);
  table("slots.leaders", draft.history, ["year", "leader", "deputy"], (h) => String(h.year));
  return { writes, log, overflow };
}
