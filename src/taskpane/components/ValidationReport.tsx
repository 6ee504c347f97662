// What a check of the workbook found, for «Kiểm tra» and «Gửi đi»: the summary, the ranking, the findings by
// severity with a «Đến ô …» link each, the not-a-block notice, the progress line and host errors.
import { FINDING_LIST_RULES, TABLE_RULES } from "./panelStyles";
import { useId, useState } from "react";
import { Field, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellRef, Finding, Severity } from "../../core/types";
import type { WorkbookHost } from "../../workbook/host";
import { useText } from "../i18n/text";
import { isHostRefusal } from "../../workbook/refusal";
import { RefusalNotice } from "./RefusalNotice";
import { cellLabel, clusterFindings, formatSuggestion, formatTotal, groupBySeverity, missingGroup, type RankingRow, type Validation } from "../validation";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  flush: { margin: 0 },
  ...TABLE_RULES,
  rankColumn: { width: "3.5em", textAlign: "center" },
  totalColumn: { width: "5em", textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  award: { display: "block", color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
  groups: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  ...FINDING_LIST_RULES,
  offer: { color: tokens.colorNeutralForeground2 },
  more: { paddingLeft: tokens.spacingHorizontalM },
});

const MISSING_LAYER = { self: "validation.missing.self", appraised: "validation.missing.appraised", final: "validation.missing.final" } as const;

const SEVERITY_LABEL = { error: "severity.error", warning: "severity.warning", info: "severity.info" } as const;

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One line under a bar while the workbook is read or checked. */
export function Progress({ label }: { label: string }) {
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar aria-label={label} />
    </Field>
  );
}

/** A host error, with what to do about it; never swallowed. A refusal (this Excel lacks a requirement set) says
 *  what is missing and links the standalone page instead. */
export function HostError({ title, message, error }: { title: string; message: string; error?: unknown }) {
  const { t } = useText();
  if (isHostRefusal(error)) return <RefusalNotice refusal={error} />;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message} {t("validation.error.hint")}
      </MessageBarBody>
    </MessageBar>
  );
}

export function NotBlockNotice() {
  const { t } = useText();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("validation.notBlock.title")}</MessageBarTitle>
        {t("validation.notBlock.body")}
      </MessageBarBody>
    </MessageBar>
  );
}

/** ok / how many errors, warnings, infos. */
export function ValidationSummary({ counts }: { counts: Extract<Validation, { kind: "checked" }>["counts"] }) {
  const { t } = useText();
  const intent = counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "success";
  const title = t(counts.error > 0 ? "validation.summary.errors" : counts.warning > 0 ? "validation.summary.warnings" : "validation.summary.ok");
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {t("validation.summary.counts", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Rank, unit (with its award under the name, so the table fits 320 px), total. */
export function RankingTable({ ranking }: { ranking: readonly RankingRow[] }) {
  const styles = useStyles();
  const { t, lang } = useText();
  const id = useId();
  if (ranking.length === 0) return null;
  return (
    <section className={styles.block} aria-labelledby={id}>
      <Text as="h3" id={id} weight="semibold" className={styles.flush}>
        {t("validation.ranking")}
      </Text>
      <table className={styles.table} aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col" className={`${styles.th} ${styles.rankColumn}`}>{t("validation.ranking.rank")}</th>
            <th scope="col" className={styles.th}>{t("validation.ranking.unit")}</th>
            <th scope="col" className={`${styles.th} ${styles.totalColumn}`}>{t("validation.ranking.total")}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map((row) => (
            <tr key={row.id}>
              <td className={`${styles.td} ${styles.rankColumn}`}>{row.rank}</td>
              <td className={styles.td}>
                {row.name}
                {row.award ? <span className={styles.award}>{row.award}</span> : null}
              </td>
              <td className={`${styles.td} ${styles.totalColumn}`}>{formatTotal(row.total, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Findings grouped by severity; a finding with a cell gets a link that selects it in Excel. */
export function FindingList({ findings, host, title, unitNames }: { findings: readonly Finding[]; host: WorkbookHost; title: string; unitNames?: ReadonlyMap<string, string> }) {
  const styles = useStyles();
  const { t, lang } = useText();
  const [goToError, setGoToError] = useState<string | null>(null);
  const [unfolded, setUnfolded] = useState<ReadonlySet<Finding>>(new Set());
  const id = useId();
  if (findings.length === 0) return null;

  async function goTo(cell: CellRef) {
    setGoToError(null);
    try {
      await host.goToCell(cell);
    } catch (error) {
      setGoToError(t("validation.goTo.error", { cell: cellLabel(cell), message: messageOf(error) }));
    }
  }

  const tone: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };
  return (
    <section className={styles.block} aria-labelledby={id}>
      <Text as="h3" id={id} weight="semibold" className={styles.flush}>
        {title}
      </Text>
      {goToError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{goToError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.groups}>
        {groupBySeverity(findings).map((group) => {
          const groupId = `${id}-${group.severity}`;
          return (
            <section key={group.severity} className={styles.block} aria-labelledby={groupId}>
              <Text as="h4" id={groupId} size={300} weight="semibold" className={styles.flush}>
                {t("validation.group", { label: t(SEVERITY_LABEL[group.severity]), count: group.findings.length })}
              </Text>
              <ul className={styles.list}>
                {clusterFindings(group.findings).flatMap(({ lead, rest }, i) => {
                  const open = unfolded.has(lead);
                  const missing = open ? null : missingGroup({ lead, rest });
                  const shown = open ? [lead, ...rest] : [lead];
                  const items = shown.map((finding, j) => (
                    <li key={`${i}-${j}`} className={`${styles.item} ${tone[finding.severity]}`}>
                      {missing ? (
                        <>
                          <Text size={300} weight="semibold">
                            {t("validation.missing.group", { unit: unitNames?.get(missing.unit) ?? missing.unit, count: missing.count, layer: t(MISSING_LAYER[missing.layer]) })}
                          </Text>
                          <Text size={200} className={styles.offer}>{t("validation.missing.page")}</Text>
                        </>
                      ) : null}
                      <Text size={missing ? 200 : 300}>{lang === "en" ? finding.messageEn : finding.message}</Text>
                      {finding.suggestion ? (
                        <Text size={200} className={styles.offer}>
                          {t("validation.suggestion", { value: formatSuggestion(finding.suggestion.value, lang) })}
                        </Text>
                      ) : null}
                      {finding.cell ? (
                        <Link as="button" className={styles.link} onClick={() => goTo(finding.cell!)}>
                          {t("validation.goTo", { cell: cellLabel(finding.cell) })}
                        </Link>
                      ) : null}
                    </li>
                  ));
                  if (rest.length === 0) return items;
                  const toggle = () =>
                    setUnfolded((before) => {
                      const after = new Set(before);
                      if (open) after.delete(lead);
                      else after.add(lead);
                      return after;
                    });
                  return [
                    ...items,
                    <li key={`${i}-more`} className={styles.more}>
                      <Link as="button" aria-expanded={open} onClick={toggle}>
                        {open ? t("validation.fold") : t("validation.unfold", { count: rest.length })}
                      </Link>
                    </li>,
                  ];
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
