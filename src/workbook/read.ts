// readLayout: cell grids of a block workbook -> a khoi-block/1 document with every layer, plus the workbook's own
// rank and award cells as `declared`; unreadable cells become findings with their address and an offer to fix;
// `locate` points any engine finding at its cell. Regions are found by defined name (or the meta sheet), rows and
// columns by unit id and criterion code, never by position.
import { dict } from "../core/dict";
import type { CellRef, Finding, LayerName } from "../core/types";
import { auditLayout, TrackedBook } from "./audit";
import { strayEntries, type StrayEntries } from "./stray";
import { TARGETS_FIRST_UNIT_COLUMN } from "./context";
import { isCellError, type GridValue, type Located } from "./grid";
import { readLeaders, readVotes } from "./read-ballots";
import { folded, fromLabel, key2, key3, Reader, splitList, text, type Json } from "./reader";
import { BASE_LABELS, DENOMINATOR_LABELS, LEAF_TYPE_LABELS, METHOD_LABELS, NO_WORDS, YES_WORDS } from "./labels";
import { NAMES, type SheetGrid, type SheetGrids } from "./model";

export interface LayoutReading {
  /** A khoi-block/1 document, or null when the grids are not a block workbook (see findings). */
  doc: unknown;
  findings: Finding[];
  locate(finding: Finding): CellRef | undefined;
  /** Units typed by hand under the unit list and their columns of targets and scores (Thiết lập offers to take them in). */
  stray?: StrayEntries;
  /** The cell of a Bình xét or leadership field by its path (src/workbook/ballot-cells.ts lists them). */
  cellOf?(path: string): CellRef | undefined;
  /** What that cell held when read (null when empty). */
  valueOf?(path: string): unknown;
}

const LAYERS: readonly LayerName[] = ["self", "appraised", "final"];

function readInfo(rd: Reader, doc: Json): void {
  const loc = rd.book.region(NAMES.blockInfo);
  const block: Json = {};
  doc.block = block;
  if (!loc) return;
  for (const [k, { value, cell }] of rd.keyValueRows(loc)) {
    rd.index.info.set(k, cell);
    if (k === "year") {
      const n = rd.number(value, cell, "FORMAT_INVALID");
      if (n !== undefined) block.year = n;
    } else if (["name", "organizer", "leader", "deputy", "nextLeader", "nextDeputy", "note"].includes(k)) {
      const t = k === "name" ? (text(value) ?? "") : text(value);
      if (t !== null) block[k] = t;
      if (k === "nextLeader" || k === "nextDeputy") {
        rd.index.paths.set(`block.${k}`, cell);
        rd.index.values.set(`block.${k}`, value);
      }
    }
  }
}

