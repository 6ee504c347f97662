// "Chấm điểm": where the scoring stands — per unit and layer how many criteria are filled and which are missing,
// the unit's form sent and returned (recorded in Nhật ký), self vs appraised beyond the block's tolerance — every
// line a link to its cell; and the email round trip: make the units' self-scoring forms, import the returned ones
// (preview first, then all or nothing). Reaches the workbook only through the WorkbookHost.
import { useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellRef } from "../../../core/types";
import type { ImportPlan } from "../../../forms/plan";
import type { ScoringStatus, UnitScoring } from "../../../forms/status";
import type { WorkbookHost } from "../../../workbook/host";
import { HostError, Progress, messageOf } from "../../components/ValidationReport";
import { PageFrame } from "../../components/PageFrame";
import { usePanelStyles } from "../../components/panelStyles";
import { useText } from "../../i18n/text";
import { cellLabel, formatSuggestion } from "../../validation";
import { usePageHost, useWorkbookLook } from "../../workbookHost";
import { useInputsChanged } from "../../useInputsChanged";
import { ImportPreview } from "./ImportPreview";
import { commitImport, hostDoesForms, loadScoring, makeForms, previewImport, StalePreviewError, zipForms, type FormFile } from "./formsFlow";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  unit: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  flush: { margin: 0 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

type Look = { state: "reading" } | { state: "done"; status: ScoringStatus | null };
type Import =
  | { state: "idle" }
  | { state: "busy" }
  | { state: "preview"; files: FormFile[]; plan: ImportPlan }
  | { state: "done"; written: number; lines: number }
  | { state: "stale" };

const LAYER_KEYS = { self: "scoring.layer.self", appraised: "scoring.layer.appraised", final: "scoring.layer.final" } as const;

function GoTo({ host, cell, label }: { host: WorkbookHost; cell?: CellRef; label: string }) {
  if (!cell) return <span>{label}</span>;
  return (
    <Link as="button" inline onClick={() => void host.goToCell(cell)} title={cellLabel(cell)}>
      {label}
    </Link>
  );
}

function UnitLines({ unit, host, tolerance }: { unit: UnitScoring; host: WorkbookHost; tolerance: number }) {
  const { t, lang } = useText();
  const styles = useStyles();
  return (
    <li className={styles.unit}>
      <Text weight="semibold">{unit.name}</Text>
      {unit.layers.map((layer) => (
        <div key={layer.layer} className={styles.row}>
          <Text size={200}>{t("scoring.filled", { layer: t(LAYER_KEYS[layer.layer]), filled: layer.filled, total: layer.total })}</Text>
          {layer.missing.length > 0 && layer.missing.length < layer.total ? (
            <>
              <Text size={200} className={styles.muted}>{t("scoring.missing")}</Text>
              {layer.missing.map((m) => <GoTo key={m.criterion} host={host} cell={m.cell} label={m.criterion} />)}
            </>
          ) : null}
          {layer.missing.length === layer.total && layer.total > 0 && layer.missing[0]?.cell ? (
            <GoTo host={host} cell={layer.missing[0].cell} label={t("scoring.startHere")} />
          ) : null}
        </div>
      ))}
      <Text size={200} className={styles.muted}>
        {unit.sent ? t("scoring.sent", { time: unit.sent.slice(0, 10) }) : t("scoring.notSent")}
        {" · "}
        {unit.returned ? t("scoring.returned", { time: unit.returned.slice(0, 10) }) : t("scoring.notReturned")}
      </Text>
      {unit.divergences.length > 0 ? (
        <div className={styles.row}>
          <Text size={200} className={styles.bad}>{t("scoring.divergence", { count: unit.divergences.length, tolerance: `${formatSuggestion(Math.round(tolerance * 1000) / 10, lang)} %` })}</Text>
          {unit.divergences.map((d) => <GoTo key={d.criterion} host={host} cell={d.cell} label={d.criterion} />)}
        </div>
      ) : null}
    </li>
  );
}

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing, as in older browsers). */
function fileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("cannot read the file"));
    reader.readAsArrayBuffer(file);
  });
}

