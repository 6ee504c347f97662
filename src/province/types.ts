// The provincial board's vocabulary: one summary per block file read, the findings across blocks, the consolidated view.
import type { CellRef, Finding, Severity } from "../core/types";

/** A file the board gave, as far as the consolidation needs it (the bytes are read and dropped elsewhere). */
export interface ProvinceFile {
  /** The name shown to the officer (a path as given, or a dropped file's name). */
  name: string;
  /** Modification time in ms since 1970: the later of two files of one block is used. */
  modified: number;
}

/** Whether a block was sealed (issue 14). Until the seal exists, every block is "unknown". */
export type SealState = "unknown" | "unsealed" | "intact" | "changed";

/** One place a finding points at: a file, the block in it, and a cell when there is one. */
export interface Place {
  file: string;
  blockName?: string;
  cell?: CellRef;
}

export type ProvinceFindingCode =
  | "PROVINCE_FILE_SKIPPED"
  | "PROVINCE_BLOCK_OTHER_YEAR"
  | "PROVINCE_BLOCK_SENT_TWICE"
  | "PROVINCE_UNIT_IN_TWO_BLOCKS"
  | "PROVINCE_AWARD_IN_TWO_BLOCKS"
  | "PROVINCE_AWARD_COUNT_EXCEEDED"
  | "PROVINCE_GOV_FLAG_OVER_CAP"
  | "PROVINCE_GOV_FLAG_NOT_CANDIDATE";

/** A finding of the provincial check: several files and cells may be involved. */
export interface ProvinceFinding {
  code: ProvinceFindingCode;
  severity: Severity;
  places: Place[];
  message: string;
  messageEn: string;
}

/** A unit of a block as the province sees it: its result, what the block proposes for it, where it sits. */
export interface UnitSummary {
  id: string;
  name: string;
  /** Name key after legacy-encoding repair, NFC, spacing and case: how units are matched across blocks. */
  key: string;
  total: number;
  rank: number;
  /** The tier the block proposes (its workbook's own award cell when it has one, else the engine's). */
  award: string | null;
  /** Yes ballots for the proposed tier, when the block recorded ballots. */
  yes: number | null;
  nameCell?: CellRef;
  awardCell?: CellRef;
}

export interface TierSummary {
  id: string;
  label: string;
  count: number;
}

/** What the province keeps of one readable block file: small, so a thousand files fit in memory. */
export interface BlockFileSummary {
  file: ProvinceFile;
  blockId: string;
  name: string;
  /** null when the workbook's year cell holds no whole number (the block's own findings say so). */
  year: number | null;
  scale: number;
  /** Unit id of the Trưởng khối, and its name, when the block names one. */
  leader: { id: string; name: string } | null;
  seal: SealState;
  units: UnitSummary[];
  tiers: TierSummary[];
  /** The tier of the block's emulation flag: the one whose id is "flag", else the first; null without tiers. */
  flagTier: string | null;
  present: number | null;
  members: number | null;
  /** The block's own findings (reader's and engine's), each with its cell. */
  findings: Finding[];
  nameCell?: CellRef;
  yearCell?: CellRef;
}

export interface SkippedFile {
  file: ProvinceFile;
  /** Why, in Vietnamese and English. */
  reason: string;
  reasonEn: string;
}

/** What one file gave: a block, a reason to skip it, or the board's marks (a consolidated workbook). */
export type FileOutcome = { block: BlockFileSummary } | { skipped: SkippedFile } | { choices: BoardChoice[]; provinceFile: string };

export type BlockStatus = "used" | "superseded" | "other-year";

export interface BlockEntry {
  summary: BlockFileSummary;
  status: BlockStatus;
  /** For a superseded file: the file used instead. */
  supersededBy?: string;
}

/** A collective the province may propose for the Government's flag. */
export interface GovFlagCandidate {
  blockId: string;
  blockName: string;
  file: string;
  unitId: string;
  unitName: string;
  total: number;
  total100: number;
  rank: number;
  awardCell?: CellRef;
  /** The board marked it in a previous consolidated workbook. */
  chosen: boolean;
}

/** One row of an award list: a unit a block proposes for a tier. */
export interface AwardListRow {
  unitName: string;
  unitId: string;
  blockName: string;
  blockId: string;
  file: string;
  total: number;
  /** total × 100 / the block's scale, to compare blocks of 100 and 1,000 points. */
  total100: number;
  rank: number;
  yes: number | null;
  present: number | null;
}

export interface AwardList {
  tier: string;
  label: string;
  rows: AwardListRow[];
}

/** A choice the board marked ("x") in the Government-flag sheet of a consolidated workbook. */
export interface BoardChoice {
  file: string;
  cell?: CellRef;
  unitName: string;
  blockId?: string;
  unitId?: string;
}

export interface ProvinceResult {
  format: "khoi-province/1";
  /** The year consolidated; null when no readable block gave one. */
  year: number | null;
  ok: boolean;
  blocks: BlockEntry[];
  skipped: SkippedFile[];
  awardLists: AwardList[];
  govFlag: {
    share: number; rounding: Rounding; leadingBlocks: number; cap: number; legalBasis: string; candidates: GovFlagCandidate[];
    /** Marks the board made on units that are not candidates (kept, so a rewrite loses nothing; each is a finding). */
    otherChoices: BoardChoice[];
  };
  /** Findings across blocks (and skipped files), in a stable order. */
  findings: ProvinceFinding[];
}

export type Rounding = "floor" | "round" | "ceil";
