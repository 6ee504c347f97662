// A small in-memory Excel for the Office adapter's tests and the bench, built on office-addin-mock: every object
// the adapter touches is an OfficeMockObject (reading an unloaded property gives its error string), wrapped so
// that each property write and method call is queued and applied in order at context.sync(), like Office.js.
// It counts syncs, refuses what Excel refuses (a duplicate sheet name, a write on a protected sheet, a formula
// pointing at a sheet that does not exist, a 2-D array of the wrong shape) and keeps the state for assertions.
// A host profile (`excelApi: "1.8"`) makes it an older Excel: a member of a higher ExcelApi set throws ApiNotFound
// the moment it is touched (client side, so nothing of that batch is sent), while some plain property writes
// (tabColor, indentLevel, widths, hidden rows, visibility) are refused only at sync, after the batch's earlier
// commands ran — as office.js does.
import { OfficeMockObject } from "office-addin-mock";

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  /** "=…" for a formula cell. */
  formula?: string;
  numberFormat?: string;
  /** The value is an error (#N/A …), not text. */
  error?: boolean;
}

interface Rect {
  row1: number;
  column1: number;
  row2: number;
  column2: number;
}

export interface FakeValidation {
  address: string;
  rect: Rect;
  rule?: unknown;
  errorAlert?: { title?: string; message?: string; showAlert?: boolean; style?: string };
  prompt?: { message?: string };
  ignoreBlanks?: boolean;
}

export interface FakeConditional {
  /** What ConditionalFormat.id reads (the table check deletes its marks by id). */
  id?: string;
  address: string;
  rects: Rect[];
  type: string;
  props: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  freeze: { rows: number; columns: number } | null;
  merges: string[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditional[];
  /** Every format write, in order: the last one covering a cell wins. */
  styles: { rect: Rect; path: string; value: unknown }[];
  protected: boolean;
  protectionOptions?: unknown;
  page: Record<string, unknown>;
}

export interface FakeWrite {
  sheet: string;
  address: string;
  kind: "values" | "formulas" | "numberFormat";
  rows: number;
  columns: number;
}

type Handle = { name: string; sheet: FakeSheet | null };
type Owner =
  | { kind: "sheet"; handle: Handle }
  | { kind: "range"; handle: Handle; address: string; rects: Rect[] | "all" }
  | { kind: "conditional"; record: FakeConditional }
  | { kind: "name"; name: string }
  | { kind: "none" };

/** Members office.js checks on the client: touching one above the host's level throws ApiNotFound at once. */
const CLIENT_GUARDED: Record<string, string> = {
  "sheet:pageLayout": "1.9",
  "sheet:getRanges": "1.9",
  "sheet:freezePanes": "1.7",
  "sheet:getUsedRangeOrNullObject": "1.4",
  "sheet:protection": "1.2",
  "range:dataValidation": "1.8",
  "range:conditionalFormats": "1.6",
  "range:merge": "1.2",
  "range:unmerge": "1.2",
};

/** Plain property writes Excel refuses only at sync, in order with the batch's other commands. */
const SYNC_GUARDED: Record<string, string> = {
  "sheet:tabColor": "1.7",
  "sheet:visibility": "1.1",
  "range:format.indentLevel": "1.9",
  "range:format.columnWidth": "1.2",
  "range:format.rowHeight": "1.2",
  "range:rowHidden": "1.2",
  "range:columnHidden": "1.2",
};

/** "1.10" ≥ "1.9": requirement-set versions compare by number, part by part. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export interface FakeExcelProfile {
  /** The highest ExcelApi set this Excel has ("1.7" for volume-licensed 2019); absent: every set. */
  excelApi?: string;
  /** Other requirement sets it reports, e.g. { CustomFunctionsRuntime: "1.2", SharedRuntime: "1.1" }. */
  sets?: Record<string, string>;
}

