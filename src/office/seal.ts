// The seal's writes on the live workbook (src/seal decides what; this only writes): the very hidden sheet of the
// seal's record, and «values only» for sending — every formula replaced by the value Excel shows. Each is one
// Excel.run of 2 syncs (what is there is read first, then everything is written).
import { rangeAddress } from "../workbook/a1";
import { officeCell } from "./cells";
import type { ExcelRun } from "./excel";
import { PROTECTION_OPTIONS } from "./write";

/** Replaces the very hidden sheet `name` with these rows of text from A1 (created when missing). */
export async function writeHiddenSheetToWorkbook(run: ExcelRun, name: string, rows: readonly (readonly string[])[]): Promise<void> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => officeCell(r[c] ?? "")));
  await run(async (context) => {
    const found = context.workbook.worksheets.getItemOrNullObject(name);
    found.load("name");
    await context.sync();
    const sheet = found.isNullObject ? context.workbook.worksheets.add(name) : found;
    if (!found.isNullObject) sheet.getRange().clear("Contents");
    if (values.length > 0) sheet.getRange(rangeAddress(0, 0, values.length - 1, width - 1)).values = values;
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
    await context.sync();
  });
}

/** Every formula cell of every sheet set to the value it shows; Khối's protected sheets are unprotected around the
 *  writes and protected again (no password, as always). */
export async function formulasToValuesInWorkbook(run: ExcelRun): Promise<{ cells: number; uncomputed: number }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const loads = sheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("formulas,values,rowIndex,columnIndex");
      sheet.protection.load("protected");
      return { sheet, used };
    });
    await context.sync();
    let cells = 0;
    let uncomputed = 0;
    for (const { sheet, used } of loads) {
      if (used.isNullObject) continue;
      const writes: { row: number; column: number; value: string | number | boolean }[] = [];
      used.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          if (typeof f !== "string" || !f.startsWith("=")) return;
          const value = used.values[r][c] as unknown;
          cells++;
          if (value === "" || value === null || value === undefined) uncomputed++;
          writes.push({ row: used.rowIndex + r, column: used.columnIndex + c, value: typeof value === "string" ? officeCell(value) : (value as number | boolean) });
        }),
      );
      if (writes.length === 0) continue;
      const wasProtected = sheet.protection.protected;
      if (wasProtected) sheet.protection.unprotect();
      for (const w of writes) sheet.getRange(rangeAddress(w.row, w.column, w.row, w.column)).values = [[w.value]];
      if (wasProtected) sheet.protection.protect(PROTECTION_OPTIONS);
    }
    await context.sync();
    return { cells, uncomputed };
  });
}
