// khoi seal / verify / send on real files: exit codes (seal 0, 1 with error findings; verify 0 intact, 1 changed,
// 2 unreadable or never sealed), the backup beside the book, the report in Vietnamese, and LOG_CUT from evaluate.
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadExample, parsedBlock } from "../helpers/fixtures";
import { runCli } from "../cli/run-cli";
import { writeWorkbook } from "../../src/xlsx/write";
import { GridBook } from "../../src/workbook/grid";
import { workbookGrids } from "../../src/xlsx/read";

const dir = mkdtempSync(join(tmpdir(), "khoi-seal-cli-"));
let book: string;

/** Sets one cell of the file at `path` (as an officer editing in Excel would) and saves it. */
async function edit(path: string, change: (wb: ExcelJS.Workbook, book: GridBook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  change(wb, new GridBook(workbookGrids(wb)));
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

beforeAll(async () => {
  book = join(dir, "khoi.xlsx");
  writeFileSync(book, await writeWorkbook(parsedBlock(loadExample("lang-son-cum-ii-2020")), { formulas: "native" }));
});

it("verify on a workbook never sealed exits 2; on a file that is no workbook, 2", async () => {
  const never = await runCli(["verify", book]);
  expect(never.code).toBe(2);
  expect(never.stdout).toContain("chưa được niêm phong");
  const junk = join(dir, "junk.xlsx");
  writeFileSync(junk, "not a workbook");
  expect((await runCli(["verify", junk])).code).toBe(2);
});

it("seal writes the seal with a backup; verify says intact (exit 0); an edited score is changed (exit 1) at its cell", async () => {
  const sealed = await runCli(["seal", book, "--by", "Nguyễn Văn A"]);
  expect(sealed.stderr).toBe("");
  expect(sealed.code).toBe(0);
  expect(sealed.stdout).toMatch(/Đã niêm phong sha256:[0-9a-f]{64} — .* người niêm phong: Nguyễn Văn A/);
  expect(readdirSync(dir).some((f) => /^khoi\.backup-\d{8}-\d{6}\.xlsx$/.test(f))).toBe(true);
  const intact = await runCli(["verify", book]);
  expect(intact.code).toBe(0);
  expect(intact.stdout).toContain("Nguyên vẹn");
  expect(intact.stdout).toContain("không phải chữ ký số");
  const json = JSON.parse((await runCli(["verify", book, "--json"])).stdout);
  expect(json.status).toBe("intact");
  expect(json.sealed.by).toBe("Nguyễn Văn A");

  // The officer changes one final score in Excel and saves, without sealing again.
  let where = "";
  await edit(book, (wb, grid) => {
    const loc = grid.namedRange("khoi_scores_self")!;
    for (let r = loc.range.row1 + 1; r <= loc.range.row2 && !where; r++) {
      for (let c = loc.range.column1; c <= loc.range.column2 && !where; c++) {
        const v = grid.value(loc.sheet, r, c);
        if (typeof v === "number" && v >= 1) {
          wb.getWorksheet(loc.sheet.name)!.getCell(r + 1, c + 1).value = v - 1;
          where = `${loc.sheet.name}!${grid.address(r, c)}: ${String(v).replace(".", ",")} → ${String(v - 1).replace(".", ",")}`;
        }
      }
    }
  });
  const changed = await runCli(["verify", book]);
  expect(changed.code).toBe(1);
  expect(changed.stdout).toContain("đã bị sửa sau khi niêm phong");
  expect(changed.stdout).toContain(where);
});

it("seal refuses a block with error findings (exit 1) and says why, leaving the file as it was", async () => {
  const bad = join(dir, "bad.xlsx");
  writeFileSync(bad, readFileSync(book));
  await edit(bad, (wb, grid) => {
    const loc = grid.namedRange("khoi_scores_self")!;
    wb.getWorksheet(loc.sheet.name)!.getCell(loc.range.row1 + 2, loc.range.column1 + 1).value = "chín";
  });
  const before = readFileSync(bad);
  const refused = await runCli(["seal", bad, "--by", "Nguyễn Văn A"]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("Không niêm phong: khối còn");
  expect(refused.stderr).toMatch(/!\w+\d+: /);
  expect(Buffer.compare(readFileSync(bad), before)).toBe(0);
  expect((await runCli(["seal", bad])).code).toBe(2); // --by is required
});

it("send --values writes OUT sealed (the book untouched); evaluate warns LOG_CUT once the log is cut", async () => {
  const out = join(dir, "gui.xlsx");
  const source = readFileSync(book);
  const sent = await runCli(["send", book, "--values", "-o", out, "--by", "Trần Thị B"]);
  expect(sent.stderr).toBe("");
  expect(sent.code).toBe(0);
  expect(sent.stdout).toContain("Chỉ giữ giá trị");
  expect(Buffer.compare(readFileSync(book), source)).toBe(0);
  expect(existsSync(out)).toBe(true);
  expect((await runCli(["verify", out])).code).toBe(0);
  expect((await runCli(["evaluate", out, "--json"])).stdout).not.toContain("LOG_CUT");

  // Someone deletes the last lines of Nhật ký (the seal's own line among them) and saves.
  await edit(out, (wb, grid) => {
    const log = grid.sheetByKey("log")!;
    const ws = wb.getWorksheet(log.name)!;
    ws.spliceRows(ws.actualRowCount, 1);
  });
  const evaluated = await runCli(["evaluate", out, "--json"]);
  const findings = JSON.parse(evaluated.stdout).findings as { code: string; severity: string; message: string; cell?: { sheet: string } }[];
  const cut = findings.filter((f) => f.code === "LOG_CUT");
  expect(cut).toHaveLength(1);
  expect(cut[0].severity).toBe("warning");
  expect(cut[0].message).toContain("Nhật ký bị cắt sau khi niêm phong");
});

it("the installed command (bin/khoi.js over the compiled lib/) gives the same exit codes", () => {
  const khoi = (...args: string[]) => spawnSync("node", [join(__dirname, "..", "..", "bin", "khoi.js"), ...args], { encoding: "utf8" });
  const fresh = join(dir, "fresh.xlsx");
  writeFileSync(fresh, readFileSync(join(dir, "gui.xlsx")));
  expect(khoi("verify", fresh).status).toBe(0);
  expect(khoi("verify", join(dir, "khoi.xlsx")).status).toBe(1);
  expect(khoi("verify", join(dir, "missing.xlsx")).status).toBe(2);
  const bad = khoi("seal", join(dir, "bad.xlsx"), "--by", "A");
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain("Không niêm phong");
});
