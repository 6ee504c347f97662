// "Gửi đi": before the workbook goes out by email, switch it to native Excel formulas (a recipient without Khối
// never sees #NAME?) or, if the officer chooses, replace every formula by its value; check it again, say whether it
// is ready or which errors to fix first, and seal it in the name the officer gives (src/seal). «Kiểm tra niêm
// phong» (VerifyPanel) compares a received workbook with its seal.
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { vietnamTime, type SealPlan } from "../../../seal";
import { canSeal, canVerify, sealWorkbook } from "./sealFlow";
import { officerOf } from "../../../workbook/officer";
import { VerifyPanel } from "./VerifyPanel";
import type { WorkbookHost, WorkbookInspection } from "../../../workbook/host";
import type { FormulaMode } from "../../../workbook/model";
import { FindingList, HostError, NotBlockNotice, Progress, messageOf } from "../../components/ValidationReport";
import { useText } from "../../i18n/text";
import { validateWorkbook, type Validation, type ValidationStep } from "../../validation";
import { PageFrame } from "../../components/PageFrame";
import { usePanelStyles } from "../../components/panelStyles";
import { usePageHost, useWorkbookLook } from "../../workbookHost";

const useStyles = makeStyles({
  flush: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

type Step = "inspect" | "switch" | "values" | "seal" | ValidationStep;

/** What became of the seal after the check: sealed, refused by its own check, or why it was not tried. */
type SealOutcome =
  | { kind: "notChecked" }
  | { kind: "noHost" }
  | { kind: "noName" }
  | { kind: "done"; plan: SealPlan };

type Run =
  | { state: "idle" }
  | { state: "running"; step: Step }
  | { state: "notBlock" }
  | { state: "done"; cells: number; validation: Validation; values?: { cells: number; uncomputed: number }; seal: SealOutcome }
  | { state: "failed"; message: string; error: unknown };

interface Modes {
  /** The workbook's formulas, when it is a block workbook. */
  workbook?: FormulaMode;
  /** What this Excel can run. */
  excel?: FormulaMode;
}

export function SendPage({ host: given }: { host?: WorkbookHost }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { t } = useText();
  const { host, detached } = usePageHost(given);
  const [modes, setModes] = useState<Modes>({});
  const [run, setRun] = useState<Run>({ state: "idle" });
  const [choice, setChoice] = useState<"native" | "values">("native");
  const [by, setBy] = useState("");
  const offersValues = Boolean(host.formulasToValues);

  // The current mode, so the officer sees what "prepare" changes.
  const inspectError = useWorkbookLook(host, detached, async (stillShown) => {
    const excel = await host.detectFormulaMode();
    const found: WorkbookInspection = await host.inspect();
    if (stillShown()) setModes({ excel, workbook: found.isBlockWorkbook ? found.formulas : undefined });
  });

  async function prepare() {
    setRun({ state: "running", step: "inspect" });
    try {
      const found = await host.inspect();
      if (!found.isBlockWorkbook) {
        setModes((m) => ({ ...m, workbook: undefined }));
        setRun({ state: "notBlock" });
        return;
      }
      setRun({ state: "running", step: "switch" });
      const switched = await host.switchFormulaMode("native");
      setModes((m) => ({ ...m, workbook: switched.formulas }));
      let values: { cells: number; uncomputed: number } | undefined;
      if (choice === "values" && host.formulasToValues) {
        setRun({ state: "running", step: "values" });
        values = await host.formulasToValues();
      }
      const validation = await validateWorkbook(host, (step) => setRun({ state: "running", step }));
      let seal: SealOutcome = { kind: "notChecked" };
      if (validation.kind === "checked" && validation.ok) {
        // The name typed here, else the officer's name remembered in the workbook (Nhật ký's «who»).
        const name = !canSeal(host) ? "" : by.trim() || (officerOf(await host.readGrids!()) ?? "").trim();
        if (!canSeal(host)) seal = { kind: "noHost" };
        else if (name === "") seal = { kind: "noName" };
        else {
          setRun({ state: "running", step: "seal" });
          seal = { kind: "done", plan: await sealWorkbook(host, name) };
        }
      }
      setRun({ state: "done", cells: switched.cells, validation, values, seal });
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error), error });
    }
  }

  const current =
    modes.workbook === "khoi" ? t("send.mode.current.khoi") : modes.workbook === "native" ? t("send.mode.current.native") : null;

  return (
    <PageFrame id="send-title" title={t("send.title")} intro={t("send.intro")} outsideNotice={detached ? t("send.outside") : null}>
      {inspectError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("send.inspect.error", { message: inspectError })}</MessageBarBody>
        </MessageBar>
      ) : null}

      <section className={panel.panel} aria-labelledby="send-modes">
        <Text as="h3" id="send-modes" weight="semibold" className={styles.flush}>
          {t("send.mode.title")}
        </Text>
        {current ? <Text>{current}</Text> : null}
        <ul className={styles.list}>
          <li>
            <Text size={200}>{t("send.mode.khoi")}</Text>
          </li>
          <li>
            <Text size={200}>{t("send.mode.native")}</Text>
          </li>
        </ul>
        {modes.excel ? <Text size={200}>{t(modes.excel === "khoi" ? "send.excel.khoi" : "send.excel.native")}</Text> : null}
      </section>

      {offersValues ? (
        <Field label={t("send.choice.title")}>
          <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value === "values" ? "values" : "native")}>
            <Radio value="native" label={t("send.choice.native")} />
            <Radio value="values" label={t("send.choice.values")} />
          </RadioGroup>
        </Field>
      ) : null}
      {canSeal(host) ? (
        <Field label={t("send.by.label")} hint={t("send.by.hint")}>
          <Input value={by} onChange={(_, data) => setBy(data.value)} />
        </Field>
      ) : null}

      <Button appearance="primary" disabled={detached || run.state === "running"} onClick={prepare}>
        {t("send.prepare")}
      </Button>

      {run.state === "running" ? <Progress label={t(`send.progress.${run.step}`)} /> : null}
      {run.state === "failed" ? <HostError title={t("send.error.title")} message={run.message} error={run.error} /> : null}
      {run.state === "notBlock" ? <NotBlockNotice /> : null}
      {run.state === "done" ? <Outcome cells={run.cells} validation={run.validation} host={host} values={run.values} seal={run.seal} /> : null}

      {canVerify(host) ? <VerifyPanel host={host} disabled={detached || run.state === "running"} /> : null}
    </PageFrame>
  );
}

