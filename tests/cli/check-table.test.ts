// `khoi check-table` on real .xlsx files: in-process for the outputs, and through the installed bin as a process.
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeTableFiles } from "../fixtures/tables/make-tables";
import { runCli } from "./run-cli";

const root = join(__dirname, "..", "..");
let dir: string;
let paths: Map<string, string>;
const file = (prefix: string) => [...paths.entries()].find(([name]) => name.startsWith(prefix))![1];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "khoi-check-table-"));
  paths = await writeTableFiles(dir);
});

describe("khoi check-table", () => {
  it("--json prints the mapping and the findings with the officer's cells; exit 1 on an error finding", async () => {
    const run = await runCli(["check-table", file("04"), "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.mapping.sheet).toBe("KQ 2024");
    expect(out.mapping.headerRows).toEqual([1]);
    expect(out.mapping.columns.map((c: { column: string; role: string }) => `${c.column}:${c.role}`)).toEqual(
      ["A:stt", "B:unit", "C:criterion", "D:bonus", "E:penalty", "F:total", "G:rank"],
    );
    expect(out.findings).toEqual([{
      code: "TOTAL_MISMATCH", severity: "error", cell: "F3", suggestion: 89,
      message: "Công ty Cấp nước Quảng Nam: tổng điểm trong sổ là 90, nhưng tổng điểm tính được là 89.",
      messageEn: "Công ty Cấp nước Quảng Nam: the workbook shows a total of 90, but the computed total is 89.",
    }]);
  });

  it("exit 0 when only warnings are found (a tie), with a readable report naming Sheet!cell", async () => {
    const run = await runCli(["check-table", file("02")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("5 đơn vị (dòng 6–10)");
    expect(run.stdout).toContain("Bỏ qua dòng 11: dòng cộng / trung bình.");
    expect(run.stdout).toContain("Cảnh báo [TIE_UNRESOLVED] Tổng hợp!H7:");
  });

  it("--sheet and --range point at the table; a range that leaves the header out finds no table (exit 2)", async () => {
    const inRange = await runCli(["check-table", file("06"), "--sheet", "xã", "--range", "A3:F9", "--json"]);
    expect(inRange.code).toBe(1);
    expect(JSON.parse(inRange.stdout).mapping.unitRows).toEqual([4, 5, 7, 9]);
    const noHeader = await runCli(["check-table", file("06"), "--range", "A4:F9"]);
    expect(noHeader.code).toBe(2);
    expect(noHeader.stdout).toBe("");
    expect(noHeader.stderr).toMatch(/^khoi check-table: không tìm thấy bảng xếp hạng .*vùng A4:F9.*«Tên đơn vị»/);
  });

  it("exit 2 with one clear line for a missing file, a file that is not .xlsx, an unknown sheet, a bad range", async () => {
    const notXlsx = join(dir, "ghi-chu.xlsx");
    writeFileSync(notXlsx, "không phải Excel");
    const runs = await Promise.all([
      runCli(["check-table", join(dir, "khong-co.xlsx")]),
      runCli(["check-table", notXlsx]),
      runCli(["check-table", file("01"), "--sheet", "Trang khác"]),
      runCli(["check-table", file("01"), "--range", "A1-K30"]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    expect(runs[0].stderr).toContain("không có tệp này");
    expect(runs[1].stderr).toContain("không phải sổ Excel .xlsx đọc được");
    expect(runs[2].stderr).toContain("không có trang tính «Trang khác»");
    expect(runs[3].stderr).toContain("--range «A1-K30» không phải một vùng ô");
    for (const r of runs) expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a file over 20 MB before reading it", async () => {
    const big = join(dir, "qua-lon.xlsx");
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 1));
    const run = await runCli(["check-table", big]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("20 MB");
  });

  it("runs through the installed bin as a separate process", () => {
    const run = spawnSync("node", [join(root, "bin", "khoi.js"), "check-table", file("05"), "--json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.findings.map((f: { code: string; cell: string }) => `${f.code}@${f.cell}`)).toEqual([
      "SCORE_TEXT@D2", "TOTAL_MISMATCH@E2", "RANK_MISMATCH@F2", "RANK_MISMATCH@F3",
      "SCORE_TEXT@C4", "SCORE_TEXT@D4", "TOTAL_MISMATCH@E4", "RANK_MISMATCH@F4", "RANK_MISMATCH@F5",
    ]);
  });
});
