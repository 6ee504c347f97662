// The Bình xét sheet: members, present, whether the quorum is met, and per unit the yes votes for each award tier
// (with the share for vote-gated tiers).
import { cellAddress, rangeAddress } from "../a1";
import { definedName, SheetBuilder, STYLE, type Context } from "../context";
import { NAMES, type CellValue, type DefinedName, type LayoutCell, type SheetLayout } from "../model";
import * as native from "../native";

export const VOTE_KEYS = ["members", "present", "quorumMet"] as const;

export function buildVotesSheet(ctx: Context): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, units, tiers } = ctx;
  const n = units.length;
  const v = ctx.pos.votes;
  const votes = ctx.block.votes;
  const b = new SheetBuilder("votes", ctx.sheetName.votes);
  const gated = tiers.map((tier, k) => ({ tier, k })).filter((x) => typeof x.tier.minVoteShare === "number");
  const lastColumn = Math.max(v.shareColumn + gated.length - 1, v.yesColumn + Math.max(tiers.length, 1) - 1, 2);
  const widths: { width: number; hidden?: boolean }[] = [{ width: 4, hidden: true }, { width: 12 }, { width: 40 }];
  for (let c = 3; c <= lastColumn; c++) widths.push({ width: 14 });
  b.columns(widths);
  b.region("votes.title", 0, 0, [[t.title.votes]], "title", { style: STYLE.title });
  b.merge(0, 1, 0, Math.max(lastColumn, 4));
  b.region("votes.note", 1, 1, [[t.notes.votes]], "text", { style: STYLE.note });
  b.merge(1, 1, 1, Math.max(lastColumn, 4));

  // Members and present are inputs; the quorum cell is computed.
  const membersRow = 3;
  b.region("votes.keys", membersRow, 0, VOTE_KEYS.map((k) => [k, t.votes[k === "quorumMet" ? "quorum" : k]]), "key", { style: STYLE.label });
  b.region("votes.counts", membersRow, 2, [[votes?.members ?? null], [votes?.present ?? null]], "input", { style: STYLE.input });
  b.region("votes.quorumMet", membersRow + 2, 2, [[{
    formula: native.quorumFormula(cellAddress(membersRow, 2), cellAddress(membersRow + 1, 2), ctx.pos.block.quorum),
  }]], "computed", { style: STYLE.computed });
  b.validation({ ranges: [rangeAddress(membersRow, 2, membersRow + 1, 2)], kind: "whole", min: 0, errorTitle: t.validation.title, error: t.validation.whole });

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
  b.sheet.frozen = { rows: v.firstRow, columns: 3 };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true };
  return {
    sheet: b.sheet,
    names: [
      definedName(NAMES.votes, "votes", membersRow, 0, membersRow + VOTE_KEYS.length - 1, 2),
      definedName(NAMES.ballots, "votes", v.headerRow, 1, last, lastColumn),
    ],
  };
}
