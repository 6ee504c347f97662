// The vi/en switch in the pane's header: two toggle buttons, the pressed one is the current language.
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useText, type Lang } from "../i18n/text";

const useStyles = makeStyles({
  group: { display: "flex", columnGap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  button: { minWidth: "36px" },
});

const LANGS: { lang: Lang; short: string; name: "language.vi" | "language.en" }[] = [
  { lang: "vi", short: "VI", name: "language.vi" },
  { lang: "en", short: "EN", name: "language.en" },
];

export function LanguageSwitch() {
  const styles = useStyles();
  const { lang, setLang, t } = useText();
  return (
    <div role="group" aria-label={t("language.label")} className={styles.group}>
      {LANGS.map((option) => (
        <ToggleButton
          key={option.lang}
          size="small"
          appearance={option.lang === lang ? "primary" : "subtle"}
          checked={option.lang === lang}
          className={styles.button}
          title={t(option.name)}
          lang={option.lang}
          onClick={() => setLang(option.lang)}
        >
          {option.short}
        </ToggleButton>
      ))}
    </div>
  );
}
