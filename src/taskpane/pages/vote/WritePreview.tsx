// «Ghi vào sổ»: the cells the page will change, old → new (each a Nhật ký line), and the one button that writes
// them; rows the sheet has no place for are named and nothing is written until Thiết lập makes room.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { BallotWrites } from "../../../workbook/ballot-cells";
import type { CellValue } from "../../../workbook/model";
import { useText } from "../../i18n/text";
import { cellLabel, formatSuggestion } from "../../validation";
import { useVoteStyles } from "./voteStyles";

export function WritePreview({ plan, unitNames, onCommit, onCancel }: { plan: BallotWrites; unitNames: ReadonlyMap<string, string>; onCommit(): void; onCancel(): void }) {
  const { t, lang } = useText();
  const styles = useVoteStyles();
  // A unit id (next year's leader and deputy) is shown with the unit's name.
  const show = (v: CellValue): string => {
    if (v === null || v === "") return t("vote.write.blank");
    if (typeof v === "number") return formatSuggestion(v, lang);
    const name = typeof v === "string" ? unitNames.get(v) : undefined;
    return name ? `${name} (${v})` : String(v);
  };
  if (plan.overflow.length > 0) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("vote.write.overflow.title")}</MessageBarTitle>
          {t("vote.write.overflow", { rows: plan.overflow.join(", ") })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (plan.writes.length === 0) return <Text size={200}>{t("vote.write.nothing")}</Text>;
  return (
    <div className={styles.section} aria-label={t("vote.write.preview")}>
      <Text size={200} weight="semibold">{t("vote.write.changes", { count: plan.writes.length })}</Text>
      <ul className={styles.list}>
        {plan.log.map((l, i) => (
          <li key={i}>
            <Text size={200}>{t("vote.write.change", { cell: l.cell ?? cellLabel(plan.writes[i].cell), old: show(l.old ?? null), new: show(l.new ?? null) })}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onCommit}>{t("vote.write.commit", { count: plan.writes.length })}</Button>
        <Button onClick={onCancel}>{t("vote.write.cancel")}</Button>
      </div>
    </div>
  );
}
