// `khoi workbook BLOCK.json -o BOOK.xlsx [--formulas native|khoi]`: writes a block's scoring workbook (work in progress).
import type { CliIo } from "../io";

export async function runWorkbookCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr("khoi workbook: chưa sẵn sàng (not ready yet)\n");
  return 2;
}
