// Where everything goes: the positions of every region of every sheet, planned once before any sheet is built,
// so a formula on one sheet can point at a cell of another. Also a small builder that accumulates a SheetLayout.
import type { AwardTier, Block, Unit } from "../core/types";
import { cellAddress, rangeAddress, sheetRef } from "./a1";
import { SHEET_NAMES, TEXTS, type Texts } from "./labels";
import type {
  CellStyle, ColumnLayout, ConditionalFormat, DefinedName, FormulaMode, Language, LayoutCell, Region, RegionRole,
  SheetKey, SheetLayout, ValidationRule, Visibility,
} from "./model";
import { criterionRows, targetRows, usableWeights, type CriterionRow } from "./tree";

export const LAYER_ORDER = ["self", "appraised", "final"] as const;

export interface Positions {
  block: {
    infoRow: number; // first key/value row of block info (INFO_KEYS, 8 rows)
    rulesRow: number; // first key/value row of rules (6 rows)
    awardsHeaderRow: number; // header; key row below; tiers after
    unitsHeaderRow: number;
    /** Leaders and deputies by year: header, key row, then `leaderSlots` rows. */
    leadersHeaderRow: number;
    leaderSlots: number;
    /** Absolute references used by formulas. */
    scale: string;
    quorum: string;
    /** Per tier, in precedence order: absolute refs of count, minScore, minVoteShare. */
    tier: { count: string; minScore: string; minVoteShare: string }[];
    awardIds: string; // range of tier ids
    awardLabels: string;
    /** id, count, minScore, requires, minVoteShare: the tier table KHOI.AWARD reads. */
    tierTable: string;
    unitIds: string; // range of unit ids
    unitTitles: string;
    unitReasons: string;
  };
  criteria: { firstRow: number };
  targets: { firstRow: number; firstUnitColumn: number; rowOf: Map<string, number>; rows: CriterionRow[] };
  scores: { firstRow: number; firstUnitColumn: number };
  detail: {
    firstRow: number;
    effectiveColumn: number;
    scoreColumn: number;
    excessColumn: number | null; // n columns, then the e* column
    exceededColumn: number | null;
  };
  summary: {
    firstRow: number;
    groupColumn: number; // one per base group
    baseColumn: number;
    bonusColumn: number;
    penaltyColumn: number;
    totalColumn: number;
    rankColumn: number;
    awardColumn: number;
    awardLabelColumn: number;
    reasonColumn: number;
    helperColumn: number; // rounded total, tie keys, titles, yes per tier, then candidate and granted per tier
  };
  votes: {
    members: string;
    present: string;
    quorumMet: string;
    /** The counts rows (members … valid), 0-based. */
    countsRow: number;
    headerRow: number;
    firstRow: number;
    yesColumn: number; // one per tier
    shareColumn: number; // one per vote-gated tier
    /** Exemplary categories (id, label, places, share) and nominees (category, name, unit, yes, share, chosen):
     *  each a header, a hidden key row, then empty rows to type into. */
    exemplaryTitleRow: number;
    categoryHeaderRow: number;
    categorySlots: number;
    nomineeHeaderRow: number;
    nomineeSlots: number;
  };
}

/** Giao ước: code, name and method come first, then one column per unit (readers skip the label columns). */
export const TARGETS_FIRST_UNIT_COLUMN = 3;

export interface Context {
  block: Block;
  lang: Language;
  mode: FormulaMode;
  t: Texts;
  sheetName: Record<SheetKey, string>;
  units: Unit[];
  tiers: AwardTier[];
  rows: CriterionRow[];
  baseGroups: CriterionRow[];
  weights: number[] | null;
  hasRelative: boolean;
  usesExceeded: boolean;
  pos: Positions;
  /** Absolute reference to a cell of another sheet, for formulas: 'Chấm điểm'!$E$7. */
  ref(sheet: SheetKey, row: number, column: number): string;
  range(sheet: SheetKey, row1: number, column1: number, row2: number, column2: number): string;
}

