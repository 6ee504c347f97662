// «Sửa công thức» on the Kiểm tra page: after a check, the KHOI.* formulas that cannot compute in this Excel
// (FORMULA_BROKEN, or KHOI.* where custom functions do not run) are listed with the formula Khối would write
// (the preview: src/workbook/repair.ts on the host's grids); the button writes them through the host, which logs
// each cell in Nhật ký. Shown only when there is something to repair and the host can do it.
import { useEffect, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../../workbook/host";
import { planFormulaRepair, type RepairPlan } from "../../../workbook/repair";
import { messageOf, Progress } from "../../components/ValidationReport";
import { useText } from "../../i18n/text";

/** How many cells the preview lists before "… and N more". */
const PREVIEW_ROWS = 12;

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** The cells Excel saved broken (_xldudf_, another file) first: the ones the check's findings name. */
const shownFirst = (repairs: RepairPlan["repairs"]) => [...repairs].sort((a, b) => Number(a.kind === "noCustomFunctions") - Number(b.kind === "noCustomFunctions"));

type State =
  | { state: "idle" }
  | { state: "planned"; plan: RepairPlan }
  | { state: "running"; plan: RepairPlan }
  | { state: "done"; repairs: RepairPlan["repairs"] }
  | { state: "failed"; message: string };

/** `checked` changes on every finished check; `broken` says the check found FORMULA_BROKEN. `onRepaired` re-checks. */
export function RepairPanel({ host, checked, broken, onRepaired }: { host: WorkbookHost; checked: unknown; broken: boolean; onRepaired: () => void }) {
  const { t } = useText();
  const styles = useStyles();
  const [run, setRun] = useState<State>({ state: "idle" });
  const able = typeof host.repairFormulas === "function" && typeof host.readGrids === "function";

  useEffect(() => {
    let shown = true;
    if (!able || checked === null) return;
    void (async () => {
      const mode = await host.detectFormulaMode();
      // Where KHOI.* runs, only the reader's FORMULA_BROKEN cells can need repair; where it does not, only a workbook
      // in the KHOI.* mode can hold such formulas besides those. No second read otherwise (opening and checking a
      // native workbook stays fast).
      if (!broken && (mode === "khoi" || (await host.inspect()).formulas !== "khoi")) return;
      const plan = planFormulaRepair(await host.readGrids!(), mode);
      if (shown) setRun((now) => (now.state === "done" && plan.repairs.length === 0 ? now : plan.repairs.length > 0 ? { state: "planned", plan } : { state: "idle" }));
    })().catch((error: unknown) => shown && setRun({ state: "failed", message: messageOf(error) }));
    return () => { shown = false; };
  }, [host, able, checked, broken]);

  async function repair(plan: RepairPlan) {
    setRun({ state: "running", plan });
    try {
      const report = await host.repairFormulas!();
      setRun({ state: "done", repairs: report.repairs });
      onRepaired();
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error) });
    }
  }

  if (run.state === "idle") return null;
  if (run.state === "done") {
    return (
      <section className={styles.block}>
        <MessageBar intent="success"><MessageBarBody>{t("check.repair.done", { count: run.repairs.length })}</MessageBarBody></MessageBar>
        <RepairList repairs={run.repairs} />
      </section>
    );
  }
  if (run.state === "failed") {
    return <MessageBar intent="error" layout="multiline"><MessageBarBody>{t("check.repair.error", { message: run.message })}</MessageBarBody></MessageBar>;
  }
  const { plan } = run;
  return (
    <section className={styles.block} aria-label={t("check.repair.title", { count: plan.repairs.length })}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("check.repair.title", { count: plan.repairs.length })}</MessageBarTitle>
          {t("check.repair.intro", { mode: t(plan.mode === "khoi" ? "check.repair.mode.khoi" : "check.repair.mode.native") })}
        </MessageBarBody>
      </MessageBar>
      <RepairList repairs={plan.repairs} />
      {run.state === "running" ? <Progress label={t("check.repair.running")} /> : (
        <Button appearance="primary" onClick={() => void repair(plan)}>{t("check.repair.run")}</Button>
      )}
    </section>
  );
}

/** Each cell, old formula → new: the preview before the repair and what was written after. */
function RepairList({ repairs }: { repairs: RepairPlan["repairs"] }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {shownFirst(repairs).slice(0, PREVIEW_ROWS).map((r) => (
        <li key={`${r.sheet}!${r.address}`}>
          <Text weight="semibold">{`${r.sheet}!${r.address}`}</Text>{" "}
          <span className={styles.formula}>{`=${r.old} → =${r.new}`}</span>
        </li>
      ))}
      {repairs.length > PREVIEW_ROWS ? <li>{t("check.repair.more", { count: repairs.length - PREVIEW_ROWS })}</li> : null}
    </ul>
  );
}
