// KHOI.TEXT: legacy encodings and NFD become NFC Unicode; numbers pass; the result keeps the shape of the input.
import { LocalCellError } from "../../src/functions/errors";
import { text } from "../../src/functions/functions";
import { cellErr } from "./helpers";

describe("KHOI.TEXT", () => {
  test("converts TCVN3, VNI and UTF-8 mojibake to Unicode", () => {
    expect(text([["B¶o Th¾ng"], ["Mêng Kh¬ng"], ["Xin chaøo caùc baïn"], ["Dá»±ng sáºµn"]])).toEqual([
      ["Bảo Thắng"],
      ["Mường Khương"],
      ["Xin chào các bạn"],
      ["Dựng sẵn"],
    ]);
  });

  test("turns NFD names into NFC and collapses spaces, so equal names become equal strings", () => {
    const nfd = "Chi nhánh Ga Đồng Đăng".normalize("NFD");
    const [[out]] = text([[`  ${nfd}\u00a0 `]]);
    expect(out).toBe("Chi nhánh Ga Đồng Đăng");
    expect((out as string).length).toBe("Chi nhánh Ga Đồng Đăng".normalize("NFC").length);
    expect(nfd).not.toBe(out);
  });

  test("keeps the shape; Unicode text, numbers and booleans are unchanged; blanks give blank", () => {
    expect(text([["Công ty Điện lực Lạng Sơn", 98.5], ["", true]])).toEqual([["Công ty Điện lực Lạng Sơn", 98.5], ["", true]]);
    expect(text(null as unknown as unknown[][])).toEqual([[""]]);
  });

  test("an error cell gives #VALUE! naming it", () => {
    const [[out]] = text([[new LocalCellError("#N/A", "x")]]);
    expect(cellErr(out).message).toBe("Dòng 1: văn bản đang là lỗi #N/A; hãy sửa ô đó trước.");
  });
});
