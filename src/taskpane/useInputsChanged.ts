// Re-running a page's look at the workbook a moment after the officer stops editing Khối's input sheets, where the
// host has change events (WorkbookHost.onInputsChanged: Excel with ExcelApi 1.9). Elsewhere it does nothing.
import { useEffect, useRef } from "react";
import type { WorkbookHost } from "../workbook/host";

/** How long after the last edit a page re-reads the workbook. */
export const REFRESH_DELAY_MS = 800;

export function useInputsChanged(host: WorkbookHost, enabled: boolean, refresh: (stillShown: () => boolean) => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    if (!enabled || !host.onInputsChanged) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    let active = true;
    host.onInputsChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(() => active), REFRESH_DELAY_MS);
    }).then((s) => { if (active) stop = s; else s(); }, () => undefined);
    return () => {
      active = false;
      clearTimeout(timer);
      stop?.();
    };
  }, [host, enabled]);
}
