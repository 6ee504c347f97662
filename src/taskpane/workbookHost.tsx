// Hands the WorkbookHost to the pages: index.tsx (or a test) provides one; without a provider the pages use the
// live workbook's when office.js is there, else a host that says to open Khối in Excel.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { WorkbookHost } from "../workbook/host";
import { defaultWorkbookHost, detachedWorkbookHost } from "./defaultWorkbookHost";

const WorkbookHostContext = createContext<WorkbookHost | null>(null);

export function WorkbookHostProvider({ host, children }: { host: WorkbookHost; children: ReactNode }) {
  return <WorkbookHostContext.Provider value={host}>{children}</WorkbookHostContext.Provider>;
}

export function useWorkbookHost(): WorkbookHost {
  const provided = useContext(WorkbookHostContext);
  return useMemo(() => provided ?? defaultWorkbookHost(), [provided]);
}

/** The host a page works on (given as a prop in tests, else the provided one) and whether the pane is outside
 *  Excel, where there is no workbook at all. */
export function usePageHost(given?: WorkbookHost): { host: WorkbookHost; detached: boolean } {
  const fromContext = useWorkbookHost();
  const host = given ?? fromContext;
  return { host, detached: host === detachedWorkbookHost };
}
