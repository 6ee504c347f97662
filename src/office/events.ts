// Change events of the live workbook (ExcelApi 1.9): the pages re-read when the officer edits Khối's input sheets
// (Khối, Giao ước, Chấm điểm), found by name through the meta sheet's record or the default names. One sync to
// subscribe; nothing where this Excel has no worksheet change events.
import { SHEET_NAMES } from "../workbook/labels";
import type { SheetKey } from "../workbook/model";
import type { ExcelRun, Requirements } from "./excel";

const INPUT_SHEETS: SheetKey[] = ["block", "targets", "scores"];

export async function watchInputSheets(run: ExcelRun, requirements: Requirements | undefined, listener: () => void): Promise<() => void> {
  if (requirements?.isSetSupported("ExcelApi", "1.9") !== true) return () => undefined;
  const names = new Set(INPUT_SHEETS.flatMap((key) => [SHEET_NAMES.vi[key], SHEET_NAMES.en[key]]));
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    await context.sync();
    const ids = new Set(sheets.items.filter((s) => names.has(s.name)).map((s) => s.id));
    const handler = sheets.onChanged.add(async (event) => {
      if (ids.has(event.worksheetId)) listener();
    });
    await context.sync();
    return () => {
      handler.remove();
      void handler.context.sync().catch(() => undefined);
    };
  });
}
