// KHOI.TEXT: Unicode NFC text from whatever a workbook holds (TCVN3, VNI, UTF-8 mojibake, NFD), via core toUnicodeText.
import { toUnicodeText } from "../core/text/legacy";
import { cellText, isBlank, requiredMatrix } from "./coerce";
import { cellError, excelErrorCode } from "./errors";

/** The same shape as the input: text converted and normalised, numbers and TRUE/FALSE unchanged, blanks "". */
export function textMatrix(textArg: unknown): unknown[][] {
  if (isBlank(textArg) || (Array.isArray(textArg) && textArg.length === 0)) return [[""]];
  const cells = requiredMatrix(textArg, "ARG_TEXT");
  return cells.map((row, i) =>
    row.map((cell) => {
      if (isBlank(cell)) return "";
      if (typeof cell === "string") return toUnicodeText(cell);
      if (typeof cell === "number" || typeof cell === "boolean") return cell;
      const code = excelErrorCode(cell);
      return cellError("#VALUE!", "CELL_ERROR", { row: i + 1, arg: { label: "ARG_TEXT" }, code: code ?? cellText(cell) });
    }),
  );
}
