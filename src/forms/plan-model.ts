// The vocabulary of an import of returned forms: what the caller hands in, what each file's verdict is, and the
// plan of changes the preview shows and the write applies. Pure types.
import type { CellRef } from "../core/types";
import type { SheetGrids, CellValue } from "../workbook/model";

/** A returned file as the caller read it: its grids (null when it is not a readable .xlsx) and a digest of its bytes. */
export interface ReturnedFile {
  name: string;
  grids: SheetGrids | null;
  digest: string;
  /** Why the bytes could not be read (grids null). */
  readError?: { message: string; messageEn: string };
}

/** A problem of one file, Vietnamese and English; `cell` on the form, e.g. "Phiếu tự chấm!E9". */
export interface FormProblem {
  message: string;
  messageEn: string;
  cell?: string;
}

export interface Conversion {
  criterion: string;
  cell: string;
  text: string;
  value: number;
}

export interface ScoreChange {
  file: string;
  unit: string;
  unitName: string;
  criterion: string;
  criterionName: string;
  /** The self-layer cell of the master. */
  cell: CellRef;
  old: CellValue;
  new: CellValue;
  /** The form cell the value came from. */
  formCell: string;
  /** Evidence or notes, sanitised. */
  note?: string;
}

export type FileStatus = "accepted" | "refused" | "duplicate";

export interface FileVerdict {
  file: string;
  digest: string;
  status: FileStatus;
  unit?: string;
  unitName?: string;
  /** Why the file is refused (empty unless refused). */
  problems: FormProblem[];
  /** Worth knowing, not a refusal (a retyped unit name, a file imported before). */
  warnings: FormProblem[];
  converted: Conversion[];
  /** Criteria left blank: the master keeps its value. */
  notFilled: string[];
  changes: number;
  unchanged: number;
  /** For a duplicate: the file it repeats. */
  duplicateOf?: string;
}

export interface ImportPlan {
  /** True when no file is refused: the plan may be written. */
  ok: boolean;
  files: FileVerdict[];
  /** Every value to write, in file order then criterion order. */
  changes: ScoreChange[];
  blockName: string;
  year: number;
}