export function planContext(block: Block, mode: FormulaMode, lang: Language): Context {
  const t = TEXTS[lang];
  const sheetName = SHEET_NAMES[lang];
  const units = block.units;
  const tiers = block.rules.awards;
  const n = units.length;
  const k = tiers.length;
  const rows = criterionRows(block.criteria);
  const baseGroups = rows.filter((r) => r.baseGroup);
  const hasRelative = rows.some((r) => r.leaf?.type === "target" && r.leaf.method === "relative" && r.kind !== "invalid");
  const usesExceeded = block.rules.tieBreak.includes("exceeded");

  const ref = (sheet: SheetKey, row: number, column: number): string => sheetRef(sheetName[sheet], cellAddress(row, column, true));
  const range = (sheet: SheetKey, r1: number, c1: number, r2: number, c2: number): string =>
    sheetRef(sheetName[sheet], rangeAddress(r1, c1, r2, c2, true));

  // Khối: info (8 rows), rules (6 rows), awards table, leaders by year, units table. Column A holds hidden keys.
  const infoRow = 3;
  const rulesRow = infoRow + 8 + 2;
  const awardsHeaderRow = rulesRow + 6 + 2;
  const firstTierRow = awardsHeaderRow + 2;
  // Leaders by year stand between the tiers and the units, so rows typed under the unit list meet empty rows.
  const leadersHeaderRow = firstTierRow + Math.max(k, 1) + 2;
  const leaderSlots = Math.max((block.block.history?.length ?? 0) + 2, 5);
  const unitsHeaderRow = leadersHeaderRow + 2 + leaderSlots + 2;
  const firstUnitRow = unitsHeaderRow + 2;
  const lastUnitRow = firstUnitRow + Math.max(n, 1) - 1;
  const lastTierRow = firstTierRow + Math.max(k, 1) - 1;

  // Bình xét: counts (6 rows), ballots per unit, then the exemplary categories and nominees with room to type.
  const ballotsFirstRow = 12;
  const exemplaryTitleRow = ballotsFirstRow + Math.max(n, 1) + 1;
  const categoryHeaderRow = exemplaryTitleRow + 2;
  const categories = block.votes?.exemplary ?? [];
  const categorySlots = Math.max(categories.length + 1, 3);
  const nomineeHeaderRow = categoryHeaderRow + 2 + categorySlots + 2;
  const nomineeSlots = Math.max(categories.reduce((sum, c) => sum + c.nominees.length, 0) + 5, 10);

  const tRows = targetRows(rows, block);
  const rowOf = new Map<string, number>();
  tRows.forEach((r, i) => { if (r.leaf && !rowOf.has(r.leaf.code)) rowOf.set(r.leaf.code, 4 + i); });

  // Điểm chi tiết: code, name, kind, max, total-group label, group weight, then the unit blocks.
  const effectiveColumn = 6;
  const scoreColumn = effectiveColumn + n;
  let next = scoreColumn + n;
  const excessColumn = hasRelative ? next : null;
  if (hasRelative) next += n + 1;
  const exceededColumn = usesExceeded ? next : null;

  const groupColumn = 2;
  const baseColumn = groupColumn + baseGroups.length;
  const helperColumn = baseColumn + 9; // base, bonus, penalty, total, rank, award, label, reason, a spacer

  const gatedCount = tiers.filter((tier) => typeof tier.minVoteShare === "number").length;
  void gatedCount;

  const pos: Positions = {
    block: {
      infoRow, rulesRow, awardsHeaderRow, unitsHeaderRow, leadersHeaderRow, leaderSlots,
      scale: ref("block", rulesRow, 2),
      quorum: ref("block", rulesRow + 3, 2),
      tier: tiers.map((_, i) => ({
        count: ref("block", firstTierRow + i, 2),
        minScore: ref("block", firstTierRow + i, 3),
        minVoteShare: ref("block", firstTierRow + i, 5),
      })),
      awardIds: range("block", firstTierRow, 1, lastTierRow, 1),
      awardLabels: range("block", firstTierRow, 6, lastTierRow, 6),
      tierTable: range("block", firstTierRow, 1, lastTierRow, 5),
      unitIds: range("block", firstUnitRow, 1, lastUnitRow, 1),
      unitTitles: range("block", firstUnitRow, 3, lastUnitRow, 3),
      unitReasons: range("block", firstUnitRow, 4, lastUnitRow, 4),
    },
    criteria: { firstRow: 4 },
    targets: { firstRow: 4, firstUnitColumn: TARGETS_FIRST_UNIT_COLUMN, rowOf, rows: tRows },
    scores: { firstRow: 5, firstUnitColumn: 4 },
    detail: { firstRow: 5, effectiveColumn, scoreColumn, excessColumn, exceededColumn },
    summary: {
      firstRow: 5, groupColumn, baseColumn,
      bonusColumn: baseColumn + 1, penaltyColumn: baseColumn + 2, totalColumn: baseColumn + 3, rankColumn: baseColumn + 4,
      awardColumn: baseColumn + 5, awardLabelColumn: baseColumn + 6, reasonColumn: baseColumn + 7, helperColumn,
    },
    votes: {
      members: ref("votes", 3, 2), present: ref("votes", 4, 2), quorumMet: ref("votes", 5, 2), countsRow: 3,
      headerRow: ballotsFirstRow - 2, firstRow: ballotsFirstRow, yesColumn: 3, shareColumn: 3 + k,
      exemplaryTitleRow, categoryHeaderRow, categorySlots, nomineeHeaderRow, nomineeSlots,
    },
  };

  return {
    block, lang, mode, t, sheetName, units, tiers, rows, baseGroups,
    weights: usableWeights(rows), hasRelative, usesExceeded, pos, ref, range,
  };
}

