// "Kiểm tra": reads the block back from the workbook, recomputes it with the engine and shows the summary, the
// ranking and every finding by severity with a link to its cell. Read-only: it never writes to the workbook.
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../../workbook/host";
import {
  FindingList, HostError, NotBlockNotice, Progress, RankingTable, ValidationSummary, messageOf,
} from "../../components/ValidationReport";
import { detachedWorkbookHost } from "../../defaultWorkbookHost";
import { useText } from "../../i18n/text";
import { validateWorkbook, type Validation, type ValidationStep } from "../../validation";
import { useWorkbookHost } from "../../workbookHost";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  flush: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

type Run =
  | { state: "idle" }
  | { state: "running"; step: ValidationStep }
  | { state: "done"; validation: Validation }
  | { state: "failed"; message: string };

export function CheckPage({ host: given }: { host?: WorkbookHost }) {
  const styles = useStyles();
  const { t } = useText();
  const fromContext = useWorkbookHost();
  const host = given ?? fromContext;
  // Outside Excel there is no workbook to read: say so at once instead of failing a call.
  const detached = host === detachedWorkbookHost;
  const [run, setRun] = useState<Run>({ state: "idle" });

  async function check() {
    setRun({ state: "running", step: "read" });
    try {
      const validation = await validateWorkbook(host, (step) => setRun({ state: "running", step }));
      setRun({ state: "done", validation });
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error) });
    }
  }

  return (
    <section className={styles.page} aria-labelledby="check-title">
      <div className={styles.header}>
        <Text as="h2" id="check-title" size={400} weight="semibold" className={styles.flush}>
          {t("check.title")}
        </Text>
        <Text as="p" size={300} className={styles.muted}>
          {t("check.intro")}
        </Text>
      </div>

      {detached ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("check.outside")}</MessageBarBody>
        </MessageBar>
      ) : null}

      <Button appearance="primary" disabled={detached || run.state === "running"} onClick={check}>
        {t("check.run")}
      </Button>

      {run.state === "running" ? <Progress label={t(`validation.progress.${run.step}`)} /> : null}
      {run.state === "failed" ? <HostError title={t("validation.error.title")} message={run.message} /> : null}
      {run.state === "done" && run.validation.kind === "notBlock" ? <NotBlockNotice /> : null}
      {run.state === "done" && run.validation.kind === "checked" ? (
        <>
          <ValidationSummary counts={run.validation.counts} />
          <RankingTable ranking={run.validation.ranking} />
          <FindingList findings={run.validation.findings} host={host} title={t("validation.findings")} />
        </>
      ) : null}
    </section>
  );
}
