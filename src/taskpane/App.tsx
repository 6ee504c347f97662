// The pane's frame: header (title, language switch), the navigation over the listed pages, the current page.
import { Suspense, useMemo, useState } from "react";
import { Spinner, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { useText } from "./i18n/text";
import { orderedPages, pages as registeredPages, type PageEntry, type StepId } from "./pages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", minWidth: 0 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  // The steps scroll sideways at 320 px instead of wrapping into a second row.
  nav: {
    overflowX: "auto",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: { flexGrow: 1, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
});

/** `pages` defaults to the registry in pages.tsx; tests pass their own. `start` is the page shown first (default:
 *  the first, Thiết lập). */
export function App({ pages: listed = registeredPages, start }: { pages?: readonly PageEntry[]; start?: StepId }) {
  const styles = useStyles();
  const { t } = useText();
  const pages = useMemo(() => orderedPages(listed), [listed]);
  const [current, setCurrent] = useState<StepId | undefined>(start && pages.some((p) => p.step === start) ? start : pages[0]?.step);
  const page = pages.find((p) => p.step === current) ?? pages[0];

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <div className={styles.titles}>
            <Text as="h1" size={500} weight="semibold" truncate wrap={false} className={styles.title}>
              {t("app.title")}
            </Text>
            <Text size={200} className={styles.subtitle} truncate wrap={false}>
              {t("app.subtitle")}
            </Text>
          </div>
        </div>
        <LanguageSwitch />
      </header>
      <nav className={styles.nav} aria-label={t("nav.label")}>
        <TabList size="small" selectedValue={page?.step} onTabSelect={(_, data) => setCurrent(data.value as StepId)}>
          {pages.map((p) => (
            <Tab key={p.step} value={p.step}>
              {t(p.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>{page ? <page.Component /> : null}</Suspense>
      </main>
    </div>
  );
}
