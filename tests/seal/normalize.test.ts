// What a recalculation by another program may change must not change the seal: float noise below 12 significant
// digits, -0, an empty string for an empty cell, TRUE for 1, the case of an error code, the NFD spelling of Vietnamese.
import { sealNumber, sealValue } from "../../src/seal";

it("spells equal values one way", () => {
  expect(sealNumber(0.1 + 0.2)).toBe(0.3);
  expect(sealNumber(85.25 * (1 + 1e-14))).toBe(85.25);
  expect(sealNumber(-0)).toBe(0);
  expect(sealValue("")).toBeNull();
  expect(sealValue(null)).toBeNull();
  expect(sealValue(true)).toBe(1);
  expect(sealValue({ error: "#n/a" })).toEqual({ e: "#N/A" });
  expect(sealValue("Đơn vị".normalize("NFD"))).toBe("Đơn vị".normalize("NFC"));
});

it("keeps real differences", () => {
  expect(sealNumber(85.25)).not.toBe(sealNumber(85.2500001));
  expect(sealNumber(1e-9)).toBe(1e-9);
  expect(sealValue("9,5")).toBe("9,5");
  expect(sealValue(9.5)).toBe(9.5);
});
