// The boxed panel the pages use for a summary beside the form (the set-up preview, the send page's formula modes),
// and the rules of the small tables the pages show (the ranking, a home-made table's columns).
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A compact table that fits 320 px: spread into a page's makeStyles. */
export const TABLE_RULES = {
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
  },
} as const;

/** A list of findings, each with a coloured edge by severity: spread into a page's makeStyles. */
export const FINDING_LIST_RULES = {
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  link: { alignSelf: "flex-start", textAlign: "left" },
} as const;
