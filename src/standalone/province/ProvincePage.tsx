// "Tổng hợp tỉnh" on the standalone page: the provincial board drops many block workbooks, sees the summary, the
// Government-flag cap and every finding (with file and cell), and downloads PROVINCE.xlsx. The same code as
// `khoi province`: readProvinceBytes per file (one at a time, each dropped after its summary), consolidate, the writer.
import { useRef, useState, type DragEvent } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { consolidate, findingCounts } from "../../province/consolidate";
import type { BoardChoice, BlockFileSummary, ProvinceResult, SkippedFile } from "../../province/types";
import { PageFrame } from "../../taskpane/components/PageFrame";
import { readProvinceBytes } from "../../xlsx/province-read";
import { writeProvinceWorkbook } from "../../xlsx/province-write";
import { downloadBytes, readFileBytes } from "../files";
import { useProvinceText } from "./text";

const useStyles = makeStyles({
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1) },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS, textAlign: "left", verticalAlign: "top" },
  scroll: { overflowX: "auto" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  where: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

type State =
  | { kind: "idle" }
  | { kind: "reading"; done: number; total: number; name: string }
  | { kind: "done"; result: ProvinceResult; choicesFrom: string[] }
  | { kind: "empty" };

export function ProvincePage() {
  const styles = useStyles();
  const { p } = useProvinceText();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [over, setOver] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  async function consolidateFiles(files: File[]) {
    const blocks: BlockFileSummary[] = [];
    const skipped: SkippedFile[] = [];
    const choices: BoardChoice[] = [];
    const choicesFrom: string[] = [];
    const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const [i, file] of sorted.entries()) {
      setState({ kind: "reading", done: i, total: sorted.length, name: file.name });
      const outcome = await readProvinceBytes({ name: file.name, modified: file.lastModified }, await readFileBytes(file));
      if ("block" in outcome) blocks.push(outcome.block);
      else if ("skipped" in outcome) skipped.push(outcome.skipped);
      else {
        choices.push(...outcome.choices);
        choicesFrom.push(outcome.provinceFile);
      }
    }
    if (blocks.length === 0) {
      setState({ kind: "empty" });
      return;
    }
    setState({ kind: "done", result: consolidate({ blocks, skipped, choices }), choicesFrom });
  }

  function drop(event: DragEvent) {
    // The standalone page opens a dropped file as its workbook; here the files are the province's, not that.
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void consolidateFiles(files);
  }

  async function download(result: ProvinceResult) {
    downloadBytes(await writeProvinceWorkbook(result), "PROVINCE.xlsx");
  }

  return (
    <PageFrame id="province-title" title={p("title")} intro={p("intro")} outsideNotice={null}>
      <div
        className={over ? `${styles.zone} ${styles.over}` : styles.zone}
        onDragOver={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="province-drop"
      >
        <Text>{p("drop")}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => picker.current?.click()} disabled={state.kind === "reading"}>
            {p("choose")}
          </Button>
          {state.kind === "done" ? <Button onClick={() => void download(state.result)}>{p("download")}</Button> : null}
          {state.kind === "done" || state.kind === "empty" ? <Button onClick={() => setState({ kind: "idle" })}>{p("clear")}</Button> : null}
        </div>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={p("choose")}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length > 0) void consolidateFiles(files);
          }}
        />
      </div>
      {state.kind === "reading" ? <Text role="status">{p("reading", { done: state.done + 1, total: state.total, name: state.name })}</Text> : null}
      {state.kind === "empty" ? (
        <MessageBar intent="error"><MessageBarBody>{p("noBlock")}</MessageBarBody></MessageBar>
      ) : null}
      {state.kind === "done" ? <ProvinceReport result={state.result} /> : null}
    </PageFrame>
  );
}

