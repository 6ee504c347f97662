// The provincial consolidation: which file of each block is used, which blocks belong to the year, the checks across
// blocks, the award lists and the Government-flag candidates. Pure: the files were read (one at a time) elsewhere.
import { compareVietnamese } from "../core/text";
import { awardCountExceeded, awardInTwoBlocks, blockOtherYear, blockSentTwice, fileSkipped, govFlagNotCandidate, govFlagOverCap, unitInTwoBlocks } from "./messages";
import { DEFAULT_PROVINCE_RULES, govFlagCap, type ProvinceRules } from "./rules";
import { unitKey } from "./summarize";
import type {
  AwardList, BlockEntry, BlockFileSummary, BoardChoice, GovFlagCandidate, Place, ProvinceFinding, ProvinceResult, SkippedFile, UnitSummary,
} from "./types";

export interface ConsolidateInput {
  blocks: readonly BlockFileSummary[];
  skipped?: readonly SkippedFile[];
  rules?: ProvinceRules;
  /** The board's marks read from a previous consolidated workbook. */
  choices?: readonly BoardChoice[];
}

const total100 = (total: number, scale: number): number => (scale > 0 ? (total * 100) / scale : total);

/** The most common year; on a tie the latest (a province consolidates the year just ended). */
export function commonYear(blocks: readonly BlockFileSummary[]): number | null {
  const counts = new Map<number, number>();
  for (const b of blocks) if (b.year !== null) counts.set(b.year, (counts.get(b.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) {
    if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year > best)) best = year;
  }
  return best;
}

/** Later first: modification time, then file name. */
const laterFirst = (a: BlockFileSummary, b: BlockFileSummary): number =>
  b.file.modified - a.file.modified || (a.file.name < b.file.name ? 1 : a.file.name > b.file.name ? -1 : 0);

const byBlockName = (a: BlockEntry, b: BlockEntry): number =>
  compareVietnamese(a.summary.name, b.summary.name) || (a.summary.file.name < b.summary.file.name ? -1 : 1);

const namePlace = (s: BlockFileSummary): Place => ({ file: s.file.name, blockName: s.name, ...(s.nameCell ? { cell: s.nameCell } : {}) });
const unitPlace = (s: BlockFileSummary, u: UnitSummary, cell: "name" | "award"): Place => {
  const at = cell === "award" ? u.awardCell ?? u.nameCell : u.nameCell;
  return { file: s.file.name, blockName: s.name, ...(at ? { cell: at } : {}) };
};

export function tierLabel(s: BlockFileSummary, tier: string): string {
  return s.tiers.find((t) => t.id === tier)?.label ?? tier;
}

export function consolidate(input: ConsolidateInput): ProvinceResult {
  const rules = input.rules ?? DEFAULT_PROVINCE_RULES;
  const skipped = [...(input.skipped ?? [])];
  const findings: ProvinceFinding[] = skipped.map((s) => fileSkipped(s.file.name, s.reason, s.reasonEn));

  // One file per block: the latest; the others are listed.
  const groups = new Map<string, BlockFileSummary[]>();
  for (const s of input.blocks) groups.set(s.blockId, [...(groups.get(s.blockId) ?? []), s]);
  const entries: BlockEntry[] = [];
  for (const files of groups.values()) {
    const [used, ...older] = [...files].sort(laterFirst);
    entries.push({ summary: used, status: "used" });
    for (const s of older) entries.push({ summary: s, status: "superseded", supersededBy: used.file.name });
    if (older.length > 0) findings.push(blockSentTwice(used.name, namePlace(used), older.map(namePlace)));
  }

  // The year most blocks give, counting each block once (not every copy it sent).
  const year = rules.year ?? commonYear(entries.map((e) => e.summary).filter((_, i) => entries[i].status === "used"));
  for (const entry of entries) {
    if (entry.status !== "used" || year === null || entry.summary.year === year) continue;
    entry.status = "other-year";
    const s = entry.summary;
    findings.push(blockOtherYear({ file: s.file.name, blockName: s.name, ...(s.yearCell ? { cell: s.yearCell } : {}) }, s.name, s.year, year));
  }
  entries.sort(byBlockName);
  const current = entries.filter((e) => e.status === "used").map((e) => e.summary);

  findings.push(...awardCounts(current), ...unitsAcrossBlocks(current));
  const awardLists = buildAwardLists(current);
  const gov = govFlag(current, rules, input.choices ?? [], year);
  findings.push(...gov.findings);

  const blockErrors = current.some((s) => s.findings.some((f) => f.severity === "error"));
  return {
    format: "khoi-province/1",
    year,
    ok: !blockErrors && !findings.some((f) => f.severity === "error"),
    blocks: entries,
    skipped,
    awardLists,
    govFlag: gov.view,
    findings,
  };
}

/** Per block and tier: no more proposals than the block's own rules allow. */
function awardCounts(blocks: readonly BlockFileSummary[]): ProvinceFinding[] {
  const out: ProvinceFinding[] = [];
  for (const s of blocks) {
    for (const tier of s.tiers) {
      const proposed = s.units.filter((u) => u.award === tier.id);
      if (proposed.length <= tier.count) continue;
      out.push(awardCountExceeded(s.name, tier.label, tier.count, proposed.map((u) => unitPlace(s, u, "award")), proposed.map((u) => u.name)));
    }
  }
  return out;
}