function readRules(rd: Reader, doc: Json): void {
  const loc = rd.book.region(NAMES.rules);
  const rules: Json = { tieBreak: [], awards: [] };
  const vote: Json = {};
  doc.rules = rules;
  if (loc) {
    for (const [k, { value, cell }] of rd.keyValueRows(loc)) {
      rd.index.rules.set(k, cell);
      if (value === null) continue;
      if (k === "scale" || k === "layerDivergence" || k === "quorum") {
        const n = rd.number(value, cell, "RULES_INVALID");
        if (n === undefined) continue;
        if (k === "quorum") vote.quorum = n;
        else rules[k] = n;
      } else if (k === "tieBreak") {
        rules.tieBreak = splitList(value);
      } else if (k === "denominator") {
        const d = fromLabel(value, DENOMINATOR_LABELS);
        if (d) vote.denominator = d;
        else rd.finding("RULES_INVALID", "error", cell, `không hiểu «${text(value)}»: chọn «${DENOMINATOR_LABELS.vi.present}» hoặc «${DENOMINATOR_LABELS.vi.members}».`, `cannot read “${text(value)}”: use “present” or “members”.`);
      } else if (k === "strict") {
        const yes = value === true || YES_WORDS.includes(folded(String(value)));
        const no = value === false || NO_WORDS.includes(folded(String(value)));
        if (yes || no) vote.strict = yes;
      }
    }
  }
  if (Object.keys(vote).length > 0) rules.vote = vote;

  const awards = rd.book.region(NAMES.awards);
  if (!awards) return;
  const cols = rd.keyedColumns(awards);
  const tiers: Json[] = [];
  for (let r = awards.range.row1 + 2; r <= awards.range.row2; r++) {
    const at = (k: string): GridValue => (cols.has(k) ? rd.book.value(awards.sheet, r, cols.get(k)!) : null);
    const cell = (k: string): CellRef => rd.ref(awards.sheet, r, cols.get(k) ?? awards.range.column1);
    const id = text(at("id"));
    if (id === null) continue;
    rd.index.tierRow.push(cell("id"));
    rd.index.tierCells.push(new Map([...cols.keys()].map((k) => [k, cell(k)])));
    const tier: Json = { id };
    const label = text(at("label"));
    if (label !== null) tier.label = label;
    for (const k of ["count", "minScore", "minVoteShare"]) {
      const n = rd.number(at(k), cell(k), "RULES_INVALID");
      if (n !== undefined) tier[k] = n;
    }
    const requires = splitList(at("requires"));
    if (requires.length > 0) tier.requires = requires;
    tiers.push(tier);
  }
  rules.awards = tiers;
}

function readUnits(rd: Reader, doc: Json): string[] {
  const loc = rd.book.region(NAMES.units);
  const units: Json[] = [];
  doc.units = units;
  if (!loc) return [];
  const cols = rd.keyedColumns(loc);
  for (let r = loc.range.row1 + 2; r <= loc.range.row2; r++) {
    const at = (k: string): GridValue => (cols.has(k) ? rd.book.value(loc.sheet, r, cols.get(k)!) : null);
    const id = text(at("id"));
    if (id === null) continue;
    const unit: Json = { id, name: text(at("name")) ?? "" };
    const titles = splitList(at("titles"));
    if (titles.length > 0) unit.titles = titles;
    unit.disqualified = text(at("disqualified"));
    const nameCell = rd.ref(loc.sheet, r, cols.get("name") ?? loc.range.column1);
    rd.index.unitRow.set(id, nameCell);
    rd.index.unitByIndex.push(nameCell);
    units.push(unit);
  }
  return units.map((u) => u.id as string);
}

/** Leaf code -> its type, for reading yes/no cells. */
function readCriteria(rd: Reader, doc: Json): Map<string, string> {
  const loc = rd.book.region(NAMES.criteria);
  const roots: Json[] = [];
  doc.criteria = roots;
  const leafTypes = new Map<string, string>();
  if (!loc) return leafTypes;
  const cols = rd.keyedColumns(loc);
  const groups = new Map<string, Json>();
  for (let r = loc.range.row1 + 2; r <= loc.range.row2; r++) {
    const at = (k: string): GridValue => (cols.has(k) ? rd.book.value(loc.sheet, r, cols.get(k)!) : null);
    const cell = (k: string): CellRef => rd.ref(loc.sheet, r, cols.get(k) ?? loc.range.column1);
    const code = text(at("code"));
    if (code === null) continue;
    const node: Json = { code, name: text(at("name")) ?? "" };
    rd.index.criterion.set(code, cell("name"));
    rd.index.weight.set(code, cell("weight"));
    const type = fromLabel(at("type"), LEAF_TYPE_LABELS);
    const weight = rd.number(at("weight"), cell("weight"), "WEIGHTS_INVALID");
    if (weight !== undefined) node.weight = weight;
    const note = text(at("note"));
    if (type === "group" || type === null) {
      node.children = [];
      groups.set(code, node);
    } else {
      node.type = type;
      leafTypes.set(code, type);
      const max = rd.number(at("max"), cell("max"), "CRITERIA_INVALID");
      if (max !== undefined) node.max = max;
      const method = fromLabel(at("method"), METHOD_LABELS);
      if (method) node.method = method;
      const base = fromLabel(at("base"), BASE_LABELS);
      if (base) node.base = base;
      for (const k of ["cap", "per"]) {
        const n = rd.number(at(k), cell(k), "CRITERIA_INVALID");
        if (n !== undefined) node[k] = n;
      }
      const bands = text(at("bands"));
      if (bands !== null) {
        node.bands = bands.split(";").map((pair) => pair.split(":").map((s) => Number(s.trim().replace(",", "."))));
      }
    }
    if (note !== null) node.note = note;
    const parent = text(at("parent"));
    const host = parent === null ? undefined : groups.get(parent);
    if (host && host !== node) (host.children as Json[]).push(node);
    else roots.push(node);
  }
  return leafTypes;
}

