// The layering of docs/architecture.md, checked on the source: what each part may import and touch.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, resolve, dirname } from "path";

const SRC = join(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports (static imports, re-exports, require and dynamic import). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)];
  return found.map((m) => m[1] ?? m[2]);
}

/** The src/ part ("core", "functions", …) an import lands in, or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith(".")) return `pkg:${spec}`;
  const path = relative(SRC, resolve(dirname(file), spec));
  return path.startsWith("..") ? `outside:${path}` : path.split(/[\\/]/)[0];
}

/** The code of a file without its comments (they may well say "Excel." at the end of a sentence). */
function codeOf(file: string): string {
  return readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'])\/\/.*$/gm, "$1");
}

function part(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0];
}

const files = sourceFiles(SRC);
const byPart = (name: string) => files.filter((f) => part(f) === name);
const NODE_BUILTINS = /^pkg:(node:|fs|path|os|child_process|zlib|crypto|http|https|url|util|stream)(\/|$)/;

// What each part may import from the project (design.md §1: arrows point to what a part may import).
const ALLOWED: Record<string, string[]> = {
  core: ["core"],
  templates: ["core", "templates"],
  functions: ["core", "functions", "preferences"],
  workbook: ["core", "templates", "workbook"],
  preferences: ["preferences"],
  xlsx: ["core", "workbook", "xlsx", "forms", "province", "seal"],
  province: ["core", "workbook", "province"],
  office: ["core", "workbook", "office", "templates", "forms"],
  forms: ["core", "workbook", "forms"],
  email: ["core", "workbook", "email", "xlsx"],
  tables: ["core", "workbook", "tables"],
  // The block's papers (summary, minutes, memo) as sheet layouts: pure, both adapters write them.
  papers: ["core", "workbook", "papers"],
  // The seal (issue 14): pure but for @noble/hashes' SHA-256.
  seal: ["core", "workbook", "seal"],
  // The standalone page hosts the pane's App; from src/office it takes only the pure parts (see below).
  standalone: ["core", "workbook", "xlsx", "templates", "taskpane", "preferences", "office", "standalone", "province", "forms", "seal"],
};

// The Office adapter's modules that are pure once their loads are resolved: the standalone page reuses them so a file
// is surveyed, merged, logged and planned by the same code as the live workbook.
const PURE_OFFICE = ["keep", "log", "merge", "plan", "read", "survey"];

describe("layering", () => {
  it.each(Object.keys(ALLOWED))("src/%s imports only the parts it stands on", (name) => {
    const wrong = byPart(name).flatMap((file) =>
      importsOf(file)
        .map((spec) => ({ spec, to: target(file, spec) }))
        .filter(({ to }) => !to.startsWith("pkg:") && !ALLOWED[name].includes(to))
        .map(({ spec }) => `${relative(SRC, file)} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it("the standalone page takes from src/office only its pure modules, and never calls Office.js", () => {
    const wrong = byPart("standalone").flatMap((file) =>
      importsOf(file)
        .filter((spec) => target(file, spec) === "office" && !PURE_OFFICE.includes(relative(join(SRC, "office"), resolve(dirname(file), spec))))
        .map((spec) => `${relative(SRC, file)} → ${spec}`),
    );
    expect(wrong).toEqual([]);
    const calls = byPart("standalone").filter((file) => /\b(Excel|Office)\.\w/.test(codeOf(file)));
    expect(calls.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("nothing but the standalone page imports the task pane; nothing imports the command line or the ribbon commands", () => {
    const wrong = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => ["taskpane", "cli", "commands"].includes(target(file, spec)) && target(file, spec) !== part(file))
        .filter((spec) => !(part(file) === "standalone" && target(file, spec) === "taskpane"))
        .map((spec) => `${relative(SRC, file)} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(["core", "workbook", "templates", "functions", "tables", "forms", "province", "papers"])("src/%s uses no Node API and no package but the engine's own", (name) => {
    const wrong = byPart(name).flatMap((file) =>
      importsOf(file).filter((spec) => NODE_BUILTINS.test(target(file, spec)) || (target(file, spec).startsWith("pkg:") && name !== "functions"))
        .map((spec) => `${relative(SRC, file)} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it("src/seal uses no Node API and no package but @noble/hashes", () => {
    const wrong = byPart("seal").flatMap((file) =>
      importsOf(file).filter((spec) => target(file, spec).startsWith("pkg:") && !spec.startsWith("@noble/hashes/")).map((spec) => `${relative(SRC, file)} → ${spec}`),
    );
    expect(byPart("seal").length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it.each(["core", "workbook", "templates", "functions", "xlsx", "tables", "forms", "province", "seal", "papers"])("src/%s never touches Office.js", (name) => {
    const wrong = byPart(name).filter((file) => /\b(Excel|Office)\.(run|context|onReady|RequestContext)\b|\bExcel\.\w+\(/.test(codeOf(file)));
    expect(wrong.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("task pane components reach the workbook only through the host interface", () => {
    const components = byPart("taskpane").filter((f) => f.endsWith(".tsx"));
    expect(components.length).toBeGreaterThan(0);
    const wrong = components.filter((file) => /\bExcel\.\w|\bOffice\.context\b/.test(codeOf(file)));
    expect(wrong.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("src/papers uses no DOM global", () => {
    const wrong = byPart("papers").filter((file) => /\b(window|document|localStorage|navigator|Buffer|process)\b\s*[.(]/.test(codeOf(file)));
    expect(wrong.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("src/core uses no DOM global", () => {
    const wrong = byPart("core").filter((file) => /\b(window|document|localStorage|navigator|TextDecoder|Buffer|process)\b\s*[.(]/.test(codeOf(file)));
    expect(wrong.map((f) => relative(SRC, f))).toEqual([]);
  });
});
