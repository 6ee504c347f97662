// The Office adapter of the pane: what it reads from office.js, including hosts that lack parts of it.
import { createOfficeHost, relativeLuminance, type OfficeLike } from "../../src/taskpane/host";

function office(overrides: Partial<NonNullable<OfficeLike["context"]>> = {}, supported: string[] = []): OfficeLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    context: {
      host: "Excel",
      platform: "PC",
      diagnostics: { version: "16.0.17928.20114" },
      requirements: {
        isSetSupported(name: string, version?: string) {
          asked.push(`${name} ${version}`);
          return supported.includes(`${name} ${version}`);
        },
      },
      ...overrides,
    },
  };
}

describe("createOfficeHost().readEnvironment", () => {
  it("reads host, platform and build, and asks Office about each requirement set by name and version", () => {
    const fake = office({}, ["CustomFunctionsRuntime 1.1", "SharedRuntime 1.1", "ExcelApi 1.1", "ExcelApi 1.2", "ExcelApi 1.3"]);
    const webview2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
    expect(createOfficeHost(fake, webview2).readEnvironment()).toEqual({
      host: "Excel",
      platform: "PC",
      version: "16.0.17928.20114",
      support: { customFunctions: true, customFunctionsErrors: false, sharedRuntime: true },
      excelApi: "1.3",
      webview: "Microsoft Edge WebView2 (Edge 120)",
    });
    // The ExcelApi probe stops at the first level missing (the sets are cumulative).
    expect(fake.asked.sort()).toEqual([
      "CustomFunctionsRuntime 1.1", "CustomFunctionsRuntime 1.2", "ExcelApi 1.1", "ExcelApi 1.2", "ExcelApi 1.3", "ExcelApi 1.4", "SharedRuntime 1.1",
    ]);
  });

  it("treats a missing diagnostics or requirements object as unknown / unsupported", () => {
    const env = createOfficeHost(office({ diagnostics: undefined, requirements: undefined })).readEnvironment();
    expect(env.version).toBeNull();
    expect(env.support).toEqual({ customFunctions: false, customFunctionsErrors: false, sharedRuntime: false });
  });

  it("reports 'outside Office' when office.js ran in a plain browser (host null)", () => {
    const env = createOfficeHost(office({ host: null, platform: null })).readEnvironment();
    expect(env).toEqual({
      host: null,
      platform: null,
      version: null,
      support: { customFunctions: false, customFunctionsErrors: false, sharedRuntime: false },
    });
    expect(createOfficeHost({}).readEnvironment().host).toBeNull();
  });
});

describe("createOfficeHost().readTheme", () => {
  it("is dark for Office's black and dark grey themes, light for white and colourful", () => {
    const theme = (colour: string) => createOfficeHost(office({ officeTheme: { bodyBackgroundColor: colour } })).readTheme();
    expect(theme("#262626")).toBe("dark");
    expect(theme("#444444")).toBe("dark");
    expect(theme("#FFFFFF")).toBe("light");
    expect(theme("#E6E6E6")).toBe("light");
  });

  it("is null when Office gives no theme or an unreadable colour", () => {
    expect(createOfficeHost(office()).readTheme()).toBeNull();
    expect(createOfficeHost(office({ officeTheme: { bodyBackgroundColor: "transparent" } })).readTheme()).toBeNull();
  });
});

describe("relativeLuminance", () => {
  it("is 0 for black, 1 for white, and reads 3-digit colours", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    expect(relativeLuminance("#fff")).toBeCloseTo(1, 10);
    // sRGB 0x80 → 0.2158605; grey's luminance is that channel value.
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2158605, 6);
    expect(relativeLuminance("red")).toBeNull();
  });
});
