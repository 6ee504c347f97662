// The requirement floor: which ExcelApi set each operation's members belong to, decided before Excel.run. office.js
// checks some members on the client (ApiNotFound before anything is sent) but refuses some plain property writes
// (tabColor, indentLevel …) only at sync, after the earlier commands of the batch ran: a half-written workbook. So
// the adapter asks Office.context.requirements first and, where a set is missing, writes nothing and refuses.
import { HostRefusal, STANDALONE_PAGE, type MissingRequirement, type RefusedOperation } from "../workbook/refusal";
import type { WorkbookLayout } from "../workbook/model";
import type { Requirements } from "./excel";

/** The members the adapter uses, each with the ExcelApi set that brought it (Microsoft's requirement-set pages). */
export const FEATURES = {
  pageLayout: { version: "1.9", vi: "thiết lập trang in", en: "page layout" },
  getRanges: { version: "1.9", vi: "định dạng nhiều vùng một lúc", en: "multi-area ranges (getRanges)" },
  indentLevel: { version: "1.9", vi: "thụt lề ô", en: "cell indent" },
  dataValidation: { version: "1.8", vi: "kiểm tra dữ liệu nhập", en: "data validation" },
  freezePanes: { version: "1.7", vi: "cố định dòng, cột tiêu đề", en: "freeze panes" },
  tabColor: { version: "1.7", vi: "màu thẻ trang tính", en: "sheet tab colour" },
  namedItemFormula: { version: "1.7", vi: "đọc các tên vùng (khoi_*)", en: "reading defined names" },
  conditionalFormats: { version: "1.6", vi: "định dạng có điều kiện", en: "conditional formats" },
  suspendCalculation: { version: "1.6", vi: "tạm dừng tính toán khi ghi", en: "suspending calculation while writing" },
  namesAdd: { version: "1.4", vi: "đặt tên vùng", en: "adding defined names" },
  orNullObject: { version: "1.4", vi: "tìm trang tính có thể không có", en: "…OrNullObject lookups" },
  protection: { version: "1.2", vi: "khoá trang tính", en: "sheet protection" },
  merge: { version: "1.2", vi: "gộp ô", en: "merging cells" },
  columnWidth: { version: "1.2", vi: "độ rộng cột, chiều cao dòng", en: "column widths and row heights" },
  rowHidden: { version: "1.2", vi: "ẩn dòng, cột", en: "hidden rows and columns" },
} as const;

export type Feature = keyof typeof FEATURES;

/** The first sync of every read: sheet list, defined names with their formulas, the meta sheet by a guessed name. */
const SURVEY: Feature[] = ["namedItemFormula", "orNullObject"];
/** Emptying a sheet Khối made before (a re-apply): unprotect, unfreeze, clear validation, formats, merges, hidden. */
const CLEAR: Feature[] = ["protection", "freezePanes", "conditionalFormats", "dataValidation", "merge", "rowHidden"];

/** What applying this layout touches: the survey, the clear of a re-apply, the writes the layout asks for. */
export function layoutFeatures(layout: WorkbookLayout): Feature[] {
  const needs = new Set<Feature>([...SURVEY, ...CLEAR, "suspendCalculation", "columnWidth", "protection"]);
  if (layout.names.length > 0) needs.add("namesAdd");
  for (const sheet of layout.sheets) {
    if (sheet.tabColor) needs.add("tabColor");
    if (sheet.columns.some((c) => c.hidden) || sheet.rows.some((r) => r.hidden)) needs.add("rowHidden");
    if (sheet.merges.length > 0) needs.add("merge");
    if (sheet.validations.length > 0) needs.add("dataValidation");
    if (sheet.conditionalFormats.length > 0) needs.add("conditionalFormats");
    if (sheet.conditionalFormats.some((f) => f.ranges.length > 1)) needs.add("getRanges");
    if (sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0)) needs.add("freezePanes");
    if (sheet.print) needs.add("pageLayout");
    const styles = [...sheet.regions.map((r) => r.style), ...sheet.formats.map((f) => f.style)];
    if (styles.some((s) => s?.indent !== undefined)) needs.add("indentLevel");
  }
  return [...needs];
}

