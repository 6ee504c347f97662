// The frame every step page shares: its heading, a one-line introduction, and the notice that the pane is open
// outside Excel (then the page has no workbook to work on and says so at once).
import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  flush: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface PageFrameProps {
  /** Id of the heading, which labels the page's region. */
  id: string;
  title: string;
  intro: string;
  /** Shown as a warning when the pane runs outside Excel; null inside Excel. */
  outsideNotice: string | null;
  children: ReactNode;
}

export function PageFrame({ id, title, intro, outsideNotice, children }: PageFrameProps) {
  const styles = useStyles();
  return (
    <section className={styles.page} aria-labelledby={id}>
      <div className={styles.header}>
        <Text as="h2" id={id} size={400} weight="semibold" className={styles.flush}>
          {title}
        </Text>
        <Text as="p" size={300} className={styles.muted}>
          {intro}
        </Text>
      </div>
      {outsideNotice !== null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{outsideNotice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {children}
    </section>
  );
}
