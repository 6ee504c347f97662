// The sizes a file may have before Khối reads it. A real block workbook (15 units × 100 criteria) is about 100 KB
// zipped and 2 MB of XML; the largest Khối supports (50 units × 150 criteria) about 0.5 MB and 12 MB. The limits
// sit far above that and far below what exhausts a PC: a zip bomb (1 MB that inflates to 300 MB) or a defined
// name covering a whole sheet is refused or neutralised before ExcelJS parses anything. Documented in docs/workbook.md.

/** Largest .xlsx file accepted, in bytes (before unzipping). */
export const MAX_XLSX_BYTES = 30 * 1024 * 1024;

/** Largest total size of the unzipped parts, in bytes, counted while inflating (declared sizes can lie). */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** Most parts (files) in the zip: a workbook with 200 sheets has about 450. */
export const MAX_ZIP_ENTRIES = 5000;

/** A defined name covering more cells than this (a whole column is 1,048,576) is not handed to ExcelJS, which would
 *  list every one of its cells; its address is still read. Khối's own regions stay far below it. */
export const MAX_NAME_CELLS = 100_000;

/** Largest block file (.json) accepted, in bytes. */
export const MAX_JSON_BYTES = 20 * 1024 * 1024;

/** Rows and columns a Khối sheet may span: 50 units and 150 criteria need a few hundred of each. */
export const MAX_SHEET_ROWS = 20_000;
export const MAX_SHEET_COLUMNS = 2_000;

const MB = 1024 * 1024;
/** A size in MB for messages, e.g. "30 MB". */
export const megabytes = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MB`;
