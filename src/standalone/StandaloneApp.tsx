// The standalone page: a workbook bar (open a file, new block, demo, save), the open workbook's sheets, and beside
// them the task pane's own App with every page, talking to the in-memory workbook through the same WorkbookHost.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type DragEvent } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { WorkbookHostProvider } from "../taskpane/workbookHost";
import { StartRequestContext } from "../taskpane/startRequest";
import { BookOpenError, emptyBook, openBook } from "../xlsx/book";
import { demoBook } from "./demo";
import { createFileWorkbookHost } from "./fileHost";
import { FileWorkbook } from "./fileWorkbook";
import { downloadBytes, readFileBytes, XLSX_TYPE } from "./files";
import { whenIdle } from "./idle";
import { useStandaloneText } from "./text";
import { standalonePages } from "./province/page";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", minWidth: 0 },
  dragging: { outline: `4px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-4px" },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { display: "flex", flexDirection: "column", minWidth: 0, marginLeft: "auto" },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  // Sheets and pages side by side on a wide screen; stacked (sheets first) on a narrow one.
  body: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    flexGrow: 1,
    "@media (min-width: 960px)": { gridTemplateColumns: "minmax(0, 1fr) 400px" },
  },
  sheets: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, minWidth: 0 },
  pane: {
    minWidth: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (min-width: 960px)": { borderTop: "none", borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
  hidden: { display: "none" },
});

type Notice = { intent: "success" | "warning" | "error" | "info"; title?: string; text: string };

export function StandaloneApp({ initial }: { initial?: FileWorkbook }) {
  const styles = useStyles();
  const { s, lang } = useStandaloneText();
  const [doc, setDoc] = useState<FileWorkbook>(() => initial ?? new FileWorkbook(emptyBook(), { kind: "new" }));
  const host = useMemo(() => createFileWorkbookHost(doc), [doc]);
  const revision = useSyncExternalStore(
    (listener) => doc.subscribe(listener),
    () => doc.revision * 4 + (doc.dirty ? 1 : 0) + (doc.loadError ? 2 : 0),
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // Nothing typed is lost to a refresh or a closed tab without the browser asking first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!doc.dirty) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [doc]);

  // A file opened from disk is first read quickly; ExcelJS's full model (to change or save it) is built once the
  // page has answered the officer's first look, in a quiet moment, or at the first edit, whichever comes first.
  useEffect(() => (doc.isLoaded ? undefined : whenIdle(() => void doc.loaded().catch(() => undefined))), [doc]);

  const mayDiscard = () => !doc.dirty || window.confirm(s("file.confirmDiscard"));

  async function replaceWith(make: () => Promise<FileWorkbook>, label: string) {
    if (!mayDiscard()) return;
    setBusy(true);
    try {
      const next = await make();
      setDoc(next);
      const blockBook = next.inspect().isBlockWorkbook;
      setNotice(
        next.origin.kind === "file" && !blockBook
          ? { intent: "warning", text: s("file.notBlock", { name: label }) }
          : next.origin.kind === "file" ? { intent: "success", text: s("file.opened", { name: label }) } : null,
      );
    } catch (error) {
      const text = error instanceof BookOpenError ? (lang === "en" ? error.messageEn : error.message) : error instanceof Error ? error.message : String(error);
      setNotice({ intent: "error", title: s("file.error.title", { name: label }), text });
    } finally {
      setBusy(false);
    }
  }

  const openFile = (file: File) =>
    replaceWith(async () => new FileWorkbook(await openBook(await readFileBytes(file)), { kind: "file", name: file.name }), file.name);

  async function save() {
    setBusy(true);
    try {
      const { bytes, fileName } = await doc.save();
      downloadBytes(bytes, fileName);
      doc.markSaved();
      setNotice({ intent: "success", text: s("file.saved", { name: fileName }) });
    } catch (error) {
      setNotice({ intent: "error", text: s("file.saveError", { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  // The sheets and the pages change with the workbook, not with the bar's state (busy, a notice, a drag over the page).
  const sheets = useMemo(() => <WorkbookView doc={doc} revision={revision} />, [doc, revision]);
  const pane = useMemo(() => {
    // A block workbook opened from a file (or the demo) is there to be checked: it opens on Kiểm tra, checked.
    const opened = doc.origin.kind !== "new" && doc.inspect().isBlockWorkbook;
    return (
      <WorkbookHostProvider host={host}>
        <StartRequestContext.Provider value={opened ? { check: true, taken: false } : null}>
          <App key={doc.id} pages={standalonePages} start={opened ? "validate" : undefined} />
        </StartRequestContext.Provider>
      </WorkbookHostProvider>
    );
  }, [doc, host]);

  const current =
    doc.origin.kind === "file" ? s("file.current.file", { name: doc.origin.name }) : doc.origin.kind === "demo" ? s("file.current.demo") : s("file.current.new");
  return (
    <div
      className={mergeClasses(styles.root, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <div className={styles.bar} role="toolbar" aria-label={s("file.toolbar")}>
        <Button appearance="primary" disabled={busy} onClick={() => picker.current?.click()}>
          {s("file.open")}
        </Button>
        <input
          ref={picker}
          type="file"
          accept={`.xlsx,${XLSX_TYPE}`}
          className={styles.hidden}
          aria-label={s("file.open")}
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void openFile(file);
          }}
        />
        <Button disabled={busy} onClick={() => replaceWith(async () => new FileWorkbook(emptyBook(), { kind: "new" }), s("file.new"))}>
          {s("file.new")}
        </Button>
        <Button disabled={busy} onClick={() => replaceWith(async () => new FileWorkbook(await demoBook(lang), { kind: "demo" }), s("file.demo"))}>
          {s("file.demo")}
        </Button>
        <Button disabled={busy || doc.sheetCount() === 0 || doc.loadError !== null} onClick={save}>
          {s("file.save")}
        </Button>
        <div className={styles.status} data-revision={revision}>
          <Text size={200} truncate wrap={false}>
            {current}
          </Text>
          {doc.dirty ? (
            <Text size={200} className={styles.unsaved}>
              {s("file.unsaved")}
            </Text>
          ) : (
            <Text size={200} className={styles.muted}>
              {s("file.drop")}
            </Text>
          )}
        </div>
      </div>
      {notice ? (
        <div className={styles.notice}>
          <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>
              {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
              {notice.text}
            </MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {doc.loadError ? (
        <div className={styles.notice}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{s("file.readOnly", { name: doc.origin.kind === "file" ? doc.origin.name : "", message: doc.loadError })}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      <div className={styles.body}>
        <section className={styles.sheets} aria-label={s("grid.sheets")}>
          {doc.origin.kind === "new" && doc.sheetCount() === 0 ? <Intro /> : null}
          {sheets}
        </section>
        <div className={styles.pane}>
          {pane}
        </div>
      </div>
    </div>
  );
}

function Intro() {
  const { s } = useStandaloneText();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s("intro.title")}</MessageBarTitle>
        {s("intro.body")} {s("file.offline")}
      </MessageBarBody>
    </MessageBar>
  );
}
