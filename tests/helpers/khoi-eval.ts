// A tiny evaluator for the khoi-mode formulas of a block workbook: it runs the real KHOI.* functions
// (src/functions/functions.ts) over input ranges taken from a workbook another engine has calculated, so a test can
// check that each KHOI formula points at the right ranges and gives the engine's numbers without running Excel.
// It knows only what those formulas use: references, strings, numbers, array constants, TRUE/FALSE, + - and
// comparisons, and the functions IF, ISNUMBER, INDEX, MATCH, ROW, TRANSPOSE, FILTER and KHOI.*.
import { award, points, rank, total } from "../../src/functions/functions";
import { parseRange } from "../../src/workbook/a1";
import type { GridBook } from "../../src/workbook/grid";
import type { SheetGrid } from "../../src/workbook/model";

type Value = unknown;
type Matrix = Value[][];

type Node =
  | { kind: "value"; value: Value }
  | { kind: "ref"; text: string }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "binary"; op: string; left: Node; right: Node };

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*("(?:[^"]|"")*"|'(?:[^']|'')*'![$A-Z0-9:]+|[$A-Z]+[$0-9]+(?::[$A-Z]+[$0-9]+)?(?![A-Za-z0-9.(])|[A-Za-z_][A-Za-z0-9_.]*|\d+(?:\.\d+)?(?:E[+-]?\d+)?|[(){},;+\-=<>&])/gy;
  let m: RegExpExecArray | null;
  let index = 0;
  while (index < formula.length && (m = pattern.exec(formula))) {
    tokens.push(m[1]);
    index = pattern.lastIndex;
  }
  if (index < formula.length) throw new Error(`cannot read formula at ${index}: ${formula}`);
  return tokens;
}

