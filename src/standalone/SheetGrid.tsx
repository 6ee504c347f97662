// One sheet as a table: column letters and row numbers like Excel, an <input> in each cell that takes typed values
// (Enter and the arrow keys move up and down, Tab across; a block copied from Excel pastes from the focused cell),
// plain text elsewhere. A native table with native inputs: screen readers announce it, and Vietnamese input methods
// (Telex, VNI) compose in it as in any text box.
import { memo, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetters } from "../workbook/a1";
import type { CellView, SheetView } from "../xlsx/book";
import type { Lang } from "../taskpane/i18n/lang";
import { formatNumber } from "../taskpane/i18n/numbers";

/** Rows shown at most: a block sheet has a few hundred; a user's huge sheet is cut (it is read only here). */
export const MAX_ROWS_SHOWN = 1000;
/** Rows and columns laid out when a sheet is shown: a screenful and more. More are laid out as the officer scrolls
 *  towards them (never fewer): Chấm điểm of 15 units is some 2,500 text boxes, most of them off screen. */
const FIRST_ROWS = 30;
const FIRST_COLUMNS = 10;
/** How close to the edge of what is laid out a scroll may come before more is laid out, in pixels. */
const GROW_MARGIN = 100;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // A sheet of thousands of cells lays out on its own, without the rest of the page.
    contain: "content",
  },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3, width: "40px" },
  columnHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    height: "24px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  computed: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  error: { color: tokens.colorPaletteRedForeground1 },
  input: { padding: 0, backgroundColor: tokens.colorNeutralBackground1 },
  field: {
    width: "100%",
    height: "24px",
    boxSizing: "border-box",
    border: "none",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    font: "inherit",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  },
  highlight: {
    outline: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    outlineOffset: "-3px",
    backgroundColor: tokens.colorPaletteYellowBackground2,
  },
});

const GRID_NUMBERS = { maximumFractionDigits: 10, grouping: false } as const;

/** A value as the grid shows it: numbers in the language's notation without grouping (so "1530" typed back stays 1530). */
export function displayValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    return Number.isFinite(value) ? formatNumber(value, lang, GRID_NUMBERS) : "";
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && "error" in value) return String((value as { error: unknown }).error);
  return String(value);
}

export interface SheetGridProps {
  view: SheetView;
  lang: Lang;
  label: string;
  /** True on an input sheet: its unlocked cells take typed values. */
  input: boolean;
  /** The cell to show (row, column from 0); `token` changes on every request so the same cell can be shown twice. */
  highlight: { row: number; column: number; token: number } | null;
  formulaTitle(formula: string): string;
  onCommit(row: number, column: number, text: string): void;
  onPaste(row: number, column: number, text: string): void;
}

