// The pane's pages, in the order of the year (design §4). A new page plugs in by adding ONE entry to `pages`;
// the navigation shows exactly the pages listed here.
import { lazy, type ComponentType } from "react";
import type { MessageKey } from "./i18n/vi";
import { SetupPage } from "./pages/setup/SetupPage";

/** A page loaded when it is first opened: the pane starts with Thiết lập only, so Excel shows it sooner (every other
 *  page and what it needs, such as the table checks or the forms, is a chunk of its own). */
const later = (load: () => Promise<ComponentType>): ComponentType => lazy(async () => ({ default: await load() }));

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
  { step: "scoring", label: "step.scoring", Component: later(() => import("./pages/scoring/ScoringPage").then((m) => m.ScoringPage)) },
  { step: "validate", label: "step.validate", Component: later(() => import("./pages/check/CheckPage").then((m) => m.CheckPage)) },
  { step: "table", label: "step.table", Component: later(() => import("./pages/table/TablePage").then((m) => m.TablePage)) },
  { step: "vote", label: "step.vote", Component: later(() => import("./pages/vote/VotePage").then((m) => m.VotePage)) },
  { step: "papers", label: "step.papers", Component: later(() => import("./pages/papers/PapersPage").then((m) => m.PapersPage)) },
  { step: "send", label: "step.send", Component: later(() => import("./pages/send/SendPage").then((m) => m.SendPage)) },
  { step: "environment", label: "step.environment", Component: later(() => import("./pages/environment/EnvironmentPanel").then((m) => m.EnvironmentPanel)) },
];

/** The listed pages in the year's order, whatever order the list was written in. */
export function orderedPages(list: readonly PageEntry[] = pages): PageEntry[] {
  return [...list].sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step));
}