const ERROR_LITERALS = new Set(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"]);
const MAX_ROW = 1048575;
const MAX_COLUMN = 16383;

function letters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "A1:B2", "B:D", "3:5" (with or without $) → a 0-based rectangle. */
export function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnOf(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnOf(m[3]) : c1;
    return { row1: Math.min(r1, r2), column1: Math.min(c1, c2), row2: Math.max(r1, r2), column2: Math.max(c1, c2) };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (m) return { row1: 0, column1: columnOf(m[1]), row2: MAX_ROW, column2: columnOf(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { row1: Number(m[1]) - 1, column1: 0, row2: Number(m[2]) - 1, column2: MAX_COLUMN };
  throw new Error(`InvalidArgument: the address «${address}» is not valid`);
}

function rectAddress(r: Rect): string {
  const first = `${letters(r.column1)}${r.row1 + 1}`;
  return r.row1 === r.row2 && r.column1 === r.column2 ? first : `${first}:${letters(r.column2)}${r.row2 + 1}`;
}

const key = (row: number, column: number) => `${row},${column}`;
const inside = (r: Rect, row: number, column: number) => row >= r.row1 && row <= r.row2 && column >= r.column1 && column <= r.column2;
const overlaps = (a: Rect, b: Rect) => a.row1 <= b.row2 && b.row1 <= a.row2 && a.column1 <= b.column2 && b.column1 <= a.column2;
const nameKey = (name: string) => name.normalize("NFC").toLocaleLowerCase("vi");

/** Excel quotes a sheet name in an address when it is not a plain word. */
function qualified(sheet: string, address: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  /** Defined names → their reference ("='Khối'!$B$4:$B$9"). */
  names = new Map<string, string>();
  syncs = 0;
  runs = 0;
  /** The syncs (1-based, counting from the start) during which calculation was suspended. */
  suspendedSyncs: number[] = [];
  writes: FakeWrite[] = [];
  activeSheet: string | null = null;
  selection: string | null = null;
  conditionalIds = 0;

  /** The highest ExcelApi set; null: every set (a current Excel). */
  excelApi: string | null;
  private otherSets: Record<string, string>;

  constructor(sheetNames: string[] = ["Sheet1"], profile: FakeExcelProfile = {}) {
    for (const name of sheetNames) this.addSheet(name);
    this.excelApi = profile.excelApi ?? null;
    this.otherSets = { ...profile.sets };
  }

  /** Office.context.requirements of this Excel. */
  requirements = {
    isSetSupported: (name: string, version = "1.1"): boolean => {
      if (name === "ExcelApi") return this.excelApi === null || versionAtLeast(this.excelApi, version);
      const have = this.otherSets[name];
      return have !== undefined && versionAtLeast(have, version);
    },
  };

  /** Throws ApiNotFound when `member` needs a higher ExcelApi set than this Excel has. */
  need(version: string, member: string): void {
    if (this.excelApi !== null && !versionAtLeast(this.excelApi, version)) {
      throw new Error(`ApiNotFound: ${member} needs ExcelApi ${version}; this Excel has ${this.excelApi}`);
    }
  }

  /** A sheet as if the user had made it, with constants. */
  addSheet(name: string, cells: Record<string, Scalar> = {}): FakeSheet {
    const sheet = newSheet(name);
    for (const [address, value] of Object.entries(cells)) {
      const r = parseAddress(address);
      sheet.cells.set(key(r.row1, r.column1), { value });
    }
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`no sheet «${name}» (sheets: ${this.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => nameKey(s.name) === nameKey(name));
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const r = parseAddress(address);
    return this.sheet(sheet).cells.get(key(r.row1, r.column1));
  }

  /** The constant of a cell, "" when empty (a formula cell gives its computed value, see setComputed). */
  value(sheet: string, address: string): Scalar {
    return this.cell(sheet, address)?.value ?? "";
  }

  formula(sheet: string, address: string): string | undefined {
    return this.cell(sheet, address)?.formula;
  }

  /** What Excel would have computed for a formula cell (an error such as "#N/A" when `error`), for the read path. */
  setComputed(sheet: string, address: string, value: Scalar, error = false): void {
    const cell = this.cell(sheet, address);
    if (!cell?.formula) throw new Error(`${sheet}!${address} is not a formula cell`);
    cell.value = value;
    cell.error = error || undefined;
  }

  /** Types a value as a user would (no formula). */
  type(sheet: string, address: string, value: Scalar | null): void {
    const r = parseAddress(address);
    const cells = this.sheet(sheet).cells;
    if (value === null || value === "") cells.delete(key(r.row1, r.column1));
    else cells.set(key(r.row1, r.column1), { value });
  }

  /** Renames a sheet as a user would: Excel rewrites the formulas and defined names that point at it. */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
    const rewrite = (text: string) => text.split(quoted(sheet.name)).join(quoted(to));
    for (const other of this.sheets) for (const cell of other.cells.values()) if (cell.formula) cell.formula = rewrite(cell.formula);
    for (const [name, reference] of this.names) this.names.set(name, rewrite(reference));
    sheet.name = to;
  }

  /** The last format written over a cell at `path` (e.g. "format.font.bold", "format.protection.locked"). */
  styleAt(sheet: string, address: string, path: string): unknown {
    const r = parseAddress(address);
    const styles = this.sheet(sheet).styles;
    for (let i = styles.length - 1; i >= 0; i--) {
      if (styles[i].path === path && inside(styles[i].rect, r.row1, r.column1)) return styles[i].value;
    }
    return undefined;
  }

  validationAt(sheet: string, address: string): FakeValidation | undefined {
    const r = parseAddress(address);
    return this.sheet(sheet).validations.find((v) => inside(v.rect, r.row1, r.column1));
  }

  /** Office.js's Excel.run over this workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = new Batch(this).context;
    return batch(context as unknown as Excel.RequestContext);
  };
}

/** Excel's current region: the rectangle grown from `start` while a row or column next to it has a filled cell. */
function surroundingRegion(sheet: FakeSheet, start: Rect): Rect {
  const r = { ...start };
  const filled = (row: number, column: number) => row >= 0 && column >= 0 && sheet.cells.has(key(row, column));
  for (let grown = true; grown; ) {
    grown = false;
    const rowHas = (row: number) => { for (let c = r.column1 - 1; c <= r.column2 + 1; c++) if (filled(row, c)) return true; return false; };
    const columnHas = (column: number) => { for (let row = r.row1 - 1; row <= r.row2 + 1; row++) if (filled(row, column)) return true; return false; };
    if (rowHas(r.row1 - 1)) { r.row1--; grown = true; }
    if (rowHas(r.row2 + 1)) { r.row2++; grown = true; }
    if (columnHas(r.column1 - 1)) { r.column1--; grown = true; }
    if (columnHas(r.column2 + 1)) { r.column2++; grown = true; }
  }
  return r;
}

function newSheet(name: string): FakeSheet {
  return {
    name, visibility: "Visible", cells: new Map(), columnWidths: new Map(), hiddenColumns: new Set(), rowHeights: new Map(),
    hiddenRows: new Set(), freeze: null, merges: [], validations: [], conditionalFormats: [], styles: [], protected: false, page: {},
  };
}

/** One Excel.run: the facades it handed out, the commands queued since the last sync. */
class Batch {
  readonly context: OfficeMockObject;
  private ops: (() => void)[] = [];
  private hooks: (() => void)[] = [];
  private mocks: OfficeMockObject[] = [];
  private proxies = new WeakMap<object, unknown>();
  private pending = new Map<string, Handle>();
  private suspended = false;

  constructor(private readonly excel: FakeExcel) {
    this.context = new OfficeMockObject({
      workbook: {
        worksheets: {
          load: (props: unknown) => this.loadSheets(props),
          getItem: (name: string) => this.sheetFacade(this.handle(name, true)),
          getActiveWorksheet: () => this.sheetFacade(this.handle(excel.activeSheet ?? "", true)),
          getItemOrNullObject: (name: string) => {
            excel.need("1.4", "WorksheetCollection.getItemOrNullObject");
            return this.sheetFacade(this.handle(name, false), true);
          },
          add: (name: string) => this.addSheet(name),
        },
        getSelectedRange: () => {
          const [sheet, address] = excel.selection?.includes("!") ? [excel.activeSheet ?? "", excel.selection.replace(/^.*!/, "")] : [excel.activeSheet ?? "", "A1"];
          return this.rangeFacade(this.handle(sheet, true), address);
        },
        names: {
          load: (props: unknown) => this.loadNames(props),
          add: (name: string, reference: string) => {
            excel.need("1.4", "NamedItemCollection.add");
            return this.addName(name, reference);
          },
          getItem: (name: string) => this.nameFacade(name, true),
          getItemOrNullObject: (name: string) => {
            excel.need("1.4", "NamedItemCollection.getItemOrNullObject");
            return this.nameFacade(name, false);
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          excel.need("1.6", "Application.suspendApiCalculationUntilNextSync");
          this.suspended = true;
        },
      },
      sync: () => this.sync(),
    });
  }

  private async sync(): Promise<void> {
    const excel = this.excel;
    excel.syncs++;
    if (this.suspended) excel.suspendedSyncs.push(excel.syncs);
    this.suspended = false;
    const hooks = this.hooks;
    this.hooks = [];
    for (const hook of hooks) hook();
    // office-addin-mock's own sync turns loaded properties from "not synced" errors into values.
    for (const mock of this.mocks) await OfficeMockObject.prototype.sync.call(mock);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ops = this.ops;
    this.ops = [];
    for (const op of ops) op();
  }

  private track<T extends OfficeMockObject>(mock: T): T {
    this.mocks.push(mock);
    return mock;
  }

  /** Wraps a mock so property writes become queued commands on `owner`, at `path`. */
  private wrap<T extends object>(target: T, owner: Owner, path: string): T {
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop === "string" && (owner.kind === "sheet" || owner.kind === "range")) {
          const version = CLIENT_GUARDED[`${owner.kind}:${path}${prop}`];
          if (version) this.excel.need(version, `${owner.kind === "sheet" ? "Worksheet" : "Range"}.${path}${prop}`);
        }
        const value = Reflect.get(t, prop, receiver);
        if (typeof prop === "string" && value instanceof OfficeMockObject && !prop.startsWith("_")) {
          return this.wrap(value, owner, `${path}${prop}.`);
        }
        return value;
      },
      set: (t, prop, value, receiver) => {
        // Internal fields and what the fake itself fills in at sync are not commands.
        if (typeof prop !== "string" || prop.startsWith("_") || prop === "isNullObject" || prop === "items") return Reflect.set(t, prop, value, receiver);
        // office-addin-mock's own bookkeeping writes back the value it holds: not a command.
        const own = (t as unknown as { _properties?: Map<string, { _value: unknown }> })._properties?.get(prop);
        if (own && own._value === value) return Reflect.set(t, prop, value, receiver);
        const fullPath = `${path}${prop}`;
        const refusedAbove = owner.kind === "sheet" || owner.kind === "range" ? SYNC_GUARDED[`${owner.kind}:${fullPath}`] : undefined;
        this.ops.push(() => {
          if (refusedAbove) this.excel.need(refusedAbove, `${owner.kind === "sheet" ? "Worksheet" : "Range"}.${fullPath}`);
          this.apply(owner, fullPath, value);
        });
        return Reflect.set(t, prop, value, receiver);
      },
    });
    this.proxies.set(target, proxy);
    return proxy;
  }

  // ---- sheets ----

  private handle(name: string, mustExist: boolean): Handle {
    const pending = this.pending.get(nameKey(name));
    if (pending) return pending;
    const sheet = this.excel.findSheet(name) ?? null;
    const handle: Handle = { name: sheet?.name ?? name, sheet };
    if (!sheet && mustExist) this.ops.push(() => { throw new Error(`ItemNotFound: no sheet «${name}»`); });
    return handle;
  }

  private addSheet(name: string): unknown {
    const handle: Handle = { name, sheet: null };
    this.pending.set(nameKey(name), handle);
    this.ops.push(() => {
      if (this.excel.findSheet(name)) throw new Error(`ItemAlreadyExists: a sheet named «${name}» exists`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: «${name}» is not a sheet name`);
      handle.sheet = newSheet(name);
      this.excel.sheets.push(handle.sheet);
    });
    return this.sheetFacade(handle);
  }

  private sheetFacade(handle: Handle, orNull = false): unknown {
    const sheet = handle.sheet;
    const owner: Owner = { kind: "sheet", handle };
    const op = (fn: (s: FakeSheet) => void) => () => this.ops.push(() => fn(this.resolve(handle)));
    const mock = this.track(new OfficeMockObject({
      name: sheet?.name ?? handle.name,
      visibility: sheet?.visibility ?? "Visible",
      getRange: (address?: string) => this.rangeFacade(handle, address),
      getRanges: (addresses: string) => this.rangeFacade(handle, addresses, true),
      getUsedRangeOrNullObject: () => this.usedRange(handle),
      getUsedRange: () => this.usedRange(handle),
      activate: op((s) => { this.excel.activeSheet = s.name; }),
      freezePanes: {
        freezeAt: (at: string) => this.ops.push(() => {
          const r = parseAddress(at);
          this.resolve(handle).freeze = { rows: r.row2 + 1, columns: r.column2 + 1 };
        }),
        freezeRows: (rows: number) => this.ops.push(() => { this.resolve(handle).freeze = { rows, columns: 0 }; }),
        freezeColumns: (columns: number) => this.ops.push(() => { this.resolve(handle).freeze = { rows: 0, columns }; }),
        unfreeze: op((s) => { s.freeze = null; }),
      },
      protection: {
        // Loaded as Excel gives it (ExcelApi 1.2): whether the sheet is protected when the batch is synced.
        protected: sheet?.protected ?? false,
        protect: (options?: unknown, password?: string) => this.ops.push(() => {
          const s = this.resolve(handle);
          if (password !== undefined) throw new Error("the adapter must not set a password");
          s.protected = true;
          s.protectionOptions = options;
        }),
        unprotect: op((s) => { s.protected = false; }),
      },
      pageLayout: {
        setPrintTitleRows: (rows: string) => this.ops.push(() => { this.resolve(handle).page.printTitleRows = rows; }),
        setPrintArea: (area: string) => this.ops.push(() => { this.resolve(handle).page.printArea = area; }),
      },
    }));
    if (orNull) this.hooks.push(() => { (mock as unknown as { isNullObject: boolean }).isNullObject = handle.sheet === null; });
    return this.wrap(mock, owner, "");
  }

  private resolve(handle: Handle): FakeSheet {
    if (!handle.sheet) throw new Error(`ItemNotFound: no sheet «${handle.name}»`);
    return handle.sheet;
  }

  private loadSheets(props: unknown): void {
    const wanted = itemProperties(props);
    const worksheets = (this.context as unknown as { workbook: { worksheets: Record<string, unknown> } }).workbook.worksheets;
    this.hooks.push(() => {
      const items = this.excel.sheets.map((sheet) => {
        const facade = this.sheetFacade({ name: sheet.name, sheet }) as OfficeMockObject;
        if (wanted.length > 0) facade.load(wanted.join(","));
        return facade;
      });
      worksheets.items = items;
    });
  }

  // ---- ranges ----

  private rangeFacade(handle: Handle, address?: string, areas = false): unknown {
    const rects: Rect[] | "all" = address === undefined ? "all" : address.split(",").map((a) => parseAddress(a.trim()));
    if (areas && rects !== "all" && rects.length < 1) throw new Error("getRanges needs an address");
    const owner: Owner = { kind: "range", handle, address: address ?? "", rects };
    const first = rects === "all" ? { row1: 0, column1: 0, row2: MAX_ROW, column2: MAX_COLUMN } : rects[0];
    const bounded = first.row2 < MAX_ROW && first.column2 < MAX_COLUMN && !areas;
    const data: Record<string, unknown> = {
      address: qualified(handle.name, address ?? "A1:XFD1048576"),
      rowIndex: first.row1,
      columnIndex: first.column1,
      rowCount: first.row2 - first.row1 + 1,
      columnCount: first.column2 - first.column1 + 1,
      format: { font: {}, fill: {}, protection: {}, borders: { getItem: (edge: string) => this.borderFacade(owner, edge) } },
      dataValidation: { clear: () => this.ops.push(() => this.clearValidation(owner)) },
      conditionalFormats: {
        add: (type: string) => this.addConditional(owner, type),
        clearAll: () => this.ops.push(() => this.clearConditionals(owner)),
        getItemOrNullObject: (id: string) => this.conditionalById(owner, id),
      },
      merge: () => this.ops.push(() => this.guarded(owner, (s) => s.merges.push(owner.address))),
      unmerge: () => this.ops.push(() => this.guarded(owner, (s) => {
        s.merges = owner.rects === "all" ? [] : s.merges.filter((m) => !(owner.rects as Rect[]).some((r) => overlaps(r, parseAddress(m))));
      })),
      clear: (applyTo?: string) => this.ops.push(() => this.clear(owner, applyTo ?? "All")),
      getSurroundingRegion: () => {
        this.excel.need("1.7", "Range.getSurroundingRegion");
        return this.rangeFacade(handle, rectAddress(surroundingRegion(this.resolve(handle), first)));
      },
      getMergedAreasOrNullObject: () => {
        this.excel.need("1.13", "Range.getMergedAreasOrNullObject");
        const inRange = (handle.sheet?.merges ?? []).filter((m) => overlaps(parseAddress(m), first));
        const mock = this.track(new OfficeMockObject({ address: inRange.map((m) => qualified(handle.name, m)).join(",") }));
        this.hooks.push(() => { Reflect.set(mock, "isNullObject", inRange.length === 0); });
        return mock;
      },
      select: () => this.ops.push(() => {
        const s = this.resolve(handle);
        if (this.excel.activeSheet !== s.name) throw new Error("select() on a sheet that is not active");
        this.excel.selection = qualified(s.name, owner.address);
      }),
    };
    if (bounded && handle.sheet) Object.assign(data, this.snapshot(handle.sheet, first));
    // A null object (a sheet that does not exist) still takes load(); its properties read as nothing.
    else if (bounded) Object.assign(data, { values: [], formulas: [], valueTypes: [] });
    return this.wrap(this.track(new OfficeMockObject(data)), owner, "");
  }

  private snapshot(sheet: FakeSheet, r: Rect): { values: Scalar[][]; formulas: Scalar[][]; valueTypes: string[][] } {
    const values: Scalar[][] = [];
    const formulas: Scalar[][] = [];
    const valueTypes: string[][] = [];
    for (let row = r.row1; row <= r.row2; row++) {
      const vr: Scalar[] = [];
      const fr: Scalar[] = [];
      const tr: string[] = [];
      for (let column = r.column1; column <= r.column2; column++) {
        const cell = sheet.cells.get(key(row, column));
        const value = cell?.value ?? "";
        vr.push(value);
        fr.push(cell?.formula ?? value);
        tr.push(cell?.error ? "Error" : value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String");
      }
      values.push(vr);
      formulas.push(fr);
      valueTypes.push(tr);
    }
    return { values, formulas, valueTypes };
  }

  private usedRange(handle: Handle): unknown {
    const sheet = handle.sheet;
    let box: Rect | null = null;
    for (const k of sheet?.cells.keys() ?? []) {
      const [row, column] = k.split(",").map(Number);
      box = box
        ? { row1: Math.min(box.row1, row), column1: Math.min(box.column1, column), row2: Math.max(box.row2, row), column2: Math.max(box.column2, column) }
        : { row1: row, column1: column, row2: row, column2: column };
    }
    const empty = box === null;
    const facade = this.rangeFacade(handle, rectAddress(box ?? { row1: 0, column1: 0, row2: 0, column2: 0 })) as Record<string, unknown>;
    const target = facade as unknown as { isNullObject?: boolean };
    this.hooks.push(() => { Reflect.set(target, "isNullObject", empty); });
    return facade;
  }

  private borderFacade(owner: Owner, edge: string): unknown {
    const allowed = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
    if (!allowed.includes(edge)) throw new Error(`InvalidArgument: border «${edge}»`);
    return this.wrap(this.track(new OfficeMockObject({ style: "None" })), owner, `format.borders.${edge}.`);
  }

  private addConditional(owner: Owner, type: string): unknown {
    if (owner.kind !== "range" || owner.rects === "all") throw new Error("conditional format on a bounded range only");
    const record: FakeConditional = { id: `cf${++this.excel.conditionalIds}`, address: owner.address, rects: owner.rects, type, props: {} };
    this.ops.push(() => this.guarded(owner, (s) => s.conditionalFormats.push(record)));
    const mock = this.track(new OfficeMockObject({ id: record.id, custom: { rule: {}, format: { fill: {}, font: {} } } }));
    return this.wrap(mock, { kind: "conditional", record }, "");
  }

  /** A conditional format of the range's sheet by id: a null object when there is none; delete() removes it. */
  private conditionalById(owner: Owner, id: string): unknown {
    const sheet = owner.kind === "range" ? owner.handle.sheet : null;
    const exists = () => sheet?.conditionalFormats.some((c) => c.id === id) ?? false;
    const mock = this.track(new OfficeMockObject({
      id,
      delete: () => this.ops.push(() => this.guarded(owner, (s) => {
        if (!s.conditionalFormats.some((c) => c.id === id)) throw new Error(`ItemNotFound: no conditional format ${id}`);
        s.conditionalFormats = s.conditionalFormats.filter((c) => c.id !== id);
      })),
    }));
    this.hooks.push(() => { Reflect.set(mock, "isNullObject", !exists()); });
    return mock;
  }

  private clearConditionals(owner: Owner): void {
    this.guarded(owner, (s) => {
      if (owner.kind !== "range") return;
      s.conditionalFormats = owner.rects === "all" ? [] : s.conditionalFormats.filter((c) => !c.rects.some((r) => (owner.rects as Rect[]).some((o) => overlaps(o, r))));
    });
  }

  private clearValidation(owner: Owner): void {
    this.guarded(owner, (s) => {
      if (owner.kind !== "range") return;
      s.validations = owner.rects === "all" ? [] : s.validations.filter((v) => !(owner.rects as Rect[]).some((o) => overlaps(o, v.rect)));
    });
  }

  private clear(owner: Owner, applyTo: string): void {
    this.guarded(owner, (s) => {
      if (owner.kind !== "range") return;
      const within = (row: number, column: number) => owner.rects === "all" || owner.rects.some((r) => inside(r, row, column));
      if (applyTo === "All" || applyTo === "Contents") {
        for (const k of [...s.cells.keys()]) {
          const [row, column] = k.split(",").map(Number);
          if (within(row, column)) s.cells.delete(k);
        }
      }
      if (applyTo === "All" || applyTo === "Formats") {
        s.styles = owner.rects === "all" ? [] : s.styles.filter((st) => !(owner.rects as Rect[]).some((r) => overlaps(r, st.rect)));
      }
    });
  }

  /** Runs a command on the owner's sheet; Excel refuses changes to a protected sheet. */
  private guarded(owner: Owner, fn: (sheet: FakeSheet) => void): void {
    if (owner.kind !== "range" && owner.kind !== "sheet") return;
    const sheet = this.resolve(owner.handle);
    if (sheet.protected) throw new Error(`AccessDenied: «${sheet.name}» is protected`);
    fn(sheet);
  }

  // ---- property writes, applied in order at sync ----

  private apply(owner: Owner, path: string, value: unknown): void {
    if (owner.kind === "conditional") {
      owner.record.props[path] = value;
      return;
    }
    if (owner.kind === "sheet") {
      const sheet = this.resolve(owner.handle);
      if (path === "name") {
        if (this.excel.findSheet(String(value)) && nameKey(String(value)) !== nameKey(sheet.name)) throw new Error("ItemAlreadyExists");
        sheet.name = String(value);
      } else if (path === "visibility") {
        sheet.visibility = value as FakeSheet["visibility"];
        if (this.excel.sheets.every((s) => s.visibility !== "Visible")) throw new Error("a workbook must keep one visible sheet");
      } else if (path === "tabColor") sheet.tabColor = String(value);
      else if (path.startsWith("pageLayout.")) sheet.page[path.slice("pageLayout.".length)] = value;
      else throw new Error(`the fake does not know the sheet property «${path}»`);
      return;
    }
    if (owner.kind !== "range") throw new Error(`write of «${path}» on an unknown object`);
    this.guarded(owner, (sheet) => {
      const rects = owner.rects === "all" ? [{ row1: 0, column1: 0, row2: MAX_ROW, column2: MAX_COLUMN }] : owner.rects;
      const r = rects[0];
      if (path === "values" || path === "formulas" || path === "numberFormat") {
        this.writeCells(sheet, r, path, value);
      } else if (path === "format.columnWidth") {
        for (let c = r.column1; c <= Math.min(r.column2, 200); c++) sheet.columnWidths.set(c, Number(value));
      } else if (path === "format.rowHeight") {
        for (let row = r.row1; row <= Math.min(r.row2, 100000); row++) sheet.rowHeights.set(row, Number(value));
      } else if (path === "columnHidden") {
        if (owner.rects === "all") { if (!value) sheet.hiddenColumns.clear(); }
        else for (let c = r.column1; c <= r.column2; c++) if (value) sheet.hiddenColumns.add(c); else sheet.hiddenColumns.delete(c);
      } else if (path === "rowHidden") {
        if (owner.rects === "all") { if (!value) sheet.hiddenRows.clear(); }
        else for (let row = r.row1; row <= r.row2; row++) if (value) sheet.hiddenRows.add(row); else sheet.hiddenRows.delete(row);
      } else if (path.startsWith("dataValidation.")) {
        const field = path.slice("dataValidation.".length) as "rule" | "errorAlert" | "prompt" | "ignoreBlanks";
        let validation = sheet.validations.find((v) => v.address === owner.address);
        if (!validation) {
          if (field === "rule" && sheet.validations.some((v) => overlaps(v.rect, r))) throw new Error("a validation rule exists there: clear it first");
          validation = { address: owner.address, rect: r };
          sheet.validations.push(validation);
        }
        (validation as unknown as Record<string, unknown>)[field] = value;
      } else if (path.startsWith("format.")) {
        sheet.styles.push({ rect: r, path, value });
      } else {
        throw new Error(`the fake does not know the range property «${path}»`);
      }
    });
  }

  private writeCells(sheet: FakeSheet, r: Rect, kind: "values" | "formulas" | "numberFormat", value: unknown): void {
    const rows = r.row2 - r.row1 + 1;
    const columns = r.column2 - r.column1 + 1;
    if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== columns)) {
      throw new Error(`InvalidArgument: ${kind} for ${sheet.name}!${rectAddress(r)} must be a ${rows}×${columns} array`);
    }
    this.excel.writes.push({ sheet: sheet.name, address: rectAddress(r), kind, rows, columns });
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const k = key(r.row1 + i, r.column1 + j);
        const entry = (value as unknown[][])[i][j];
        if (kind === "numberFormat") {
          const cell = sheet.cells.get(k) ?? { value: "" };
          cell.numberFormat = String(entry);
          sheet.cells.set(k, cell);
          continue;
        }
        const numberFormat = sheet.cells.get(k)?.numberFormat;
        const cell = this.interpret(entry);
        if (cell === null) {
          if (numberFormat) sheet.cells.set(k, { value: "", numberFormat });
          else sheet.cells.delete(k);
        } else sheet.cells.set(k, numberFormat ? { ...cell, numberFormat } : cell);
      }
    }
  }

  /** What Excel makes of an entry typed into a cell. */
  private interpret(entry: unknown): FakeCell | null {
    if (entry === null || entry === undefined || entry === "") return null;
    if (typeof entry === "number" || typeof entry === "boolean") return { value: entry };
    if (typeof entry !== "string") throw new Error(`InvalidArgument: cell entry ${JSON.stringify(entry)}`);
    if (entry.startsWith("'")) return { value: entry.slice(1) };
    if (entry.startsWith("=")) {
      for (const m of entry.matchAll(/'((?:[^']|'')+)'!/g)) {
        const name = m[1].replace(/''/g, "'");
        if (!this.excel.findSheet(name)) throw new Error(`a formula points at a sheet that does not exist: «${name}» in ${entry}`);
      }
      return { value: "", formula: entry };
    }
    if (/^[+-]/.test(entry)) return { value: "", formula: `=${entry}` };
    if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(entry)) return { value: Number(entry) };
    if (/^\s*(true|false)\s*$/i.test(entry)) return { value: entry.trim().toLowerCase() === "true" };
    if (ERROR_LITERALS.has(entry.trim())) return { value: entry.trim(), error: true };
    return { value: entry };
  }

  // ---- names ----

  private loadNames(props: unknown): void {
    const wanted = itemProperties(props);
    if (wanted.includes("formula")) this.excel.need("1.7", "NamedItem.formula");
    const names = (this.context as unknown as { workbook: { names: Record<string, unknown> } }).workbook.names;
    this.hooks.push(() => {
      names.items = [...this.excel.names.keys()].map((name) => {
        const facade = this.nameFacade(name, false) as OfficeMockObject;
        if (wanted.length > 0) facade.load(wanted.join(","));
        return facade;
      });
    });
  }

  private nameFacade(name: string, mustExist: boolean): unknown {
    const existing = [...this.excel.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
    if (!existing && mustExist) this.ops.push(() => { throw new Error(`ItemNotFound: no name «${name}»`); });
    const mock = this.track(new OfficeMockObject({
      name: existing ?? name,
      formula: existing ? this.excel.names.get(existing) : "",
      type: "Range",
      delete: () => this.ops.push(() => {
        if (!existing) throw new Error(`ItemNotFound: no name «${name}»`);
        this.excel.names.delete(existing);
      }),
    }));
    if (!mustExist) this.hooks.push(() => { Reflect.set(mock, "isNullObject", !existing); });
    return this.wrap(mock, { kind: "name", name }, "");
  }

  private addName(name: string, reference: string): unknown {
    this.ops.push(() => {
      if ([...this.excel.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name «${name}»`);
      const m = /^='((?:[^']|'')+)'!\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?$/.exec(reference);
      if (!m) throw new Error(`InvalidArgument: reference «${reference}»`);
      if (!this.excel.findSheet(m[1].replace(/''/g, "'"))) throw new Error(`InvalidReference: no sheet in «${reference}»`);
      this.excel.names.set(name, reference);
    });
    return this.wrap(this.track(new OfficeMockObject({ name })), { kind: "name", name }, "");
  }
}

/** "items/name, items/visibility" or { items: { name: true } } → ["name", "visibility"]. */
function itemProperties(props: unknown): string[] {
  if (typeof props === "string") {
    return props.split(",").map((p) => p.trim()).filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
  }
  if (Array.isArray(props)) return itemProperties(props.join(","));
  if (props && typeof props === "object" && "items" in props) return Object.keys((props as { items: object }).items);
  throw new Error(`load(${JSON.stringify(props)}): the fake expects items/… properties`);
}