/** A matrix keyed by criterion code (rows) and unit id (columns): Giao ước and each layer of Chấm điểm. A column
 *  whose unit id is not in the unit list, or a row whose code is no criterion, is reported at its key cell, and its
 *  cells are taken as seen (one finding for the column, not one per cell). */
function readMatrix(
  rd: Reader, loc: Located, codeColumn: { sheet: SheetGrid; column: number }, unitIds: Set<string>, knownCodes: Set<string>,
  labelColumns: number, visit: (unit: string, code: string, value: GridValue, row: number, column: number) => void,
): void {
  const keyRow = loc.range.row1;
  const unitColumns: [number, string][] = [];
  const where = (row: number, column: number): string => `${loc.sheet.name}!${rd.book.address(row, column)}`;
  for (let c = loc.range.column1; c <= loc.range.column2; c++) {
    const id = text(rd.book.value(loc.sheet, keyRow, c));
    if (id === null) continue;
    if (unitIds.has(id)) { unitColumns.push([c, id]); continue; }
    if (c < loc.range.column1 + labelColumns) continue; // a heading of the label columns, not an id
    rd.finding("UNIT_UNKNOWN", "error", rd.ref(loc.sheet, keyRow, c),
      `mã đơn vị «${id}» ở ${where(keyRow, c)} không có trong danh sách đơn vị của Khối: cả cột này không được tính. Thêm đơn vị bằng trang Thiết lập, hoặc sửa lại mã.`,
      `unit id “${id}” in ${where(keyRow, c)} is not in the block's unit list: this whole column is not counted. Add the unit on the Set-up page, or correct the id.`);
    for (let r = keyRow + 1; r <= loc.range.row2; r++) rd.book.value(loc.sheet, r, c);
  }
  for (let r = keyRow + 1; r <= loc.range.row2; r++) {
    const code = text(rd.book.value(codeColumn.sheet, r, codeColumn.column));
    if (code === null) continue;
    if (!knownCodes.has(code)) {
      rd.finding("CRITERION_UNKNOWN", "error", rd.ref(codeColumn.sheet, r, codeColumn.column),
        `mã tiêu chí «${code}» ở ${where(r, codeColumn.column)} không có trong bảng tiêu chí: cả dòng này không được tính. Thêm tiêu chí bằng trang Thiết lập, hoặc sửa lại mã.`,
        `criterion code “${code}” in ${where(r, codeColumn.column)} is not in the criteria table: this whole row is not counted. Add the criterion on the Set-up page, or correct the code.`);
      for (let c = loc.range.column1; c <= loc.range.column2; c++) rd.book.value(loc.sheet, r, c);
      continue;
    }
    for (const [c, id] of unitColumns) visit(id, code, rd.book.value(loc.sheet, r, c), r, c);
  }
}

/** Every criterion code of the tree read from Tiêu chí, groups included. */
function allCodes(doc: Json): Set<string> {
  const codes = new Set<string>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const n of nodes as Json[]) {
      if (typeof n.code === "string") codes.add(n.code);
      walk(n.children);
    }
  };
  walk(doc.criteria);
  return codes;
}