/** Accumulates one sheet's layout; regions are placed by their 0-based top-left cell. */
export class SheetBuilder {
  readonly sheet: SheetLayout;

  constructor(key: SheetKey, name: string, visibility: Visibility = "visible") {
    this.sheet = {
      key, name, visibility, columns: [], rows: [], regions: [], merges: [], formats: [], validations: [], conditionalFormats: [],
      protection: { protect: true, password: null },
    };
  }

  columns(widths: (number | ColumnLayout)[]): this {
    this.sheet.columns = widths.map((w) => (typeof w === "number" ? { width: w } : w));
    return this;
  }

  region(
    id: string, row: number, column: number, cells: LayoutCell[][], role: RegionRole,
    options: { locked?: boolean; numberFormat?: string; columnFormats?: (string | null)[]; style?: CellStyle } = {},
  ): Region | null {
    if (cells.length === 0 || cells[0].length === 0) return null;
    const width = Math.max(...cells.map((r) => r.length));
    const rect = cells.map((r) => (r.length === width ? r : [...r, ...new Array<LayoutCell>(width - r.length).fill(null)]));
    const region: Region = { id, row, column, cells: rect, role, locked: options.locked ?? role !== "input" };
    if (options.numberFormat) region.numberFormat = options.numberFormat;
    if (options.columnFormats) region.columnFormats = options.columnFormats;
    if (options.style) region.style = options.style;
    this.sheet.regions.push(region);
    return region;
  }

  merge(row1: number, column1: number, row2: number, column2: number): this {
    if (row2 > row1 || column2 > column1) this.sheet.merges.push(rangeAddress(row1, column1, row2, column2));
    return this;
  }

  format(ranges: string[], style: CellStyle): this {
    if (ranges.length > 0) this.sheet.formats.push({ ranges, style });
    return this;
  }

  row(row: number, options: { height?: number; hidden?: boolean }): this {
    this.sheet.rows.push({ row, ...options });
    return this;
  }

  validation(rule: ValidationRule): this {
    if (rule.ranges.length > 0) this.sheet.validations.push(rule);
    return this;
  }

  conditional(format: ConditionalFormat): this {
    if (format.ranges.length > 0) this.sheet.conditionalFormats.push(format);
    return this;
  }
}

/** Excel string literal: "a""b". */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A MATCH lookup literal: MATCH treats ~ * ? as wildcards in text, so they are escaped with ~. */
export function matchLiteral(text: string): string {
  return quote(text.replace(/[~*?]/g, "~$&"));
}

/** A defined name over a 0-based rectangle. */
export function definedName(name: string, sheet: SheetKey, row1: number, column1: number, row2: number, column2: number): DefinedName {
  return { name, sheet, range: rangeAddress(row1, column1, Math.max(row1, row2), Math.max(column1, column2)) };
}

export const STYLE = {
  title: { bold: true, fontSize: 14, horizontal: "left" } as CellStyle,
  header: { bold: true, wrap: true, horizontal: "center", vertical: "middle", fill: "DDEBF7", border: true } as CellStyle,
  key: { italic: true, fontColor: "808080", horizontal: "center", fill: "F2F2F2", border: true } as CellStyle,
  label: { wrap: true, vertical: "top" } as CellStyle,
  input: { border: true, fill: "FFFFFF" } as CellStyle,
  computed: { border: true, fill: "F7F7F7" } as CellStyle,
  helper: { fontColor: "808080", fill: "F2F2F2", border: true } as CellStyle,
  note: { italic: true, fontColor: "595959" } as CellStyle,
  group: { bold: true, fill: "EDEDED", border: true } as CellStyle,
};

export const FORMAT = {
  score: "0.00",
  value: "General",
  rank: "0",
  share: "0.0%",
};
