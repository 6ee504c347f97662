// The open workbook's sheets: a tab per visible sheet, a line saying whether the sheet takes typed values, the grid.
// «Đến ô …» from any page lands here: the sheet is chosen, the cell scrolled into view and highlighted.
import { useCallback, useEffect, useState } from "react";
import { MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FileWorkbook } from "./fileWorkbook";
import { cellPosition } from "./fileWorkbook";
import { SheetGrid } from "./SheetGrid";
import { useStandaloneText } from "./text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { overflowX: "auto" },
  note: { color: tokens.colorNeutralForeground2 },
});

interface Highlight {
  sheet: string;
  row: number;
  column: number;
  token: number;
}

export function WorkbookView({ doc, revision }: { doc: FileWorkbook; revision: number }) {
  const styles = useStyles();
  const { s, lang } = useStandaloneText();
  const views = doc.views().filter((v) => v.visibility === "visible");
  const inputs = doc.inputSheets();
  const inspection = doc.inspect();
  const owned = new Set(Object.values(inspection.blockSheets));
  const [chosen, setChosen] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [pasted, setPasted] = useState<string | null>(null);

  useEffect(
    () =>
      doc.onGoTo((ref) => {
        const at = cellPosition(ref.address);
        if (!at) return;
        setChosen(ref.sheet);
        setHighlight((before) => ({ sheet: ref.sheet, ...at, token: (before?.token ?? 0) + 1 }));
      }),
    [doc],
  );

  // Chấm điểm is where an officer types most; then any input sheet; otherwise the first sheet.
  const scores = inspection.blockSheets.scores;
  const current =
    views.find((v) => v.name === chosen) ?? views.find((v) => v.name === scores) ?? views.find((v) => inputs.has(v.name)) ?? views[0];
  // The sheet on screen is what «Kiểm tra bảng có sẵn» reads when no sheet is named (as Excel's active sheet).
  useEffect(() => {
    if (current) doc.showing(current.name);
  }, [doc, current]);
  const onCommit = useCallback((row: number, column: number, text: string) => {
    if (current) doc.setCell(current.name, row, column, text);
  }, [doc, current]);
  const onPaste = useCallback((row: number, column: number, text: string) => {
    if (!current) return;
    const outcome = doc.paste(current.name, row, column, text);
    setPasted(outcome.skipped > 0 ? s("grid.pastedSkipped", { written: outcome.written, skipped: outcome.skipped }) : s("grid.pasted", { written: outcome.written }));
  }, [doc, current, s]);

  if (!current) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s("grid.empty")}</MessageBarBody>
      </MessageBar>
    );
  }
  const input = inputs.has(current.name);
  const note = input ? s("grid.input") : owned.has(current.name) ? s("grid.readonly") : s("grid.userSheet");
  return (
    <div className={styles.root} data-revision={revision}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={s("grid.sheets")}
        selectedValue={current.name}
        onTabSelect={(_, data) => {
          setChosen(String(data.value));
          setPasted(null);
        }}
      >
        {views.map((v) => (
          <Tab key={v.name} value={v.name}>
            {v.name}
          </Tab>
        ))}
      </TabList>
      <Text size={200} className={styles.note}>
        {note}
      </Text>
      {pasted ? (
        <Text size={200} role="status">
          {pasted}
        </Text>
      ) : null}
      <SheetGrid
        key={current.name}
        view={current}
        lang={lang}
        label={s("grid.label", { sheet: current.name })}
        input={input}
        highlight={highlight && highlight.sheet === current.name ? highlight : null}
        formulaTitle={(formula) => s("grid.formula", { formula })}
        onCommit={onCommit}
        onPaste={onPaste}
      />
    </div>
  );
}