function readTargets(rd: Reader, doc: Json, unitIds: Set<string>, leafTypes: Map<string, string>): void {
  const knownCodes = allCodes(doc);
  const targets = dict<Json>();
  doc.targets = targets;
  const loc = rd.book.region(NAMES.targets);
  if (!loc) return;
  readMatrix(rd, loc, { sheet: loc.sheet, column: loc.range.column1 }, unitIds, knownCodes, TARGETS_FIRST_UNIT_COLUMN, (unit, code, value, row, column) => {
    if (!leafTypes.has(code)) return;
    const cell = rd.ref(loc.sheet, row, column);
    rd.index.targets.set(key2(unit, code), { sheet: loc.sheet.name, row, column });
    const v = rd.layerValue(value, cell, false, { unit, criterion: code }, "TARGET_MISSING");
    if (v !== undefined) (targets[unit] ??= dict())[code] = v;
  });
}

function readScores(rd: Reader, doc: Json, unitIds: Set<string>, leafTypes: Map<string, string>): void {
  const scores = dict<Record<string, Json>>();
  doc.scores = scores;
  const codes = rd.book.region(NAMES.scoreCodes);
  const knownCodes = allCodes(doc);
  for (const layer of LAYERS) {
    const values = dict<Json>();
    scores[layer] = values;
    const loc = rd.book.region(NAMES.scores[layer]);
    if (!loc) continue;
    const codeColumn = codes && codes.sheet === loc.sheet ? { sheet: codes.sheet, column: codes.range.column1 } : { sheet: loc.sheet, column: 0 };
    readMatrix(rd, loc, codeColumn, unitIds, knownCodes, 0, (unit, code, value, row, column) => {
      const type = leafTypes.get(code);
      if (type === undefined) return;
      rd.index.scores.set(key3(layer, unit, code), { sheet: loc.sheet.name, row, column });
      const v = rd.layerValue(value, rd.ref(loc.sheet, row, column), type === "yesno", { unit, criterion: code, layer }, "SCORE_INVALID");
      if (v !== undefined) (values[unit] ??= dict())[code] = v;
    });
  }
}

function readDeclared(rd: Reader, doc: Json, tierIds: Set<string>, labelToId: Map<string, string>): void {
  const summary = rd.book.region(NAMES.summary);
  const ranks = rd.book.region(NAMES.ranks);
  const awards = rd.book.region(NAMES.awardsProposed);
  if (!summary) return;
  const cols = rd.keyedColumns(summary);
  const idColumn = cols.get("id") ?? summary.range.column1;
  const rankColumn = ranks && ranks.sheet === summary.sheet ? ranks.range.column1 : cols.get("rank");
  const awardColumn = awards && awards.sheet === summary.sheet ? awards.range.column1 : cols.get("award");
  if (rankColumn === undefined) return;
  const declaredRanks = dict<number>();
  const declaredAwards = dict<string | null>();
  let computed = false;
  let awardErrors = false;
  const khoiMode = rd.book.metaValue("formulas") === "khoi";
  const first = ranks && ranks.sheet === summary.sheet ? ranks.range.row1 : summary.range.row1 + 2;
  const last = ranks && ranks.sheet === summary.sheet ? ranks.range.row2 : summary.range.row2;
  for (let r = first; r <= last; r++) {
    const id = text(rd.book.value(summary.sheet, r, idColumn));
    if (id === null) continue;
    const rankCell = rd.ref(summary.sheet, r, rankColumn);
    rd.index.rank.set(id, rankCell);
    const rank = rd.book.value(summary.sheet, r, rankColumn);
    if (typeof rank === "number") { declaredRanks[id] = rank; computed = true; }
    else if (isCellError(rank)) {
      computed = true;
      rd.finding("RANK_MISMATCH", "error", rankCell, `ô xếp hạng của đơn vị ${id} báo lỗi ${rank.error}.`, `the rank cell of unit ${id} shows the error ${rank.error}.`, { unit: id });
    } else if (typeof rank === "string") {
      const n = rd.number(rank, rankCell, "RANK_MISMATCH");
      if (n !== undefined) { declaredRanks[id] = n; computed = true; }
    }
    if (awardColumn !== undefined) {
      const awardCell = rd.ref(summary.sheet, r, awardColumn);
      rd.index.award.set(id, awardCell);
      const award = rd.book.value(summary.sheet, r, awardColumn);
      const t = text(award);
      if (isCellError(award)) {
        awardErrors = true;
        // KHOI.AWARD shows a tie at an award boundary as an error (the engine reports that tie itself);
        // in a native workbook an error there is a broken cell.
        if (!khoiMode) rd.finding("AWARD_MISMATCH", "error", awardCell, `ô khen thưởng của đơn vị ${id} báo lỗi ${award.error}.`, `the award cell of unit ${id} shows the error ${award.error}.`, { unit: id });
      } else {
        declaredAwards[id] = t === null ? null : tierIds.has(t) ? t : labelToId.get(folded(t)) ?? t;
      }
    }
  }
  // A workbook never recalculated (no cached results) declares nothing.
  if (!computed) return;
  const declared: Json = { ranks: declaredRanks };
  // An award column with an error cannot say what it declares for that unit, so awards are not compared at all.
  if (awardColumn !== undefined && !awardErrors) declared.awards = declaredAwards;
  doc.declared = declared;
}

