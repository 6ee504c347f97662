// The Khối sheet: block information, rules, award tiers and member units, each a named region with stable keys.
import type { AwardTier } from "../../core/types";
import { rangeAddress } from "../a1";
import { definedName, SheetBuilder, STYLE, type Context } from "../context";
import { DENOMINATOR_LABELS, YES_NO } from "../labels";
import { NAMES, type CellValue, type DefinedName, type SheetLayout } from "../model";

export const INFO_KEYS = ["name", "year", "organizer", "leader", "deputy", "nextLeader", "nextDeputy", "note"] as const;
export const RULE_KEYS = ["scale", "tieBreak", "layerDivergence", "quorum", "denominator", "strict"] as const;
/** Id first and label last: columns B:F are the tier table KHOI.AWARD reads (name, places, minimum, titles, share). */
export const AWARD_KEYS = ["id", "count", "minScore", "requires", "minVoteShare", "label"] as const;
export const UNIT_KEYS = ["id", "name", "titles", "disqualified"] as const;
/** Leaders and deputies by year, by name (units change from year to year). */
export const LEADER_KEYS = ["year", "leader", "deputy"] as const;

/** Titles and required titles are written "A; B" in one cell. */
export const LIST_SEPARATOR = "; ";

/** A plain-language reading of a tie-break key, shown beside the rule. */
function describeTieKey(key: string, ctx: Context): string {
  const vi = ctx.lang === "vi";
  if (key === "penalty") return vi ? "ít điểm trừ hơn" : "fewer penalty points";
  if (key === "bonus") return vi ? "nhiều điểm thưởng hơn" : "more bonus points";
  if (key === "exceeded") return vi ? "vượt nhiều chỉ tiêu hơn" : "more targets exceeded";
  if (key.startsWith("group:")) return vi ? `điểm nhóm ${key.slice(6)} cao hơn` : `higher score of group ${key.slice(6)}`;
  if (key.startsWith("vote:")) {
    const tier = ctx.tiers.find((t) => t.id === key.slice(5));
    const label = tier?.label ?? key.slice(5);
    return vi ? `nhiều phiếu bầu «${label}» hơn` : `more yes votes for «${label}»`;
  }
  return key;
}

function tierRow(tier: AwardTier): CellValue[] {
  return [
    tier.id, tier.count, tier.minScore ?? null,
    tier.requires && tier.requires.length > 0 ? tier.requires.join(LIST_SEPARATOR) : null, tier.minVoteShare ?? null, tier.label ?? null,
  ];
}

