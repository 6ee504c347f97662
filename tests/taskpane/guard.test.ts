// The start-up guard of taskpane.html and commands.html: an inline script that must itself run on Internet
// Explorer 11 (so it parses as ES5), loads nothing and shows the static page where modern syntax fails, and writes
// the bundles' script tags, in order and deferred as before, where it works. Run in jsdom over the real templates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { JSDOM } from "jsdom";

const ROOT = join(__dirname, "..", "..");
const PANE_BUNDLES = ["taskpane.js", "commands.js", "functions.js"];

/** The template as html-webpack-plugin renders it: its one expression is the bundle list. */
function rendered(template: string, bundles: string[]): string {
  const source = readFileSync(join(ROOT, template), "utf8");
  const html = source.replace("<%= htmlWebpackPlugin.files.js.join(' ') %>", bundles.join(" "));
  if (html.includes("<%")) throw new Error(`${template} has a template expression this test does not render`);
  return html;
}

function guardOf(html: string): string {
  const m = /<script id="khoi-guard"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error("no inline guard");
  return m[1];
}

/** A Function constructor that, like Internet Explorer 11's, throws SyntaxError on anything newer than ES5. */
function es5Function(real: FunctionConstructor): FunctionConstructor {
  const ctor = function (...args: string[]) {
    const body = args.length > 0 ? String(args[args.length - 1]) : "";
    parse(`(function (${args.slice(0, -1).join(",")}) {\n${body}\n})`, { ecmaVersion: 5 });
    return real(...args);
  };
  return ctor as unknown as FunctionConstructor;
}

async function load(html: string, engine: "old" | "modern") {
  const dom = new JSDOM(html, {
    url: "https://addins.example.gov.vn/khoi/taskpane.html?_host_Info=Excel",
    runScripts: "dangerously",
    beforeParse(window) {
      const w = window as unknown as { Function: FunctionConstructor };
      if (engine === "old") w.Function = es5Function(w.Function);
    },
  });
  const document = dom.window.document;
  if (document.readyState === "loading") await new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve));
  return dom;
}

const scriptSources = (dom: JSDOM) => [...dom.window.document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"));

describe.each([
  ["src/taskpane/taskpane.html", PANE_BUNDLES],
  ["src/commands/commands.html", ["commands.js"]],
])("the guard of %s", (template, bundles) => {
  const html = rendered(template, bundles);

  it("parses as ES5 (acorn, ecmaVersion 5), which would refuse any later syntax", () => {
    expect(() => parse(guardOf(html), { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("const x = () => 1;", { ecmaVersion: 5 })).toThrow(SyntaxError);
  });

  it("on a modern engine writes the bundles' script tags, deferred, in html-webpack-plugin's order, after office.js", async () => {
    const dom = await load(html, "modern");
    const w = dom.window as unknown as { __KHOI_OLD_ENGINE__?: boolean };
    expect(scriptSources(dom)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", ...bundles]);
    for (const script of dom.window.document.querySelectorAll("script[src$='.js']:not([src^='https'])")) {
      expect(script.hasAttribute("defer")).toBe(true);
    }
    expect(w.__KHOI_OLD_ENGINE__).toBeUndefined();
    expect(dom.window.document.getElementById("khoi-old-engine")).toBeNull();
    dom.window.close();
  });

  it("where modern syntax fails (Internet Explorer 11, the old Edge) loads no bundle", async () => {
    const dom = await load(html, "old");
    const w = dom.window as unknown as { __KHOI_OLD_ENGINE__?: boolean };
    expect(scriptSources(dom)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(w.__KHOI_OLD_ENGINE__).toBe(true);
    dom.window.close();
  });
});

describe("the static page the pane shows on an old engine", () => {
  it("says, in Vietnamese then English, which Excel runs the pane, that 2016/2019 workbooks work, and links app.html", async () => {
    const dom = await load(rendered("src/taskpane/taskpane.html", PANE_BUNDLES), "old");
    const document = dom.window.document;
    const page = document.getElementById("khoi-old-engine");
    expect(page).not.toBeNull();
    expect(document.getElementById("root")).toBeNull();
    const [vi, en] = [...page!.querySelectorAll("section")];
    expect(vi.getAttribute("lang")).toBe("vi");
    expect(en.getAttribute("lang")).toBe("en");
    expect(vi.querySelector("h1")?.textContent).toBe("Khối chưa chạy được trong Excel này");
    expect(vi.textContent).toContain("Internet Explorer 11");
    expect(vi.textContent).toContain("Excel 2021 LTSC, Excel 2024 LTSC và mới hơn; Excel cho Microsoft 365 trên Windows và Mac; Excel trên web");
    expect(vi.textContent).toContain("Sổ tính Khối vẫn dùng được ngay trong Excel 2016/2019");
    expect(en.textContent).toContain("A Khối workbook works in Excel 2016/2019 as it is");
    for (const section of [vi, en]) {
      const link = section.querySelector("a");
      // The standalone page beside this one on the same server, whatever the query string.
      expect(link?.getAttribute("href")).toBe("https://addins.example.gov.vn/khoi/app.html");
      expect(link?.textContent).toBe("https://addins.example.gov.vn/khoi/app.html");
    }
    dom.window.close();
  });
});
