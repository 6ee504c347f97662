// Hands the WorkbookHost to the pages: index.tsx (or a test) provides one; without a provider the pages use the
// live workbook's when office.js is there, else a host that says to open Khối in Excel.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { WorkbookHost } from "../workbook/host";
import { isHostRefusal } from "../workbook/refusal";
import { useText } from "./i18n/text";
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

/**
 * Runs `look` when the page opens inside Excel (and again if the host changes): the page's first look at the
 * workbook. `stillShown()` tells whether the page is still there to take the answer; a failure is returned as a
 * message for the page to show, never swallowed (a refusal of this Excel in the pane's language).
 */
export function useWorkbookLook(host: WorkbookHost, detached: boolean, look: (stillShown: () => boolean) => Promise<void>): string | null {
  const { lang } = useText();
  const [error, setError] = useState<unknown>(null);
  const latestLook = useRef(look);
  latestLook.current = look;
  useEffect(() => {
    if (detached) return;
    let shown = true;
    latestLook.current(() => shown).catch((failure: unknown) => {
      if (shown) setError(failure ?? new Error(String(failure)));
    });
    return () => {
      shown = false;
    };
  }, [host, detached]);
  if (error === null) return null;
  if (isHostRefusal(error)) return lang === "en" ? error.messageEn : error.message;
  return error instanceof Error ? error.message : String(error);
}
