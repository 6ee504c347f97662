// Where the scoring stands, for the Chấm điểm page: per unit and layer how many criteria are filled and which are
// missing (each with its cell), the unit's form sent and returned (from Nhật ký), and where self and appraised
// scores differ by more than the block's tolerance (the engine's LAYER_DIVERGENCE, pointed at its cell). Pure.
import { evaluate } from "../core/evaluate";
import { parseBlock } from "../core/parse";
import { LAYERS_IN_ORDER, type CellRef, type Finding, type LayerName } from "../core/types";
import type { BlockReading } from "../workbook/host";
import { criterionRows } from "../workbook/tree";
import type { FormEvent } from "./events";

export interface MissingScore {
  criterion: string;
  name: string;
  cell?: CellRef;
}

export interface LayerStatus {
  layer: LayerName;
  filled: number;
  total: number;
  missing: MissingScore[];
}

export interface Divergence {
  criterion: string;
  message: string;
  messageEn: string;
  cell?: CellRef;
}

export interface UnitScoring {
  id: string;
  name: string;
  layers: LayerStatus[];
  /** Time of the last form sent / returned, as Nhật ký records it. */
  sent?: string;
  returned?: string;
  divergences: Divergence[];
}

export interface ScoringStatus {
  units: UnitScoring[];
  /** Criteria a unit scores (valid leaves). */
  criteria: number;
  /** The block's tolerance between self and appraised scores. */
  tolerance: number;
}

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The scoring status of a block read from a workbook, or null when it holds no usable block. */
export function scoringStatus(reading: Pick<BlockReading, "doc" | "locate">, events: readonly FormEvent[] = []): ScoringStatus | null {
  if (reading.doc === null || reading.doc === undefined) return null;
  const { block } = parseBlock(reading.doc);
  if (!block) return null;
  const leaves = criterionRows(block.criteria).flatMap((r) => (r.leaf && !r.leaf.invalid ? [r.leaf] : []));
  const divergences = evaluate(reading.doc).findings.filter((f) => f.code === "LAYER_DIVERGENCE");
  const at = (f: Finding): CellRef | undefined => f.cell ?? reading.locate(f);
  const units = block.units.map((unit): UnitScoring => {
    const layers = LAYERS_IN_ORDER.map((layer): LayerStatus => {
      const values = block.scores[layer]?.[unit.id] ?? {};
      const missing = leaves
        .filter((leaf) => blank(values[leaf.code]))
        .map((leaf) => ({
          criterion: leaf.code,
          name: leaf.name,
          cell: reading.locate({ code: "SCORE_MISSING", severity: "info", unit: unit.id, criterion: leaf.code, layer, message: "", messageEn: "" }),
        }));
      return { layer, filled: leaves.length - missing.length, total: leaves.length, missing };
    });
    const status: UnitScoring = {
      id: unit.id, name: unit.name, layers,
      divergences: divergences.filter((f) => f.unit === unit.id).map((f) => ({ criterion: f.criterion ?? "", message: f.message, messageEn: f.messageEn, cell: at(f) })),
    };
    for (const e of events) {
      if (e.unit !== unit.id) continue;
      if (e.kind === "sent") status.sent = e.time;
      else status.returned = e.time;
    }
    return status;
  });
  return { units, criteria: leaves.length, tolerance: block.rules.layerDivergence };
}
