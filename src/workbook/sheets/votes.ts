// The Bình xét sheet: members, present, whether the quorum is met, the ballots issued, returned and valid; per unit
// the yes votes for each award tier (with the share for vote-gated tiers); and the exemplary categories with their
// nominees, votes and result (docs/engine.md §Bình xét).
import { cellAddress, rangeAddress } from "../a1";
import { definedName, SheetBuilder, STYLE, type Context } from "../context";
import { NAMES, type CellValue, type DefinedName, type LayoutCell, type SheetLayout } from "../model";
import * as native from "../native";

/** Key/value rows of the counts, in order; quorumMet is computed, the others are typed. */
export const VOTE_KEYS = ["members", "present", "quorumMet", "issued", "returned", "valid"] as const;
export const CATEGORY_KEYS = ["id", "label", "places", "minVoteShare"] as const;
export const NOMINEE_KEYS = ["category", "name", "unit", "yes", "share", "chosen"] as const;

export function buildVotesSheet(ctx: Context): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, units, tiers } = ctx;
  const n = units.length;
  const v = ctx.pos.votes;
  const votes = ctx.block.votes;
  const b = new SheetBuilder("votes", ctx.sheetName.votes);
  const gated = tiers.map((tier, k) => ({ tier, k })).filter((x) => typeof x.tier.minVoteShare === "number");
  const lastColumn = Math.max(v.shareColumn + gated.length - 1, v.yesColumn + Math.max(tiers.length, 1) - 1, 1 + NOMINEE_KEYS.length - 1);
  const widths: { width: number; hidden?: boolean }[] = [{ width: 4, hidden: true }, { width: 12 }, { width: 40 }];
  for (let c = 3; c <= lastColumn; c++) widths.push({ width: 14 });
  b.columns(widths);
  b.region("votes.title", 0, 0, [[t.title.votes]], "title", { style: STYLE.title });
  b.merge(0, 1, 0, Math.max(lastColumn, 4));
  b.region("votes.note", 1, 1, [[t.notes.votes]], "text", { style: STYLE.note });
  b.merge(1, 1, 1, Math.max(lastColumn, 4));

  // Members, present and the ballot counts are inputs; the quorum cell is computed.
  const membersRow = v.countsRow;
  b.region("votes.keys", membersRow, 0, VOTE_KEYS.map((k) => [k, t.votes[k === "quorumMet" ? "quorum" : k]]), "key", { style: STYLE.label });
  b.region("votes.counts", membersRow, 2, [[votes?.members ?? null], [votes?.present ?? null]], "input", { style: STYLE.input });
  b.region("votes.quorumMet", membersRow + 2, 2, [[{
    formula: native.quorumFormula(cellAddress(membersRow, 2), cellAddress(membersRow + 1, 2), ctx.pos.block.quorum),
  }]], "computed", { style: STYLE.computed });
  b.region("votes.ballotCounts", membersRow + 3, 2, [[votes?.issued ?? null], [votes?.returned ?? null], [votes?.valid ?? null]], "input", { style: STYLE.input });
  b.validation({ ranges: [rangeAddress(membersRow, 2, membersRow + 1, 2), rangeAddress(membersRow + 3, 2, membersRow + 5, 2)], kind: "whole", min: 0, errorTitle: t.validation.title, error: t.validation.whole });

  // Ballots per unit and tier.
  const header: CellValue[] = new Array(lastColumn + 1).fill(null);
  const keys: CellValue[] = new Array(lastColumn + 1).fill(null);
  header[1] = t.unitsHeader.id; keys[1] = "id";
  header[2] = t.unitsHeader.name; keys[2] = "name";
  tiers.forEach((tier, k) => { header[v.yesColumn + k] = `${t.votes.yes} – ${tier.label ?? tier.id}`; keys[v.yesColumn + k] = `yes:${tier.id}`; });
  gated.forEach((g, s) => { header[v.shareColumn + s] = `${t.votes.share} – ${g.tier.label ?? g.tier.id}`; keys[v.shareColumn + s] = `share:${g.tier.id}`; });
  b.region("votes.header", v.headerRow, 1, [header.slice(1)], "header", { style: STYLE.header });
  b.region("votes.ballotKeys", v.headerRow + 1, 1, [keys.slice(1)], "key", { style: STYLE.key });
  b.row(v.headerRow, { height: 45 }).row(v.headerRow + 1, { hidden: true });

  const last = v.firstRow + Math.max(n, 1) - 1;
  if (n > 0) {
    b.region("votes.units", v.firstRow, 1, units.map((u) => [u.id, u.name]), "computed", { style: STYLE.computed });
    if (tiers.length > 0) {
      const yes = units.map((u) => tiers.map((tier) => {
        const count = votes?.yes?.[tier.id]?.[u.id];
        return typeof count === "number" ? count : null;
      }));
      b.region("votes.yes", v.firstRow, v.yesColumn, yes, "input", { style: STYLE.input });
      b.validation({ ranges: [rangeAddress(v.firstRow, v.yesColumn, last, v.yesColumn + tiers.length - 1)], kind: "whole", min: 0, errorTitle: t.validation.title, error: t.validation.whole });
    }
    if (gated.length > 0) {
      const denominator = ctx.block.rules.vote.denominator === "members" ? cellAddress(membersRow, 2, true) : cellAddress(membersRow + 1, 2, true);
      const shares: LayoutCell[][] = units.map((_, i) => gated.map((g) => {
        const yesCell = cellAddress(v.firstRow + i, v.yesColumn + g.k);
        return { formula: `IF(N(${denominator})>0,N(${yesCell})/N(${denominator}),"")` };
      }));
      b.region("votes.shares", v.firstRow, v.shareColumn, shares, "computed", { style: STYLE.computed, numberFormat: "0.0%" });
    }
  }
  const exemplary = buildExemplary(ctx, b);
  b.sheet.frozen = { rows: v.firstRow, columns: 3 };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true };
  return {
    sheet: b.sheet,
    names: [
      definedName(NAMES.votes, "votes", membersRow, 0, membersRow + VOTE_KEYS.length - 1, 2),
      definedName(NAMES.ballots, "votes", v.headerRow, 1, last, lastColumn),
      ...exemplary,
    ],
  };
}

