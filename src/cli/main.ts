// Entry of the `khoi` command line: dispatches a subcommand and turns any failure into exit status 2.
import { CliIo, processIo } from "./io";
import { runEvaluateCommand } from "./commands/evaluate";
import { runWorkbookCommand } from "./commands/workbook";
import { runTemplateCommand } from "./commands/template";
import { runProvinceCommand } from "./commands/province";
import { runCheckTableCommand } from "./commands/check-table";
import { runFormsCommand } from "./commands/forms";
import { runImportCommand } from "./commands/import";
import { runRepairCommand } from "./commands/repair";
import { runPapersCommand } from "./commands/papers";
import { runSealCommand } from "./commands/seal";
import { runVerifyCommand } from "./commands/verify";
import { runSendCommand } from "./commands/send";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  evaluate: runEvaluateCommand,
  workbook: runWorkbookCommand,
  template: runTemplateCommand,
  province: runProvinceCommand,
  "check-table": runCheckTableCommand,
  forms: (args, io) => runFormsCommand(args, io),
  import: (args, io) => runImportCommand(args, io),
  repair: (args, io) => runRepairCommand(args, io),
  papers: (args, io) => runPapersCommand(args, io),
  seal: (args, io) => runSealCommand(args, io),
  verify: runVerifyCommand,
  send: (args, io) => runSendCommand(args, io),
};

const USAGE = [
  "Cách dùng / Usage:",
  "  khoi evaluate FILE [--json] [--lang vi|en]   chấm điểm, xếp hạng, kiểm tra một khối (.json hoặc .xlsx)",
  "  khoi workbook BLOCK.json -o BOOK.xlsx [--formulas native|khoi]   tạo sổ chấm điểm",
  "  khoi template [NAME]                         liệt kê / in bộ tiêu chí mẫu",
  "  khoi province FILE_OR_DIR… [-o PROVINCE.xlsx] [--json] [--year N] [--rules FILE]   tổng hợp sổ của các khối (Ban Thi đua tỉnh)",
  "  khoi check-table BOOK.xlsx [--sheet NAME] [--range A1:K30] [--json]   kiểm tra bảng xếp hạng có sẵn",
  "  khoi forms BOOK.xlsx -o DIR [--unit ID]…     tạo phiếu tự chấm cho từng đơn vị",
  "  khoi import BOOK.xlsx FORM.xlsx… [--dry-run] nhập phiếu tự chấm đã điền vào sổ",
  "  khoi repair BOOK.xlsx [--dry-run] [--who NAME]   sửa công thức KHOI.* báo #NAME? (ghi lại bằng công thức Excel gốc)",
  "  khoi papers BOOK.xlsx [--pdf DIR] [--lang vi|en]   lập bảng tổng hợp, biên bản, tờ trình (và PDF)",
  "  khoi seal BOOK.xlsx --by NAME                kiểm tra rồi niêm phong sổ (SHA-256; không phải chữ ký số)",
  "  khoi verify BOOK.xlsx [--json]               sổ có bị sửa sau khi niêm phong? (0 nguyên vẹn, 1 đã sửa, 2 không đọc được / chưa niêm phong)",
  "  khoi send BOOK.xlsx [--values] -o OUT.xlsx [--by NAME]   chuẩn bị gửi (công thức Excel thường hoặc chỉ giá trị), kiểm tra, niêm phong",
  "",
].join("\n");

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    // Nothing asked: a usage error, so the usage goes to stderr (stdout stays clean for scripts).
    io.stderr(`khoi: cần tên một lệnh (a command is needed)\n${USAGE}`);
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`khoi: không có lệnh «${name}» (unknown command)\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    // Last resort: a bug must still end with one readable line, never a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`khoi: lỗi không mong đợi (unexpected error): ${detail}\n`);
    return 2;
  }
}
