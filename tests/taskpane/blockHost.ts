// A fake WorkbookHost over a real block: the Lạng Sơn example read back as a workbook would be, with a hand-made
// locator (rank cells on Tổng hợp, score cells on Chấm điểm) and every call recorded, for the check and send pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellRef, Finding } from "../../src/core/types";
import type { BlockReading, SheetRegion, WorkbookHost, WorkbookInspection } from "../../src/workbook/host";

/** The parts of the example the tests alter. */
export interface ExampleDoc {
  declared: { ranks: Record<string, number>; awards: Record<string, string> };
  scores: Record<"self" | "appraised" | "final", Record<string, Record<string, unknown>>>;
  [key: string]: unknown;
}

/** A fresh copy of tests/fixtures/examples/lang-son-cum-ii-2020.json (5 units, flag and merit). */
export function langSonDoc(): ExampleDoc {
  return JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json"), "utf8"));
}

/** Where each unit's rank cell is on Tổng hợp (rows 7…11 in the fixture's unit order). */
export const RANK_CELLS: Record<string, CellRef> = {
  "dl-ls": { sheet: "Tổng hợp", address: "H7" },
  "ga-dd": { sheet: "Tổng hợp", address: "H8" },
  "xd-ls": { sheet: "Tổng hợp", address: "H9" },
  "lt-cl": { sheet: "Tổng hợp", address: "H10" },
  "bm-ls": { sheet: "Tổng hợp", address: "H11" },
};

/** The appraised II.2 score of Công ty Điện lực Lạng Sơn. */
export const TEXT_SCORE_CELL: CellRef = { sheet: "Chấm điểm", address: "F12" };

/** The example as the officer left it: Ga Đồng Đăng and Lương thực Cao Lạng typed in swapped ranks (2 and 1),
 *  «9,5» typed as text in an appraised score (the reader offers 9.5), and an appraisal 2 points off the self-score
 *  (a warning). Computed by hand: ranks 1 ga-dd 103, 2 lt-cl 94.8125, 3 dl-ls 75.25 (II.2 counts 0), 4 xd-ls
 *  71.5625 (III.1 appraised 8 instead of 10), 5 bm-ls 69.0789…; flag to ga-dd, merit to lt-cl. */
export function messyDoc(): ExampleDoc {
  const doc = langSonDoc();
  doc.declared.ranks = { "ga-dd": 2, "lt-cl": 1, "dl-ls": 3, "xd-ls": 4, "bm-ls": 5 };
  doc.scores.appraised["dl-ls"]["II.2"] = "9,5";
  doc.scores.appraised["xd-ls"] = { ...(doc.scores.appraised["xd-ls"] ?? {}), "III.1": 8 };
  return doc;
}

/** What the reader says about the text score: an error at its cell, with the number it would write instead. */
export const TEXT_SCORE_FINDING: Finding = {
  code: "SCORE_INVALID",
  severity: "error",
  unit: "dl-ls",
  criterion: "II.2",
  layer: "appraised",
  message: "«9,5» là văn bản, không phải số — chuyển thành 9,5?",
  messageEn: "“9,5” is text, not a number — convert it to 9.5?",
  cell: TEXT_SCORE_CELL,
  suggestion: { value: 9.5 },
};

/** RANK_MISMATCH -> the unit's rank cell; the text score -> its cell; anything else has no cell. */
export function locate(finding: Finding): CellRef | undefined {
  if (finding.code === "RANK_MISMATCH" && finding.unit) return RANK_CELLS[finding.unit];
  if (finding.code === "SCORE_INVALID" && finding.unit === "dl-ls" && finding.criterion === "II.2") return TEXT_SCORE_CELL;
  return undefined;
}

export const BLOCK_WORKBOOK: WorkbookInspection = {
  isBlockWorkbook: true,
  layoutVersion: 1,
  formulas: "khoi",
  language: "vi",
  blockSheets: { summary: "Tổng hợp", scores: "Chấm điểm" },
  userSheets: [],
};

export const PLAIN_WORKBOOK: WorkbookInspection = { isBlockWorkbook: false, blockSheets: {}, userSheets: ["Sheet1"] };

export interface RecordingHost {
  host: WorkbookHost;
  /** Host methods in the order they were called, e.g. ["inspect", "switchFormulaMode:native", "readBlock"]. */
  calls: string[];
  goToCell: jest.Mock<Promise<void>, [CellRef]>;
}

export function blockHost(reading: () => Promise<BlockReading>, overrides: Partial<WorkbookHost> = {}): RecordingHost {
  const calls: string[] = [];
  const goToCell = jest.fn(async (ref: CellRef) => {
    calls.push(`goToCell:${ref.sheet}!${ref.address}`);
  });
  const host: WorkbookHost = {
    detectFormulaMode: async () => {
      calls.push("detectFormulaMode");
      return "khoi";
    },
    inspect: async () => {
      calls.push("inspect");
      return BLOCK_WORKBOOK;
    },
    applyLayout: async () => {
      calls.push("applyLayout");
      throw new Error("this page must not write a layout");
    },
    readBlock: async () => {
      calls.push("readBlock");
      return reading();
    },
    goToCell,
    switchFormulaMode: async (mode) => {
      calls.push(`switchFormulaMode:${mode}`);
      return { formulas: mode, cells: 42 };
    },
    ...overrides,
  };
  return { host, calls, goToCell };
}

/** The optional methods of the table check over a fixed region of the officer's sheet, recorded into `calls`. */
export function withRegion(recording: RecordingHost, region: SheetRegion): RecordingHost {
  const { host, calls } = recording;
  host.readRegion = async (sheet, range) => {
    calls.push(`readRegion:${sheet ?? ""}:${range ?? ""}`);
    return region;
  };
  host.highlightCells = async (cells) => {
    calls.push(`highlightCells:${cells.map((c) => `${c.sheet}!${c.address}`).join(",")}`);
  };
  host.clearHighlight = async () => {
    calls.push("clearHighlight");
  };
  return recording;
}

/** The messy example with the reader's finding about the text score. */
export const messyReading = async (): Promise<BlockReading> => ({ doc: messyDoc(), findings: [TEXT_SCORE_FINDING], locate });

/** The example as published: declared ranks and awards agree with the scores. */
export const cleanReading = async (): Promise<BlockReading> => ({ doc: langSonDoc(), findings: [], locate });

/** A workbook with nothing of Khối: the reader's answer. */
export const notBlockReading = async (): Promise<BlockReading> => ({
  doc: null,
  findings: [
    {
      code: "FORMAT_INVALID",
      severity: "error",
      message: "Sổ này không phải sổ chấm điểm của Khối: không tìm thấy danh sách đơn vị và bảng tiêu chí.",
      messageEn: "This is not a Khối scoring workbook: no unit list and criteria table were found.",
    },
  ],
  locate: () => undefined,
});
