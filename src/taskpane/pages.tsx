// The pane's pages, in the order of the year (design §4). A new page plugs in by adding ONE entry to `pages`;
// the navigation shows exactly the pages listed here.
import type { ComponentType } from "react";
import type { MessageKey } from "./i18n/vi";
import { CheckPage } from "./pages/check/CheckPage";
import { EnvironmentPanel } from "./pages/environment/EnvironmentPanel";
import { SendPage } from "./pages/send/SendPage";
import { SetupPage } from "./pages/setup/SetupPage";
import { ScoringPage } from "./pages/scoring/ScoringPage";
import { TablePage } from "./pages/table/TablePage";

/** The year's steps, then the pane's own utility page. Their order is the navigation's order. */
export const STEP_ORDER = ["setup", "scoring", "validate", "table", "vote", "papers", "send", "province", "environment"] as const;
export type StepId = (typeof STEP_ORDER)[number];

export interface PageEntry {
  step: StepId;
  /** The navigation label, a key of the message tables (i18n/vi.ts). */
  label: MessageKey;
  Component: ComponentType;
}

export const pages: readonly PageEntry[] = [
  { step: "setup", label: "step.setup", Component: SetupPage },
  { step: "scoring", label: "step.scoring", Component: ScoringPage },
  { step: "validate", label: "step.validate", Component: CheckPage },
  { step: "table", label: "step.table", Component: TablePage },
  { step: "send", label: "step.send", Component: SendPage },
  { step: "environment", label: "step.environment", Component: EnvironmentPanel },
];

/** The listed pages in the year's order, whatever order the list was written in. */
export function orderedPages(list: readonly PageEntry[] = pages): PageEntry[] {
  return [...list].sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step));
}