function download(name: string, data: Uint8Array): void {
  if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function") return;
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ScoringPage({ host: given, now = () => new Date() }: { host?: WorkbookHost; now?: () => Date }) {
  const { t } = useText();
  const styles = useStyles();
  const panel = usePanelStyles();
  const { host, detached } = usePageHost(given);
  const [look, setLook] = useState<Look>({ state: "reading" });
  const [readError, setReadError] = useState<string | null>(null);
  const [forms, setForms] = useState<FormFile[] | null>(null);
  const [formsBusy, setFormsBusy] = useState(false);
  const [formsError, setFormsError] = useState<string | null>(null);
  const [imp, setImp] = useState<Import>({ state: "idle" });
  const [importError, setImportError] = useState<string | null>(null);
  const canForms = hostDoesForms(host);

  async function read(stillShown: () => boolean = () => true) {
    setLook({ state: "reading" });
    setReadError(null);
    try {
      const status = await loadScoring(host);
      if (stillShown()) setLook({ state: "done", status });
    } catch (error) {
      if (stillShown()) setReadError(messageOf(error));
    }
  }
  const lookError = useWorkbookLook(host, detached, (stillShown) => read(stillShown));

  // Where the host has change events, re-read a moment after the officer stops editing the input sheets.
  useInputsChanged(host, !detached, (stillShown) => void read(stillShown));

  async function make() {
    setFormsBusy(true);
    setFormsError(null);
    try {
      setForms(await makeForms(host, now()));
      await read();
    } catch (error) {
      setFormsError(messageOf(error));
    } finally {
      setFormsBusy(false);
    }
  }

  async function pick(list: FileList | null) {
    if (!list || list.length === 0) return;
    setImportError(null);
    setImp({ state: "busy" });
    try {
      const files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, data: await fileBytes(f) })));
      setImp({ state: "preview", files, plan: await previewImport(host, files) });
    } catch (error) {
      setImp({ state: "idle" });
      setImportError(messageOf(error));
    }
  }

  async function commit(files: FormFile[], plan: ImportPlan) {
    setImp({ state: "busy" });
    try {
      const done = await commitImport(host, files, plan, now());
      setImp({ state: "done", ...done });
      await read();
    } catch (error) {
      if (error instanceof StalePreviewError) setImp({ state: "stale" });
      else {
        setImp({ state: "idle" });
        setImportError(messageOf(error));
      }
    }
  }

  return (
    <PageFrame id="scoring-title" title={t("scoring.title")} intro={t("scoring.intro")} outsideNotice={detached ? t("scoring.outside") : null}>
      <div className={styles.row}>
        <Button disabled={detached || look.state === "reading"} onClick={() => void read()}>{t("scoring.refresh")}</Button>
      </div>
      {lookError ?? readError ? <HostError title={t("scoring.error.title")} message={(lookError ?? readError)!} /> : null}
      {look.state === "reading" && !detached && !lookError && !readError ? <Progress label={t("scoring.reading")} /> : null}
      {look.state === "done" && look.status === null ? (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{t("scoring.notBlock")}</MessageBarBody></MessageBar>
      ) : null}
      {look.state === "done" && look.status ? (
        <section aria-label={t("scoring.units")}>
          <Text as="h3" size={300} weight="semibold" className={styles.flush}>{t("scoring.units")}</Text>
          <ul className={styles.list}>
            {look.status.units.map((unit) => <UnitLines key={unit.id} unit={unit} host={host} tolerance={look.status!.tolerance} />)}
          </ul>
        </section>
      ) : null}

      {!detached && look.state === "done" && look.status ? (
        <section className={panel.panel} aria-label={t("scoring.forms.title")}>
          <Text as="h3" size={300} weight="semibold" className={styles.flush}>{t("scoring.forms.title")}</Text>
          {!canForms ? <Text size={200} className={styles.muted}>{t("scoring.forms.unsupported")}</Text> : (
            <>
              <Text size={200} className={styles.muted}>{t("scoring.forms.intro")}</Text>
              <div className={styles.row}>
                <Button appearance="primary" disabled={formsBusy} onClick={() => void make()}>{t("scoring.forms.make")}</Button>
              </div>
              {formsBusy ? <Progress label={t("scoring.forms.making")} /> : null}
              {formsError ? <HostError title={t("scoring.error.title")} message={formsError} /> : null}
              {forms ? (
                <div className={styles.unit}>
                  <Text size={200}>{t("scoring.forms.made", { count: forms.length })}</Text>
                  <Link as="button" inline onClick={() => download(t("scoring.forms.zipName"), zipForms(forms))}>{t("scoring.forms.zip")}</Link>
                  {forms.map((f) => (
                    <div key={f.name} className={styles.row}>
                      <Link as="button" inline onClick={() => download(f.name, f.data)}>{f.name}</Link>
                      {host.openWorkbook ? <Link as="button" inline onClick={() => void host.openWorkbook!(f.name, f.data).catch((e: unknown) => setFormsError(messageOf(e)))}>{t("scoring.forms.open")}</Link> : null}
                    </div>
                  ))}
                </div>
              ) : null}

              <label className={styles.unit}>
                <Text size={200} weight="semibold">{t("scoring.import.pick")}</Text>
                <input type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={imp.state === "busy"} onChange={(e) => void pick(e.currentTarget.files)} />
              </label>
              {imp.state === "busy" ? <Progress label={t("scoring.import.busy")} /> : null}
              {importError ? <HostError title={t("scoring.error.title")} message={importError} /> : null}
              {imp.state === "stale" ? <MessageBar intent="warning"><MessageBarBody>{t("scoring.import.stale")}</MessageBarBody></MessageBar> : null}
              {imp.state === "done" ? <MessageBar intent="success"><MessageBarBody>{t("scoring.import.done", { count: imp.written, lines: imp.lines })}</MessageBarBody></MessageBar> : null}
              {imp.state === "preview" ? (
                <ImportPreview plan={imp.plan} onCommit={() => void commit(imp.files, imp.plan)} onCancel={() => setImp({ state: "idle" })} />
              ) : null}
            </>
          )}
        </section>
      ) : null}
    </PageFrame>
  );
}
