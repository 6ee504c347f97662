// Validates a block read from a workbook: the reader's findings (cells it could not read) and the engine's, each
// pointed at its cell, without saying the same thing twice. The CLI and the task pane both validate through here.
import { evaluate } from "../core/evaluate";
import type { EvaluationResult, Finding } from "../core/types";
import type { LayoutReading } from "./read";

/** What a reading needs for validation; a block file read from JSON has no reader findings and no cells. */
export type ValidationInput = Pick<LayoutReading, "doc" | "findings"> & Partial<Pick<LayoutReading, "locate">>;

/** Same code about the same unit and criterion (and the same layer, when both name one). */
function sameSubject(a: Finding, b: Finding): boolean {
  const sameLayer = a.layer === undefined || b.layer === undefined || a.layer === b.layer;
  return a.code === b.code && a.unit === b.unit && a.criterion === b.criterion && sameLayer;
}

/**
 * The engine's result over the reading's document, with the reader's findings first. An engine finding about the
 * same code, unit, criterion and layer as a reader finding is dropped: the reader's names the cell and offers a fix.
 */
export function validateReading(reading: ValidationInput): EvaluationResult {
  const result = evaluate(reading.doc);
  const engineOnly = result.findings.filter((finding) => !reading.findings.some((own) => sameSubject(own, finding)));
  const findings = [...reading.findings, ...engineOnly].map((finding) => {
    const cell = finding.cell ?? reading.locate?.(finding);
    return cell ? { ...finding, cell } : finding;
  });
  return { ...result, findings, ok: !findings.some((f) => f.severity === "error") };
}
