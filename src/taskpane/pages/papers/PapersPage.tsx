// «Văn bản»: the block's papers (score summary, minutes, proposal memo) made from the workbook the host reads, the
// same way `khoi papers` makes them (src/papers): the officer fills each paper's fields, reads the preview, then
// writes the paper into the workbook (WorkbookHost.writePaper: only Khối's own paper sheet is ever replaced, and the
// write is logged in Nhật ký). Fields already in the workbook's paper sheets are read back and kept.
import { useMemo, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Tab, TabList, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Block, EvaluationResult } from "../../../core/types";
import { buildPapers, fieldLabel, fieldsFor, isMultiline, PAPER_FIELDS, papersSource, type FieldKey, type FieldsByPaper } from "../../../papers";
import type { WorkbookHost } from "../../../workbook/host";
import type { PaperKind, PaperWriteReport } from "../../../workbook/paper";
import { HostError, Progress, messageOf } from "../../components/ValidationReport";
import { PageFrame } from "../../components/PageFrame";
import { usePanelStyles } from "../../components/panelStyles";
import { useText } from "../../i18n/text";
import { usePageHost } from "../../workbookHost";
import { PaperPreview } from "./PaperPreview";

const useStyles = makeStyles({
  flush: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

const KINDS: readonly PaperKind[] = ["summary", "minutes", "memo"];

type Made = { block: Block; result: EvaluationResult; fields: FieldsByPaper };

type Run =
  | { state: "idle" }
  | { state: "reading" }
  | { state: "problem"; message: string }
  | { state: "failed"; message: string; error: unknown }
  | { state: "ready" };

type Writing =
  | { state: "idle" }
  | { state: "writing" }
  | { state: "done"; reports: { title: string; report: PaperWriteReport }[] }
  | { state: "failed"; message: string; error: unknown };

export function PapersPage({ host: given, today }: { host?: WorkbookHost; today?: () => Date }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { t, lang } = useText();
  const { host, detached } = usePageHost(given);
  const [run, setRun] = useState<Run>({ state: "idle" });
  const [made, setMade] = useState<Made | null>(null);
  const [kind, setKind] = useState<PaperKind>("summary");
  const [writing, setWriting] = useState<Writing>({ state: "idle" });
  const now = today ?? (() => new Date());

  async function make() {
    setRun({ state: "reading" });
    setWriting({ state: "idle" });
    try {
      const reading = await host.readBlock();
      const source = papersSource(reading);
      if ("problem" in source) {
        setRun({ state: "problem", message: lang === "en" ? source.problemEn : source.problem });
        return;
      }
      const grids = host.readGrids ? await host.readGrids() : null;
      setMade({ ...source, fields: fieldsFor(source.block, grids, now()) });
      setRun({ state: "ready" });
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error), error });
    }
  }

  const papers = useMemo(
    () => (made ? buildPapers(made.block, made.result, made.fields, { language: lang, today: now() }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [made, lang],
  );
  const paper = papers.find((p) => p.kind === kind);
  const errorCount = made ? made.result.findings.filter((f) => f.severity === "error").length : 0;

  function setField(key: FieldKey, value: string) {
    setMade((m) => (m ? { ...m, fields: { ...m.fields, [kind]: { ...m.fields[kind], [key]: value } } } : m));
  }

  async function write(which: PaperKind[]) {
    if (!host.writePaper) return;
    setWriting({ state: "writing" });
    try {
      const reports: { title: string; report: PaperWriteReport }[] = [];
      for (const p of papers.filter((x) => which.includes(x.kind))) reports.push({ title: p.title, report: await host.writePaper(p) });
      setWriting({ state: "done", reports });
    } catch (error) {
      setWriting({ state: "failed", message: messageOf(error), error });
    }
  }

  return (
    <PageFrame id="papers-title" title={t("papers.title")} intro={t("papers.intro")} outsideNotice={detached ? t("papers.outside") : null}>
      <Button appearance={made ? "secondary" : "primary"} disabled={detached || run.state === "reading"} onClick={make}>
        {t("papers.make")}
      </Button>
      {run.state === "reading" ? <Progress label={t("papers.progress")} /> : null}
      {run.state === "failed" ? <HostError title={t("papers.error.title")} message={run.message} error={run.error} /> : null}
      {run.state === "problem" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{run.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {made && paper ? (
        <>
          {errorCount > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("papers.errors", { count: errorCount })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <TabList selectedValue={kind} onTabSelect={(_, data) => setKind(data.value as PaperKind)} aria-label={t("papers.tabs")}>
            {KINDS.map((k) => (
              <Tab key={k} value={k}>
                {t(`papers.kind.${k}`)}
              </Tab>
            ))}
          </TabList>
          <section className={panel.panel} aria-labelledby="papers-fields">
            <Text as="h3" id="papers-fields" weight="semibold" className={styles.flush}>
              {t("papers.fields")}
            </Text>
            <Text size={200}>{t("papers.fields.note")}</Text>
            {PAPER_FIELDS[kind].map((key) => (
              <Field key={`${kind}.${key}`} label={fieldLabel(key, lang)}>
                {isMultiline(key) ? (
                  <Textarea value={made.fields[kind][key]} resize="vertical" rows={4} onChange={(_, data) => setField(key, data.value)} />
                ) : (
                  <Input value={made.fields[kind][key]} onChange={(_, data) => setField(key, data.value)} />
                )}
              </Field>
            ))}
          </section>
          <PaperPreview paper={paper} label={t("papers.preview", { name: paper.sheet.name })} />
          {host.writePaper ? (
            <div className={styles.row}>
              <Button appearance="primary" disabled={writing.state === "writing"} onClick={() => write([kind])}>
                {t("papers.write", { name: paper.sheet.name })}
              </Button>
              <Button disabled={writing.state === "writing"} onClick={() => write([...KINDS])}>
                {t("papers.writeAll")}
              </Button>
            </div>
          ) : (
            <Text size={200}>{t("papers.unsupported")}</Text>
          )}
          {writing.state === "writing" ? <Progress label={t("papers.writing")} /> : null}
          {writing.state === "failed" ? <HostError title={t("papers.write.error")} message={writing.message} error={writing.error} /> : null}
          {writing.state === "done" ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {writing.reports.map(({ title, report }) => (
                  <div key={report.sheet}>{t(report.replaced ? "papers.written.replaced" : "papers.written.new", { title, sheet: report.sheet })}</div>
                ))}
                <div>{t("papers.written.log", { count: writing.reports.reduce((n, r) => n + r.report.log.length, 0) })}</div>
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </PageFrame>
  );
}
