// "Kiểm tra": reads the block back from the workbook, recomputes it with the engine and shows the summary, the
// ranking and every finding by severity with a link to its cell. It writes only when the officer clicks «Sửa công
// thức» (RepairPanel: broken KHOI.* formulas rewritten, each cell logged in Nhật ký).
import { useEffect, useState } from "react";
import { Button } from "@fluentui/react-components";
import type { WorkbookHost } from "../../../workbook/host";
import {
  FindingList, HostError, NotBlockNotice, Progress, RankingTable, ValidationSummary, messageOf,
} from "../../components/ValidationReport";
import { useText } from "../../i18n/text";
import { validateWorkbook, type Validation, type ValidationStep } from "../../validation";
import { PageFrame } from "../../components/PageFrame";
import { usePageHost } from "../../workbookHost";
import { useInputsChanged } from "../../useInputsChanged";
import { useStartRequest } from "../../startRequest";
import { RepairPanel } from "./RepairPanel";

type Run =
  | { state: "idle" }
  | { state: "running"; step: ValidationStep }
  | { state: "done"; validation: Validation }
  | { state: "failed"; message: string; error: unknown };

export function CheckPage({ host: given }: { host?: WorkbookHost }) {
  const { t } = useText();
  const { host, detached } = usePageHost(given);
  const [run, setRun] = useState<Run>({ state: "idle" });
  // Once checked, check again a moment after the officer edits the scores, targets or rules (where Excel says so).
  useInputsChanged(host, !detached && run.state === "done", () => void check());
  // A block workbook just opened on the standalone page is checked at once (src/taskpane/startRequest.ts).
  const checkAtStart = useStartRequest("check");
  useEffect(() => {
    if (!detached && checkAtStart()) void check();
    // Once, when the page first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function check() {
    setRun({ state: "running", step: "read" });
    try {
      const validation = await validateWorkbook(host, (step) => setRun({ state: "running", step }));
      setRun({ state: "done", validation });
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error), error });
    }
  }

  return (
    <PageFrame id="check-title" title={t("check.title")} intro={t("check.intro")} outsideNotice={detached ? t("check.outside") : null}>

      <Button appearance="primary" disabled={detached || run.state === "running"} onClick={check}>
        {t("check.run")}
      </Button>

      {run.state === "running" ? <Progress label={t(`validation.progress.${run.step}`)} /> : null}
      {run.state === "failed" ? <HostError title={t("validation.error.title")} message={run.message} error={run.error} /> : null}
      {run.state === "done" && run.validation.kind === "notBlock" ? <NotBlockNotice /> : null}
      <RepairPanel
        host={host}
        checked={run.state === "done" && run.validation.kind === "checked" ? run.validation : null}
        broken={run.state === "done" && run.validation.kind === "checked" && run.validation.findings.some((f) => f.code === "FORMULA_BROKEN")}
        onRepaired={() => void check()}
      />
      {run.state === "done" && run.validation.kind === "checked" ? (
        <>
          <ValidationSummary counts={run.validation.counts} />
          <RankingTable ranking={run.validation.ranking} />
          <FindingList findings={run.validation.findings} host={host} title={t("validation.findings")} unitNames={new Map(run.validation.ranking.map((r) => [r.id, r.name]))} />
        </>
      ) : null}
    </PageFrame>
  );
}
