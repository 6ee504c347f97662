// «Chuyển sang bảng Khối»: a preview of every value carried over (with its cell), then, on confirmation, the Khối
// layout written beside the officer's sheet through the host (never over it; refused on a block workbook).
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../../workbook/host";
import { useText } from "../../i18n/text";
import { messageOf } from "../../components/ValidationReport";
import { planAdoption, type AdoptionPlan, type CheckedTable } from "./tableModel";
import { useTableStyles } from "./tableStyles";

type State =
  | { step: "idle" }
  | { step: "preview"; plan: AdoptionPlan }
  | { step: "writing" }
  | { step: "done"; sheets: string[] }
  | { step: "failed"; message: string };

const shown = (v: unknown, lang: "vi" | "en"): string =>
  typeof v === "number" ? (lang === "vi" ? String(v).replace(".", ",") : String(v)) : String(v ?? "");

export function AdoptPanel({ table, host }: { table: CheckedTable; host: WorkbookHost }) {
  const { t, lang } = useText();
  const styles = useTableStyles();
  const [state, setState] = useState<State>({ step: "idle" });
  const sheet = table.mapping.sheet ?? "";

  async function preview() {
    try {
      const inspection = await host.inspect();
      if (inspection.isBlockWorkbook) return setState({ step: "failed", message: t("table.adopt.already") });
      const plan = planAdoption(table, await host.detectFormulaMode(), lang);
      if (!plan) return setState({ step: "failed", message: t("table.error", { message: "khoi-block/1" }) });
      setState({ step: "preview", plan });
    } catch (error) {
      setState({ step: "failed", message: t("table.error", { message: messageOf(error) }) });
    }
  }

  async function write(plan: AdoptionPlan) {
    setState({ step: "writing" });
    try {
      const report = await host.applyLayout(plan.layout, { block: plan.block, keepValues: false });
      setState({ step: "done", sheets: report.created.map((s) => s.name) });
    } catch (error) {
      setState({ step: "failed", message: t("table.error", { message: messageOf(error) }) });
    }
  }

  return (
    <section className={styles.block} aria-label={t("table.adopt")}>
      {state.step === "idle" || state.step === "failed" ? (
        <Button onClick={preview}>{t("table.adopt")}</Button>
      ) : null}
      {state.step === "failed" ? (
        <MessageBar intent="error" layout="multiline"><MessageBarBody>{state.message}</MessageBarBody></MessageBar>
      ) : null}
      {state.step === "preview" ? (
        <>
          <Text as="p" className={styles.flush}>{t("table.adopt.preview", { sheet })}</Text>
          <table className={styles.table} aria-label={t("table.adopt")}>
            <thead>
              <tr>
                <th className={styles.th}>{t("table.carried.from")}</th>
                <th className={styles.th}>{t("table.carried.value")}</th>
                <th className={styles.th}>{t("table.carried.note")}</th>
              </tr>
            </thead>
            <tbody>
              {state.plan.carried.map((c, i) => (
                <tr key={i}>
                  <td className={styles.td}>{c.from}</td>
                  <td className={styles.td}>{shown(c.value, lang)}</td>
                  <td className={styles.td}>{c.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => write(state.plan)}>{t("table.adopt.confirm")}</Button>
            <Button onClick={() => setState({ step: "idle" })}>{t("table.adopt.cancel")}</Button>
          </div>
        </>
      ) : null}
      {state.step === "done" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("table.adopt.done", { sheets: state.sheets.join(", "), sheet })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
