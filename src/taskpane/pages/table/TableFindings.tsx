// The findings of the check, each with «Đến ô …» to the officer's cell, and Đánh dấu / Bỏ đánh dấu when the host
// can mark cells (the marks never touch the cells' own formats).
import { useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { TableFinding } from "../../../tables";
import type { WorkbookHost } from "../../../workbook/host";
import { useText } from "../../i18n/text";
import { messageOf } from "../../components/ValidationReport";
import { useTableStyles } from "./tableStyles";

interface Props {
  sheet: string;
  findings: TableFinding[];
  host: WorkbookHost;
}

export function TableFindings({ sheet, findings, host }: Props) {
  const { t, lang } = useText();
  const styles = useTableStyles();
  const [note, setNote] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const errors = findings.filter((f) => f.severity === "error").length;
  const cells = [...new Set(findings.flatMap((f) => (f.cell ? [f.cell] : [])))];

  async function act(work: () => Promise<void>, done: string) {
    try {
      await work();
      setNote({ intent: "success", text: done });
    } catch (error) {
      setNote({ intent: "error", text: t("table.error", { message: messageOf(error) }) });
    }
  }

  return (
    <section className={styles.block} aria-label={t("table.findings")}>
      <Text as="h3" weight="semibold" className={styles.flush}>{t("table.findings")}</Text>
      <Text as="p" className={styles.flush}>
        {findings.length === 0 ? t("table.ok") : t("table.counts", { errors, warnings: findings.length - errors })}
      </Text>
      {cells.length > 0 && (host.highlightCells || host.clearHighlight) ? (
        <div className={styles.row}>
          {host.highlightCells ? (
            <Button onClick={() => act(() => host.highlightCells!(cells.map((address) => ({ sheet, address }))), t("table.highlighted", { count: cells.length }))}>
              {t("table.highlight")}
            </Button>
          ) : null}
          {host.clearHighlight ? (
            <Button onClick={() => act(() => host.clearHighlight!(), t("table.unhighlighted"))}>{t("table.unhighlight")}</Button>
          ) : null}
        </div>
      ) : null}
      {note ? (
        <MessageBar intent={note.intent} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <li key={i} className={`${styles.item} ${styles[f.severity]}`}>
            <Text>{lang === "vi" ? f.message : f.messageEn}</Text>
            {f.cell ? (
              <Link as="button" className={styles.link} onClick={() => host.goToCell({ sheet, address: f.cell! }).catch((e: unknown) => setNote({ intent: "error", text: t("table.error", { message: messageOf(e) }) }))}>
                {t("table.goTo", { cell: `${sheet}!${f.cell}` })}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
