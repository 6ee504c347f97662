// Vietnamese dictionary order: alphabet a ă â b c d đ …, letters before tones, tones ngang huyền hỏi ngã sắc nặng.

import { compareVietnamese, vietnameseSortKey } from "../../../src/core/text";

const sorted = (list: string[]) => [...list].sort(compareVietnamese);

describe("compareVietnamese", () => {
  it("orders the tones ngang, huyền, hỏi, ngã, sắc, nặng, and puts ă after every a", () => {
    expect(sorted(["ă", "ạ", "á", "ã", "ả", "à", "a"])).toEqual(["a", "à", "ả", "ã", "á", "ạ", "ă"]);
  });

  it("orders the letters a ă â b c d đ e ê … o ô ơ … u ư v x y", () => {
    const letters = ["y", "x", "v", "ư", "u", "t", "s", "r", "q", "p", "ơ", "ô", "o", "n", "m", "l", "k", "i", "h", "g", "ê", "e", "đ", "d", "c", "b", "â", "ă", "a"];
    expect(sorted(letters).join(" ")).toBe("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y");
  });

  it("puts Bình before Bính (huyền before sắc)", () => {
    expect(compareVietnamese("Bình", "Bính")).toBeLessThan(0);
    expect(compareVietnamese("Bính", "Bình")).toBeGreaterThan(0);
  });

  it("puts đ after every d, and Ư after every U and before V — unlike code-point order", () => {
    expect(sorted(["Điện Biên", "Đà Nẵng", "Dương", "Duy"])).toEqual(["Duy", "Dương", "Đà Nẵng", "Điện Biên"]);
    const places = ["Vĩnh Long", "Ưng Hòa", "Uông Bí"];
    expect(sorted(places)).toEqual(["Uông Bí", "Ưng Hòa", "Vĩnh Long"]);
    expect([...places].sort()).not.toEqual(["Uông Bí", "Ưng Hòa", "Vĩnh Long"]);
  });

  it("compares the letters first and the tones only when the letters are equal", () => {
    expect(sorted(["Bạn", "Bac", "Bá", "Bàn", "Ban", "Bán"])).toEqual(["Bá", "Bac", "Ban", "Bàn", "Bán", "Bạn"]);
  });

  it("reads tones from left to right", () => {
    expect(sorted(["mà ma", "ma mà"])).toEqual(["ma mà", "mà ma"]);
  });

  it("ignores case first, then puts lower case before capitals", () => {
    expect(sorted(["Anh", "An", "an", "ANH"])).toEqual(["an", "An", "Anh", "ANH"]);
    expect(compareVietnamese("điện lực", "ĐIỆN LỰC")).toBeLessThan(0);
    expect(compareVietnamese("Ăn", "ba")).toBeLessThan(0);
  });

  it("sorts a list of provinces as a Vietnamese dictionary would", () => {
    const provinces = ["Cần Thơ", "Bình Định", "Bắc Ninh", "Cao Bằng", "Bạc Liêu", "An Giang", "Bến Tre", "Bắc Kạn", "Bình Dương", "Bà Rịa", "Cà Mau", "Bắc Giang"];
    expect(sorted(provinces)).toEqual([
      "An Giang", "Bà Rịa", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định", "Cà Mau", "Cao Bằng", "Cần Thơ",
    ]);
  });

  it("treats spelling variants alike: NFD input, extra spaces", () => {
    expect(compareVietnamese("Lạng  Sơn".normalize("NFD"), "Lạng Sơn")).toBe(0);
  });

  it("puts spaces, digits and punctuation before letters, and foreign letters in their Latin places", () => {
    expect(sorted(["Anh", "An Giang", "A1", "Fansipan", "Gia Lai", "Zürich", "Yên Bái"])).toEqual(["A1", "An Giang", "Anh", "Fansipan", "Gia Lai", "Yên Bái", "Zürich"]);
  });

  it("weighs old and new tone placement (hòa, hoà) alike, yet never calls different texts equal", () => {
    expect(sorted(["Hóa", "Hoà", "Hoa", "Hòa", "Hỏa"])).toEqual(["Hoa", "Hoà", "Hòa", "Hỏa", "Hóa"]);
    const [keyOld, keyNew] = [vietnameseSortKey("Hòa"), vietnameseSortKey("Hoà")];
    expect(keyOld.split("\u0000").slice(0, 3)).toEqual(keyNew.split("\u0000").slice(0, 3));
    expect(compareVietnamese("Hòa", "Hoà")).not.toBe(0);
    expect(compareVietnamese("Hòa", "Hòa")).toBe(0);
    expect(compareVietnamese("", "a")).toBeLessThan(0);
  });
});

describe("vietnameseSortKey", () => {
  it("sorts with plain string comparison the same way compareVietnamese does", () => {
    const names = ["Ưng Hòa", "Uông Bí", "Đà Nẵng", "Duy", "Bính", "Bình", "ă", "ạ", "a"];
    const byKey = [...names].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
    expect(byKey).toEqual(sorted(names));
  });
});