function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (expected?: string): string => {
    const t = tokens[i++];
    if (expected !== undefined && t !== expected) throw new Error(`expected ${expected}, got ${t} in ${formula}`);
    return t;
  };
  const comparison = (): Node => {
    let left = additive();
    while (peek() === "=" || peek() === "<" || peek() === ">") {
      let op = take();
      if ((op === "<" || op === ">") && (peek() === "=" || (op === "<" && peek() === ">"))) op += take();
      left = { kind: "binary", op, left, right: additive() };
    }
    return left;
  };
  function additive(): Node {
    let left = primary();
    while (peek() === "+" || peek() === "-") { const op = take(); left = { kind: "binary", op, left, right: primary() }; }
    return left;
  }
  function primary(): Node {
    const t = take();
    if (t === "(") { const inner = comparison(); take(")"); return inner; }
    if (t === "-") return { kind: "binary", op: "-", left: { kind: "value", value: 0 }, right: primary() };
    if (t.startsWith('"')) return { kind: "value", value: t.slice(1, -1).replace(/""/g, '"') };
    if (/^\d/.test(t)) return { kind: "value", value: Number(t) };
    if (t === "{") {
      const rows: Matrix = [[]];
      while (peek() !== "}") {
        const v = take();
        if (v === ",") continue;
        if (v === ";") { rows.push([]); continue; }
        rows[rows.length - 1].push(v === "-" ? -Number(take()) : Number(v));
      }
      take("}");
      return { kind: "value", value: rows };
    }
    if (t === "TRUE" || t === "FALSE") return { kind: "value", value: t === "TRUE" };
    if (peek() === "(" && /^[A-Za-z_]/.test(t) && !t.includes("!")) {
      take("(");
      const args: (Node | null)[] = [];
      while (peek() !== ")") {
        if (peek() === ",") { take(); if (args.length === 0 || peek() === "," || peek() === ")") args.push(null); continue; }
        args.push(comparison());
      }
      take(")");
      return { kind: "call", name: t.toUpperCase(), args };
    }
    return { kind: "ref", text: t };
  }
  const node = comparison();
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]} in ${formula}`);
  return node;
}

export interface EvalContext {
  book: GridBook;
  sheet: SheetGrid;
  /** 0-based row of the cell being computed (for ROW()). */
  row: number;
}

const isMatrix = (v: Value): v is Matrix => Array.isArray(v) && v.every(Array.isArray);
const asMatrix = (v: Value): Matrix => (isMatrix(v) ? v : [[v]]);
const scalar = (v: Value): Value => (isMatrix(v) ? v[0]?.[0] : v);

function elementwise(a: Value, b: Value, fn: (x: Value, y: Value) => Value): Value {
  if (!isMatrix(a) && !isMatrix(b)) return fn(a, b);
  const ma = asMatrix(a);
  const mb = asMatrix(b);
  const rows = Math.max(ma.length, mb.length);
  const cols = Math.max(ma[0].length, mb[0].length);
  const at = (m: Matrix, r: number, c: number): Value => m[m.length === 1 ? 0 : r][m[0].length === 1 ? 0 : c];
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(at(ma, r, c), at(mb, r, c))));
}

function evaluateNode(node: Node | null, ctx: EvalContext): Value {
  if (node === null) return null;
  switch (node.kind) {
    case "value":
      return node.value;
    case "ref": {
      const r = parseRange(node.text);
      if (!r) throw new Error(`bad reference ${node.text}`);
      const sheet = r.sheet ? ctx.book.sheet(r.sheet) : ctx.sheet;
      if (!sheet) throw new Error(`no sheet ${r.sheet}`);
      const rows: Matrix = [];
      for (let row = r.row1; row <= r.row2; row++) {
        const line: Value[] = [];
        for (let col = r.column1; col <= r.column2; col++) line.push(ctx.book.value(sheet, row, col) ?? "");
        rows.push(line);
      }
      // A single cell is a scalar, as Excel passes it to a function's scalar parameter (blank: null).
      return rows.length === 1 && rows[0].length === 1 ? (rows[0][0] === "" ? null : rows[0][0]) : rows;
    }
    case "binary": {
      const left = evaluateNode(node.left, ctx);
      const right = evaluateNode(node.right, ctx);
      if (node.op === "=") return elementwise(left, right, (x, y) => String(x ?? "").toLowerCase() === String(y ?? "").toLowerCase());
      if (node.op === "<>") return elementwise(left, right, (x, y) => String(x ?? "").toLowerCase() !== String(y ?? "").toLowerCase());
      if (node.op !== "+" && node.op !== "-") {
        const n = (x: Value): number => Number(x ?? 0);
        const ops: Record<string, (x: number, y: number) => boolean> = { "<": (x, y) => x < y, ">": (x, y) => x > y, "<=": (x, y) => x <= y, ">=": (x, y) => x >= y };
        return elementwise(left, right, (x, y) => ops[node.op](n(x), n(y)));
      }
      const sign = node.op === "+" ? 1 : -1;
      return elementwise(left, right, (x, y) => Number(x ?? 0) + sign * Number(y ?? 0));
    }
    case "call":
      return call(node.name, node.args, ctx);
  }
}

function call(name: string, args: (Node | null)[], ctx: EvalContext): Value {
  const v = (k: number): Value => evaluateNode(args[k] ?? null, ctx);
  const optional = <T>(k: number): T | undefined => {
    const x = v(k);
    return (x === null ? undefined : x) as T | undefined;
  };
  switch (name) {
    case "ROW":
      return ctx.row + 1;
    case "IF":
      return scalar(v(0)) === true ? v(1) : v(2);
    case "ISNUMBER":
      return typeof scalar(v(0)) === "number";
    case "INDEX": {
      const m = asMatrix(v(0));
      const r = Number(scalar(v(1)));
      const c = args.length > 2 ? Number(scalar(v(2))) : 1;
      return m[r - 1]?.[c - 1];
    }
    case "MATCH": {
      const wanted = String(scalar(v(0))).replace(/~([~*?])/g, "$1");
      const flat = asMatrix(v(1)).flat();
      const found = flat.findIndex((x) => String(x) === wanted);
      if (found < 0) throw new Error(`MATCH: ${wanted} not found`);
      return found + 1;
    }
    case "TRANSPOSE": {
      const m = asMatrix(v(0));
      return m[0].map((_, c) => m.map((row) => row[c]));
    }
    case "FILTER": {
      const m = asMatrix(v(0));
      const keep = asMatrix(v(1));
      return m.filter((_, r) => Number(keep[r]?.[0]) !== 0 && keep[r]?.[0] !== false);
    }
    case "KHOI.POINTS":
      return points(asMatrix(v(0)), asMatrix(v(1)), scalar(v(2)) as number, scalar(v(3)) as string, optional(4));
    case "KHOI.TOTAL":
      return total(asMatrix(v(0)), asMatrix(v(1)), asMatrix(v(2)), optional(3), optional<number>(4));
    case "KHOI.RANK":
      return rank(asMatrix(v(0)), optional(1), optional<string>(2));
    case "KHOI.AWARD":
      return award(asMatrix(v(0)), asMatrix(v(1)), optional(2), optional(3), optional(4), optional(5), optional(6), optional(7), optional(8), optional(9), optional(10));
    default:
      throw new Error(`the evaluator does not know ${name}`);
  }
}

/** Evaluates one formula (no leading "=") in the context of a cell. */
export function evaluateFormula(formula: string, ctx: EvalContext): Value {
  return evaluateNode(parse(formula), ctx);
}
