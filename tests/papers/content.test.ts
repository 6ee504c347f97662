// What the papers say, for the 6-unit fixture and the two shared examples, each written as a block workbook and read
// back the way `khoi papers` reads it. Totals and counts are computed by hand in the comments (spec §2–§4).
import { evaluate } from "../../src/core/evaluate";
import { buildPapers, defaultFields, fieldsFor, papersSource } from "../../src/papers";
import { formatNumber, formatShare, placeAndDate, parseDate } from "../../src/papers/format";
import type { PaperSheet } from "../../src/workbook/paper";
import { readWorkbook } from "../../src/xlsx/read";
import { blockOf, bookOf, example, langSon, papersOfBook, paperText, sixUnits, TODAY } from "./helpers";

const byKind = (papers: PaperSheet[]) => Object.fromEntries(papers.map((p) => [p.kind, p])) as Record<PaperSheet["kind"], PaperSheet>;

describe("vi-VN notation", () => {
  it("pads day and month and writes numbers with a decimal comma and dot grouping", () => {
    expect(placeAndDate("Lạng Sơn", { year: 2024, month: 1, day: 5 })).toBe("Lạng Sơn, ngày 05 tháng 01 năm 2024");
    expect(formatNumber(85.25)).toBe("85,25");
    expect(formatNumber(1250.5)).toBe("1.250,5");
    expect(formatNumber(94.8125)).toBe("94,81");
    expect(formatShare(2 / 3)).toBe("66,67%");
    expect(parseDate("5/1/2024")).toEqual({ year: 2024, month: 1, day: 5 });
    expect(parseDate("31/02/2024")).toBeNull();
  });
});

