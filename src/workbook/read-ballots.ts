// Reading Bình xét and the leadership from a block workbook: the counts, the yes votes per tier, the exemplary
// categories and nominees, and the leaders and deputies by year. Every cell read is indexed by its document path,
// so findings point at it and the Bình xét page writes to it.
import { dict } from "../core/dict";
import type { CellRef } from "../core/types";
import type { Located } from "./grid";
import { NAMES } from "./model";
import { folded, key2, text, type Json, type Reader } from "./reader";

/** Rows of a keyed table (header, hidden key row, then rows) with a getter per key and the cell of each key.
 *  Every row's cells, empty or not, are indexed as `${slots}[i].${key}`: the Bình xét page writes whole tables. */
function tableRows(rd: Reader, loc: Located, slots: string): { row: number; at(k: string): ReturnType<Reader["book"]["value"]>; cell(k: string): CellRef }[] {
  const cols = rd.keyedColumns(loc);
  const rows = [];
  for (let r = loc.range.row1 + 2; r <= loc.range.row2; r++) {
    const i = rows.length;
    for (const [k, c] of cols) {
      rd.index.paths.set(`${slots}[${i}].${k}`, rd.ref(loc.sheet, r, c));
      rd.index.values.set(`${slots}[${i}].${k}`, rd.book.value(loc.sheet, r, c));
    }
    rows.push({
      row: r,
      at: (k: string) => (cols.has(k) ? rd.book.value(loc.sheet, r, cols.get(k)!) : null),
      cell: (k: string) => rd.ref(loc.sheet, r, cols.get(k) ?? loc.range.column1),
    });
  }
  return rows;
}

export function readVotes(rd: Reader, doc: Json, unitIds: Set<string>): void {
  const votes: Json = {};
  const head = rd.book.region(NAMES.votes);
  if (head) {
    for (const [k, { value, cell }] of rd.keyValueRows(head)) {
      if (!["members", "present", "issued", "returned", "valid"].includes(k)) continue;
      if (k === "members" || k === "present") rd.index[k] = cell;
      rd.index.paths.set(`votes.${k}`, cell);
      rd.index.values.set(`votes.${k}`, value);
      // The engine refuses a whole document over one bad count, so unusable text is reported here and left out.
      const n = value === null ? undefined : rd.number(value, cell, "FORMAT_INVALID");
      if (n !== undefined) votes[k] = n;
    }
  }
  const ballots = rd.book.region(NAMES.ballots);
  if (ballots) {
    const cols = rd.keyedColumns(ballots);
    const yes = dict<Record<string, number>>();
    for (let r = ballots.range.row1 + 2; r <= ballots.range.row2; r++) {
      const id = text(rd.book.value(ballots.sheet, r, cols.get("id") ?? ballots.range.column1));
      if (id === null || !unitIds.has(id)) continue;
      for (const [k, c] of cols) {
        if (!k.startsWith("yes:")) continue;
        const tier = k.slice(4);
        const cell = rd.ref(ballots.sheet, r, c);
        rd.index.yes.set(key2(tier, id), cell);
        rd.index.paths.set(`votes.yes.${tier}.${id}`, cell);
        const value = rd.book.value(ballots.sheet, r, c);
        rd.index.values.set(`votes.yes.${tier}.${id}`, value);
        const n = value === null ? undefined : rd.number(value, cell, "FORMAT_INVALID");
        if (n !== undefined) (yes[tier] ??= dict())[id] = n;
      }
    }
    if (Object.keys(yes).length > 0) votes.yes = yes;
  }
  const exemplary = readExemplary(rd);
  if (exemplary.length > 0) votes.exemplary = exemplary;
  if (Object.keys(votes).length > 0) doc.votes = votes;
}