export function buildBlockSheet(ctx: Context): { sheet: SheetLayout; names: DefinedName[] } {
  const { t, block, pos } = ctx;
  const b = new SheetBuilder("block", ctx.sheetName.block);
  const p = pos.block;
  b.columns([{ width: 4, hidden: true }, 34, 46, 16, 18, 20, 36]);
  b.region("block.title", 0, 1, [[t.title.block]], "title", { style: { bold: true, fontSize: 14 } });
  b.merge(0, 1, 0, 6);

  // Block information: hidden keys, labels, values (inputs).
  const info = block.block;
  b.region("block.info.section", p.infoRow - 1, 1, [[t.sections.info]], "text", { style: { bold: true } });
  b.region("block.info.keys", p.infoRow, 0, INFO_KEYS.map((k) => [k, t.info[k]]), "key");
  b.region("block.info", p.infoRow, 2, [
    [info.name], [info.year], [info.organizer ?? null], [info.leader ?? null], [info.deputy ?? null],
    [info.nextLeader ?? null], [info.nextDeputy ?? null], [info.note ?? null],
  ], "input", { style: STYLE.input });
  b.validation({ ranges: [rangeAddress(p.infoRow + 1, 2, p.infoRow + 1, 2)], kind: "whole", min: 1900, max: 2200, errorTitle: t.validation.title, error: t.validation.whole });

  // Rules: scale, layer divergence and quorum feed formulas and stay editable; the others shape the formulas
  // themselves and are changed through Khối, so they are locked.
  const r = block.rules;
  const yesNo = YES_NO[ctx.lang];
  b.region("block.rules.section", p.rulesRow - 1, 1, [[t.sections.rules]], "text", { style: { bold: true } });
  b.region("block.rules.keys", p.rulesRow, 0, RULE_KEYS.map((k) => [k, t.rules[k]]), "key");
  const ruleValues: { value: CellValue; editable: boolean; note?: string }[] = [
    { value: r.scale, editable: true },
    { value: r.tieBreak.length > 0 ? r.tieBreak.join(LIST_SEPARATOR) : null, editable: false, note: r.tieBreak.map((k) => describeTieKey(k, ctx)).join("; ") },
    { value: r.layerDivergence, editable: true },
    { value: r.vote.quorum ?? null, editable: true },
    { value: r.vote.denominator ? DENOMINATOR_LABELS[ctx.lang][r.vote.denominator] : null, editable: false },
    { value: r.vote.strict === undefined ? null : r.vote.strict ? yesNo.yes : yesNo.no, editable: false },
  ];
  ruleValues.forEach((rule, i) => {
    b.region(`block.rules.${RULE_KEYS[i]}`, p.rulesRow + i, 2, [[rule.value]], rule.editable ? "input" : "computed", {
      style: rule.editable ? STYLE.input : STYLE.computed,
    });
    if (rule.note) b.region(`block.rules.${RULE_KEYS[i]}.note`, p.rulesRow + i, 3, [[rule.note]], "text", { style: STYLE.note });
  });
  b.validation({ ranges: [rangeAddress(p.rulesRow, 2, p.rulesRow, 2)], kind: "decimal", min: 0, errorTitle: t.validation.title, error: t.validation.number.replace("{min}", "0").replace(" đến {max}", "").replace(" to {max}", "") });
  b.validation({ ranges: [rangeAddress(p.rulesRow + 2, 2, p.rulesRow + 3, 2)], kind: "decimal", min: 0, max: 1, errorTitle: t.validation.title, error: t.validation.share });

  // Award tiers, in order of precedence.
  const tiers = ctx.tiers;
  const firstTier = p.awardsHeaderRow + 2;
  b.region("block.awards.section", p.awardsHeaderRow - 1, 1, [[t.sections.awards]], "text", { style: { bold: true } });
  b.region("block.awards.header", p.awardsHeaderRow, 1, [AWARD_KEYS.map((k) => t.awardsHeader[k])], "header", { style: STYLE.header });
  b.region("block.awards.keys", p.awardsHeaderRow + 1, 1, [[...AWARD_KEYS]], "key", { style: STYLE.key });
  b.row(p.awardsHeaderRow + 1, { hidden: true });
  const tierCells = tiers.length > 0 ? tiers.map(tierRow) : [[null, null, null, null, null, null]];
  // Ids and required titles shape the formulas (locked); places, minimum, share and label stay editable.
  b.region("block.awards.ids", firstTier, 1, tierCells.map((row) => [row[0]]), "computed", { style: STYLE.computed });
  b.region("block.awards.values", firstTier, 2, tierCells.map((row) => row.slice(1, 3)), "input", { style: STYLE.input });
  b.region("block.awards.requires", firstTier, 4, tierCells.map((row) => [row[3]]), "computed", { style: STYLE.computed });
  b.region("block.awards.share", firstTier, 5, tierCells.map((row) => row.slice(4, 6)), "input", { style: STYLE.input, columnFormats: ["0.00%", null] });
  const lastTier = firstTier + tierCells.length - 1;
  b.validation({ ranges: [rangeAddress(firstTier, 2, lastTier, 2)], kind: "whole", min: 1, errorTitle: t.validation.title, error: t.validation.whole });
  b.validation({ ranges: [rangeAddress(firstTier, 5, lastTier, 5)], kind: "decimal", min: 0, max: 1, errorTitle: t.validation.title, error: t.validation.share });

  // Member units: the id is the key every other sheet matches on, so it is locked.
  const units = ctx.units;
  const firstUnit = p.unitsHeaderRow + 2;
  b.region("block.units.section", p.unitsHeaderRow - 1, 1, [[t.sections.units]], "text", { style: { bold: true } });
  b.region("block.units.header", p.unitsHeaderRow, 1, [UNIT_KEYS.map((k) => t.unitsHeader[k])], "header", { style: STYLE.header });
  b.region("block.units.keys", p.unitsHeaderRow + 1, 1, [[...UNIT_KEYS]], "key", { style: STYLE.key });
  b.row(p.unitsHeaderRow + 1, { hidden: true });
  const unitCells = units.length > 0 ? units.map((u) => [u.id, u.name, u.titles.length > 0 ? u.titles.join(LIST_SEPARATOR) : null, u.disqualified ?? null]) : [[null, null, null, null]];
  b.region("block.units.ids", firstUnit, 1, unitCells.map((row) => [row[0]]), "computed", { style: STYLE.computed });
  b.region("block.units.values", firstUnit, 2, unitCells.map((row) => row.slice(1)), "input", { style: STYLE.input });
  const lastUnit = firstUnit + unitCells.length - 1;

  // Leaders and deputies by year: next year's block file starts from this history.
  const history = [...(info.history ?? [])].sort((a, b) => a.year - b.year);
  const firstLeader = p.leadersHeaderRow + 2;
  const lastLeader = firstLeader + p.leaderSlots - 1;
  b.region("block.leaders.section", p.leadersHeaderRow - 1, 1, [[t.sections.leaders]], "text", { style: { bold: true } });
  b.region("block.leaders.header", p.leadersHeaderRow, 1, [LEADER_KEYS.map((k) => t.leadersHeader[k])], "header", { style: STYLE.header });
  b.region("block.leaders.keys", p.leadersHeaderRow + 1, 1, [[...LEADER_KEYS]], "key", { style: STYLE.key });
  b.row(p.leadersHeaderRow + 1, { hidden: true });
  const leaderCells: CellValue[][] = Array.from({ length: p.leaderSlots }, (_, i) => {
    const term = history[i];
    return term ? [term.year, term.leader ?? null, term.deputy ?? null] : [null, null, null];
  });
  b.region("block.leaders", firstLeader, 1, leaderCells, "input", { style: STYLE.input });
  b.validation({ ranges: [rangeAddress(firstLeader, 1, lastLeader, 1)], kind: "whole", min: 1900, max: 2200, errorTitle: t.validation.title, error: t.validation.whole });

  b.sheet.frozen = { rows: 1, columns: 0 };
  b.sheet.print = { orientation: "landscape", paper: "A4", fitToWidth: true };

  const names: DefinedName[] = [
    definedName(NAMES.blockInfo, "block", p.infoRow, 0, p.infoRow + INFO_KEYS.length - 1, 2),
    definedName(NAMES.rules, "block", p.rulesRow, 0, p.rulesRow + RULE_KEYS.length - 1, 2),
    definedName(NAMES.awards, "block", p.awardsHeaderRow, 1, lastTier, 6),
    definedName(NAMES.units, "block", p.unitsHeaderRow, 1, lastUnit, 4),
    definedName(NAMES.leaders, "block", p.leadersHeaderRow, 1, lastLeader, 3),
  ];
  return { sheet: b.sheet, names };
}
