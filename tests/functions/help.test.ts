// Help pages: one per function id (from the generated metadata's @helpurl), in Vietnamese and English, linking the
// shared stylesheet, and each worked example giving what the page says when run through the function.
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import { award, check, points, rank, text, total, vote } from "../../src/functions/functions";
import { LocalCellError } from "../../src/functions/errors";
import { col, flat, shown } from "./helpers";

const HELP = path.resolve(__dirname, "../../src/help");
const page = (name: string) => fs.readFileSync(path.join(HELP, name), "utf8");
/** The text of one language section of a page. */
const section = (html: string, lang: "vi" | "en") => {
  const match = new RegExp(`<section id="${lang}" lang="${lang}">([\\s\\S]*?)</section>`).exec(html);
  if (!match) throw new Error(`no ${lang} section`);
  return match[1];
};

let functions: IFunction[];

beforeAll(async () => {
  functions = JSON.parse((await generateCustomFunctionsMetadata(path.resolve(__dirname, "../../src/functions/functions.ts"))).metadataJson).functions;
}, 30000);

describe("help pages", () => {
  test("every @helpurl names a page under src/help, with a Vietnamese and an English section and the formula in both", () => {
    expect(functions).toHaveLength(7);
    for (const f of functions) {
      const file = new URL(f.helpUrl as string).pathname.replace(/^\/help\//, "");
      expect(fs.existsSync(path.join(HELP, file))).toBe(true);
      const html = page(file);
      expect(html).toContain('<link rel="stylesheet" href="help.css">');
      expect(section(html, "vi")).toContain(`=KHOI.${f.id}(`);
      expect(section(html, "en")).toContain(`=KHOI.${f.id}(`);
    }
    expect(fs.existsSync(path.join(HELP, "help.css"))).toBe(true);
  });

  test("every local link of the help pages resolves to a file", () => {
    for (const file of fs.readdirSync(HELP).filter((f) => f.endsWith(".html"))) {
      for (const [, href] of page(file).matchAll(/href="([^"#:]+)(?:#[^"]*)?"/g)) {
        expect({ file, href, exists: fs.existsSync(path.join(HELP, href)) }).toEqual({ file, href, exists: true });
      }
    }
  });
});

describe("worked examples give what their page shows", () => {
  const totals = col(96.5, 93, 93, 88, 80.25);

  test("RANK", () => {
    const html = page("rank.html");
    expect(html).toContain('=KHOI.RANK(B2:B6; C2:C6; "-")');
    expect(flat(rank(totals, col(0, 0, 1, 2, ""), "-"))).toEqual([1, 2, 3, 4, 5]);
    expect(flat(rank(totals))).toEqual([1, 2, 2, 4, 5]);
  });

  test("POINTS", () => {
    const html = page("points.html");
    const result = flat(points(col(1530, 252, 2460, 360, 88), col(1500, 210, 2400, 320, 95), 25, "relative")) as number[];
    expect(result.slice(0, 4)).toEqual([13.75, 25, 14.0625, 20.3125]);
    expect(result[4].toFixed(2)).toBe("11.58");
    for (const shownValue of ["13,75", "14,0625", "20,3125", "11,58"]) expect(html).toContain(`result">${shownValue}<`);
  });

  test("TOTAL", () => {
    const scores = [[18, 25, 40, 2, 1], [20, 28, 45, "", ""]];
    const maxima = [[20, 30, 50, 5, 10]];
    const groups = [["I", "I", "II", "thưởng", "trừ"]];
    expect(total(scores, maxima, groups)).toEqual([[83, 2, 1, 84], [93, 0, 0, 93]]);
    const weighted = total(scores, maxima, groups, [[0.6, 0.4]], 1000);
    expect(weighted.map((row) => Math.round((row[3] as number) * 1e9) / 1e9)).toEqual([837, 936]);
    expect(page("total.html")).toContain("=KHOI.TOTAL(B3:F4; B2:F2; B1:F1; L1:M1; 1000)");
  });

  test("AWARD", () => {
    const tiers = [["Danh hiệu", "Số suất", "Điểm tối thiểu", "Bắt buộc"], ["Cờ thi đua", 1, 90, "TTLĐXS"], ["Bằng khen", 1, 85, ""]];
    const titles = col("TTLĐXS", "TTLĐXS", "TTLĐXS", "TTLĐXS", "");
    const ranks = rank(totals, col(0, 0, 1, 2, ""), "-");
    expect(flat(award(totals, tiers, ranks, undefined, titles))).toEqual(["Cờ thi đua", "Bằng khen", "", "", ""]);
    const tied = award(totals, tiers, undefined, undefined, titles);
    expect(shown(tied)).toEqual(["Cờ thi đua", "#N/A", "#N/A", "", ""]);
    expect((tied[1][0] as LocalCellError).message).toContain('Đồng hạng 2 với dòng 3 ở ranh giới danh hiệu "Bằng khen"');
  });

  test("VOTE", () => {
    expect(flat(vote(col(5, 4, 3), 5, 5, 0.8))).toEqual([true, true, false]);
    expect(flat(vote(col(5, 4, 3), 5, 5, 0.8, undefined, undefined, true))).toEqual([true, false, false]);
    expect(page("vote.html")).toContain("=KHOI.VOTE(B2:B4; 5; 5; 80%; ; ; TRUE)");
  });

  test("CHECK", () => {
    const html = page("check.html");
    const result = flat(check(col(1, 2, 3), col(1, 3, 2), col("Cờ thi đua", "Bằng khen", ""), col("Cờ thi đua", "", "Bằng khen")));
    expect(result[0]).toBe("OK");
    for (const line of result) expect(html).toContain(`result">${line}<`);
  });

  test("TEXT", () => {
    const result = flat(text(col("B¶o Th¾ng", "Xin chaøo caùc baïn", "Dá»±ng sáºµn")));
    expect(result).toEqual(["Bảo Thắng", "Xin chào các bạn", "Dựng sẵn"]);
    for (const line of result) expect(page("text.html")).toContain(`result">${line}<`);
  });
});