export function SheetGrid({ view, lang, label, input, highlight, formulaTitle, onCommit, onPaste }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = Math.min(view.cells.length, MAX_ROWS_SHOWN);
  const allColumns = Math.max(view.columns, highlight ? highlight.column + 1 : 0);
  // What is laid out grows with scrolling; only another sheet starts again from the first rows and columns (a typed
  // value gives a new view of the same sheet, and the cell being typed in must stay).
  const [limit, setLimit] = useState({ sheet: view.name, rows: FIRST_ROWS, columns: FIRST_COLUMNS });
  const current = limit.sheet === view.name ? limit : { sheet: view.name, rows: FIRST_ROWS, columns: FIRST_COLUMNS };
  useEffect(() => {
    if (limit.sheet !== view.name) setLimit({ sheet: view.name, rows: FIRST_ROWS, columns: FIRST_COLUMNS });
  }, [view.name, limit.sheet]);
  const wanted = Math.max(rows, highlight && highlight.row < MAX_ROWS_SHOWN ? highlight.row + 1 : 0);
  const shownRows = Math.min(wanted, Math.max(current.rows, highlight ? highlight.row + 1 : 0));
  const columns = Math.min(allColumns, Math.max(current.columns, highlight ? highlight.column + 1 : 0));
  const grow = () => {
    const el = scroller.current;
    if (!el) return;
    const down = shownRows < wanted && el.scrollTop + el.clientHeight > el.scrollHeight - GROW_MARGIN;
    const right = columns < allColumns && el.scrollLeft + el.clientWidth > el.scrollWidth - GROW_MARGIN;
    if (down || right) {
      setLimit((l) => ({ sheet: view.name, rows: down ? Math.max(l.rows, shownRows) + FIRST_ROWS : l.rows, columns: right ? Math.max(l.columns, columns) + FIRST_COLUMNS : l.columns }));
    }
  };
  // A screen taller or wider than what is laid out gets more at once, without waiting for a scroll.
  useEffect(grow);

  // Bring the requested cell into view and put the cursor in it.
  useEffect(() => {
    if (!highlight || !scroller.current) return;
    const target = scroller.current.querySelector<HTMLElement>(`[data-cell="${cellAddress(highlight.row, highlight.column)}"]`);
    if (!target) return;
    target.scrollIntoView?.({ block: "center", inline: "center" });
    const field = target.querySelector("input");
    (field ?? target).focus({ preventScroll: true });
  }, [highlight]);

  /** Moves the cursor to the input `dr` rows below (or above) in the same column, if that cell takes values. */
  const move = (row: number, column: number, dr: number) => {
    const find = () => scroller.current?.querySelector<HTMLInputElement>(`[data-cell="${cellAddress(row + dr, column)}"] input`);
    const next = find();
    if (next || row + dr >= wanted || row + dr < 0) { next?.focus(); return; }
    // Past the rows laid out: lay out more, then move.
    setLimit((l) => ({ sheet: view.name, rows: Math.max(l.rows, shownRows) + FIRST_ROWS, columns: Math.max(l.columns, columns) }));
    setTimeout(() => find()?.focus(), 0);
  };

  const widths = Array.from({ length: columns }, (_, c) => Math.min(280, Math.max(48, Math.round((view.widths[c] ?? 10) * 7 + 10))));
  return (
    <div ref={scroller} className={styles.scroller} role="region" aria-label={label} tabIndex={0} onScroll={grow}>
      {/* A fixed layout needs the table's width: the columns keep the sheet's widths and long text is cut with "…". */}
      <table className={styles.table} aria-label={label} aria-rowcount={wanted + 1} aria-colcount={allColumns + 1} style={{ width: `${40 + widths.reduce((sum, w) => sum + w, 0)}px` }}>
        <colgroup>
          <col style={{ width: "40px" }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: `${w}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={styles.corner} />
            {widths.map((_, c) => (
              <th key={c} scope="col" className={styles.columnHead}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: shownRows }, (_, r) => (
            <GridRow
              key={r}
              row={r}
              cells={view.cells[r] ?? []}
              columns={columns}
              lang={lang}
              input={input}
              highlightColumn={highlight?.row === r ? highlight.column : -1}
              formulaTitle={formulaTitle}
              onCommit={onCommit}
              onPaste={onPaste}
              move={move}
              styles={styles}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: number;
  cells: (CellView | undefined)[];
  columns: number;
  lang: Lang;
  input: boolean;
  highlightColumn: number;
  formulaTitle(formula: string): string;
  onCommit(row: number, column: number, text: string): void;
  onPaste(row: number, column: number, text: string): void;
  move(row: number, column: number, dr: number): void;
  styles: ReturnType<typeof useStyles>;
}

const GridRow = memo(function GridRow({ row, cells, columns, lang, input, highlightColumn, formulaTitle, onCommit, onPaste, move, styles }: RowProps) {
  return (
    <tr>
      <th scope="row" className={styles.rowHead}>
        {row + 1}
      </th>
      {Array.from({ length: columns }, (_, c) => {
        const cell = cells[c];
        const address = cellAddress(row, c);
        const highlighted = c === highlightColumn;
        const text = displayValue(cell?.value, lang);
        if (input && cell?.unlocked && cell.formula === null) {
          return (
            <td key={c} data-cell={address} className={mergeClasses(styles.cell, styles.input, highlighted && styles.highlight)}>
              <EditableCell
                address={address}
                text={text}
                numeric={typeof cell.value === "number"}
                onCommit={(value) => onCommit(row, c, value)}
                onPaste={(value) => onPaste(row, c, value)}
                onMove={(dr) => move(row, c, dr)}
                className={mergeClasses(styles.field, typeof cell.value === "number" && styles.number)}
              />
            </td>
          );
        }
        const isError = !!cell && typeof cell.value === "object" && cell.value !== null;
        return (
          <td
            key={c}
            data-cell={address}
            tabIndex={highlighted ? -1 : undefined}
            title={cell?.formula ? formulaTitle(cell.formula) : text.length > 12 ? text : undefined}
            className={mergeClasses(
              styles.cell,
              typeof cell?.value === "number" && styles.number,
              cell?.formula ? styles.computed : undefined,
              isError && styles.error,
              highlighted && styles.highlight,
            )}
          >
            {text}
          </td>
        );
      })}
    </tr>
  );
});

interface EditableProps {
  address: string;
  text: string;
  numeric: boolean;
  className: string;
  onCommit(text: string): void;
  onPaste(text: string): void;
  onMove(dr: number): void;
}

function EditableCell({ address, text, className, onCommit, onPaste, onMove }: EditableProps) {
  const [draft, setDraftState] = useState<string | null>(null);
  // The latest draft, also for the blur that follows Enter in the same tick (the state there is still the old one).
  const latest = useRef<string | null>(null);
  const setDraft = (value: string | null) => {
    latest.current = value;
    setDraftState(value);
  };
  const commit = () => {
    const value = latest.current;
    setDraft(null);
    if (value !== null && value !== text) onCommit(value);
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape") {
      setDraft(null);
      return;
    }
    const dr = event.key === "Enter" ? (event.shiftKey ? -1 : 1) : event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (dr === 0) return;
    event.preventDefault();
    commit();
    onMove(dr);
  };
  // A block copied from Excel arrives as tab-separated rows; one plain value is typed like any other text.
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData("text/plain");
    if (!/[\t\n]/.test(pasted)) return;
    event.preventDefault();
    setDraft(null);
    onPaste(pasted);
  };
  return (
    <input
      aria-label={address}
      className={className}
      value={draft ?? text}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={keyDown}
      onPaste={paste}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
