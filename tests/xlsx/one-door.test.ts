// Every way into a workbook file — the reader, the standalone page, a returned form, the officer's own table, the
// province's marks — goes through the same limits: a zip bomb is refused (or skipped) everywhere, fast, with the
// same message, never parsed by ExcelJS.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { loadBook, openBook, BookOpenError } from "../../src/xlsx/book";
import { readReturnedFile } from "../../src/xlsx/forms";
import { readBoardChoices } from "../../src/xlsx/province-read";
import { readSheets, SheetReadError } from "../../src/xlsx/sheet-grid";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/read";

/** A workbook-looking zip whose one sheet inflates to 150 MB of spaces (well past the 100 MB limit). */
function bomb(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => { if (error) throw error; chunks.push(data); });
  const workbook = new ZipDeflate("xl/workbook.xml", { level: 9 });
  zip.add(workbook);
  workbook.push(strToU8("<workbook/>"), true);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < 150; i++) sheet.push(spaces, i === 149);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

const data = bomb();
const LIMIT = /giải nén lớn hơn 100 MB/;

test("the reader, the standalone page and the officer's table refuse it with the limit's message", async () => {
  await expect(readWorkbook(data)).rejects.toThrow(WorkbookReadError);
  await expect(readWorkbook(data)).rejects.toThrow(LIMIT);
  await expect(loadBook(data)).rejects.toThrow(BookOpenError);
  await expect(loadBook(data)).rejects.toThrow(/Tệp khi giải nén lớn hơn 100 MB/);
  // The page's own way in: the platform's inflater, counted the same way.
  await expect(openBook(data)).rejects.toThrow(BookOpenError);
  await expect(openBook(data)).rejects.toThrow(/Tệp khi giải nén lớn hơn 100 MB/);
  await expect(readSheets(data)).rejects.toThrow(SheetReadError);
  await expect(readSheets(data)).rejects.toThrow(LIMIT);
});

test("a returned form says why it is refused; the province skips it", async () => {
  const returned = await readReturnedFile("phieu.xlsx", data);
  expect(returned.grids).toBeNull();
  expect(returned.readError?.message).toMatch(LIMIT);
  expect(await readBoardChoices(data, "tinh.xlsx")).toBeNull();
});