/** A header, its hidden key row, then the rows: the shape every keyed table of a block workbook has. */
function tableHead(b: SheetBuilder, id: string, row: number, header: string[], keys: readonly string[]): void {
  b.region(`${id}.header`, row, 1, [header], "header", { style: STYLE.header });
  b.region(`${id}.keys`, row + 1, 1, [[...keys]], "key", { style: STYLE.key });
  b.row(row, { height: 30 }).row(row + 1, { hidden: true });
}

/** Exemplary categories and nominees. A nominee is chosen when the quorum is met, it has a yes vote, its share
 *  reaches the category's minimum (if set) and the nominees of its category with at least its votes are no more
 *  than the places — the engine's walk by votes, where a tie at the last place takes none. */
function buildExemplary(ctx: Context, b: SheetBuilder): DefinedName[] {
  const { t } = ctx;
  const v = ctx.pos.votes;
  const categories = ctx.block.votes?.exemplary ?? [];
  b.region("votes.exemplary.title", v.exemplaryTitleRow, 1, [[t.votes.exemplary]], "text", { style: { bold: true } });

  const catHead = v.categoryHeaderRow;
  const cat1 = catHead + 2;
  const catN = cat1 + v.categorySlots - 1;
  b.region("votes.categories.caption", catHead - 1, 1, [[t.votes.categories]], "text", { style: STYLE.note });
  tableHead(b, "votes.categories", catHead, CATEGORY_KEYS.map((k) => t.categoriesHeader[k]), CATEGORY_KEYS);
  const catCells: CellValue[][] = Array.from({ length: v.categorySlots }, (_, i) => {
    const c = categories[i];
    return c ? [c.id, c.label ?? null, c.places, c.minVoteShare ?? null] : [null, null, null, null];
  });
  b.region("votes.categories", cat1, 1, catCells, "input", { style: STYLE.input, columnFormats: [null, null, "0", "0.00%"] });
  b.validation({ ranges: [rangeAddress(cat1, 3, catN, 3)], kind: "whole", min: 0, errorTitle: t.validation.title, error: t.validation.whole });
  b.validation({ ranges: [rangeAddress(cat1, 4, catN, 4)], kind: "decimal", min: 0, max: 1, errorTitle: t.validation.title, error: t.validation.share });

  const nomHead = v.nomineeHeaderRow;
  const nom1 = nomHead + 2;
  const nomN = nom1 + v.nomineeSlots - 1;
  b.region("votes.nominees.caption", nomHead - 1, 1, [[t.votes.nominees]], "text", { style: STYLE.note });
  tableHead(b, "votes.nominees", nomHead, NOMINEE_KEYS.map((k) => t.nomineesHeader[k]), NOMINEE_KEYS);
  const nominees = categories.flatMap((c) => c.nominees.map((n) => [c.id, n.name, n.unit ?? null, typeof n.yes === "number" ? n.yes : null] as CellValue[]));
  const typed: CellValue[][] = Array.from({ length: v.nomineeSlots }, (_, i) => nominees[i] ?? [null, null, null, null]);
  b.region("votes.nominees", nom1, 1, typed, "input", { style: STYLE.input });
  b.validation({ ranges: [rangeAddress(nom1, 4, nomN, 4)], kind: "whole", min: 0, errorTitle: t.validation.title, error: t.validation.whole });

  const denominator = ctx.block.rules.vote.denominator === "members" ? ctx.pos.votes.members.split("!")[1] : ctx.pos.votes.present.split("!")[1];
  const abs = (c: number): string => rangeAddress(cat1, c, catN, c, true);
  const nomAbs = (c: number): string => rangeAddress(nom1, c, nomN, c, true);
  const quorum = ctx.pos.votes.quorumMet.split("!")[1];
  const strict = ctx.block.rules.vote.strict === true;
  const computed: LayoutCell[][] = Array.from({ length: v.nomineeSlots }, (_, i) => {
    const r = nom1 + i;
    const [cat, name, yes] = [cellAddress(r, 1), cellAddress(r, 2), cellAddress(r, 4)];
    const match = `MATCH(${cat},${abs(1)},0)`;
    const threshold = `INDEX(${abs(4)},${match})`;
    const passes = `IFERROR(IF(ISNUMBER(${threshold}),${native.voteCondition(yes, denominator, threshold, strict)},TRUE),FALSE)`;
    const places = `IFERROR(INDEX(${abs(3)},${match}),0)`;
    const within = `COUNTIFS(${nomAbs(1)},${cat},${nomAbs(2)},"<>",${nomAbs(4)},">="&N(${yes}))<=N(${places})`;
    return [
      { formula: `IF(OR(${name}="",N(${denominator})<=0),"",N(${yes})/N(${denominator}))` },
      { formula: `IF(OR(${cat}="",${name}=""),"",IF(AND(N(${quorum})=1,N(${yes})>0,${passes},${within}),"${t.votes.chosen}",""))` },
    ];
  });
  b.region("votes.nominees.result", nom1, 5, computed, "computed", { style: STYLE.computed, columnFormats: ["0.0%", null] });
  return [
    definedName(NAMES.exemplary, "votes", catHead, 1, catN, 4),
    definedName(NAMES.nominees, "votes", nomHead, 1, nomN, 6),
  ];
}
