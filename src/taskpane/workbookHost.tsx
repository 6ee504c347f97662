// Hands the WorkbookHost to the pages: index.tsx (or a test) provides one; without a provider the pages use the
// live workbook's when office.js is there, else a host that says to open Khối in Excel.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { WorkbookHost } from "../workbook/host";
import { defaultWorkbookHost } from "./defaultWorkbookHost";

const WorkbookHostContext = createContext<WorkbookHost | null>(null);

export function WorkbookHostProvider({ host, children }: { host: WorkbookHost; children: ReactNode }) {
  return <WorkbookHostContext.Provider value={host}>{children}</WorkbookHostContext.Provider>;
}

export function useWorkbookHost(): WorkbookHost {
  const provided = useContext(WorkbookHostContext);
  return useMemo(() => provided ?? defaultWorkbookHost(), [provided]);
}
