// manifest.xml checked offline (office-addin-manifest validate needs Microsoft's web service): shared-runtime
// wiring, KHOI namespace, resources, https URLs, icons and their pixel sizes, vi-VN with en-US overrides,
// requirement sets that gate the functions but never the pane; and the production build's URL rewrite.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "..");
const DEV_URL = "https://localhost:3000/";
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type Node = { [key: string]: unknown };

function parse(xml: string): Node {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, parseAttributeValue: false });
  return parser.parse(xml) as Node;
}

function asArray(value: unknown): Node[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

/** Every element named `name` anywhere under `node`. */
function findAll(node: unknown, name: string): Node[] {
  const found: Node[] = [];
  const visit = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== "object") return;
    for (const [key, child] of Object.entries(n as Node)) {
      if (key.startsWith("@")) continue;
      if (key === name) found.push(...asArray(child).filter((c) => c && typeof c === "object"));
      visit(child);
    }
  };
  visit(node);
  return found;
}

function only(node: unknown, name: string): Node {
  const all = findAll(node, name);
  expect({ name, count: all.length }).toEqual({ name, count: 1 });
  return all[0];
}

const attr = (node: Node, name: string) => node[`@${name}`] as string | undefined;

const manifest = parse(SOURCE);
const app = manifest.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const resources = overrides.Resources as Node;

function resourceMap(group: string): Map<string, Node> {
  const holder = resources[group] as Node | undefined;
  const items = holder ? [...asArray(holder.Image), ...asArray(holder.Url), ...asArray(holder.String)] : [];
  return new Map(items.map((item) => [attr(item, "id") as string, item]));
}
const images = resourceMap("Images");
const urls = resourceMap("Urls");
const shortStrings = resourceMap("ShortStrings");
const longStrings = resourceMap("LongStrings");