/** Categories (id, label, places, share) and the nominees under them, matched by category id ignoring case as MATCH does. */
function readExemplary(rd: Reader): Json[] {
  const categories: Json[] = [];
  const byId = new Map<string, Json>();
  const catLoc = rd.book.region(NAMES.exemplary);
  if (catLoc) {
    for (const row of tableRows(rd, catLoc, "slots.categories")) {
      const id = text(row.at("id"));
      if (id === null) continue;
      const i = categories.length;
      rd.index.paths.set(`votes.exemplary[${i}]`, row.cell("id"));
      rd.index.paths.set(`votes.exemplary[${i}].places`, row.cell("places"));
      const places = rd.number(row.at("places"), row.cell("places"), "FORMAT_INVALID");
      const category: Json = { id, places: places ?? 0, nominees: [] };
      const label = text(row.at("label"));
      if (label !== null) category.label = label;
      const share = row.at("minVoteShare") === null ? undefined : rd.number(row.at("minVoteShare"), row.cell("minVoteShare"), "RULES_INVALID");
      if (share !== undefined) category.minVoteShare = share;
      if (byId.has(folded(id))) {
        rd.finding("FORMAT_INVALID", "error", row.cell("id"), `mã danh hiệu «${id}» đã có ở dòng trên; mỗi danh hiệu một mã.`, `category id “${id}” is already used above; give each category its own id.`);
        continue;
      }
      byId.set(folded(id), category);
      categories.push(category);
    }
  }
  const nomLoc = rd.book.region(NAMES.nominees);
  if (nomLoc) {
    for (const row of tableRows(rd, nomLoc, "slots.nominees")) {
      const name = text(row.at("name"));
      const catId = text(row.at("category"));
      if (name === null) continue;
      const category = catId === null ? undefined : byId.get(folded(catId));
      if (!category) {
        rd.finding("FORMAT_INVALID", "error", row.cell("category"), catId === null
          ? `«${name}» chưa có mã danh hiệu suy tôn; nhập mã của một danh hiệu ở bảng trên.`
          : `không có danh hiệu suy tôn mã «${catId}»; nhập mã của một danh hiệu ở bảng trên.`, catId === null
          ? `“${name}” has no category id; enter the id of a category above.`
          : `there is no exemplary category “${catId}”; enter the id of a category above.`);
        continue;
      }
      const nominees = category.nominees as Json[];
      const path = `votes.exemplary[${categories.indexOf(category)}].nominees[${nominees.length}]`;
      rd.index.paths.set(path, row.cell("name"));
      rd.index.paths.set(`${path}.yes`, row.cell("yes"));
      rd.index.paths.set(`${path}.unit`, row.cell("unit"));
      const nominee: Json = { name };
      const unit = text(row.at("unit"));
      if (unit !== null) nominee.unit = unit;
      const yes = row.at("yes") === null ? undefined : rd.number(row.at("yes"), row.cell("yes"), "FORMAT_INVALID");
      if (yes !== undefined) nominee.yes = yes;
      nominees.push(nominee);
    }
  }
  return categories;
}

/** Leaders and deputies by year (names as typed), into `block.history`. */
export function readLeaders(rd: Reader, block: Json): void {
  const loc = rd.book.region(NAMES.leaders);
  if (!loc) return;
  const history: Json[] = [];
  for (const row of tableRows(rd, loc, "slots.leaders")) {
    if (row.at("year") === null && row.at("leader") === null && row.at("deputy") === null) continue;
    const year = rd.number(row.at("year"), row.cell("year"), "FORMAT_INVALID");
    if (year === undefined) {
      rd.finding("FORMAT_INVALID", "error", row.cell("year"), "dòng trưởng khối, phó trưởng khối chưa có năm.", "this leaders row has no year.");
      continue;
    }
    const i = history.length;
    for (const k of ["year", "leader", "deputy"]) rd.index.paths.set(`block.history[${i}].${k}`, row.cell(k));
    const term: Json = { year };
    const leader = text(row.at("leader"));
    const deputy = text(row.at("deputy"));
    if (leader !== null) term.leader = leader;
    if (deputy !== null) term.deputy = deputy;
    history.push(term);
  }
  if (history.length > 0) block.history = history;
}