interface OutcomeProps {
  cells: number;
  validation: Validation;
  host: WorkbookHost;
  values?: { cells: number; uncomputed: number };
  seal: SealOutcome;
}

function Outcome({ cells, validation, host, values, seal }: OutcomeProps) {
  const { t } = useText();
  if (validation.kind === "notBlock") return <NotBlockNotice />;
  const errors = validation.findings.filter((f) => f.severity === "error");
  return (
    <>
      <Text size={200}>{t("send.switched", { cells })}</Text>
      {values ? <Text size={200}>{t("send.values.done", { cells: values.cells })}{values.uncomputed > 0 ? ` ${t("send.values.uncomputed", { count: values.uncomputed })}` : ""}</Text> : null}
      {validation.ok ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("send.ready.title")}</MessageBarTitle>
            {t("send.ready.body", { warnings: validation.counts.warning, infos: validation.counts.info })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("send.notReady.title", { count: errors.length })}</MessageBarTitle>
            {t("send.notReady.body")}
          </MessageBarBody>
        </MessageBar>
      )}
      <SealNotice seal={seal} />
      <FindingList findings={errors} host={host} title={t("send.fixFirst")} unitNames={new Map(validation.ranking.map((r) => [r.id, r.name]))} />
    </>
  );
}

function SealNotice({ seal }: { seal: SealOutcome }) {
  const { t, lang } = useText();
  if (seal.kind === "notChecked") return null;
  if (seal.kind === "noHost") return <Text size={200}>{t("send.notSealed.host")}</Text>;
  if (seal.kind === "noName") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("send.notSealed.noName")}</MessageBarBody>
      </MessageBar>
    );
  }
  const { plan } = seal;
  if (!plan.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("send.notSealed.title")}</MessageBarTitle>
          {plan.findings.map((f) => `${f.cell ? `${f.cell.sheet}!${f.cell.address}: ` : ""}${lang === "en" ? f.messageEn : f.message}`).join(" ")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("send.sealed.title")}</MessageBarTitle>
        {t("send.sealed.body", { hash: plan.hash, time: vietnamTime(plan.time), by: plan.by })}
      </MessageBarBody>
    </MessageBar>
  );
}