/** What each operation touches (applyLayout's depends on the layout: see layoutFeatures). */
export const OPERATION_FEATURES: Record<Exclude<RefusedOperation, "applyLayout">, Feature[]> = {
  inspect: SURVEY,
  readBlock: SURVEY,
  goToCell: [],
  switchFormulaMode: [...SURVEY, "suspendCalculation", "protection"],
};

function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Minor versions probed for the highest ExcelApi level; sets are cumulative, so the probe stops at the first gap. */
const HIGHEST_MINOR_PROBED = 40;

/** The highest ExcelApi set the host supports ("1.17"), null when it supports none (or is not Office). */
export function highestExcelApi(requirements: Requirements | undefined): string | null {
  if (!requirements) return null;
  let highest: string | null = null;
  for (let minor = 1; minor <= HIGHEST_MINOR_PROBED; minor++) {
    const version = `1.${minor}`;
    if (requirements.isSetSupported("ExcelApi", version) !== true) break;
    highest = version;
  }
  return highest;
}

/** The sets among `features` the host lacks, lowest version first, each with the features that need it. */
export function missingRequirements(requirements: Requirements, features: readonly Feature[]): MissingRequirement[] {
  const byVersion = new Map<string, MissingRequirement>();
  for (const feature of new Set(features)) {
    const { version, vi, en } = FEATURES[feature];
    if (requirements.isSetSupported("ExcelApi", version) === true) continue;
    const entry = byVersion.get(version) ?? { set: "ExcelApi", version, features: [] };
    entry.features.push({ vi, en });
    byVersion.set(version, entry);
  }
  return [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
}

const ACTION: Record<RefusedOperation, { vi: string; en: string }> = {
  inspect: { vi: "xem sổ tính", en: "look at the workbook" },
  applyLayout: { vi: "tạo bảng chấm điểm", en: "create the scoring workbook" },
  readBlock: { vi: "đọc bảng chấm điểm", en: "read the scoring workbook" },
  goToCell: { vi: "đến ô", en: "go to the cell" },
  switchFormulaMode: { vi: "đổi công thức", en: "switch the formulas" },
};

/** The refusal of `operation` on a host that lacks `missing`, in Vietnamese with the English beside it. */
export function requirementRefusal(operation: RefusedOperation, missing: MissingRequirement[], excelApi: string | null): HostRefusal {
  const action = ACTION[operation];
  const needVi = missing.map((m) => `${m.set} ${m.version} (${m.features.map((f) => f.vi).join(", ")})`).join("; ");
  const needEn = missing.map((m) => `${m.set} ${m.version} (${m.features.map((f) => f.en).join(", ")})`).join("; ");
  const haveVi = excelApi ? `Excel này chỉ có ExcelApi ${excelApi}` : "Excel này không cho biết có ExcelApi nào";
  const haveEn = excelApi ? `This Excel has ExcelApi ${excelApi} only` : "This Excel reports no ExcelApi set";
  const message =
    `${haveVi} nên Khối chưa ${action.vi} được: cần ${needVi}. Sổ tính không bị thay đổi. ` +
    `Hãy dùng Excel 2021 LTSC trở lên hoặc Microsoft 365 (Windows, Mac, web), hoặc mở trang Khối độc lập ` +
    `(${STANDALONE_PAGE}) trong trình duyệt để làm việc trên tệp .xlsx.`;
  const messageEn =
    `${haveEn}, so Khối cannot ${action.en}: it needs ${needEn}. The workbook was not changed. ` +
    `Use Excel 2021 LTSC or later or Microsoft 365 (Windows, Mac, web), or open Khối's standalone page ` +
    `(${STANDALONE_PAGE}) in a browser to work on the .xlsx file.`;
  return new HostRefusal(message, messageEn, operation, missing, excelApi);
}

/** Refuses before Excel.run when the host lacks a set the operation needs; no requirements (jest, bench): no check. */
export function checkFloor(requirements: Requirements | undefined, operation: RefusedOperation, features: readonly Feature[]): void {
  if (!requirements) return;
  const missing = missingRequirements(requirements, features);
  if (missing.length > 0) throw requirementRefusal(operation, missing, highestExcelApi(requirements));
}
