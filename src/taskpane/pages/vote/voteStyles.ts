// The Bình xét page's shared layout: everything stacks and wraps so the page fits a 320 px pane.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useVoteStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  flush: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "end" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(8.5em, 100%), 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere",
    paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  narrow: { width: "7em" },
  /** An input that takes its box's width, never its own default width (which overflows a 320 px pane). */
  fill: { width: "100%", minWidth: 0, boxSizing: "border-box", "& input": { width: "0", minWidth: 0 } },
  cell: { minWidth: 0 },
  /** Read by screen readers, not shown: which nominee and tier an input is for. */
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  grow: { flexGrow: 1, minWidth: "9em" },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  table: { width: "100%", borderCollapse: "collapse", "& th, & td": { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" } },
});

/** 0.8333… → «83,33 %» (vi) / "83.33%" (en). */
export function formatShare(share: number | null, lang: string): string {
  if (share === null) return "—";
  return new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN", { style: "percent", maximumFractionDigits: 2 }).format(share);
}
