// Oversized, bombed, foreign and broken inputs through the real `khoi` command line (the compiled lib/, run as a
// child process): each is refused within 5 s and 500 MB with exit 2 and ONE clear Vietnamese line on stderr, and
// nothing on stdout — or, for what is only unusual (a defined name over a whole sheet), read normally and fast.
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from "fflate";
import { parseBlock } from "../../src/core/parse";
import { writeWorkbook } from "../../src/xlsx/write";

const ROOT = join(__dirname, "..", "..");
const LIB_MAIN = join(ROOT, "lib", "cli", "main.js");
const EXAMPLE = join(ROOT, "tests", "fixtures", "examples", "lang-son-cum-ii-2020.json");
let dir: string;

interface Run { code: number; stdout: string; stderr: string; ms: number; rssMb: number }

/** Runs the compiled CLI in a child process and reports its exit code, output, time and peak memory. */
function khoi(...args: string[]): Run {
  const script = `const m=require(${JSON.stringify(LIB_MAIN)});m.main(process.argv.slice(1)).then(c=>{process.stderr.write("\\n@@rss "+process.resourceUsage().maxRSS+"\\n");process.exitCode=c;});`;
  const started = Date.now();
  const child = spawnSync(process.execPath, ["-e", script, "--", ...args], { encoding: "utf8", timeout: 60_000 });
  const ms = Date.now() - started;
  const rss = /@@rss (\d+)/.exec(child.stderr ?? "");
  const stderr = (child.stderr ?? "").replace(/\n?@@rss \d+\n$/, "");
  return { code: child.status ?? -1, stdout: child.stdout ?? "", stderr, ms, rssMb: rss ? Number(rss[1]) / 1024 : Infinity };
}

function expectRefused(run: Run, words: RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(words);
  // Nothing of the machinery leaks: no stack trace, no library message.
  expect(run.stderr).not.toMatch(/at .*\(|Unexpected token|Bug :|Cannot read properties|undefined|ENOENT/);
  expect(run.ms).toBeLessThan(5000);
  expect(run.rssMb).toBeLessThan(500);
}

/** A zip whose one sheet inflates to `megabytes` MB of spaces: 300 MB packs into well under 1 MB. */
function bomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => { if (error) throw error; chunks.push(data); });
  const workbook = new ZipDeflate("xl/workbook.xml", { level: 9 });
  zip.add(workbook);
  workbook.push(strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Khối" sheetId="1" r:id="rId1"/></sheets></workbook>'), true);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) sheet.push(spaces, i === megabytes - 1);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

const write = (name: string, data: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "khoi-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("refused before parsing: exit 2, one line, within 5 s and 500 MB", () => {
  test("a 1 MB zip bomb that inflates to 300 MB", () => {
    const data = bomb(300);
    expect(data.length).toBeLessThan(2 * 1024 * 1024);
    expectRefused(khoi("evaluate", write("bomb.xlsx", data)), /giải nén lớn hơn 100 MB/);
  });

  test("a file larger than the 30 MB limit", () => {
    const big = new Uint8Array(31 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expectRefused(khoi("evaluate", write("big.xlsx", big)), /quá giới hạn 30 MB/);
  });

  test("/dev/zero, a device that never ends", () => {
    expectRefused(khoi("evaluate", "/dev/zero"), /không phải tệp thông thường/);
  });

  test("a directory", () => {
    expectRefused(khoi("evaluate", dir), /thư mục/);
  });

  test("a block file larger than 20 MB", () => {
    expectRefused(khoi("evaluate", write("big.json", `{"x":"${"a".repeat(21 * 1024 * 1024)}"}`)), /giới hạn 20 MB/);
  });

  test("an Excel 97–2003 .xls file, even named .json", () => {
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectRefused(khoi("evaluate", write("old.xls", xls)), /\.xls.*Lưu thành/);
    expectRefused(khoi("evaluate", write("old-renamed.json", xls)), /\.xls/);
  });

  test("a LibreOffice .ods spreadsheet", () => {
    const ods = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }], "content.xml": strToU8("<x/>") });
    expectRefused(khoi("evaluate", write("book.ods", ods)), /OpenDocument \(\.ods\).*xlsx/);
  });

  test("a zip that is not a workbook, and a Word document", () => {
    expectRefused(khoi("evaluate", write("photos.xlsx", zipSync({ "a.txt": strToU8("hello") }))), /tệp nén, không phải sổ Excel/);
    expectRefused(khoi("evaluate", write("letter.xlsx", zipSync({ "word/document.xml": strToU8("<w/>") }))), /tài liệu Word/);
  });

  test("a workbook cut short in an email, and a 0-byte file", async () => {
    const whole = await writeWorkbook(parseBlock(JSON.parse(readFileSync(EXAMPLE, "utf8"))).block!, { formulas: "native" });
    expectRefused(khoi("evaluate", write("cut.xlsx", whole.subarray(0, Math.floor(whole.length / 2)))), /bị hỏng/);
    expectRefused(khoi("evaluate", write("empty.xlsx", new Uint8Array(0))), /rỗng/);
    expectRefused(khoi("evaluate", write("empty.json", "")), /rỗng/);
  });

  test("text that is not JSON says where, not what the parser said", () => {
    expectRefused(khoi("evaluate", write("broken.json", '{\n  "format": "khoi-block/1",\n  "units": [,]\n}')), /không phải tệp khối \.json hợp lệ — lỗi cú pháp JSON/);
  });

  test("a language that does not exist, and bare `khoi`", () => {
    expectRefused(khoi("evaluate", EXAMPLE, "--lang", "fr"), /không có ngôn ngữ «fr».*vi.*en/);
    const bare = khoi();
    expect({ code: bare.code, stdout: bare.stdout }).toEqual({ code: 2, stdout: "" });
    expect(bare.stderr).toMatch(/cần tên một lệnh[\s\S]*khoi evaluate/);
  });
});

