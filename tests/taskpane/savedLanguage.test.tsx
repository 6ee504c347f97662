// The language choice survives closing the pane; anything unexpected in storage means Vietnamese.
import { readSavedLanguage, saveLanguage } from "../../src/preferences/language";

describe("saved language", () => {
  beforeEach(() => localStorage.clear());

  it("is Vietnamese when nothing was saved", () => {
    expect(readSavedLanguage()).toBe("vi");
  });

  it("remembers English once chosen, and Vietnamese again after switching back", () => {
    saveLanguage("en");
    expect(readSavedLanguage()).toBe("en");
    saveLanguage("vi");
    expect(readSavedLanguage()).toBe("vi");
  });

  it("ignores a value it did not write", () => {
    localStorage.setItem("khoi.language", "fr");
    expect(readSavedLanguage()).toBe("vi");
  });

  it("falls back to Vietnamese when the webview blocks storage", () => {
    saveLanguage("en");
    const spy = jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    try {
      expect(readSavedLanguage()).toBe("vi");
    } finally {
      spy.mockRestore();
    }
  });
});