function makeLocate(rd: Reader, doc: Json): (f: Finding) => CellRef | undefined {
  const idx = rd.index;
  const layers = (doc.scores ?? {}) as Record<string, Record<string, Json>>;
  const scoreCell = (layer: LayerName, unit: string, code: string): CellRef | undefined => {
    const at = idx.scores.get(key3(layer, unit, code));
    return at ? { sheet: at.sheet, address: rd.book.address(at.row, at.column) } : undefined;
  };
  const effectiveLayer = (unit: string, code: string): LayerName => {
    for (const layer of ["final", "appraised", "self"] as const) if (layers[layer]?.[unit]?.[code] !== undefined) return layer;
    return "self";
  };
  const pathIndex = (path: string | undefined, prefix: string): number | undefined => {
    const m = path ? new RegExp(`^${prefix.replace(/[.[\]]/g, "\\$&")}\\[(\\d+)\\]`).exec(path) : null;
    return m ? Number(m[1]) : undefined;
  };
  return (f: Finding): CellRef | undefined => {
    if (f.cell) return f.cell;
    if (f.path !== undefined && idx.paths.has(f.path)) return idx.paths.get(f.path);
    const unit = f.unit ?? f.units?.[0];
    const code = f.criterion;
    switch (f.code) {
      case "SCORE_MISSING":
      case "SCORE_INVALID":
      case "SCORE_OUT_OF_RANGE":
        if (unit && code) return scoreCell(f.layer ?? effectiveLayer(unit, code), unit, code);
        break;
      case "LAYER_DIVERGENCE":
        if (unit && code) return scoreCell(f.layer ?? "appraised", unit, code);
        break;
      case "TARGET_MISSING": {
        if (!unit || !code) break;
        const at = idx.targets.get(key2(unit, code));
        if (at) return { sheet: at.sheet, address: rd.book.address(at.row, at.column) };
        return scoreCell(effectiveLayer(unit, code), unit, code);
      }
      case "RANK_MISMATCH":
      case "TIE_UNRESOLVED":
        return unit ? idx.rank.get(unit) : undefined;
      case "AWARD_MISMATCH":
      case "AWARD_INELIGIBLE":
      case "AWARD_QUOTA_EXCEEDED":
      case "TIE_AT_AWARD_BOUNDARY":
        return unit ? idx.award.get(unit) ?? idx.rank.get(unit) : undefined;
      case "VOTE_QUORUM_NOT_MET":
        return idx.present ?? idx.members;
      case "VOTE_THRESHOLD_NOT_MET": {
        if (!unit) break;
        for (const [k, cell] of idx.yes) if (k.endsWith(`\u0000${unit}`)) return cell;
        return idx.award.get(unit);
      }
      case "UNIT_DUPLICATE":
      case "UNIT_LEGACY_ENCODING":
      case "UNIT_UNKNOWN": {
        const i = pathIndex(f.path, "units");
        if (i !== undefined && idx.unitByIndex[i]) return idx.unitByIndex[i];
        if (unit && idx.unitRow.has(unit)) return idx.unitRow.get(unit);
        if (code) return idx.criterion.get(code);
        break;
      }
      case "CRITERIA_INVALID":
      case "CRITERIA_DUPLICATE_CODE":
      case "CRITERION_UNKNOWN":
        return code ? idx.criterion.get(code) : undefined;
      case "WEIGHTS_INVALID":
        return idx.weight.values().next().value;
      case "CRITERIA_MAX_SUM_MISMATCH":
        return idx.rules.get("scale");
      case "RULES_INVALID": {
        const i = pathIndex(f.path, "rules.awards");
        if (i !== undefined) {
          // rules.awards[0].count points at that tier's count cell; a problem of the whole tier at its id.
          const key = f.path ? /^rules\.awards\[\d+\]\.(\w+)/.exec(f.path)?.[1] : undefined;
          return (key !== undefined ? idx.tierCells[i]?.get(key) : undefined) ?? idx.tierRow[i];
        }
        const m = f.path ? /^rules\.(?:vote\.)?(\w+)/.exec(f.path) : null;
        return m ? idx.rules.get(m[1]) : undefined;
      }
      case "FORMAT_INVALID": {
        const m = f.path ? /^block\.(\w+)/.exec(f.path) : null;
        if (m) return idx.info.get(m[1]);
        const i = pathIndex(f.path, "units");
        return i !== undefined ? idx.unitByIndex[i] : undefined;
      }
      default:
        break;
    }
    return undefined;
  };
}

