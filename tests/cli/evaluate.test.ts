// `khoi evaluate`: exit codes, the khoi-result/1 JSON shape and the readable Vietnamese report (spec §7).
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "./run-cli";

const LANG_SON = join(__dirname, "..", "fixtures", "examples", "lang-son-cum-ii-2020.json");
const dir = mkdtempSync(join(tmpdir(), "khoi-cli-"));

function writeTemp(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("khoi evaluate", () => {
  it("prints one khoi-result/1 document with units in rank order and exits 0 for a correct block", async () => {
    const run = await runCli(["evaluate", LANG_SON, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout);
    expect(result.format).toBe("khoi-result/1");
    expect(result.ok).toBe(true);
    expect(result.units.map((u: { id: string }) => u.id).slice(0, 2)).toEqual(["ga-dd", "lt-cl"]);
    expect(result.units[0]).toMatchObject({ rank: 1, award: "flag", name: "Chi nhánh Ga Đồng Đăng" });
    expect(result.units[1]).toMatchObject({ rank: 2, award: "merit" });
    for (const unit of result.units) {
      expect(Object.keys(unit).sort()).toEqual(["award", "base", "bonus", "groups", "id", "name", "penalty", "rank", "total"]);
    }
  });

  it("prints a readable Vietnamese table with award labels by default", async () => {
    const run = await runCli(["evaluate", LANG_SON]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Hạng");
    expect(run.stdout).toContain("Tổng điểm");
    expect(run.stdout).toMatch(/1\s+Chi nhánh Ga Đồng Đăng\s+\d+,\d\d\s+Cờ thi đua của UBND tỉnh/);
    expect(run.stdout).toContain("Không có lỗi.");
  });

  it("says why a disqualified unit gets no award", async () => {
    const run = await runCli(["evaluate", join(__dirname, "..", "fixtures", "examples", "khanh-hoa-khoi-2-2021.json")]);
    expect(run.stdout).toMatch(/Mai Linh tại Nha Trang\s+[\d,]+\s+không xét khen thưởng: Đang trong thời gian xem xét kỷ luật/);
  });

  it("speaks English with --lang en", async () => {
    const run = await runCli(["evaluate", LANG_SON, "--lang", "en"]);
    expect(run.stdout).toContain("Rank");
    expect(run.stdout).toMatch(/\d+\.\d\d/);
    expect(run.stdout).toContain("No errors.");
  });

  it("exits 1 and points at the unit when the declared ranking is wrong", async () => {
    const block = JSON.parse(readFileSync(LANG_SON, "utf8"));
    block.declared.ranks = { ...block.declared.ranks, "ga-dd": 2, "lt-cl": 1 };
    const run = await runCli(["evaluate", writeTemp("wrong-rank.json", JSON.stringify(block)), "--json"]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.ok).toBe(false);
    const mismatches = result.findings.filter((f: { code: string }) => f.code === "RANK_MISMATCH");
    expect(mismatches.map((f: { unit: string }) => f.unit).sort()).toEqual(["ga-dd", "lt-cl"]);
    const text = await runCli(["evaluate", writeTemp("wrong-rank2.json", JSON.stringify(block))]);
    expect(text.stdout).toContain("Lỗi (");
    expect(text.stdout).toContain("RANK_MISMATCH");
  });

  it("reports FORMAT_INVALID with exit 1 for a JSON document that is not a block", async () => {
    const run = await runCli(["evaluate", writeTemp("not-block.json", JSON.stringify({ format: "other" })), "--json"]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.units).toEqual([]);
    expect(result.findings[0]).toMatchObject({ code: "FORMAT_INVALID", severity: "error" });
  });

  it.each([
    ["a missing file", () => join(dir, "does-not-exist.json"), /không có tệp này/],
    ["invalid JSON", () => writeTemp("broken.json", "{ \"format\": "), /không phải tệp khối .json hợp lệ/],
    ["a broken workbook", () => writeTemp("broken.xlsx", "PK\u0003\u0004 not really a zip"), /không phải sổ Excel .xlsx|bị hỏng/],
  ])("exits 2 with one clear line on stderr and nothing on stdout for %s", async (_label, makePath, message) => {
    const run = await runCli(["evaluate", makePath(), "--json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it("refuses wrong usage with exit 2", async () => {
    expect((await runCli(["evaluate"])).code).toBe(2);
    expect((await runCli(["evaluate", LANG_SON, "--colour"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });
});