const urlOf = (resid: string | undefined) => attr(urls.get(resid ?? "") ?? {}, "DefaultValue");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in the repository that a dev URL serves (the dev server serves assets/ at /assets/). */
function localFile(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return join(ROOT, url.slice(DEV_URL.length));
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(SOURCE)).toBe(true);
  });

  it("is a Workbook task pane with ReadWriteDocument, Vietnamese by default", () => {
    expect(attr(app, "type")).toBe("TaskPaneApp");
    expect(attr(only(app.Hosts, "Host"), "Name")).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.DefaultLocale).toBe("vi-VN");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("declares the KHOI namespace for the custom functions", () => {
    const customFunctions = findAll(overrides, "ExtensionPoint").filter((e) => attr(e, "type") === "CustomFunctions");
    expect(customFunctions).toHaveLength(1);
    const namespace = attr(only(customFunctions[0], "Namespace"), "resid");
    expect(attr(shortStrings.get(namespace ?? "") ?? {}, "DefaultValue")).toBe("KHOI");
  });

  it("runs pane, functions and ribbon command in one long-lived runtime", () => {
    const runtime = only(overrides, "Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    const runtimeId = attr(runtime, "resid");
    const customFunctions = findAll(overrides, "ExtensionPoint").find((e) => attr(e, "type") === "CustomFunctions") as Node;
    expect(attr(only(customFunctions.Page, "SourceLocation"), "resid")).toBe(runtimeId);
    expect(attr(only(overrides, "FunctionFile"), "resid")).toBe(runtimeId);
    const showPane = findAll(overrides, "Action").filter((a) => attr(a, "type") === "ShowTaskpane");
    expect(showPane).toHaveLength(1);
    expect(attr(only(showPane[0], "SourceLocation"), "resid")).toBe(runtimeId);
    expect(urlOf(runtimeId)).toBe(`${DEV_URL}taskpane.html`);
    expect(attr(only(app.DefaultSettings, "SourceLocation"), "DefaultValue")).toBe(urlOf(runtimeId));
  });

  it("points the functions at the built functions.js and generated functions.json", () => {
    const customFunctions = findAll(overrides, "ExtensionPoint").find((e) => attr(e, "type") === "CustomFunctions") as Node;
    expect(urlOf(attr(only(customFunctions.Script, "SourceLocation"), "resid"))).toBe(`${DEV_URL}functions.js`);
    expect(urlOf(attr(only(customFunctions.Metadata, "SourceLocation"), "resid"))).toBe(`${DEV_URL}functions.json`);
  });

  it("puts a 'Khối' button on the Home tab", () => {
    const tab = only(overrides, "OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    const button = only(tab, "Control");
    expect(attr(button, "type")).toBe("Button");
    const label = attr(button.Label as Node, "resid");
    expect(attr(shortStrings.get(label ?? "") ?? {}, "DefaultValue")).toBe("Khối");
  });

  it("resolves every resid to a resource of the right kind", () => {
    const unresolved: string[] = [];
    const check = (elements: Node[], table: Map<string, Node>, kind: string) => {
      for (const element of elements) {
        const resid = attr(element, "resid");
        if (resid !== undefined && !table.has(resid)) unresolved.push(`${kind}:${resid}`);
      }
    };
    check(findAll(overrides, "SourceLocation"), urls, "url");
    check([...findAll(overrides, "Runtime"), ...findAll(overrides, "FunctionFile")], urls, "url");
    check(findAll(overrides.Hosts, "Image"), images, "image");
    check([...findAll(overrides, "Label"), ...findAll(overrides, "Title"), ...findAll(overrides, "Namespace")], shortStrings, "short");
    check(findAll(overrides.Hosts, "Description"), longStrings, "long");
    expect(unresolved).toEqual([]);
    // And nothing in the document uses a resid the checks above did not cover.
    const allResids = (SOURCE.match(/resid="[^"]+"/g) ?? []).length;
    const covered =
      findAll(overrides, "SourceLocation").length +
      findAll(overrides, "Runtime").length +
      findAll(overrides, "FunctionFile").length +
      findAll(overrides.Hosts, "Image").length +
      findAll(overrides, "Label").length +
      findAll(overrides, "Title").length +
      findAll(overrides, "Namespace").length +
      findAll(overrides.Hosts, "Description").length;
    expect(covered).toBe(allResids);
  });

  it("uses https for every URL", () => {
    const values = [...SOURCE.matchAll(/(?:DefaultValue|Value)="([^"]*:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(values.length).toBeGreaterThanOrEqual(8);
    expect(values.filter((v) => !v.startsWith("https://"))).toEqual([]);
  });

  it("has every icon it names, at the size it declares", () => {
    const declared: [string, number][] = [
      [attr(app.IconUrl as Node, "DefaultValue") as string, 32],
      [attr(app.HighResolutionIconUrl as Node, "DefaultValue") as string, 64],
    ];
    for (const [id, image] of images) {
      const size = Number(/^Icon\.(\d+)x\1$/.exec(id)?.[1]);
      expect({ id, size: Number.isInteger(size) }).toEqual({ id, size: true });
      declared.push([attr(image, "DefaultValue") as string, size]);
    }
    for (const use of findAll(overrides.Hosts, "Image")) {
      const id = attr(use, "resid") as string;
      expect(`Icon.${attr(use, "size")}x${attr(use, "size")}`).toBe(id);
    }
    for (const [url, size] of declared) {
      const file = localFile(url);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("ships icons of 16, 32, 64, 80 and 128 px in assets/", () => {
    const icons = readdirSync(join(ROOT, "assets")).filter((f) => /^icon-\d+\.png$/.test(f));
    expect(icons.map((f) => Number(/\d+/.exec(f)?.[0])).sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
    for (const file of icons) {
      const size = Number(/\d+/.exec(file)?.[0]);
      expect(pngSize(join(ROOT, "assets", file))).toEqual({ width: size, height: size });
    }
  });

  it("gives every visible string a Vietnamese default and an English override", () => {
    const missing: string[] = [];
    const needsEnglish = (name: string, node: Node) => {
      const en = asArray(node.Override).find((o) => attr(o, "Locale") === "en-US");
      if (!attr(node, "DefaultValue")?.trim() || !attr(en ?? {}, "Value")?.trim()) missing.push(name);
    };
    needsEnglish("DisplayName", app.DisplayName as Node);
    needsEnglish("Description", app.Description as Node);
    for (const [id, node] of [...shortStrings, ...longStrings]) needsEnglish(id, node);
    expect(missing).toEqual([]);
    expect(shortStrings.size + longStrings.size).toBeGreaterThanOrEqual(5);
    // The Vietnamese defaults really are Vietnamese.
    expect(attr(app.Description as Node, "DefaultValue")).toMatch(/thi đua/);
    expect(attr(longStrings.get("Khoi.OpenPane.Description") ?? {}, "DefaultValue")).toMatch(/^Mở ngăn Khối/);
  });

  it("gates the functions and the shared runtime, never the pane, on requirement sets", () => {
    // A base-level <Requirements> hides the whole add-in where a set is missing (volume-licensed Excel 2019/2021).
    const base = app.Requirements as Node | undefined;
    const baseSets = base ? findAll(base, "Set").map((s) => attr(s, "Name")) : [];
    expect(baseSets.filter((name) => name === "SharedRuntime" || name === "CustomFunctionsRuntime")).toEqual([]);
    const gated = Object.fromEntries(findAll(overrides.Requirements, "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]));
    expect(gated).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
  });
});

describe("production build (webpack.config.js)", () => {
  type Plugin = { constructor: { name: string }; rewrite?(text: string): string };
  type Config = { entry: Record<string, string>; output: { path: string }; plugins: Plugin[]; devtool?: unknown };
  const load = createRequire(__filename);
  const makeConfig = load("../webpack.config.js") as (env: object, argv: { mode: string }) => Promise<Config>;
  const saved = process.env.KHOI_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.KHOI_PUBLIC_URL;
    else process.env.KHOI_PUBLIC_URL = saved;
  });

  async function configFor(mode: string, publicUrl: string | undefined): Promise<Config> {
    if (publicUrl === undefined) delete process.env.KHOI_PUBLIC_URL;
    else process.env.KHOI_PUBLIC_URL = publicUrl;
    return makeConfig({}, { mode });
  }
  const rewriter = (config: Config) => config.plugins.find((p) => p.constructor.name === "RewriteDevUrlPlugin");

  it("rewrites manifest.xml and functions.json to KHOI_PUBLIC_URL in a real build, adding the missing slash", async () => {
    const config = await configFor("production", "https://addins.example.gov.vn/khoi");
    const out = mkdtempSync(join(tmpdir(), "khoi-build-"));
    try {
      // A small build: only the command bundle and no HTML pages, but the real copy, metadata and rewrite plugins.
      config.entry = { commands: config.entry.commands };
      config.output.path = out;
      config.devtool = false;
      config.plugins = config.plugins.filter((p) => p.constructor.name !== "HtmlWebpackPlugin");
      const webpack = load("webpack") as (c: Config, cb: (e: Error | null, stats?: { hasErrors(): boolean; toString(): string }) => void) => void;
      const stats = await new Promise<{ hasErrors(): boolean; toString(): string }>((resolve, reject) =>
        webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
      );
      expect(stats.hasErrors() ? stats.toString() : "").toBe("");

      const xml = readFileSync(join(out, "manifest.xml"), "utf8");
      expect(xml).not.toContain("localhost");
      expect(xml).toContain('DefaultValue="https://addins.example.gov.vn/khoi/taskpane.html"');
      expect(xml).toContain('DefaultValue="https://addins.example.gov.vn/khoi/functions.json"');
      expect(xml).toContain('DefaultValue="https://addins.example.gov.vn/khoi/assets/icon-80.png"');
      expect(XMLValidator.validate(xml)).toBe(true);

      const metadata = readFileSync(join(out, "functions.json"), "utf8");
      expect(metadata).not.toContain("localhost");
      const helpUrls = (JSON.parse(metadata) as { functions: { helpUrl?: string }[] }).functions.flatMap((f) => f.helpUrl ?? []);
      expect(helpUrls.length).toBeGreaterThan(0);
      expect(helpUrls.filter((u) => !u.startsWith("https://addins.example.gov.vn/khoi/"))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it("keeps localhost on development builds and on production builds without KHOI_PUBLIC_URL", async () => {
    expect(rewriter(await configFor("development", "https://addins.example.gov.vn/khoi/"))).toBeUndefined();
    expect(rewriter(await configFor("production", undefined))).toBeUndefined();
    const rewrite = rewriter(await configFor("production", "https://addins.example.gov.vn/khoi/"));
    expect(rewrite?.rewrite?.('<x DefaultValue="https://localhost:3000/a.png"/>')).toBe(
      '<x DefaultValue="https://addins.example.gov.vn/khoi/a.png"/>',
    );
  });

  it("refuses a URL Office would not load", async () => {
    await expect(configFor("production", "http://addins.example.gov.vn/khoi/")).rejects.toThrow(/https:\/\//);
    await expect(configFor("production", "addins.example.gov.vn")).rejects.toThrow(/not a URL/);
  });
});
