// The message tables: English has exactly Vietnam's keys, no empty text, the same {placeholders}; every step is named.
import { vi } from "../../src/taskpane/i18n/vi";
import { en } from "../../src/taskpane/i18n/en";
import { format, tables } from "../../src/taskpane/i18n/text";
import { STEP_ORDER } from "../../src/taskpane/pages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message tables", () => {
  it("have the same keys in Vietnamese and English", () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
    expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("have a non-empty text for every key in every language", () => {
    for (const [lang, table] of Object.entries(tables)) {
      const empty = Object.entries(table).filter(([, text]) => typeof text !== "string" || text.trim() === "");
      expect({ lang, empty }).toEqual({ lang, empty: [] });
    }
  });

  it("use the same placeholders in both languages", () => {
    const differing = Object.keys(vi).filter(
      (key) => placeholders(vi[key as keyof typeof vi]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(differing).toEqual([]);
  });

  it("name every step of the year in both languages", () => {
    for (const step of STEP_ORDER) {
      expect(Object.keys(vi)).toContain(`step.${step}`);
      expect(Object.keys(en)).toContain(`step.${step}`);
    }
  });

  it("are Vietnamese by default: the steps read as design §4 names them", () => {
    expect(STEP_ORDER.map((s) => vi[`step.${s}`])).toEqual([
      "Thiết lập",
      "Chấm điểm",
      "Kiểm tra",
      "Bảng có sẵn",
      "Bình xét",
      "Văn bản",
      "Gửi đi",
      "Tổng hợp tỉnh", // the standalone page's province step (src/standalone/province)
      "Môi trường",
    ]);
  });
});

describe("format", () => {
  it("fills named placeholders and leaves unknown ones visible", () => {
    expect(format("Khối {name} có {count} đơn vị", { name: "Khối 3", count: 12 })).toBe("Khối Khối 3 có 12 đơn vị");
    expect(format("{missing} và {name}", { name: "A" })).toBe("{missing} và A");
    expect(format("không đổi")).toBe("không đổi");
  });
});