/** A unit in two blocks; when two or more blocks propose it for an award, that is the finding (an error). */
function unitsAcrossBlocks(blocks: readonly BlockFileSummary[]): ProvinceFinding[] {
  const byKey = new Map<string, { s: BlockFileSummary; u: UnitSummary }[]>();
  for (const s of blocks) {
    const seen = new Set<string>();
    for (const u of s.units) {
      if (seen.has(u.key)) continue; // twice in one block: the block's own UNIT_DUPLICATE
      seen.add(u.key);
      byKey.set(u.key, [...(byKey.get(u.key) ?? []), { s, u }]);
    }
  }
  const out: ProvinceFinding[] = [];
  for (const members of byKey.values()) {
    if (members.length < 2) continue;
    const proposing = members.filter((m) => m.u.award !== null);
    if (proposing.length >= 2) {
      out.push(awardInTwoBlocks(proposing[0].u.name, proposing.map((m) => unitPlace(m.s, m.u, "award")), proposing.map((m) => tierLabel(m.s, m.u.award as string))));
    } else {
      out.push(unitInTwoBlocks(members[0].u.name, members.map((m) => unitPlace(m.s, m.u, "name"))));
    }
  }
  return out;
}

/** One list per tier id, in the order tiers first appear (the flag first in every built-in template). */
function buildAwardLists(blocks: readonly BlockFileSummary[]): AwardList[] {
  const lists = new Map<string, AwardList & { labels: Map<string, number> }>();
  for (const s of blocks) {
    for (const tier of s.tiers) {
      const list = lists.get(tier.id) ?? { tier: tier.id, label: tier.label, rows: [], labels: new Map<string, number>() };
      list.labels.set(tier.label, (list.labels.get(tier.label) ?? 0) + 1);
      lists.set(tier.id, list);
      for (const u of s.units.filter((x) => x.award === tier.id).sort((a, b) => a.rank - b.rank)) {
        list.rows.push({
          unitName: u.name, unitId: u.id, blockName: s.name, blockId: s.blockId, file: s.file.name,
          total: u.total, total100: total100(u.total, s.scale), rank: u.rank, yes: u.yes, present: s.present,
        });
      }
    }
  }
  return [...lists.values()].map(({ labels, ...list }) => {
    // The label most blocks use names the list.
    const label = [...labels.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? list.label;
    return { ...list, label };
  });
}

/** Candidates (each block's flag nominee: the collective leading it), the cap, and the board's marks checked. */
function govFlag(blocks: readonly BlockFileSummary[], rules: ProvinceRules, choices: readonly BoardChoice[], year: number | null) {
  const candidates: GovFlagCandidate[] = [];
  let leadingBlocks = 0;
  for (const s of blocks) {
    if (!s.flagTier) continue;
    const nominees = s.units.filter((u) => u.award === s.flagTier);
    if (nominees.length > 0) leadingBlocks++;
    for (const u of nominees) {
      candidates.push({
        blockId: s.blockId, blockName: s.name, file: s.file.name, unitId: u.id, unitName: u.name,
        total: u.total, total100: total100(u.total, s.scale), rank: u.rank, ...(u.awardCell ? { awardCell: u.awardCell } : {}), chosen: false,
      });
    }
  }
  candidates.sort((a, b) => b.total100 - a.total100 || compareVietnamese(a.blockName, b.blockName));
  const cap = govFlagCap(leadingBlocks, rules);
  const findings: ProvinceFinding[] = [];
  const chosenPlaces: Place[] = [];
  const otherChoices: BoardChoice[] = [];
  for (const choice of choices) {
    const place: Place = { file: choice.file, ...(choice.cell ? { cell: choice.cell } : {}) };
    const match = candidates.find((c) => choice.blockId !== undefined && c.blockId === choice.blockId && c.unitId === choice.unitId)
      ?? uniqueByName(candidates, choice.unitName);
    if (match && !match.chosen) {
      match.chosen = true;
      chosenPlaces.push(place);
    } else if (!match) {
      findings.push(govFlagNotCandidate(place, choice.unitName, year));
      chosenPlaces.push(place);
      otherChoices.push(choice);
    }
  }
  if (chosenPlaces.length > cap) findings.unshift(govFlagOverCap(chosenPlaces, chosenPlaces.length, cap, rules.govFlag.share, leadingBlocks));
  return {
    view: { share: rules.govFlag.share, rounding: rules.govFlag.rounding, leadingBlocks, cap, legalBasis: rules.legalBasis, candidates, otherChoices },
    findings,
  };
}


/** A choice typed by name (a row the board added): the one candidate of that name, if exactly one. */
function uniqueByName(candidates: GovFlagCandidate[], name: string): GovFlagCandidate | undefined {
  const key = unitKey(name);
  const same = candidates.filter((c) => unitKey(c.unitName) === key);
  return same.length === 1 ? same[0] : undefined;
}

/**
 * Errors and warnings per block file, as PROVINCE.xlsx counts them: the block's own findings (blocks used only) plus
 * each finding across blocks that involves the file, once per finding.
 */
export function findingCounts(result: ProvinceResult): Map<string, { errors: number; warnings: number }> {
  const counts = new Map(result.blocks.map((e) => [e.summary.file.name, { errors: 0, warnings: 0 }]));
  const add = (file: string, severity: string) => {
    const c = counts.get(file);
    if (c && severity === "error") c.errors++;
    else if (c && severity === "warning") c.warnings++;
  };
  for (const f of result.findings) for (const file of new Set(f.places.map((p) => p.file))) add(file, f.severity);
  for (const e of result.blocks) if (e.status === "used") for (const f of e.summary.findings) add(e.summary.file.name, f.severity);
  return counts;
}
