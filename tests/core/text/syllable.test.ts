// isVietnameseSyllable: the spelling check that lets legacy detection tell real Vietnamese from look-alikes.

import { isVietnameseSyllable } from "../../../src/core/text";

describe("isVietnameseSyllable", () => {
  it.each([
    "a", "ê", "người", "Mường", "KHƯƠNG", "quyết", "quý", "quả", "giếng", "già", "gì", "khuỷu", "hoà", "hòa", "thuở", "rượu",
    "nghiêng", "khuya", "Đắk", "Lắk", "Krông", "xoong", "oanh", "uống", "yêu", "Mỹ", "tuýt", "được", "các", "học", "hoạt", "hoàn", "mùa",
  ])("accepts %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ["Cafộ", "f is not Vietnamese"],
    ["Ngheọ", "the tone of an open eo sits on e"],
    ["hoạtt", "tt is not a final"],
    ["hòan", "a closed oan takes its tone on a"],
    ["càc", "a stop final takes only sắc or nặng"],
    ["Mờng", "ơng is not a rhyme"],
    ["háà", "two tones"],
    ["Th¾ng", "¾ is not a letter"],
    ["", "empty"],
    ["Mascopex", "not one syllable"],
    ["caực", "ưc after a is not a rhyme"],
  ])("rejects %s (%s)", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
