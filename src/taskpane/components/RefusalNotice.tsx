// What the pane shows when the workbook host refused a step before touching the workbook (an Excel without the
// requirement sets the step needs): what is missing, that nothing changed, and the standalone page to do it there.
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { STANDALONE_PAGE, type HostRefusal } from "../../workbook/refusal";
import { useText } from "../i18n/text";

/** A link to the standalone page (served beside the pane), opened outside the pane. */
export function StandaloneLink({ href = STANDALONE_PAGE }: { href?: string }) {
  const { t } = useText();
  return (
    <Link href={href} target="_blank" rel="noopener">
      {t("refusal.standalone")}
    </Link>
  );
}

export function RefusalNotice({ refusal }: { refusal: HostRefusal }) {
  const { t, lang } = useText();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("refusal.title")}</MessageBarTitle>
        {lang === "en" ? refusal.messageEn : refusal.message} <StandaloneLink href={refusal.standalonePage} />
      </MessageBarBody>
    </MessageBar>
  );
}
