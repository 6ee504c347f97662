// A paper as it will print: the cells of its print area laid out as a table (merged cells spanned, bold, italic and
// alignment kept), so the officer reads it before Khối writes it into the workbook.
import { makeStyles, tokens } from "@fluentui/react-components";
import { parseRange } from "../../../workbook/a1";
import type { CellStyle } from "../../../workbook/model";
import type { PaperSheet } from "../../../workbook/paper";

const useStyles = makeStyles({
  page: {
    overflowX: "auto",
    backgroundColor: "#ffffff",
    color: "#000000",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: "11px",
  },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: "1px 3px", verticalAlign: "top" },
  bordered: { border: "1px solid #808080" },
});

interface PreviewCell {
  value: string;
  style: CellStyle;
  span: number;
  covered: boolean;
}

/** The printed cells of a paper, row by row. */
export function previewRows(paper: PaperSheet): PreviewCell[][] {
  const area = parseRange(paper.sheet.print?.area ?? "A1:A1");
  if (!area) return [];
  const rows = Array.from({ length: area.row2 + 1 }, () =>
    Array.from({ length: area.column2 + 1 }, (): PreviewCell => ({ value: "", style: {}, span: 1, covered: false })));
  for (const region of paper.sheet.regions) {
    region.cells.forEach((line, r) => line.forEach((value, c) => {
      const cell = rows[region.row + r]?.[region.column + c];
      if (!cell) return;
      cell.value = value === null || typeof value === "object" ? "" : String(value);
      cell.style = region.style ?? {};
    }));
  }
  for (const merge of paper.sheet.merges) {
    const m = parseRange(merge);
    if (!m || m.row1 > area.row2 || m.column1 > area.column2) continue;
    rows[m.row1][m.column1].span = Math.min(m.column2, area.column2) - m.column1 + 1;
    for (let c = m.column1 + 1; c <= Math.min(m.column2, area.column2); c++) rows[m.row1][c].covered = true;
  }
  return rows;
}

export function PaperPreview({ paper, label }: { paper: PaperSheet; label: string }) {
  const styles = useStyles();
  const rows = previewRows(paper);
  return (
    <div className={styles.page} role="document" aria-label={label}>
      <table className={styles.table}>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                cell.covered ? null : (
                  <td
                    key={c}
                    colSpan={cell.span}
                    className={`${styles.cell} ${cell.style.border ? styles.bordered : ""}`}
                    style={{
                      fontWeight: cell.style.bold ? 700 : 400,
                      fontStyle: cell.style.italic ? "italic" : "normal",
                      textAlign: cell.style.horizontal ?? "left",
                      borderBottom: cell.style.borderBottom ? "1px solid #000" : undefined,
                      whiteSpace: "pre-wrap",
                    }}
                  >
                    {cell.value}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
