// One award tier at the conference: the nominees the ranking gives with their yes votes (typed here), share and
// result; the units passed over and why; and the units the tier goes to as the numbers stand.
import { Text } from "@fluentui/react-components";
import type { PassedOverReason, TierBallot } from "../../../core/types";
import { useText } from "../../i18n/text";
import { formatTotal } from "../../validation";
import { NumberBox } from "./NumberBox";
import { formatShare, useVoteStyles } from "./voteStyles";

const REASON_KEYS: Record<PassedOverReason, `vote.reason.${PassedOverReason}`> = {
  disqualified: "vote.reason.disqualified",
  minScore: "vote.reason.minScore",
  requires: "vote.reason.requires",
  tie: "vote.reason.tie",
  vote: "vote.reason.vote",
  quorum: "vote.reason.quorum",
};

export function TierPanel({ tier, yes, awardLabels, unitNames, onYes }: {
  tier: TierBallot;
  unitNames: ReadonlyMap<string, string>;
  yes: Record<string, number | null>;
  awardLabels: ReadonlyMap<string, string>;
  onYes(unit: string, value: number | null): void;
}) {
  const { t, lang } = useText();
  const styles = useVoteStyles();
  const id = `vote-tier-${tier.id}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h3" id={id} size={300} weight="semibold" className={styles.flush}>{tier.label}</Text>
      <Text size={200} className={styles.muted}>
        {t("vote.tier.places", { count: tier.places })}
        {tier.minVoteShare !== null ? ` ${t("vote.tier.minShare", { share: formatShare(tier.minVoteShare, lang) })}` : ` ${t("vote.tier.noShare")}`}
      </Text>
      {tier.nominees.length === 0 ? <Text size={200}>{t("vote.tier.noNominees")}</Text> : (
        <ul className={styles.list} aria-label={t("vote.tier.nominees", { tier: tier.label })}>
          {tier.nominees.map((n) => (
            <li key={n.unit} className={styles.item}>
              <Text size={300} weight="semibold">{t("vote.nominee.head", { rank: n.rank, name: n.name, total: formatTotal(n.total, lang) })}</Text>
              <div className={styles.row}>
                <NumberBox className={styles.narrow} label={t("vote.nominee.yes")} hiddenLabel={t("vote.nominee.yesOf", { name: n.name, tier: tier.label })} value={yes[n.unit] ?? null} onChange={(v) => onYes(n.unit, v)} />
                <Text size={200}>
                  {t("vote.nominee.share", { share: formatShare(n.share, lang) })}
                  {n.passes === true ? ` — ${t("vote.nominee.passes")}` : n.passes === false ? ` — ${t("vote.nominee.fails")}` : ""}
                </Text>
              </div>
              <Text size={200} className={n.award === tier.id ? styles.good : styles.muted}>
                {n.award === null ? t("vote.nominee.noAward") : t("vote.nominee.award", { award: awardLabels.get(n.award) ?? n.award })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {tier.passedOver.length > 0 ? (
        <div className={styles.section}>
          <Text size={200} weight="semibold">{t("vote.passedOver")}</Text>
          <ul className={styles.list}>
            {tier.passedOver.map((p) => (
              <li key={p.unit}>
                <Text size={200}>{t("vote.passedOver.line", { rank: p.rank, name: p.name, reasons: p.reasons.map((r) => t(REASON_KEYS[r])).join("; ") })}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Text size={300} weight="semibold" role="status" aria-label={t("vote.awarded.label", { tier: tier.label })}>
        {tier.awarded.length > 0
          ? t("vote.awarded", { names: tier.awarded.map((u) => unitNames.get(u) ?? u).join(", ") })
          : t("vote.awarded.none")}
      </Text>
    </section>
  );
}
