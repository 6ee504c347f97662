// Styles shared by the parts of the "Kiểm tra bảng có sẵn" page.
import { FINDING_LIST_RULES, TABLE_RULES } from "../../components/panelStyles";
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTableStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  flush: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  ...TABLE_RULES,
  narrow: { width: "3em" },
  dropdown: { minWidth: "0", width: "100%" },
  ...FINDING_LIST_RULES,
});
