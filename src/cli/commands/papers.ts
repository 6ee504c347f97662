// `khoi papers BOOK.xlsx [--pdf DIR] [--lang vi|en] [--who NAME] [--date DD/MM/YYYY]`: the block's papers (score
// summary, minutes, proposal memo) written into BOOK in place — temporary file, rename, the previous file kept as a
// dated backup — each on its own sheet, with the fields typed in earlier paper sheets kept and one Nhật ký line per
// paper. With --pdf, each paper also as a PDF in DIR through LibreOffice (a clear message when it is not installed).
import { buildPapers, fieldsFor, papersSource } from "../../papers";
import { dateText, parseDate } from "../../papers/format";
import type { Language } from "../../workbook/model";
import { readMasterGrids } from "../../xlsx/forms";
import { MAX_XLSX_BYTES } from "../../xlsx/limits";
import { readWorkbook, WorkbookReadError } from "../../xlsx/read";
import { writePapersToFile } from "../../xlsx/papers";
import { parseArgs } from "../args";
import { readFileWithin } from "../input";
import type { CliIo } from "../io";
import { findSoffice, papersToPdf } from "../pdf";
import { replaceFile } from "../safe-write";
import { officerOf } from "../../workbook/officer";
import { officerName } from "./who";

const USAGE = "Cách dùng / Usage: khoi papers BOOK.xlsx [--pdf DIR] [--lang vi|en] [--who NAME] [--date DD/MM/YYYY]\n";

export async function runPapersCommand(args: string[], io: CliIo, now: () => Date = () => new Date(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(args, ["--pdf", "--lang", "--who", "--date"], []);
  const fail = (line: string, code = 2): number => {
    io.stderr(`khoi papers: ${line}\n`);
    return code;
  };
  if (parsed.problems.length > 0) return fail(`${parsed.problems[0]}\n${USAGE}`);
  if (parsed.positional.length !== 1) return fail(`cần đúng một sổ chấm điểm .xlsx (exactly one workbook)\n${USAGE}`);
  const language = (parsed.options.get("--lang") ?? "vi") as Language;
  if (language !== "vi" && language !== "en") return fail("chọn --lang vi hoặc --lang en (use vi or en)");
  const typedDate = parsed.options.get("--date");
  if (typedDate !== undefined && !parseDate(typedDate)) return fail(`ngày «${typedDate}» không đúng dạng DD/MM/YYYY (not a date)`);
  const pdfDir = parsed.options.get("--pdf");
  const soffice = pdfDir !== undefined ? findSoffice(env) : null;
  if (pdfDir !== undefined && !soffice) {
    return fail("không tìm thấy LibreOffice (soffice) nên không tạo được PDF; hãy cài LibreOffice (https://www.libreoffice.org) hoặc đặt biến SOFFICE, rồi chạy lại. Chưa ghi gì vào sổ. (LibreOffice is not installed: nothing written.)");
  }

  const book = parsed.positional[0];
  const bytes = await readFileWithin(book, MAX_XLSX_BYTES);
  if (typeof bytes === "string") return fail(`${book}: ${bytes}`);
  let source;
  let grids;
  try {
    const reading = await readWorkbook(bytes);
    source = papersSource(reading);
    grids = await readMasterGrids(bytes);
  } catch (error) {
    return fail(`${book}: ${error instanceof WorkbookReadError ? error.message : "không đọc được sổ (cannot read the workbook)"}`);
  }
  if ("problem" in source) return fail(`${book}: ${source.problem} (${source.problemEn})`, 1);

  const when = now();
  // The meeting's day, when given, is the day the defaults (the legal texts in force, the date) are taken for.
  const day = typedDate !== undefined ? parseDate(typedDate)! : null;
  const fields = fieldsFor(source.block, grids, day ? new Date(day.year, day.month - 1, day.day, 12) : when);
  // --date sets the date of every paper (the day of the meeting), as typing it in each paper's fields would.
  if (typedDate !== undefined) for (const f of Object.values(fields)) f.date = dateText(parseDate(typedDate)!);
  const papers = buildPapers(source.block, source.result, fields, { language, today: when });
  const errors = source.result.findings.filter((f) => f.severity === "error").length;
  if (errors > 0) io.stdout(`Lưu ý: sổ còn ${errors} lỗi (xem khoi evaluate ${book}): văn bản vẫn được lập, nhưng hãy sửa trước khi in và ký.\n`);
  let written;
  try {
    written = await writePapersToFile(bytes, papers, { time: when.toISOString(), who: officerName(parsed.options.get("--who"), officerOf(grids)) });
    const backup = await replaceFile(book, written.bytes, { backup: true, now: when });
    for (const report of written.reports) {
      io.stdout(`${report.replaced ? "Tạo lại" : "Tạo mới"} trang «${report.sheet}»${report.replaced ? " (giữ các ô đã sửa, cập nhật kết quả)" : ""}.\n`);
    }
    const logged = written.reports.reduce((n, r) => n + r.log.length, 0);
    io.stdout(`Đã ghi ${written.reports.length} văn bản vào ${book}${logged > 0 ? ` và ${logged} dòng Nhật ký` : " (sổ không có trang Nhật ký)"}; bản cũ: ${backup ?? "(không có)"}.\n`);
  } catch (error) {
    return fail(`không ghi được ${book}; tệp giữ nguyên (cannot write; the file is unchanged): ${error instanceof Error ? error.message : String(error)}`);
  }
  if (pdfDir !== undefined && soffice) {
    try {
      const pdfs = await papersToPdf(soffice, papers.map((paper, i) => ({ paper, sheet: written.reports[i].sheet })), pdfDir);
      for (const path of pdfs) io.stdout(`PDF: ${path}\n`);
    } catch (error) {
      return fail(`đã ghi sổ nhưng không tạo được PDF (the workbook is written, the PDFs are not): ${error instanceof Error ? error.message : String(error)}`, 1);
    }
  }
  return 0;
}
