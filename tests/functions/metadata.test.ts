// functions.json as the build generates it (the real custom-functions-metadata generator on functions.ts), and the
// associate lines the build's loader appends: exactly the seven ids, ranges in, spilled matrices out, all described,
// each id associated exactly once at runtime.
import path from "path";
import fs from "fs";
import ts from "typescript";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
const IDS = ["RANK", "POINTS", "TOTAL", "AWARD", "VOTE", "CHECK", "TEXT"];

// Range arguments (matrix) per function; every other argument is a scalar.
const MATRIX_PARAMS: Record<string, string[]> = {
  RANK: ["totals", "tiebreaks"],
  POINTS: ["actuals", "targets", "option"],
  TOTAL: ["scores", "maxima", "groups", "weights"],
  AWARD: ["totals", "tiers", "ranks", "disqualified", "titles", "yes"],
  VOTE: ["yes"],
  CHECK: ["declaredRanks", "computedRanks", "declaredAwards", "computedAwards"],
  TEXT: ["text"],
};

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let functions: IFunction[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  functions = JSON.parse(generated.metadataJson).functions;
}, 30000);

describe("generated functions.json", () => {
  test("the generator reports no error and declares exactly the seven ids", () => {
    expect(generated.errors).toEqual([]);
    expect(functions.map((f) => f.id)).toEqual(IDS);
    expect(functions.map((f) => f.name)).toEqual(IDS);
  });

  test("ranges come in as matrices, scalars as scalars, and every result spills as a matrix", () => {
    for (const f of functions) {
      const matrixParams = f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => p.name);
      expect({ id: f.id, matrixParams }).toEqual({ id: f.id, matrixParams: MATRIX_PARAMS[f.id] });
      expect({ id: f.id, result: f.result?.dimensionality }).toEqual({ id: f.id, result: "matrix" });
      // No repeating argument (a 1-D array type would make one), no volatile or streaming function.
      expect(f.parameters.some((p) => p.repeating)).toBe(false);
      expect(f.options).toBeUndefined();
    }
  });

  test("every function and every parameter has a description, and a help URL named after the id", () => {
    for (const f of functions) {
      expect((f.description ?? "").length).toBeGreaterThan(40);
      for (const p of f.parameters) expect({ fn: f.id, param: p.name, described: (p.description ?? "").length > 10 }).toEqual({ fn: f.id, param: p.name, described: true });
      expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id.toLowerCase()}.html`);
    }
  });

  test("optional arguments come after the required ones", () => {
    for (const f of functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe("association at runtime", () => {
  test("functions.ts never calls associate itself; the build's loader adds one line per id", () => {
    const source = fs.readFileSync(SOURCE, "utf8");
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/\.associate\s*\(/);
    expect(generated.associate.map((a) => a.id)).toEqual(IDS);
  });

  test("the loaded bundle source associates each id exactly once with its function", () => {
    // Run the real loader of custom-functions-metadata-plugin the way webpack does.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Plugin = require("custom-functions-metadata-plugin");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require("custom-functions-metadata-plugin/lib/loader.js");
    Plugin.generateResults[SOURCE] = { ...generated, associate: generated.associate.map((a) => ({ ...a, sourceFileName: SOURCE })) };
    const loaded: string = loader.call({ getOptions: () => ({ input: SOURCE, file: SOURCE }) }, fs.readFileSync(SOURCE, "utf8"));
    delete Plugin.generateResults[SOURCE];

    // Transpile as the build does and evaluate against a fake Excel runtime.
    const js = ts.transpileModule(loaded, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    const calls: [string, unknown][] = [];
    const global = globalThis as Record<string, unknown>;
    global.CustomFunctions = { associate: (id: string, fn: unknown) => calls.push([id, fn]) };
    const exportsObject: Record<string, unknown> = {};
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const localRequire = (spec: string) => require(path.join(path.dirname(SOURCE), spec));
      new Function("require", "exports", "module", js)(localRequire, exportsObject, { exports: exportsObject });
    } finally {
      delete global.CustomFunctions;
    }
    expect(calls.map(([id]) => id)).toEqual(IDS);
    const names = ["rank", "points", "total", "award", "vote", "check", "text"];
    calls.forEach(([, fn], i) => expect(fn).toBe(exportsObject[names[i]]));
  });
});
