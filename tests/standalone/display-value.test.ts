// What a grid cell shows: numbers in the page's language without thousands separators (so "1530" typed back stays
// 1530; the notation itself is checked against Intl in tests/taskpane/numbers.test.ts), texts, truth values and
// errors as they are, nothing for what is not a number.
import { displayValue } from "../../src/standalone/SheetGrid";

describe("a grid cell's text", () => {
  test("numbers: the language's decimal mark, no grouping, up to 10 decimals", () => {
    expect([displayValue(1530.5, "vi"), displayValue(1530.5, "en"), displayValue(0.1 + 0.2, "vi"), displayValue(-2.25, "vi")]).toEqual(["1530,5", "1530.5", "0,3", "-2,25"]);
  });

  test("not a number shows nothing; text, truth values and errors as they are", () => {
    expect([displayValue(NaN, "vi"), displayValue(Infinity, "en"), displayValue("8,5", "vi"), displayValue(true, "vi"), displayValue({ error: "#N/A" }, "vi"), displayValue(null, "vi")]).toEqual(["", "", "8,5", "TRUE", "#N/A", ""]);
  });
});
