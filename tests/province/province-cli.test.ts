// `khoi province` as officers run it: in-process through main() and as the installed bin, exit codes 0, 1 and 2.
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../cli/run-cli";
import { FILES, fileOf, readerAuditsFormulas, writeProvinceFolder } from "./province-fixture";

const root = join(__dirname, "..", "..");
// Reading 16 workbooks takes seconds on a busy machine.
jest.setTimeout(120_000);

let dir: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "khoi-province-cli-"));
  dir = await writeProvinceFolder(join(work, "ho-so"));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("khoi province", () => {
  it("exits 0 and says so when the blocks given have no error", async () => {
    const run = await runCli(["province", join(dir, fileOf(1)), join(dir, fileOf(2)), "-o", join(work, "hai-khoi.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 tệp khối đọc được, 2 khối được dùng, 0 tệp bỏ qua.");
    expect(run.stdout).toContain("Cờ thi đua của Chính phủ: 2 tập thể dẫn đầu khối × 20 % → được đề nghị tối đa 0.");
    expect(run.stdout).toContain("Không có lỗi.");
    expect(existsSync(join(work, "hai-khoi.xlsx"))).toBe(true);
  });

  it("exits 1 on the province folder, listing the skipped files and the findings across blocks in Vietnamese", async () => {
    const run = await runCli(["province", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Tệp bỏ qua (2):\n  • ${join(dir, FILES.contacts)}: Sổ này không phải sổ chấm điểm của Khối`);
    expect(run.stdout).toContain("[PROVINCE_AWARD_IN_TWO_BLOCKS] lỗi: Đơn vị «Công ty Cổ phần Cảng Chân Mây» được đề nghị khen thưởng ở 2 khối");
    expect(run.stdout).toContain(`      ${join(dir, fileOf(7))} — Tổng hợp!K6`);
    expect(run.stdout).toContain("Niêm phong: chưa niêm phong.");
    // Other year, award count, award in two blocks, and block 11's own two.
    expect(run.stdout).toContain(`Có ${(await readerAuditsFormulas(dir)) ? 6 : 5} lỗi cần xử lý.`);
  });

  it("speaks English with --lang en", async () => {
    const run = await runCli(["province", dir, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Government's emulation flag: 12 collectives leading blocks × 20% → at most 2 may be proposed.");
    expect(run.stdout).toContain("[PROVINCE_BLOCK_OTHER_YEAR] error: Block \"Khối thi đua số 12\"");
  });

  it("takes the share from --gov-flag-share or a rules file, and the year from --year", async () => {
    const share = JSON.parse((await runCli(["province", dir, "--json", "--gov-flag-share", "0.25"])).stdout);
    expect([share.govFlag.share, share.govFlag.cap]).toEqual([0.25, 3]);
    const rules = join(work, "quy-dinh-tinh.json");
    writeFileSync(rules, JSON.stringify({ govFlag: { share: 0.1 }, legalBasis: "Hướng dẫn số 01/HD-HĐTĐKT năm 2026" }));
    const fromFile = JSON.parse((await runCli(["province", dir, "--json", "--rules", rules])).stdout);
    expect([fromFile.govFlag.cap, fromFile.govFlag.legalBasis]).toEqual([1, "Hướng dẫn số 01/HD-HĐTĐKT năm 2026"]);
    // A file named as itself and inside the folder is read once (not "sent twice").
    const twice = JSON.parse((await runCli(["province", dir, join(dir, fileOf(1)), "--json"])).stdout);
    expect(twice.blocks).toHaveLength(14);
    const lastYear = JSON.parse((await runCli(["province", dir, "--json", "--year", "2025"])).stdout);
    expect(lastYear.year).toBe(2025);
    expect(lastYear.blocks.filter((b: { status: string }) => b.status === "used")).toHaveLength(1);
  });

  it("exits 2 on wrong options, a broken rules file, or nothing readable", async () => {
    expect((await runCli(["province", dir, "--gov-flag-share", "20%"])).code).toBe(2);
    expect((await runCli(["province", dir, "--year", "hai nghìn"])).code).toBe(2);
    expect((await runCli(["province"])).code).toBe(2);
    const broken = join(work, "hong.json");
    writeFileSync(broken, JSON.stringify({ govFlag: { share: 2 } }));
    const badRules = await runCli(["province", dir, "--rules", broken]);
    expect(badRules.code).toBe(2);
    expect(badRules.stderr).toContain("govFlag.share phải là tỉ lệ từ 0 đến 1");
    const junk = join(work, "rac");
    mkdirSync(junk);
    copyFileSync(join(dir, FILES.contacts), join(junk, FILES.contacts));
    copyFileSync(join(dir, FILES.corrupt), join(junk, FILES.corrupt));
    const nothing = await runCli(["province", junk, join(work, "khong-co.xlsx"), "-o", join(work, "rong.xlsx")]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("không có sổ khối nào đọc được");
    expect(nothing.stdout).toContain("không có tệp hay thư mục này");
    expect(existsSync(join(work, "rong.xlsx"))).toBe(false);
  });

  it("runs as the installed bin in its own process", () => {
    const run = spawnSync("node", [join(root, "bin", "khoi.js"), "province", dir, "--json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.format).toBe("khoi-province/1");
    expect(json.govFlag.cap).toBe(2);
  });
});