/** Reads a block workbook from its cell grids (values as computed, formulas optional). */
export function readLayout(grids: SheetGrids): LayoutReading {
  const book = new TrackedBook(grids);
  const rd = new Reader(book);
  if (!book.region(NAMES.units) || !book.region(NAMES.criteria)) {
    const message = "Sổ này không phải sổ chấm điểm của Khối: không tìm thấy danh sách đơn vị và bảng tiêu chí.";
    const messageEn = "This is not a Khối scoring workbook: no unit list and criteria table were found.";
    return { doc: null, findings: [{ code: "FORMAT_INVALID", severity: "error", message, messageEn }], locate: () => undefined };
  }
  const doc: Json = { format: "khoi-block/1" };
  readInfo(rd, doc);
  readLeaders(rd, doc.block as Json);
  readRules(rd, doc);
  const unitIds = new Set(readUnits(rd, doc));
  const leafTypes = readCriteria(rd, doc);
  readTargets(rd, doc, unitIds, leafTypes);
  readScores(rd, doc, unitIds, leafTypes);
  readVotes(rd, doc, unitIds);
  const tiers = ((doc.rules as Json).awards as Json[]) ?? [];
  const labelToId = new Map<string, string>();
  for (const tier of tiers) if (typeof tier.label === "string") labelToId.set(folded(tier.label), tier.id as string);
  readDeclared(rd, doc, new Set(tiers.map((t) => t.id as string)), labelToId);
  // Then what the reader never looked at, and what overwrote Khối's own cells.
  auditLayout(book, doc, (code, severity, cell, message, messageEn, extra) => rd.finding(code, severity, cell, message, messageEn, extra));
  const { paths, values } = rd.index;
  return {
    doc, findings: rd.findings, locate: makeLocate(rd, doc), stray: strayEntries(book),
    cellOf: (path) => paths.get(path), valueOf: (path) => values.get(path) ?? null,
  };
}
