// Applies a layout to the live workbook in one Excel.run and at most 3 syncs: (1) survey the sheets, names and
// meta; (2) only on a block workbook (or a moved meta sheet), read Khối's sheets back; (3) write everything with
// calculation suspended. Sheets the user made are never touched: a name they hold makes Khối's sheet take a suffix.
import type { Block } from "../core/types";
import { buildLayout } from "../workbook/build";
import type { ApplyOptions, ApplyReport, SheetOutcome } from "../workbook/host";
import type { LogEntry, SheetGrids, SheetKey, WorkbookLayout } from "../workbook/model";
import { readLayout } from "../workbook/read";
import { ignoredCellValues } from "../workbook/stray";
import type { ExcelRun } from "./excel";
import { keepEnteredValues } from "./keep";
import { keepLogEntries, readLogEntries } from "./log";
import { planSheets, renameSheets, sheetNameKey } from "./plan";
import { isBlockMeta, metaRows, ownedSheets, queueGrids, queueSurvey, resolveGrids, resolveSurvey, sheetsBehindNames, type Survey } from "./survey";
import { nameReference, queueClear, queueSheet } from "./write";

export interface Clock {
  now(): Date;
}

export async function applyLayoutToWorkbook(run: ExcelRun, layout: WorkbookLayout, options: ApplyOptions, clock: Clock): Promise<ApplyReport> {
  const progress = (step: Parameters<NonNullable<ApplyOptions["onProgress"]>>[0], fraction: number) => options.onProgress?.(step, fraction);
  const who = options.who ?? "Khối";
  return run(async (context) => {
    progress("inspect", 0);
    const surveyLoads = queueSurvey(context);
    await context.sync();
    const survey = resolveSurvey(surveyLoads);

    // Read back only what a block workbook (or a meta sheet that is not where we guessed) needs.
    let grids: SheetGrids | null = null;
    const toRead = survey.meta === null || isBlockMeta(survey.meta) ? readCandidates(survey) : [];
    if (toRead.length > 0) {
      progress("read", 0.2);
      const gridLoads = queueGrids(context, toRead);
      await context.sync();
      grids = resolveGrids(gridLoads, survey.names);
      if (survey.meta === null) survey.meta = metaRows(gridOf(grids, survey.metaSheet)?.values ?? []);
    }
    const isBlock = isBlockMeta(survey.meta);
    const owned = isBlock ? ownedSheets(survey) : {};

    let finalLayout = layout;
    let kept = 0;
    let moved: ApplyReport["moved"] = [];
    let dropped: ApplyReport["dropped"] = [];
    let newEntries: LogEntry[] = [];
    if (isBlock && grids) {
      progress("merge", 0.4);
      const time = clock.now().toISOString();
      const oldLog = readLogEntries(gridOf(grids, owned.log));
      const rebuild = (block: Block, log: LogEntry[] = []) =>
        buildLayout(block, { formulas: layout.meta.formulas, language: layout.meta.language, log });
      let block = options.block;
      const reading = readLayout(grids);
      // Nothing is written when the values entered cannot be read: rewriting would lose them without a trace.
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
        block = outcome.block;
        kept = outcome.kept;
        moved = outcome.moved;
        dropped = [...outcome.dropped, ...strays];
        newEntries = keepLogEntries(moved, dropped, time, who);
      } else {
        // Starting over on a block workbook: what is dropped still goes to the log, value by value.
        dropped = outcome.dropped.concat(outcome.keptValues.map((v) => ({ ...v, to: undefined, reason: "tạo lại bảng, không giữ giá trị đã nhập" })), strays);
        newEntries = keepLogEntries([], dropped, time, who);
      }
      finalLayout = rebuild(block, [...oldLog, ...newEntries]);
    }

    const plans = planSheets(finalLayout, survey.sheets.map((s) => s.name), owned);
    finalLayout = renameSheets(finalLayout, Object.fromEntries(plans.map((p) => [p.key, p.name])) as Partial<Record<SheetKey, string>>);

    progress("write", 0.6);
    context.application.suspendApiCalculationUntilNextSync();
    const worksheets = context.workbook.worksheets;
    // Every sheet exists before any formula is written: formulas point across sheets.
    const targets = plans.map((plan) => (plan.action === "create" ? worksheets.add(plan.name) : worksheets.getItem(plan.name)));
    plans.forEach((plan, i) => {
      if (plan.action === "update") queueClear(targets[i]);
    });
    for (const name of survey.names) {
      if (name.name.toLowerCase().startsWith("khoi_")) context.workbook.names.getItem(name.name).delete();
    }
    finalLayout.sheets.forEach((sheet, i) => queueSheet(targets[i], sheet));
    const sheetName = new Map(finalLayout.sheets.map((s) => [s.key, s.name]));
    for (const name of finalLayout.names) {
      const onSheet = sheetName.get(name.sheet);
      if (onSheet !== undefined) context.workbook.names.add(name.name, nameReference(name, onSheet));
    }
    const first = finalLayout.sheets.find((s) => s.visibility === "visible");
    if (first) targets[finalLayout.sheets.indexOf(first)].activate();
    await context.sync();
    progress("done", 1);

    const outcome = (action: "create" | "update"): SheetOutcome[] =>
      plans.filter((p) => p.action === action).map((p) => ({ key: p.key, name: p.name }));
    return {
      formulas: finalLayout.meta.formulas,
      created: outcome("create"),
      updated: outcome("update"),
      renamed: plans.filter((p) => p.action === "create" && p.name !== p.wanted).map((p) => ({ key: p.key, wanted: p.wanted, name: p.name })),
      names: finalLayout.names.map((n) => n.name),
      units: options.block.units.length,
      criteria: countLeaves(options.block),
      kept,
      moved,
      dropped,
      log: newEntries,
    };
  });
}

/** Sheets to read in the second sync: Khối's own when the meta is known, else those the khoi_* names point at. */
function readCandidates(survey: Survey): Survey["sheets"] {
  if (survey.meta === null) return sheetsBehindNames(survey);
  const owned = new Set(Object.values(ownedSheets(survey)).map(sheetNameKey));
  return survey.sheets.filter((s) => owned.has(sheetNameKey(s.name)));
}

export function gridOf(grids: SheetGrids, name: string | null | undefined) {
  if (!name) return undefined;
  return grids.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
}

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

