// Legacy encodings: exact conversions, round trips through each encoding, and detection without false alarms.

import { convertLegacy, encodeLegacy, LEGACY_ENCODING_LABELS, looksLegacyEncoded, nameKey, toUnicodeText } from "../../../src/core/text";
import type { LegacyEncoding } from "../../../src/core/text";
import { ALL_NAMES, PEOPLE_AND_WORDS, PROVINCES, UNITS } from "./names";

const ENCODINGS: LegacyEncoding[] = ["tcvn3", "vni", "mojibake"];

describe("known legacy strings convert exactly", () => {
  it.each([
    ["B¶o Th¾ng", "tcvn3", "Bảo Thắng"],
    ["Mêng Kh¬ng", "tcvn3", "Mường Khương"],
    ["Xin chaøo caùc baïn", "vni", "Xin chào các bạn"],
    ["Dá»±ng sáºµn", "mojibake", "Dựng sẵn"],
  ] as const)("%s is %s for %s", (legacy, encoding, unicode) => {
    expect(looksLegacyEncoded(legacy)).toBe(encoding);
    expect(convertLegacy(legacy)).toBe(unicode);
    expect(convertLegacy(legacy, encoding)).toBe(unicode);
    expect(toUnicodeText(`  ${legacy} `)).toBe(unicode);
  });

  it("reads typical TCVN3 documents", () => {
    expect(convertLegacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(convertLegacy("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(convertLegacy("Tr\u00adêng häc")).toBe("Trường học");
    expect(convertLegacy("kü thuËt, nh÷ng, chøc, mïa, còng, râ, nhá, cßn")).toBe("kỹ thuật, những, chức, mùa, cũng, rõ, nhỏ, còn");
  });

  it("reads typical VNI documents, capitals included", () => {
    expect(convertLegacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(convertLegacy("ÑAÏI HOÄI THI ÑUA YEÂU NÖÔÙC")).toBe("ĐẠI HỘI THI ĐUA YÊU NƯỚC");
    expect(convertLegacy("Thò traán Baûo Thaéng, tænh Laøo Cai")).toBe("Thị trấn Bảo Thắng, tỉnh Lào Cai");
    expect(convertLegacy("Myõ Ñöùc, Hoaèng Hoùa, Quyø Hôïp")).toBe("Mỹ Đức, Hoằng Hóa, Quỳ Hợp");
  });

  it("reads mojibake whose no-break space (the second byte of à) became a plain space", () => {
    expect(convertLegacy("Ã  xin chÃ o")).toBe(convertLegacy("Ã\u00a0 xin chÃ\u00a0o"));
    expect(convertLegacy("chÃ\u00a0o bÃ\u00a0n")).toBe("chào bàn");
    expect(convertLegacy("chÃ o bÃ n")).toBe("chào bàn");
  });

  it("puts back the ư of ương/ược/ượu that TCVN3 loses with its soft hyphen", () => {
    expect(convertLegacy("Tr\u00adêng", "tcvn3")).toBe("Trường");
    expect(convertLegacy("Trêng §¹i häc", "tcvn3")).toBe("Trường Đại học");
    expect(convertLegacy("®îc", "tcvn3")).toBe("được");
    expect(convertLegacy("rîu", "tcvn3")).toBe("rượu");
    // ươi and ơi are both Vietnamese: "ngời" cannot be told from a damaged "người", so it stays as written.
    expect(convertLegacy("ngêi", "tcvn3")).toBe("ngời");
    // ư + ơ already there, or u + ơ (thuở): nothing added.
    expect(convertLegacy("thuë", "tcvn3")).toBe("thuở");
  });

  it("writes .VnTimeH headings (lower-case codes, ASCII capitals) in capitals", () => {
    expect(convertLegacy("B¶O TH¾NG", "tcvn3")).toBe("BẢO THẮNG");
    expect(convertLegacy("§¹I HéI", "tcvn3")).toBe("ĐẠI HỘI");
    expect(convertLegacy("B¶o Th¾ng", "tcvn3")).toBe("Bảo Thắng");
  });
});

// TCVN3 has codes only for the capitals Ă Â Ê Ô Ơ Ư Đ; other capitals with marks are written with lower-case codes
// and guessed back. Names outside the plain cases below are checked without case.
function tcvn3KeepsCase(s: string): boolean {
  const words = s.split(/\s+/u);
  if (/^[à-ỹ]/u.test(s) && !/^[a-zăâêôơưđ]/u.test(s)) return false; // starts with a lower-case toned letter: capitalised
  return words.every((word) => {
    const capitals = Array.from(word).filter((ch) => ch !== ch.toLocaleLowerCase("vi"));
    const allCaps = word === word.toLocaleUpperCase("vi") && /[A-Z].*[A-Z]/u.test(word);
    return allCaps || capitals.every((ch) => /[A-ZĂÂÊÔƠƯĐ]/u.test(ch));
  });
}

describe("round trip: Unicode → legacy → Unicode", () => {
  it("has enough real names to mean something", () => {
    expect(ALL_NAMES.length).toBeGreaterThan(100);
    expect(ALL_NAMES.filter(tcvn3KeepsCase).length).toBeGreaterThan(90);
  });

  it.each(ENCODINGS)("%s, with the encoding given", (encoding) => {
    for (const name of ALL_NAMES.filter((n) => encoding !== "tcvn3" || tcvn3KeepsCase(n))) {
      expect(convertLegacy(encodeLegacy(name, encoding), encoding)).toBe(name);
    }
  });

  it("tcvn3, every name, ignoring case", () => {
    for (const name of ALL_NAMES) expect(nameKey(convertLegacy(encodeLegacy(name, "tcvn3"), "tcvn3"))).toBe(nameKey(name));
  });

  it.each(ENCODINGS)("%s, detected: every name that changes when encoded is recognised and restored", (encoding) => {
    for (const name of ALL_NAMES.filter((n) => encoding !== "tcvn3" || tcvn3KeepsCase(n))) {
      const legacy = encodeLegacy(name, encoding);
      // "Sơn" is "Sôn" in VNI, which is also a well-formed Unicode syllable: such text is not claimed (see below).
      if (legacy === name || legacy.replace(/ô/gu, "ơ") === name) continue;
      expect([name, looksLegacyEncoded(legacy)]).toEqual([name, encoding]);
      expect(convertLegacy(legacy)).toBe(name);
    }
  });

  it("does not claim VNI text whose only sign is a toneless ơ written ô: it is also valid Unicode", () => {
    expect(encodeLegacy("Sơn La", "vni")).toBe("Sôn La");
    expect(looksLegacyEncoded("Sôn La")).toBeNull();
    expect(looksLegacyEncoded("Tænh Sôn La")).toBe("vni");
    expect(convertLegacy("Tænh Sôn La")).toBe("Tỉnh Sơn La");
  });

  it("TCVN3 writes a capital toned letter with its lower-case code; the capital is guessed back from the words around", () => {
    expect(encodeLegacy("Ánh", "tcvn3")).toBe("¸nh");
    expect(convertLegacy("Lª ThÞ Ngäc ¸nh")).toBe("Lê Thị Ngọc Ánh"); // after Capitalised words, at the end
    expect(convertLegacy("¤ng Ých Khiªm")).toBe("Ông Ích Khiêm"); // between Capitalised words
    expect(convertLegacy("ñy ban nh©n d©n")).toBe("Ủy ban nhân dân"); // opening the text
    expect(convertLegacy("tr¹m ¸nh s¸ng")).toBe("trạm ánh sáng"); // among lower-case words: stays lower case
    // Between a lower-case and a Capitalised word there is no telling: left in lower case.
    expect(convertLegacy("ñy ban nh©n d©n x· ý Yªn")).toBe("Ủy ban nhân dân xã ý Yên");
  });

  it("encodes to the byte values of each table", () => {
    expect(encodeLegacy("Mường Khương", "tcvn3")).toBe("M\u00adêng Kh\u00ad¬ng");
    expect(encodeLegacy("Mường Khương", "vni")).toBe("Möôøng Khöông");
    expect(encodeLegacy("Đặng Thị Ỵ", "vni")).toBe("Ñaëng Thò Î");
    expect(encodeLegacy("ầ ấ ẩ ẫ ậ ằ ắ ẳ ẵ ặ", "vni")).toBe("aà aá aå aã aä aè aé aú aü aë");
    expect(encodeLegacy("Dựng sẵn", "mojibake")).toBe("Dá»±ng sáºµn");
    expect(encodeLegacy("€ Đ", "mojibake")).toBe("â‚¬ Ä\u0090");
  });
});

// The code tables written out by hand, one row per vowel in tone order: ngang, huyền, hỏi, ngã, sắc, nặng.
const TCVN3_GRID: ReadonlyArray<readonly [string, string]> = [
  ["a µ ¶ · ¸ ¹", "a à ả ã á ạ"], ["¨ » ¼ ½ ¾ Æ", "ă ằ ẳ ẵ ắ ặ"], ["© Ç È É Ê Ë", "â ầ ẩ ẫ ấ ậ"],
  ["e Ì Î Ï Ð Ñ", "e è ẻ ẽ é ẹ"], ["ª Ò Ó Ô Õ Ö", "ê ề ể ễ ế ệ"], ["i × Ø Ü Ý Þ", "i ì ỉ ĩ í ị"],
  ["o ß á â ã ä", "o ò ỏ õ ó ọ"], ["« å æ ç è é", "ô ồ ổ ỗ ố ộ"], ["¬ ê ë ì í î", "ơ ờ ở ỡ ớ ợ"],
  ["u ï ñ ò ó ô", "u ù ủ ũ ú ụ"], ["\u00ad õ ö ÷ ø ù", "ư ừ ử ữ ứ ự"], ["y ú û ü ý þ", "y ỳ ỷ ỹ ý ỵ"], ["®", "đ"],
];
const VNI_GRID: ReadonlyArray<readonly [string, string]> = [
  ["a aø aû aõ aù aï", "a à ả ã á ạ"], ["aê aè aú aü aé aë", "ă ằ ẳ ẵ ắ ặ"], ["aâ aà aå aã aá aä", "â ầ ẩ ẫ ấ ậ"],
  ["e eø eû eõ eù eï", "e è ẻ ẽ é ẹ"], ["eâ eà eå eã eá eä", "ê ề ể ễ ế ệ"], ["i ì æ ó í ò", "i ì ỉ ĩ í ị"],
  ["o oø oû oõ où oï", "o ò ỏ õ ó ọ"], ["oâ oà oå oã oá oä", "ô ồ ổ ỗ ố ộ"], ["ô ôø ôû ôõ ôù ôï", "ơ ờ ở ỡ ớ ợ"],
  ["u uø uû uõ uù uï", "u ù ủ ũ ú ụ"], ["ö öø öû öõ öù öï", "ư ừ ử ữ ứ ự"], ["y yø yû yõ yù î", "y ỳ ỷ ỹ ý ỵ"], ["ñ", "đ"],
];

describe("code tables", () => {
  it.each(TCVN3_GRID)("TCVN3 %s is %s", (codes, letters) => {
    expect(convertLegacy(codes, "tcvn3")).toBe(letters);
    expect(encodeLegacy(letters, "tcvn3")).toBe(codes);
  });

  it.each(VNI_GRID)("VNI %s is %s, in lower case and in capitals", (codes, letters) => {
    expect(convertLegacy(codes, "vni")).toBe(letters);
    expect(encodeLegacy(letters, "vni")).toBe(codes);
    expect(convertLegacy(codes.toUpperCase(), "vni")).toBe(letters.toLocaleUpperCase("vi"));
    expect(encodeLegacy(letters.toLocaleUpperCase("vi"), "vni")).toBe(codes.toUpperCase());
  });

  it("VNI leaves a mark alone when it cannot sit on the letter before it", () => {
    expect(convertLegacy("iø uâ yê", "vni")).toBe("iø uâ yê");
  });
});

describe("every Vietnamese letter survives each encoding", () => {
  const vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
  const marks = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
  const lower = [...vowels.flatMap((v) => marks.map((m) => (v + m).normalize("NFC"))), "đ"];
  const upper = lower.map((ch) => ch.toLocaleUpperCase("vi"));

  it("there are 73 lower-case letters (67 with marks and 6 without) and as many capitals", () => {
    expect(new Set(lower).size).toBe(73);
    expect(lower.filter((ch) => !/^[a-z]$/u.test(ch)).length).toBe(67);
    expect(new Set(upper).size).toBe(73);
  });

  it("TCVN3 has one code for each of the 67 marked lower-case letters and for Ă Â Ê Ô Ơ Ư Đ", () => {
    const marked = lower.filter((ch) => !/^[a-z]$/u.test(ch));
    const codes = marked.map((ch) => encodeLegacy(ch, "tcvn3"));
    expect(codes.every((code) => code.length === 1 && code.charCodeAt(0) >= 0xa1 && code.charCodeAt(0) <= 0xfe)).toBe(true);
    expect(new Set(codes).size).toBe(67);
    for (const ch of marked) expect(convertLegacy(encodeLegacy(`b${ch}`, "tcvn3"), "tcvn3")).toBe(`b${ch}`);
    expect(encodeLegacy("ĂÂÊÔƠƯĐ", "tcvn3")).toBe("¡¢£¤¥¦§");
    expect(convertLegacy("¡¢£¤¥¦§", "tcvn3")).toBe("ĂÂÊÔƠƯĐ");
  });

  it.each(["vni", "mojibake"] as const)("%s keeps all 146 letters, capitals included", (encoding) => {
    for (const ch of [...lower, ...upper]) expect(convertLegacy(encodeLegacy(`x${ch}x`, encoding), encoding)).toBe(`x${ch}x`);
  });
});

describe("detection leaves real Unicode and other languages alone", () => {
  it.each([...PROVINCES, ...UNITS, ...PEOPLE_AND_WORDS])("%s", (name) => {
    expect(looksLegacyEncoded(name)).toBeNull();
    expect(toUnicodeText(name)).toBe(name);
  });

  it.each([
    "Café", "Señor", "naïve", "Müller", "résumé", "São Paulo", "Ångström", "Zürich", "Crème brûlée", "Jalapeño",
    "façade", "El Niño", "Gödel", "François", "Œuvre", "½ price", "© 2024 Mascopex", "10 °C", "« Công an »", "a · b",
    "3 × 4", "Công an", "Sông Mã", "Tây Ninh", "Châu Thành", "Hoà Bình", "Thanh Hoá", "Khoá học", "Ngoài giờ",
    "Plain ASCII text", "", "   ", "TNHH MTV",
  ])("%s", (text) => {
    expect(looksLegacyEncoded(text)).toBeNull();
    expect(convertLegacy(text)).toBe(text);
  });

  it("leaves text alone that already holds a Vietnamese-only letter, even next to Latin-1 symbols", () => {
    expect(looksLegacyEncoded("Điểm ¶ ¾")).toBeNull();
  });
});

describe("explicit conversion and labels", () => {
  it("converts with the encoding it is told, even when detection would not", () => {
    expect(convertLegacy("mét", "tcvn3")).toBe("một");
    expect(looksLegacyEncoded("mét")).toBeNull();
  });

  it("returns text that is not mojibake unchanged when told it is", () => {
    expect(convertLegacy("Café", "mojibake")).toBe("Café");
  });

  it("names each encoding in Vietnamese and English", () => {
    for (const encoding of ENCODINGS) {
      expect(LEGACY_ENCODING_LABELS[encoding].vi.length).toBeGreaterThan(0);
      expect(LEGACY_ENCODING_LABELS[encoding].en.length).toBeGreaterThan(0);
    }
  });
});