describe("the 6-unit block (fixture)", () => {
  let papers: Record<PaperSheet["kind"], PaperSheet>;
  beforeAll(async () => {
    papers = byKind(await papersOfBook(await bookOf(sixUnits())));
  });

  it("sheet names begin as the officers name them", () => {
    expect(papers.summary.sheet.name).toBe("Bảng tổng hợp 2024");
    expect(papers.minutes.sheet.name).toBe("Biên bản 2024");
    expect(papers.memo.sheet.name).toBe("Tờ trình 2024");
  });

  it("the summary lists the units by rank with every layer, bonus, penalty, total, award and ballots", () => {
    const text = paperText(papers.summary);
    // kcn: I = 98/100 × 40 + 19 = 58,2 on every layer; II = 10 + 29,5 self, 29 appraised; total 58,2 + 39 = 97,2.
    expect(text).toContain("2 | Ban Quản lý các Khu công nghiệp | 58,2 | 58,2 | 58,2 | 39,5 | 39 | 39 | 0 | 0 | 97,2 | 2 | Bằng khen của Chủ tịch UBND tỉnh | 4/5 (80%)");
    // vp: 40 + 20 + 10 + 30 + bonus 2 = 102, the flag with 4 of 5 present.
    expect(text).toContain("1 | Ban Quản lý Khu kinh tế Vân Phong | 60 | 60 | 40 | 40 | 2 | 0 | 102 | 1 | Cờ thi đua của UBND tỉnh | 4/5 (80%)");
    // gt: 85/100 × 40 + 15 = 49; 10 + 26 = 36; penalty 2: 83, last.
    expect(text).toMatch(/6 \| Ban Quản lý dự án Giao thông \| 49 \| 49 \| 36 \| 36 \| 0 \| 2 \| 83 \| 6/);
    expect(text).toContain("Điểm tối đa | 60 | 60 | 60 | 40 | 40 | 40 | 5 | 10 | 100");
    expect(text).toContain("NGƯỜI LẬP BIỂU | KHỐI TRƯỞNG");
    expect(text).toContain("Khánh Hòa, ngày 05 tháng 01 năm 2025");
  });

  it("the minutes give attendance, the counts, the ballots per nominee, the flag's block, exemplary and next year's leaders", () => {
    const text = paperText(papers.minutes);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("Số:       /BB-KTĐ | Khánh Hòa, ngày 05 tháng 01 năm 2025");
    expect(text).toContain("Đơn vị có mặt: 5/6 đơn vị thành viên.");
    // Only vp, cn and nn reached their disbursement target (100, 100, 101 of 100).
    expect(text).toContain("3/6 đơn vị hoàn thành và hoàn thành vượt mức kế hoạch đề ra; 6/6 đơn vị đã ký giao ước thi đua năm 2024");
    expect(text).toContain("Số thành viên: 6; có mặt: 5; số phiếu phát ra: 5; thu về: 5; hợp lệ: 4.");
    expect(text).toContain("1 | Ban Quản lý Khu kinh tế Vân Phong | 5 | 5 | 4 | 4 | 80%");
    expect(text).toContain("2 | Ban Quản lý Khu công nghệ cao | 5 | 5 | 4 | 3 | 60%");
    expect(text).toContain("- Cờ thi đua của UBND tỉnh: Ban Quản lý Khu kinh tế Vân Phong (đơn vị dẫn đầu Khối thi đua các Ban Quản lý).");
    expect(text).toContain("- Bằng khen của Chủ tịch UBND tỉnh: Ban Quản lý các Khu công nghiệp; Ban Quản lý Khu công nghệ cao.");
    expect(text).toContain("- Tập thể tiêu biểu: Phòng Quản lý đầu tư.");
    expect(text).toContain("Bầu Khối trưởng, Khối phó năm 2025: Ban Quản lý các Khu công nghiệp làm Khối trưởng; Ban Quản lý Khu công nghệ cao làm Khối phó.");
    expect(text).toContain("THƯ KÝ | CHỦ TRÌ");
  });

  it("the memo cites the legal bases in force on its date, lists the proposals and the recipients", () => {
    const text = paperText(papers.memo);
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("Về việc đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh năm 2024");
    expect(text).toContain("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa.");
    expect(text).toContain("Căn cứ Nghị định số 98/2023/NĐ-CP");
    expect(text).toContain("3 | Ban Quản lý Khu công nghệ cao | 95,5 | 3 | Bằng khen của Chủ tịch UBND tỉnh | 3/5 (60%)");
    expect(text).toContain("Cờ thi đua của UBND tỉnh (đơn vị dẫn đầu Khối thi đua các Ban Quản lý) | 4/5 (80%)");
    expect(text).toContain("Nơi nhận: | KHỐI TRƯỞNG");
    expect(text).toContain("- Lưu: VT.");
    expect(text).not.toContain("Ban Quản lý dự án Giao thông");
  });
});

describe("Lạng Sơn Cụm II 2020 (shared example, seed 004)", () => {
  it("says what the seed reports: 4/5 met the plan, the flag to Ga Đồng Đăng, Bằng khen to Lương thực Cao Lạng, 2021 leaders", async () => {
    const papers = byKind(await papersOfBook(await bookOf(langSon())));
    const minutes = paperText(papers.minutes);
    expect(minutes).toContain("4/5 đơn vị hoàn thành và hoàn thành vượt mức kế hoạch đề ra");
    expect(minutes).toContain("- Cờ thi đua của UBND tỉnh: Chi nhánh Ga Đồng Đăng (đơn vị dẫn đầu Cụm thi đua II - Các doanh nghiệp Trung ương).");
    expect(minutes).toContain("- Bằng khen của Chủ tịch UBND tỉnh: Công ty cổ phần Lương thực Cao Lạng.");
    expect(minutes).toContain("Chi nhánh Ga Đồng Đăng làm Trưởng cụm; Chi nhánh Xăng dầu Lạng Sơn làm Phó trưởng cụm");
    expect(minutes).toContain("1 | Chi nhánh Ga Đồng Đăng | 5 | 5 | 5 | 5 | 100%");
    expect(minutes).toContain("Số:       /BB-CTĐ");
    // Điện lực: I = 13,75 + 20 + 10 + 5, II = 5 + 10 + 2,5, III = 10 + 8 (appraised; 9 self), bonus 1: 85,25.
    const summary = paperText(papers.summary);
    expect(summary).toContain("3 | Công ty Điện lực Lạng Sơn | 48,75 | 48,75 | 48,75 | 17,5 | 17,5 | 17,5 | 19 | 18 | 18 | 1 | 0 | 85,25 | 3");
    expect(summary).toContain("TRƯỞNG CỤM");
    expect(summary).toContain("UBND TỈNH LẠNG SƠN");
    expect(paperText(papers.memo)).toContain("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Lạng Sơn.");
  });
});

