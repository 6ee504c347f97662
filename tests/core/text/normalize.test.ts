// normalizeName and nameKey: one spelling per name whatever spaces, Unicode form or case it was typed with.

import { nameKey, normalizeName } from "../../../src/core/text";

describe("normalizeName", () => {
  it("trims and collapses spaces, tabs, line breaks and no-break spaces to one space", () => {
    expect(normalizeName("  Công\u00a0ty \t Điện\nlực\u202fLạng  Sơn \u00a0")).toBe("Công ty Điện lực Lạng Sơn");
  });

  it("turns decomposed (NFD) letters into precomposed (NFC) ones", () => {
    const decomposed = "Điện lực".normalize("NFD");
    expect(decomposed).not.toBe("Điện lực");
    expect(normalizeName(decomposed)).toBe("Điện lực");
  });

  it("keeps case and tones", () => {
    expect(normalizeName("UBND huyện Mường Khương")).toBe("UBND huyện Mường Khương");
  });

  it("gives an empty string for blank input", () => {
    expect(normalizeName(" \u00a0\t")).toBe("");
  });
});

describe("nameKey", () => {
  it("matches names typed in different case, spacing and Unicode form", () => {
    const key = nameKey("Công ty Điện lực Lạng Sơn");
    expect(nameKey("CÔNG TY  ĐIỆN LỰC LẠNG SƠN")).toBe(key);
    expect(nameKey(" công ty điện lực lạng sơn ".normalize("NFD"))).toBe(key);
    expect(key).toBe("công ty điện lực lạng sơn");
  });

  it("folds Đ to đ and the look-alike Icelandic Ð to đ as well", () => {
    expect(nameKey("Đồng Đăng")).toBe("đồng đăng");
    expect(nameKey("\u00d0ồng \u00d0ăng")).toBe("đồng đăng");
  });

  it("keeps different tones apart", () => {
    expect(nameKey("Bình")).not.toBe(nameKey("Bính"));
    expect(nameKey("Dương")).not.toBe(nameKey("Đương"));
  });
});