/** The consolidation as the CLI reports it: counts, one row per block file, the cap, skipped files, the findings. */
function ProvinceReport({ result }: { result: ProvinceResult }) {
  const styles = useStyles();
  const { p, lang } = useProvinceText();
  const text = (f: { message: string; messageEn: string }) => (lang === "en" ? f.messageEn : f.message);
  const severity = (s: "error" | "warning" | "info") => p(s);
  const used = result.blocks.filter((e) => e.status === "used");
  const errors = result.findings.filter((f) => f.severity === "error").length
    + used.reduce((n, e) => n + e.summary.findings.filter((f) => f.severity === "error").length, 0);
  const status = { used: p("used"), superseded: p("superseded"), "other-year": p("otherYear") } as const;
  const g = result.govFlag;
  const chosen = g.candidates.filter((c) => c.chosen).map((c) => c.unitName);
  const counts = findingCounts(result);
  return (
    <>
      <MessageBar intent={result.ok ? "success" : "error"}>
        <MessageBarBody>
          {p("counts", { year: result.year ?? "?", read: result.blocks.length, used: used.length, skipped: result.skipped.length })}{" "}
          {result.ok ? p("ok") : p("errors", { count: errors })}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              {(["colBlock", "colFile", "colStatus", "colErrors", "colWarnings", "colFlag"] as const).map((k) => (
                <th key={k} className={styles.cell}>{p(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.blocks.map((e) => {
              const s = e.summary;
              const c = counts.get(s.file.name) ?? { errors: 0, warnings: 0 };
              const count = (sev: "error" | "warning") => (sev === "error" ? c.errors : c.warnings);
              return (
                <tr key={s.file.name}>
                  <td className={styles.cell}>{s.name}{s.year === null ? "" : ` (${s.year})`}</td>
                  <td className={styles.cell}>{s.file.name}</td>
                  <td className={styles.cell}>{status[e.status]}</td>
                  <td className={styles.cell}>{count("error")}</td>
                  <td className={styles.cell}>{count("warning")}</td>
                  <td className={styles.cell}>{e.status === "used" ? s.units.filter((u) => u.award !== null && u.award === s.flagTier).map((u) => u.name).join("; ") : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Text>{p("gov", { leading: g.leadingBlocks, share: `${Math.round(g.share * 1000) / 10} %`, cap: g.cap })}</Text>
      {chosen.length > 0 ? <Text>{p("chosen", { names: chosen.join("; ") })}</Text> : null}
      <Text>{p("seal")}</Text>
      {result.skipped.length > 0 ? (
        <section aria-label={p("skipped")}>
          <Text weight="semibold">{p("skipped")} ({result.skipped.length})</Text>
          <ul className={styles.list}>
            {result.skipped.map((s) => <li key={s.file.name}>{s.file.name}: {lang === "en" ? s.reasonEn : s.reason}</li>)}
          </ul>
        </section>
      ) : null}
      {result.findings.length > 0 ? (
        <section aria-label={p("across")}>
          <Text weight="semibold">{p("across")} ({result.findings.length})</Text>
          <ul className={styles.list}>
            {result.findings.map((f, i) => (
              <li key={i}>
                <strong>{severity(f.severity)}</strong> [{f.code}] {text(f)}
                {f.places.map((pl, k) => (
                  <div key={k} className={styles.where}>{pl.file}{pl.cell ? ` — ${pl.cell.sheet}!${pl.cell.address}` : ""}</div>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {used.some((e) => e.summary.findings.length > 0) ? (
        <section aria-label={p("own")}>
          <Text weight="semibold">{p("own")}</Text>
          <ul className={styles.list}>
            {used.filter((e) => e.summary.findings.length > 0).flatMap((e) => e.summary.findings.map((f, i) => (
              <li key={`${e.summary.file.name}:${i}`}>
                <strong>{severity(f.severity)}</strong> [{f.code}] {e.summary.name} ({e.summary.file.name}){f.cell ? ` ${f.cell.sheet}!${f.cell.address}` : ""}: {text(f)}
              </li>
            )))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