describe("unusual but readable: read normally", () => {
  test("a defined name over a whole sheet and one over whole columns do not exhaust memory", async () => {
    const whole = await writeWorkbook(parseBlock(JSON.parse(readFileSync(EXAMPLE, "utf8"))).block!, { formulas: "native" });
    const parts = unzipSync(whole);
    const xml = new TextDecoder().decode(parts["xl/workbook.xml"]);
    const names = '<definedName name="Toan_bo">\'Khối\'!$A$1:$XFD$1048576</definedName><definedName name="Cot_A">\'Khối\'!$A:$C</definedName>';
    parts["xl/workbook.xml"] = strToU8(xml.includes("<definedNames>") ? xml.replace("<definedNames>", `<definedNames>${names}`) : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`));
    const run = khoi("evaluate", write("names.xlsx", zipSync(parts)), "--json");
    expect(run.ms).toBeLessThan(5000);
    expect(run.rssMb).toBeLessThan(500);
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as { units: { id: string; rank: number }[] };
    expect(result.units[0]).toMatchObject({ id: "ga-dd", rank: 1 });
  });

  test("a block file that is not valid UTF-8 is read, and the damage is a finding", () => {
    const doc = readFileSync(EXAMPLE);
    const at = doc.indexOf(Buffer.from("Đồng Đăng"));
    const damaged = Buffer.concat([doc.subarray(0, at), Buffer.from([0xc4]), doc.subarray(at + 2)]); // "Đ" cut to one byte
    const run = khoi("evaluate", write("latin.json", damaged), "--json");
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: { code: string; message: string }[] };
    expect(result.findings.find((f) => f.code === "ENCODING_INVALID")?.message).toMatch(/UTF-8.*dòng \d+, cột \d+/);
  });

  test("criteria nested deeper than 20 levels are named as such", () => {
    let node: Record<string, unknown> = { code: "L25", name: "Lá", type: "points", max: 10 };
    for (let depth = 24; depth >= 1; depth--) node = { code: `L${depth}`, name: `Nhóm ${depth}`, children: [node] };
    const doc = { format: "khoi-block/1", block: { name: "Khối sâu", year: 2024 }, units: [{ id: "a", name: "A" }], criteria: [node], scores: { self: {} } };
    const run = khoi("evaluate", write("deep.json", JSON.stringify(doc)), "--json");
    const result = JSON.parse(run.stdout) as { findings: { code: string; message: string }[] };
    expect(result.findings.some((f) => f.code === "FORMAT_INVALID" && /lồng nhau quá 20 cấp/.test(f.message))).toBe(true);
  });
});
