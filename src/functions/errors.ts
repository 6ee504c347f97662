// The error boundary of the KHOI.* functions: problems become #VALUE! / #N/A cell errors with a message from the tables.
// Inside Excel they are CustomFunctions.Error; elsewhere (jest, a host without custom functions) a LocalCellError
// with the same code and message, so tests can read what the officer would see.
import { message, type MessageKey, type MessageParams } from "./messages";

/** The two codes Excel shows a custom message for. */
export type CellErrorCode = "#VALUE!" | "#N/A";

/** Stand-in for CustomFunctions.Error where the runtime is absent. */
export class LocalCellError extends Error {
  readonly code: CellErrorCode;
  constructor(code: CellErrorCode, text: string) {
    super(text);
    this.name = "LocalCellError";
    this.code = code;
  }
}

/** What a function puts in a cell (or throws) to show an error. */
export type CellError = CustomFunctions.Error | LocalCellError;

function runtimeAvailable(): boolean {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function";
}

/** A cell error with its message; the message language is the one chosen for the functions. */
export function cellError(code: CellErrorCode, key: MessageKey, params: MessageParams = {}): CellError {
  const text = message(key, params);
  // The runtime's ErrorCode enum holds exactly these strings ("#VALUE!", "#N/A").
  return runtimeAvailable() ? new CustomFunctions.Error(code as CustomFunctions.ErrorCode, text) : new LocalCellError(code, text);
}

/** Whether a value is a cell error, from this module or handed in by Excel (an error cell in a range). */
export function isCellError(value: unknown): value is CellError {
  if (value instanceof LocalCellError) return true;
  if (runtimeAvailable() && value instanceof CustomFunctions.Error) return true;
  return excelErrorCode(value) !== null;
}

/** The code of an error value Excel passed in ("#REF!", "#N/A", …), or null. */
export function excelErrorCode(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/** A problem with the whole call (wrong shape, bad option): thrown inside a function, turned into one cell error. */
export class CallProblem {
  constructor(
    readonly code: CellErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {}
}

export function valueProblem(key: MessageKey, params: MessageParams = {}): CallProblem {
  return new CallProblem("#VALUE!", key, params);
}

export function missingProblem(key: MessageKey, params: MessageParams = {}): CallProblem {
  return new CallProblem("#N/A", key, params);
}

/**
 * Runs a function's body and converts whatever goes wrong into one cell error, thrown as Excel expects.
 * An unexpected exception still becomes #VALUE! with a message, so a cell never stays #BUSY! or shows a stack.
 */
export function boundary<T>(functionId: string, body: () => T): T {
  try {
    return body();
  } catch (caught) {
    if (caught instanceof CallProblem) throw cellError(caught.code, caught.key, caught.params);
    if (isCellError(caught)) throw caught;
    const detail = caught instanceof Error ? caught.message : String(caught);
    throw cellError("#VALUE!", "INTERNAL", { fn: functionId, detail });
  }
}
