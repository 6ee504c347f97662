// Applies a layout to the live workbook in one Excel.run and at most 3 syncs: (1) survey the sheets, names and
// meta; (2) only on a block workbook (or a moved meta sheet), read Khối's sheets back; (3) write everything with
// calculation suspended. Sheets the user made are never touched: a name they hold makes Khối's sheet take a suffix.
import type { ApplyOptions, ApplyReport } from "../workbook/host";
import type { LogEntry, SheetGrids, SheetKey, WorkbookLayout } from "../workbook/model";
import type { ExcelRun } from "./excel";
import { applyReport, gridOf, mergeEnteredValues } from "./merge";
import { planSheets, renameSheets, sheetNameKey } from "./plan";
import { isBlockMeta, metaRows, ownedSheets, queueGrids, queueSurvey, resolveGrids, resolveSurvey, sheetsBehindNames, type Survey } from "./survey";
import { nameReference, queueClear, queueSheet } from "./write";

export interface Clock {
  now(): Date;
}

export async function applyLayoutToWorkbook(run: ExcelRun, layout: WorkbookLayout, options: ApplyOptions, clock: Clock): Promise<ApplyReport> {
  const progress = (step: Parameters<NonNullable<ApplyOptions["onProgress"]>>[0], fraction: number) => options.onProgress?.(step, fraction);
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
      const merged = mergeEnteredValues(grids, owned.log, layout, options, clock.now());
      ({ layout: finalLayout, kept, moved, dropped, log: newEntries } = merged);
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

    return applyReport(plans, finalLayout, options, { kept, moved, dropped, log: newEntries });
  });
}

/** Sheets to read in the second sync: Khối's own when the meta is known, else those the khoi_* names point at. */
function readCandidates(survey: Survey): Survey["sheets"] {
  if (survey.meta === null) return sheetsBehindNames(survey);
  const owned = new Set(Object.values(ownedSheets(survey)).map(sheetNameKey));
  return survey.sheets.filter((s) => owned.has(sheetNameKey(s.name)));
}
