// The preview of an import of returned forms: per file its verdict (refusals with their cells, conversions, blanks),
// then every change (unit, criterion, old → new, cell) and the one button that writes them all.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportPlan } from "../../../forms/plan";
import type { CellValue } from "../../../workbook/model";
import { useText } from "../../i18n/text";
import { cellLabel, formatSuggestion } from "../../validation";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  unit: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export function ImportPreview({ plan, onCommit, onCancel }: { plan: ImportPlan; onCommit(): void; onCancel(): void }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const show = (v: CellValue): string => (v === null || v === "" ? t("scoring.blank") : typeof v === "number" ? formatSuggestion(v, lang) : String(v));
  const say = (p: { message: string; messageEn: string; cell?: string }): string => `${p.cell ? `${p.cell}: ` : ""}${lang === "en" ? p.messageEn : p.message}`;
  return (
    <div className={styles.unit} aria-label={t("scoring.import.preview")}>
      {!plan.ok ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("scoring.import.refused", { count: plan.files.filter((f) => f.status === "refused").length })}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list}>
        {plan.files.map((f) => (
          <li key={`${f.file}-${f.digest}`} className={styles.unit}>
            {f.status === "refused" ? <Text size={200} className={styles.bad}>{t("scoring.import.fileRefused", { file: f.file })}</Text> : null}
            {f.status === "duplicate" ? <Text size={200}>{t("scoring.import.duplicate", { file: f.file, other: f.duplicateOf ?? "" })}</Text> : null}
            {f.status === "accepted" ? (
              <Text size={200}>{t("scoring.import.accepted", { file: f.file, unit: f.unitName ?? "", changes: f.changes, unchanged: f.unchanged, notFilled: f.notFilled.length })}</Text>
            ) : null}
            {f.problems.map((p, i) => <Text key={i} size={200} className={styles.bad}>{say(p)}</Text>)}
            {f.status !== "duplicate" ? f.warnings.map((w, i) => <Text key={i} size={200} className={styles.muted}>{say(w)}</Text>) : null}
            {f.converted.map((c) => <Text key={c.cell} size={200} className={styles.muted}>{t("scoring.import.converted", { cell: c.cell, text: c.text, value: formatSuggestion(c.value, lang) })}</Text>)}
            {f.status === "accepted" && f.notFilled.length > 0 ? <Text size={200} className={styles.muted}>{t("scoring.import.notFilled", { codes: f.notFilled.join(", ") })}</Text> : null}
          </li>
        ))}
      </ul>
      {plan.ok && plan.changes.length === 0 ? <Text size={200}>{t("scoring.import.none")}</Text> : null}
      {plan.ok && plan.changes.length > 0 ? (
        <>
          <Text size={200} weight="semibold">{t("scoring.import.changes")}</Text>
          <ul className={styles.list}>
            {plan.changes.map((c) => (
              <li key={`${c.cell.sheet}!${c.cell.address}`}>
                <Text size={200}>{t("scoring.import.change", { unit: c.unitName, criterion: `${c.criterion} ${c.criterionName}`, old: show(c.old), new: show(c.new), cell: cellLabel(c.cell) })}</Text>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button appearance="primary" onClick={onCommit}>{t("scoring.import.commit", { count: plan.changes.length })}</Button>
            <Button onClick={onCancel}>{t("scoring.import.cancel")}</Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
