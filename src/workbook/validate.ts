// Validates a block read from a workbook: the reader's findings (cells it could not read) and the engine's, each
// pointed at its cell, without saying the same thing twice. The CLI and the task pane both validate through here.
import { evaluate } from "../core/evaluate";
import type { CellRef, EvaluationResult, Finding } from "../core/types";
import type { LayoutReading } from "./read";

/** What a reading needs for validation; a block file read from JSON has no reader findings and no cells. */
export type ValidationInput = Pick<LayoutReading, "doc" | "findings"> & Partial<Pick<LayoutReading, "locate">>;

const sameCell = (a: CellRef, b: CellRef) => a.sheet === b.sheet && a.address === b.address;

/**
 * The reader's findings first, then the engine's, each with its cell. When the reader flagged a cell and the engine
 * reports the same code at that cell, one finding stays: the engine's message, which names the unit and criterion,
 * carrying the reader's offer to fix.
 */
export function mergeFindings(reading: ValidationInput, engine: readonly Finding[]): Finding[] {
  const fromReader = reading.findings.map((f) => ({ ...f }));
  const absorbed = new Set<Finding>();
  const located = engine.map((finding) => {
    const cell = finding.cell ?? reading.locate?.(finding);
    const result: Finding = cell ? { ...finding, cell } : { ...finding };
    const twin = cell && fromReader.find((r) => r.code === finding.code && r.cell && sameCell(r.cell, cell) && !absorbed.has(r));
    if (twin) {
      absorbed.add(twin);
      if (twin.suggestion) result.suggestion = twin.suggestion;
    }
    return result;
  });
  return [...fromReader.filter((r) => !absorbed.has(r)), ...located];
}

/** The engine's result over the reading's document, with the findings merged as above. */
export function validateReading(reading: ValidationInput): EvaluationResult {
  const result = evaluate(reading.doc);
  const findings = mergeFindings(reading, result.findings);
  return { ...result, findings, ok: !findings.some((f) => f.severity === "error") };
}

/** Award id -> label, read defensively from a document that may be anything (its id when a tier has no label). */
export function awardLabels(doc: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  const awards = (doc as { rules?: { awards?: unknown } } | null)?.rules?.awards;
  if (!Array.isArray(awards)) return labels;
  for (const tier of awards as unknown[]) {
    const { id, label } = (tier ?? {}) as { id?: unknown; label?: unknown };
    if (typeof id === "string") labels.set(id, typeof label === "string" && label.trim() !== "" ? label : id);
  }
  return labels;
}