describe("Khánh Hòa Khối 2 2021 (shared example: scale 1,000, a disqualified unit, no ballots)", () => {
  it("lists the six units with the engine's ranks and awards, the reason a unit is out, and no ballot table", async () => {
    const doc = example("khanh-hoa-khoi-2-2021.json");
    const papers = byKind(await papersOfBook(await bookOf(doc)));
    const engine = evaluate(doc);
    const summary = paperText(papers.summary);
    const block = blockOf(doc);
    for (const unit of engine.units) {
      const label = unit.award ? block.rules.awards.find((t) => t.id === unit.award)!.label! : null;
      const line = summary.split("\n").find((l) => l.includes(`| ${unit.name} |`));
      expect(line).toBeDefined();
      expect(line).toMatch(new RegExp(`\\| ${formatNumber(unit.total).replace(".", "\\.")} \\| ${unit.rank}( \\||$)`));
      if (label) expect(line).toContain(label);
    }
    const out = block.units.find((u) => u.disqualified)!;
    expect(summary.split("\n").find((l) => l.includes(out.name))).toContain(out.disqualified!);
    expect(summary).toContain("| 1.000");
    const minutes = paperText(papers.minutes);
    expect(minutes).toContain("KHỐI THI ĐUA CÁC DOANH NGHIỆP (KHỐI 2)");
    expect(minutes).toContain("Khánh Hòa, ngày 05 tháng 01 năm 2025");
    expect(minutes).not.toContain("Phiếu đồng ý");
  });
});

describe("fields", () => {
  it("legal bases come from the data file, by the texts in force on the paper's date", () => {
    const block = blockOf(sixUnits());
    expect(defaultFields(block, new Date(2021, 0, 5)).legalBases).toContain("Nghị định số 91/2017/NĐ-CP");
    expect(defaultFields(block, new Date(2024, 11, 20)).legalBases).toContain("Nghị định số 98/2023/NĐ-CP");
    expect(defaultFields(block, new Date(2026, 0, 8)).legalBases).toContain("Nghị định số 152/2025/NĐ-CP");
    expect(defaultFields(block, TODAY).legalBases).toContain("Khối thi đua các Ban Quản lý");
  });

  it("a field typed by the officer shows in the paper; the minutes' number is cited in the memo", async () => {
    const reading = await readWorkbook(await bookOf(sixUnits()));
    const source = papersSource(reading);
    if ("problem" in source) throw new Error(source.problem);
    const fields = fieldsFor(source.block, null, TODAY);
    fields.minutes = { ...fields.minutes, number: "07", chair: "Nguyễn Văn An, Trưởng ban", absent: "Ban Quản lý dự án Nông nghiệp" };
    const papers = byKind(buildPapers(source.block, source.result, fields, { today: TODAY }));
    const minutes = paperText(papers.minutes);
    expect(minutes).toContain("Số: 07/BB-KTĐ");
    expect(minutes).toContain("- Chủ trì: Nguyễn Văn An, Trưởng ban.");
    expect(minutes).toContain("- Đơn vị vắng mặt: Ban Quản lý dự án Nông nghiệp.");
    expect(minutes).not.toMatch(/có mặt:[^\n]*Nông nghiệp/);
    // The chair signs under the name alone, without the position.
    expect(minutes).toMatch(/^Nguyễn Văn An$/m);
    expect(paperText(papers.memo)).toContain("(Biên bản số 07/BB-KTĐ)");
  });

  it("a workbook that is not a block gives a Vietnamese reason, not a crash", () => {
    const source = papersSource({ doc: null, findings: [] });
    expect("problem" in source && source.problem).toMatch(/Thiết lập/);
  });
});
