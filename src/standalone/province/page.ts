// The standalone page's steps: the pane's own pages plus "Tổng hợp tỉnh" (it reads many files with ExcelJS, which
// the Excel pane never loads, so it is registered here rather than in src/taskpane/pages.tsx).
import { pages, type PageEntry } from "../../taskpane/pages";
import { ProvincePage } from "./ProvincePage";

export const standalonePages: readonly PageEntry[] = [...pages, { step: "province", label: "step.province", Component: ProvincePage }];
