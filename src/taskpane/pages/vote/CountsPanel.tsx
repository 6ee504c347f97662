// The conference's counts (members, present, ballots issued, returned, valid) and what the block's rule makes of
// them: the quorum met or not, and on what the shares are counted.
import { Text } from "@fluentui/react-components";
import type { BallotReport } from "../../../core/types";
import { COUNT_KEYS, type CountsDraft } from "../../../workbook/ballot-cells";
import { useText } from "../../i18n/text";
import { NumberBox } from "./NumberBox";
import { formatShare, useVoteStyles } from "./voteStyles";

export function CountsPanel({ counts, ballots, onChange }: { counts: CountsDraft; ballots: BallotReport | null; onChange(counts: CountsDraft): void }) {
  const { t, lang } = useText();
  const styles = useVoteStyles();
  const present = ballots?.present ?? null;
  const members = ballots?.members ?? null;
  return (
    <section className={styles.section} aria-labelledby="vote-counts">
      <Text as="h3" id="vote-counts" size={300} weight="semibold" className={styles.flush}>{t("vote.counts.title")}</Text>
      <div className={styles.grid}>
        {COUNT_KEYS.map((k) => (
          <NumberBox key={k} label={t(`vote.count.${k}`)} value={counts[k]} onChange={(n) => onChange({ ...counts, [k]: n })} />
        ))}
      </div>
      {ballots ? (
        <>
          <Text size={200} className={ballots.quorumMet ? styles.good : styles.bad}>
            {members !== null && present !== null
              ? t(ballots.quorumMet ? "vote.quorum.met" : "vote.quorum.notMet", { present, members, quorum: formatShare(ballots.quorum, lang) })
              : t("vote.quorum.unknown", { quorum: formatShare(ballots.quorum, lang) })}
          </Text>
          <Text size={200} className={styles.muted}>
            {t(ballots.denominator === "members" ? "vote.rule.members" : "vote.rule.present")} {t(ballots.strict ? "vote.rule.strict" : "vote.rule.atLeast")}
          </Text>
        </>
      ) : null}
    </section>
  );
}
