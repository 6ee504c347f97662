// Next year's leader and deputy: the rotation's suggestion (this year's deputy leads next year) preselected and
// marked as such, the deputy chosen by the officer among the other units, and the leaders by year as the Khối sheet
// will keep them.
import { Badge, Field, Select, Text } from "@fluentui/react-components";
import type { Block, Leadership } from "../../../core/types";
import type { TermDraft } from "../../../workbook/ballot-cells";
import { useText } from "../../i18n/text";
import { useVoteStyles } from "./voteStyles";

export function LeadershipPanel({ block, leadership, nextLeader, nextDeputy, history, onChange }: {
  block: Block;
  leadership: Leadership | null;
  nextLeader: string;
  nextDeputy: string;
  /** The leaders by year after writing (next year's row included). */
  history: TermDraft[];
  onChange(nextLeader: string, nextDeputy: string): void;
}) {
  const { t } = useText();
  const styles = useVoteStyles();
  const name = (id: string | null | undefined): string => (id ? block.units.find((u) => u.id === id)?.name ?? id : "—");
  const suggested = leadership?.suggestedLeader ?? null;
  const next = block.block.year + 1;
  return (
    <section className={styles.section} aria-labelledby="vote-leaders">
      <Text as="h3" id="vote-leaders" size={300} weight="semibold" className={styles.flush}>{t("vote.leaders.title", { year: next })}</Text>
      <Text size={200} className={styles.muted}>{t("vote.leaders.now", { year: block.block.year, leader: name(block.block.leader), deputy: name(block.block.deputy) })}</Text>
      <Field size="small" label={t("vote.leaders.leader", { year: next })} hint={suggested ? t("vote.leaders.rotation", { name: name(suggested) }) : t("vote.leaders.noRotation")}>
        <Select size="small" className={styles.fill} value={nextLeader} onChange={(_, d) => onChange(d.value, d.value === nextDeputy ? "" : nextDeputy)}>
          <option value="">{t("vote.leaders.none")}</option>
          {block.units.map((u) => <option key={u.id} value={u.id}>{u.id === suggested ? `${u.name} (${t("vote.leaders.suggested")})` : u.name}</option>)}
        </Select>
      </Field>
      {nextLeader !== "" && nextLeader === suggested ? <Badge appearance="tint" color="brand">{t("vote.leaders.suggested")}</Badge> : null}
      <Field size="small" label={t("vote.leaders.deputy", { year: next })} hint={t("vote.leaders.deputyHint")}>
        <Select size="small" className={styles.fill} value={nextDeputy} onChange={(_, d) => onChange(nextLeader, d.value)}>
          <option value="">{t("vote.leaders.none")}</option>
          {block.units.filter((u) => u.id !== nextLeader).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </Select>
      </Field>
      <table className={styles.table}>
        <caption className={styles.muted} style={{ textAlign: "left" }}>{t("vote.history")}</caption>
        <thead>
          <tr><th scope="col">{t("vote.history.year")}</th><th scope="col">{t("vote.history.leader")}</th><th scope="col">{t("vote.history.deputy")}</th></tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.year}><td>{h.year}</td><td>{h.leader || "—"}</td><td>{h.deputy || "—"}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
