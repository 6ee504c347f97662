// One block file's reading → the small summary the province keeps (the document itself is dropped right after),
// validated by the same validateReading as `khoi evaluate` and the pane's Kiểm tra page.
import { parseBlock } from "../core/parse";
import { toUnicodeText, nameKey } from "../core/text";
import type { CellRef, Finding, FindingCode } from "../core/types";
import { blockId } from "../workbook/fingerprint";
import { validateReading, type ValidationInput } from "../workbook/validate";
import type { BlockFileSummary, ProvinceFile, SealState, TierSummary, UnitSummary } from "./types";

/** How units are matched across blocks: legacy encodings repaired, then NFC, spacing and case folded. */
export function unitKey(name: string): string {
  return nameKey(toUnicodeText(name));
}

/** The flag tier of a block: the tier whose id is "flag", else the first tier. */
export function flagTierOf(tiers: readonly { id: string }[]): string | null {
  return tiers.find((t) => t.id === "flag")?.id ?? tiers[0]?.id ?? null;
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** A cell of the workbook through the reader's locator (a probe finding of the kind whose cell we want). */
function cellOf(reading: ValidationInput, code: FindingCode, extra: Partial<Finding>): CellRef | undefined {
  return reading.locate?.({ code, severity: "info", message: "", messageEn: "", ...extra });
}

/** `seal`: what verifying the file's seal said (the reader of the file knows; a block file has none). */
export function summarizeReading(file: ProvinceFile, reading: ValidationInput, seal: SealState = "unknown"): BlockFileSummary {
  const result = validateReading(reading);
  const doc = asObject(reading.doc);
  const { block } = parseBlock(reading.doc);
  const info = asObject(doc.block);
  const name = block?.block.name ?? (typeof info.name === "string" ? info.name : "");
  const year = block?.block.year ?? (typeof info.year === "number" ? info.year : NaN);
  const tiers: TierSummary[] = (block?.rules.awards ?? []).map((t) => ({ id: t.id, label: t.label?.trim() ? t.label : t.id, count: t.count }));
  const tierIds = new Set(tiers.map((t) => t.id));
  const declared = block?.declared?.awards;
  const yes = block?.votes?.yes;
  const names = new Map((block?.units ?? []).map((u) => [u.id, u.name]));
  const units: UnitSummary[] = result.units.map((u) => {
    const own = declared ? declared[u.id] ?? null : u.award;
    const award = own !== null && tierIds.has(own) ? own : null;
    const ballots = award ? yes?.[award]?.[u.id] : undefined;
    return {
      id: u.id, name: u.name, key: unitKey(u.name), total: u.total, rank: u.rank, award,
      yes: typeof ballots === "number" ? ballots : null,
      nameCell: cellOf(reading, "UNIT_DUPLICATE", { unit: u.id }),
      awardCell: cellOf(reading, "AWARD_MISMATCH", { unit: u.id }),
    };
  });
  const leaderId = block?.block.leader;
  return {
    file,
    blockId: block ? blockId(block) : `file:${file.name}`,
    name,
    year: Number.isInteger(year) ? year : null,
    scale: block?.rules.scale ?? 100,
    leader: leaderId ? { id: leaderId, name: names.get(leaderId) ?? leaderId } : null,
    seal,
    units,
    tiers,
    flagTier: flagTierOf(tiers),
    present: block?.votes?.present ?? null,
    members: block?.votes?.members ?? null,
    findings: result.findings,
    nameCell: cellOf(reading, "FORMAT_INVALID", { path: "block.name" }),
    yearCell: cellOf(reading, "FORMAT_INVALID", { path: "block.year" }),
  };
}
