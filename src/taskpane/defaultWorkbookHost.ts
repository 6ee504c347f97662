// The WorkbookHost when nobody provides one: Office's live workbook inside Excel; outside Excel, a host whose
// every workbook step says, in Vietnamese, to open Khối in Excel.
import { createOfficeWorkbookHost } from "../office/host";
import type { WorkbookHost } from "../workbook/host";

const OUTSIDE_EXCEL = "Ngăn này đang mở ngoài Excel: hãy mở Khối trong Excel (thẻ Trang đầu → Khối). (Open Khối inside Excel.)";

export const detachedWorkbookHost: WorkbookHost = {
  detectFormulaMode: async () => "native",
  inspect: () => Promise.reject(new Error(OUTSIDE_EXCEL)),
  applyLayout: () => Promise.reject(new Error(OUTSIDE_EXCEL)),
  readBlock: () => Promise.reject(new Error(OUTSIDE_EXCEL)),
  goToCell: () => Promise.reject(new Error(OUTSIDE_EXCEL)),
  switchFormulaMode: () => Promise.reject(new Error(OUTSIDE_EXCEL)),
};

let office: WorkbookHost | null = null;

export function defaultWorkbookHost(): WorkbookHost {
  if (typeof Excel === "undefined" || typeof Office === "undefined") return detachedWorkbookHost;
  office ??= createOfficeWorkbookHost({ run: (batch) => Excel.run(batch), requirements: Office.context.requirements });
  return office;
}
