// A count typed by the officer (members, ballots, yes votes, places, a share in percent): the text stays as typed,
// the page gets the number (null when empty) and a text that is not a count says so under the box.
import { useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { useText } from "../../i18n/text";
import { useVoteStyles } from "./voteStyles";

/** «12», «12,5» (percent), «» → number or null; undefined when it is not a number of that kind. */
export function parseCount(text: string, decimals: boolean): number | null | undefined {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return null;
  const pattern = decimals ? /^\d+([.,]\d+)?$/ : /^\d+$/;
  if (!pattern.test(t)) return undefined;
  return Number(t.replace(",", "."));
}

const shown = (n: number | null, lang: string): string => (n === null ? "" : lang === "en" ? String(n) : String(n).replace(".", ","));

export function NumberBox({ label, hiddenLabel, value, onChange, decimals = false, className }: {
  label: string;
  /** Said after the label to screen readers only (e.g. which nominee of which tier). */
  hiddenLabel?: string;
  value: number | null;
  onChange(value: number | null): void;
  decimals?: boolean;
  className?: string;
}) {
  const { t, lang } = useText();
  const [text, setText] = useState(shown(value, lang));
  // A new value from outside (the workbook read again) replaces the text, unless it is what the text already says.
  useEffect(() => {
    setText((current) => (parseCount(current, decimals) === value ? current : shown(value, lang)));
  }, [value, decimals, lang]);
  const styles = useVoteStyles();
  const parsed = parseCount(text, decimals);
  return (
    <Field label={hiddenLabel ? <>{label}<span className={styles.hidden}>{hiddenLabel}</span></> : label} size="small" className={`${styles.cell} ${className ?? ""}`} validationState={parsed === undefined ? "error" : "none"} validationMessage={parsed === undefined ? t(decimals ? "vote.number.decimal" : "vote.number.count") : undefined}>
      <Input
        size="small"
        className={styles.fill}
        inputMode={decimals ? "decimal" : "numeric"}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const n = parseCount(d.value, decimals);
          if (n !== undefined) onChange(n);
        }}
      />
    </Field>
  );
}
