// Exemplary collectives and individuals the block honours by vote (suy tôn điển hình): the categories with their
// places and optional minimum share, the nominees with their yes votes, and each nominee's result as it stands.
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import type { ExemplaryOutcome, Unit } from "../../../core/types";
import type { CategoryDraft, NomineeDraft } from "../../../workbook/ballot-cells";
import { useText } from "../../i18n/text";
import { NumberBox } from "./NumberBox";
import { useVoteStyles } from "./voteStyles";

const folded = (s: string): string => s.normalize("NFC").trim().toLowerCase();
const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 10000) / 100);

type Verdict = "vote.exemplary.chosen" | "vote.exemplary.tied" | "vote.exemplary.fails" | "vote.exemplary.notChosen" | "vote.exemplary.pending";

function verdictOf(n: NomineeDraft, outcomes: readonly ExemplaryOutcome[]): Verdict {
  const category = outcomes.find((c) => folded(c.id) === folded(n.category));
  const name = folded(n.name);
  const got = category?.nominees.find((x) => folded(x.name) === name);
  if (!category || !got) return "vote.exemplary.pending";
  if (got.chosen) return "vote.exemplary.chosen";
  if (category.tied.some((x) => folded(x) === name)) return "vote.exemplary.tied";
  return got.passes ? "vote.exemplary.notChosen" : "vote.exemplary.fails";
}

export function ExemplaryPanel({ categories, nominees, outcomes, units, onChange }: {
  categories: CategoryDraft[];
  nominees: NomineeDraft[];
  outcomes: readonly ExemplaryOutcome[];
  units: readonly Unit[];
  onChange(categories: CategoryDraft[], nominees: NomineeDraft[]): void;
}) {
  const { t } = useText();
  const styles = useVoteStyles();
  const setCategory = (i: number, patch: Partial<CategoryDraft>) => onChange(categories.map((c, j) => (j === i ? { ...c, ...patch } : c)), nominees);
  const setNominee = (i: number, patch: Partial<NomineeDraft>) => onChange(categories, nominees.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  return (
    <section className={styles.section} aria-labelledby="vote-exemplary">
      <Text as="h3" id="vote-exemplary" size={300} weight="semibold" className={styles.flush}>{t("vote.exemplary.title")}</Text>
      <Text size={200} className={styles.muted}>{t("vote.exemplary.intro")}</Text>
      <Text as="h4" size={200} weight="semibold" className={styles.flush}>{t("vote.categories")}</Text>
      <ul className={styles.list} aria-label={t("vote.categories")}>
        {categories.map((c, i) => (
          <li key={i} className={styles.item}>
            <div className={styles.row}>
              <Field size="small" label={t("vote.category.id")} className={styles.narrow}>
                <Input size="small" className={styles.fill} value={c.id} onChange={(_, d) => setCategory(i, { id: d.value })} />
              </Field>
              <Field size="small" label={t("vote.category.label")} className={styles.grow}>
                <Input size="small" className={styles.fill} value={c.label} onChange={(_, d) => setCategory(i, { label: d.value })} />
              </Field>
              <NumberBox className={styles.narrow} label={t("vote.category.places")} value={c.places} onChange={(v) => setCategory(i, { places: v })} />
              <NumberBox className={styles.narrow} decimals label={t("vote.category.minShare")} value={percent(c.minVoteShare)} onChange={(v) => setCategory(i, { minVoteShare: v === null ? null : v / 100 })} />
              <Button size="small" onClick={() => onChange(categories.filter((_, j) => j !== i), nominees)}>{t("vote.remove")}</Button>
            </div>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button size="small" onClick={() => onChange([...categories, { id: `TT${categories.length + 1}`, label: "", places: 1, minVoteShare: null }], nominees)}>{t("vote.category.add")}</Button>
      </div>
      <Text as="h4" size={200} weight="semibold" className={styles.flush}>{t("vote.exemplaryNominees")}</Text>
      <ul className={styles.list} aria-label={t("vote.exemplaryNominees")}>
        {nominees.map((n, i) => {
          const verdict = verdictOf(n, outcomes);
          return (
            <li key={i} className={styles.item}>
              <div className={styles.row}>
                <Field size="small" label={t("vote.nomineeRow.category")} className={styles.narrow}>
                  <Select size="small" className={styles.fill} value={n.category} onChange={(_, d) => setNominee(i, { category: d.value })}>
                    <option value="">—</option>
                    {categories.filter((c) => c.id.trim() !== "").map((c) => <option key={c.id} value={c.id}>{c.label ? `${c.id} – ${c.label}` : c.id}</option>)}
                  </Select>
                </Field>
                <Field size="small" label={t("vote.nomineeRow.name")} className={styles.grow}>
                  <Input size="small" className={styles.fill} value={n.name} onChange={(_, d) => setNominee(i, { name: d.value })} />
                </Field>
                <Field size="small" label={t("vote.nomineeRow.unit")} className={styles.grow}>
                  <Select size="small" className={styles.fill} value={n.unit} onChange={(_, d) => setNominee(i, { unit: d.value })}>
                    <option value="">{t("vote.nomineeRow.noUnit")}</option>
                    {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
                  </Select>
                </Field>
                <NumberBox className={styles.narrow} label={t("vote.nomineeRow.yes")} value={n.yes} onChange={(v) => setNominee(i, { yes: v })} />
                <Button size="small" onClick={() => onChange(categories, nominees.filter((_, j) => j !== i))}>{t("vote.remove")}</Button>
              </div>
              <Text size={200} className={verdict === "vote.exemplary.chosen" ? styles.good : verdict === "vote.exemplary.tied" ? styles.bad : styles.muted}>{t(verdict)}</Text>
            </li>
          );
        })}
      </ul>
      <div className={styles.row}>
        <Button size="small" disabled={categories.length === 0} onClick={() => onChange(categories, [...nominees, { category: categories[0]?.id ?? "", name: "", unit: "", yes: null }])}>{t("vote.nominee.add")}</Button>
      </div>
    </section>
  );
}
