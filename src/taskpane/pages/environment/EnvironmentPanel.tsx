// "Môi trường": where the pane runs (host, platform, Office build) and which Office features Khối can use here.
import { useMemo, type ReactNode } from "react";
import {
  Badge,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useHost } from "../../hostContext";
import { REQUIREMENT_SETS, type Environment, type RequirementId } from "../../host";
import { useText, type MessageKey } from "../../i18n/text";
import { vi } from "../../i18n/vi";
import { StandaloneLink } from "../../components/RefusalNotice";
import { OfficerField } from "../../components/OfficerField";

/** The ExcelApi level creating the scoring workbook needs (src/office/requirements.ts: page layout, getRanges). */
const FULL_EXCEL_API = 9;

function belowFullLevel(level: string | null | undefined): boolean {
  if (!level) return false;
  const [major, minor] = level.split(".").map(Number);
  return major === 1 && minor < FULL_EXCEL_API;
}

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  // Browser default margins off: the page's gaps do the spacing.
  flush: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // The requirement set's technical name, for IT staff reading the panel over the officer's shoulder.
  setName: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "end",
    overflowWrap: "anywhere",
  },
});

const SUPPORT_ROWS: { id: RequirementId; label: MessageKey }[] = [
  { id: "customFunctions", label: "env.customFunctions" },
  { id: "customFunctionsErrors", label: "env.customFunctionsErrors" },
  { id: "sharedRuntime", label: "env.sharedRuntime" },
];

/** What the summary says: the manifest loads the functions only with CustomFunctionsRuntime 1.2 + SharedRuntime 1.1. */
function summaryOf(env: Environment): { intent: MessageBarIntent; text: MessageKey } {
  if (!env.host) return { intent: "warning", text: "env.summary.outside" };
  if (env.support.customFunctionsErrors && env.support.sharedRuntime) return { intent: "success", text: "env.summary.full" };
  return { intent: "info", text: "env.summary.noFunctions" };
}

function isKey(key: string): key is MessageKey {
  return key in vi;
}

export function EnvironmentPanel() {
  const styles = useStyles();
  const { t } = useText();
  const host = useHost();
  const env = useMemo(() => host.readEnvironment(), [host]);
  const summary = summaryOf(env);

  const named = (prefix: "host" | "platform", value: string | null) => {
    if (value === null) return prefix === "host" ? t("host.none") : t("env.unknown");
    const key = `${prefix}.${value}`;
    return isKey(key) ? t(key) : value;
  };
  const where: [MessageKey, string][] = [
    ["env.host", named("host", env.host)],
    ["env.platform", named("platform", env.platform)],
    ["env.version", env.version ?? t("env.unknown")],
    ["env.webview", env.webview ?? t("env.unknown")],
  ];
  // Only inside Office: outside, there is no ExcelApi to speak of.
  if (env.host) where.push(["env.excelApi", env.excelApi ? `ExcelApi ${env.excelApi}` : t("env.excelApi.none")]);

  return (
    <section className={styles.page} aria-labelledby="env-title">
      <div className={styles.header}>
        <Text as="h2" id="env-title" size={500} weight="semibold" block className={styles.flush}>
          {t("env.title")}
        </Text>
        <Text as="p" className={styles.intro} block>
          {t("env.intro")}
        </Text>
      </div>

      <MessageBar intent={summary.intent}>
        <MessageBarBody>{t(summary.text)}</MessageBarBody>
      </MessageBar>
      <OfficerField />
      {env.host && belowFullLevel(env.excelApi) ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("env.excelApi.low", { level: env.excelApi ?? "" })} <StandaloneLink />
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.section}>
        <Text as="h3" size={300} weight="semibold" className={styles.flush}>
          {t("env.section.where")}
        </Text>
        <dl className={styles.list}>
          {where.map(([label, value]) => (
            <Row key={label} term={t(label)} styles={styles}>
              {value}
            </Row>
          ))}
        </dl>
      </div>

      <div className={styles.section}>
        <Text as="h3" size={300} weight="semibold" className={styles.flush}>
          {t("env.section.support")}
        </Text>
        <dl className={styles.list}>
          {SUPPORT_ROWS.map(({ id, label }) => {
            const set = REQUIREMENT_SETS[id];
            const supported = env.support[id];
            return (
              <Row
                key={id}
                term={
                  <>
                    {t(label)}
                    <span className={styles.setName}>{`${set.name} ${set.version}`}</span>
                  </>
                }
                styles={styles}
              >
                <Badge appearance="tint" color={supported ? "success" : "warning"} shape="rounded">
                  {supported ? t("env.supported") : t("env.unsupported")}
                </Badge>
              </Row>
            );
          })}
        </dl>
      </div>
    </section>
  );
}

function Row({ term, children, styles }: { term: ReactNode; children: ReactNode; styles: ReturnType<typeof useStyles> }) {
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </>
  );
}
