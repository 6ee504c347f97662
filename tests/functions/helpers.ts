// Shared helpers of the KHOI.* function tests: build ranges as Excel passes them and read the errors they show.
import { LocalCellError } from "../../src/functions/errors";

/** A one-column range: each value becomes a row. */
export function col(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** The values of a one-column result. */
export function flat(result: unknown[][]): unknown[] {
  return result.map((row) => row[0]);
}

/** The error a call throws for the whole cell; fails the test when the call returns normally. */
export function callError(call: () => unknown): LocalCellError {
  try {
    call();
  } catch (caught) {
    if (caught instanceof LocalCellError) return caught;
    throw caught;
  }
  throw new Error("expected the call to end in a cell error, but it returned a value");
}

/** The error shown in one cell of a result; fails when the cell holds a value. */
export function cellErr(value: unknown): LocalCellError {
  if (value instanceof LocalCellError) return value;
  throw new Error(`expected an error value in the cell, got ${JSON.stringify(value)}`);
}

/** Replaces error values by "#CODE" so a whole column can be compared at once. */
export function shown(result: unknown[][]): unknown[] {
  return result.map((row) => (row.length === 1 ? show(row[0]) : row.map(show)));
}

function show(value: unknown): unknown {
  return value instanceof LocalCellError ? value.code : value;
}
