// The message tables of the functions: every key in both languages, with the same placeholders, filled correctly.
import { en } from "../../src/functions/messages/en";
import { MESSAGES, message } from "../../src/functions/messages";
import { vi } from "../../src/functions/messages/vi";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("function messages", () => {
  test("vi and en have exactly the same keys, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const table of Object.values(MESSAGES)) {
      for (const [key, text] of Object.entries(table)) expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
    }
  });

  test("each key has the same placeholders in both languages", () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect({ key, names: placeholders(en[key]) }).toEqual({ key, names: placeholders(vi[key]) });
    }
  });

  test("numbers follow the language's notation, ratios show as percentages, labels are translated", () => {
    expect(message("TOTAL_WEIGHTS_SUM", { sum: 1.1 }, "vi")).toBe("Tổng trọng số các nhóm là 1,1, phải bằng 1 (100%).");
    expect(message("TOTAL_WEIGHTS_SUM", { sum: 1.1 }, "en")).toBe("The group weights add up to 1.1; they must add up to 1 (100%).");
    expect(message("VOTE_QUORUM_NOT_MET", { present: 3, members: 5, quorum: { percent: 2 / 3 } }, "en")).toContain("at least 66.67%");
    expect(message("ARG_REQUIRED", { arg: { label: "ARG_TOTALS" } }, "vi")).toBe("Thiếu tổng điểm.");
    expect(message("ARG_REQUIRED", { arg: { label: "ARG_TOTALS" } }, "en")).toBe("The totals argument is missing.");
    expect(message("CELL_AMBIGUOUS_NUMBER", { row: 2, arg: "x", detail: { vi: "mơ hồ", en: "ambiguous" } }, "en")).toBe("Row 2: x ambiguous");
  });
});
