// «Kiểm tra niêm phong» on Gửi đi: compares the workbook with the seal kept in it and lists every change since
// sealing (structural changes named, cells old → new, each with «Đến ô …»). Says plainly what the seal is not.
import { useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { vietnamTime, type VerifyReport } from "../../../seal";
import type { WorkbookHost } from "../../../workbook/host";
import { HostError, Progress, messageOf } from "../../components/ValidationReport";
import { useText } from "../../i18n/text";
import { usePanelStyles } from "../../components/panelStyles";
import { verifyWorkbook } from "./sealFlow";

const useStyles = makeStyles({
  flush: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** At most this many changes are listed; the count says how many more. */
const SHOWN = 50;

type State = { state: "idle" } | { state: "running" } | { state: "done"; report: VerifyReport } | { state: "failed"; message: string; error: unknown };

export function VerifyPanel({ host, disabled }: { host: WorkbookHost; disabled: boolean }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { t, lang } = useText();
  const [run, setRun] = useState<State>({ state: "idle" });

  async function verify() {
    setRun({ state: "running" });
    try {
      setRun({ state: "done", report: await verifyWorkbook(host) });
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error), error });
    }
  }

  return (
    <section className={panel.panel} aria-labelledby="send-verify">
      <Text as="h3" id="send-verify" weight="semibold" className={styles.flush}>
        {t("send.verify.title")}
      </Text>
      <Text size={200}>{t("send.seal.about")}</Text>
      <Button disabled={disabled || run.state === "running"} onClick={verify}>
        {t("send.verify.button")}
      </Button>
      {run.state === "running" ? <Progress label={t("send.verify.progress")} /> : null}
      {run.state === "failed" ? <HostError title={t("send.verify.error")} message={run.message} error={run.error} /> : null}
      {run.state === "done" ? <VerifyOutcome report={run.report} host={host} lang={lang} /> : null}
    </section>
  );
}

function VerifyOutcome({ report, host, lang }: { report: VerifyReport; host: WorkbookHost; lang: string }) {
  const styles = useStyles();
  const { t } = useText();
  const intent = report.status === "intact" ? "success" : report.status === "changed" ? "error" : "warning";
  const sealed = report.sealed && report.sealed.time ? report.sealed : null;
  return (
    <>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(`send.verify.${report.status}`)}</MessageBarTitle>
          {lang === "en" ? report.messageEn : report.message}
        </MessageBarBody>
      </MessageBar>
      {sealed ? <Text size={200}>{t("send.verify.sealedBy", { time: vietnamTime(sealed.time), by: sealed.by, hash: sealed.hash || "?" })}</Text> : null}
      {report.changes.length > 0 ? (
        <ul className={styles.list} aria-label={t("send.verify.changes", { count: report.changes.length })}>
          {report.changes.slice(0, SHOWN).map((change, i) => (
            <li key={i}>
              <Text size={200}>{lang === "en" ? change.messageEn : change.message}</Text>{" "}
              {change.cell ? (
                <Link as="button" onClick={() => void host.goToCell(change.cell!).catch(() => undefined)}>
                  {t("validation.goTo", { cell: `${change.cell.sheet}!${change.cell.address}` })}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {report.changes.length > SHOWN ? <Text size={200}>{t("send.verify.more", { count: report.changes.length - SHOWN })}</Text> : null}
    </>
  );
}
