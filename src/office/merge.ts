// The merge step of applying a layout to a block workbook, pure once the workbook's grids are read: the values
// already entered are kept (matched by unit id and criterion code), what has no place left and every cell typed
// outside the tables goes to Nhật ký with its value, and the layout is rebuilt with the log. The live workbook
// (apply.ts) and the standalone page's file (src/standalone/fileHost.ts) both apply through here.
import type { Block } from "../core/types";
import { buildLayout } from "../workbook/build";
import type { ApplyOptions, ApplyReport, SheetOutcome } from "../workbook/host";
import type { LogEntry, SheetGrids, WorkbookLayout } from "../workbook/model";
import { readLayout } from "../workbook/read";
import { officerOf, whoFor } from "../workbook/officer";
import { ignoredCellValues } from "../workbook/stray";
import { keepEnteredValues } from "./keep";
import { keepLogEntries, readLogEntries } from "./log";
import { sheetNameKey, type SheetPlan } from "./plan";

export interface MergeOutcome {
  layout: WorkbookLayout;
  kept: number;
  moved: ApplyReport["moved"];
  dropped: ApplyReport["dropped"];
  log: LogEntry[];
}

/** A sheet of the grids by its name (as Excel compares names), if there. */
export function gridOf(grids: SheetGrids, name: string | null | undefined) {
  if (!name) return undefined;
  return grids.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
}

/** Throws (nothing written) when the values entered cannot be read: rewriting would lose them without a trace. */
export function mergeEnteredValues(grids: SheetGrids, logSheet: string | undefined, layout: WorkbookLayout, options: ApplyOptions, now: Date): MergeOutcome {
  const officer = options.who?.trim() || officerOf(grids);
  const who = whoFor(officer);
  const time = now.toISOString();
  const oldLog = readLogEntries(gridOf(grids, logSheet));
  const extra = (options.log ?? []).map((e) => ({ ...e, who: e.who || who }));
  const rebuild = (block: Block, log: LogEntry[] = []) => buildLayout(block, { formulas: layout.meta.formulas, language: layout.meta.language, log, officer });
  const reading = readLayout(grids);
  if (reading.doc === null) {
    const why = reading.findings.map((f) => f.message).join(" ");
    throw new Error(`Không đọc được bảng chấm điểm đang có trong sổ nên chưa ghi gì, để không mất giá trị đã nhập. ${why}`.trim());
  }
  const outcome = keepEnteredValues(reading, options.block, (b) => rebuild(b));
  // Cells typed outside the tables are cleared with the sheet: each goes to the log with its value first.
  const strays = ignoredCellValues(grids, reading.findings).map((c) => ({
    kind: "stray", value: c.value, from: c.from,
    reason: "gõ ngoài các bảng Khối đọc; giá trị được giữ ở đây (đơn vị đã lấy vào khối thì giá trị đã chuyển vào đúng ô)",
  }));
  if (options.keepValues) {
    const dropped = [...outcome.dropped, ...strays];
    const log = [...keepLogEntries(outcome.moved, dropped, time, who), ...extra];
    return { layout: rebuild(outcome.block, [...oldLog, ...log]), kept: outcome.kept, moved: outcome.moved, dropped, log };
  }
  // Starting over on a block workbook: what is dropped still goes to the log, value by value.
  const dropped = outcome.dropped.concat(outcome.keptValues.map((v) => ({ ...v, to: undefined, reason: "tạo lại bảng, không giữ giá trị đã nhập" })), strays);
  const log = [...keepLogEntries([], dropped, time, who), ...extra];
  return { layout: rebuild(options.block, [...oldLog, ...log]), kept: 0, moved: [], dropped, log };
}

/** What applying did, for the summary the pane shows (both hosts). */
export function applyReport(plans: readonly SheetPlan[], layout: WorkbookLayout, options: ApplyOptions, merged: Omit<MergeOutcome, "layout">): ApplyReport {
  const outcome = (action: "create" | "update"): SheetOutcome[] => plans.filter((p) => p.action === action).map((p) => ({ key: p.key, name: p.name }));
  return {
    formulas: layout.meta.formulas,
    created: outcome("create"),
    updated: outcome("update"),
    renamed: plans.filter((p) => p.action === "create" && p.name !== p.wanted).map((p) => ({ key: p.key, wanted: p.wanted, name: p.name })),
    names: layout.names.map((n) => n.name),
    units: options.block.units.length,
    criteria: countLeaves(options.block),
    kept: merged.kept,
    moved: merged.moved,
    dropped: merged.dropped,
    log: merged.log,
  };
}

/** Leaves of a block's criteria tree: the apply report's count. */
function countLeaves(block: Block): number {
  let n = 0;
  const walk = (nodes: Block["criteria"]) => {
    for (const node of nodes) {
      if ("children" in node && Array.isArray(node.children)) walk(node.children);
      else n++;
    }
  };
  walk(block.criteria);
  return n;
}
