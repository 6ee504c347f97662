// A host that cannot do what an operation needs says so before touching the workbook: a HostRefusal. It is part
// of the WorkbookHost contract (src/workbook/host.ts), so pages can show it with the way out it names. Pure.

/** The page that works in any modern browser over an .xlsx file, served beside the task pane. */
export const STANDALONE_PAGE = "app.html";

/** One requirement set the host lacks, with what the operation needs it for. */
export interface MissingRequirement {
  /** e.g. "ExcelApi". */
  set: string;
  /** e.g. "1.9". */
  version: string;
  /** What needs it, in Vietnamese and English (e.g. "thiết lập trang in" / "page layout"). */
  features: { vi: string; en: string }[];
}

export type RefusedOperation = "inspect" | "applyLayout" | "readBlock" | "goToCell" | "switchFormulaMode";

/** Thrown (or rejected) by a WorkbookHost operation that wrote nothing because the host lacks what it needs. */
export class HostRefusal extends Error {
  readonly kind = "host-refusal";
  constructor(
    message: string,
    readonly messageEn: string,
    readonly operation: RefusedOperation,
    readonly missing: MissingRequirement[],
    /** The highest ExcelApi level the host has ("1.8"), null when it has none or does not say. */
    readonly excelApi: string | null,
    /** Where the officer can do it instead, relative to the pane's page. */
    readonly standalonePage: string = STANDALONE_PAGE,
  ) {
    super(message);
    this.name = "HostRefusal";
  }
}

export function isHostRefusal(error: unknown): error is HostRefusal {
  return error instanceof HostRefusal || (typeof error === "object" && error !== null && (error as { kind?: unknown }).kind === "host-refusal");
}
