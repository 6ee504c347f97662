// Who is working: the officer's name, kept in the workbook's hidden meta sheet (src/workbook/officer.ts) and named by
// every Nhật ký line Khối writes (apply, import, switch, repair…). Read when the pane opens; saved on «Lưu tên».
// Shown only where the host reads and writes cells (Excel, the standalone page).
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { officerOf, officerWrites } from "../../workbook/officer";
import { useText } from "../i18n/text";
import { usePageHost, useWorkbookLook } from "../workbookHost";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  input: { flexGrow: 1, minWidth: "10em" },
});

type Saved = { state: "idle" } | { state: "saved"; name: string } | { state: "noBook" } | { state: "failed"; message: string };

export function OfficerField() {
  const { t } = useText();
  const styles = useStyles();
  const { host, detached } = usePageHost();
  const able = !detached && typeof host.readGrids === "function" && typeof host.writeCells === "function";
  const [name, setName] = useState("");
  const [saved, setSaved] = useState<Saved>({ state: "idle" });
  const lookError = useWorkbookLook(host, !able, async (stillShown) => {
    const known = officerOf(await host.readGrids!());
    if (stillShown() && known) setName(known);
  });

  async function save() {
    try {
      const writes = officerWrites(await host.readGrids!(), name);
      if (writes.length === 0) { setSaved({ state: "noBook" }); return; }
      await host.writeCells!(writes, []);
      setSaved({ state: "saved", name: name.trim() });
    } catch (error) {
      setSaved({ state: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (!able) return null;
  return (
    <Field label={t("officer.label")} hint={t("officer.hint")} validationMessage={lookError ?? undefined}>
      <div className={styles.row}>
        <Input className={styles.input} value={name} onChange={(_, data) => { setName(data.value); setSaved({ state: "idle" }); }} />
        <Button disabled={name.trim() === ""} onClick={() => void save()}>{t("officer.save")}</Button>
      </div>
      {saved.state === "saved" ? <MessageBar intent="success"><MessageBarBody>{t("officer.saved", { name: saved.name })}</MessageBarBody></MessageBar> : null}
      {saved.state === "noBook" ? <MessageBar intent="warning"><MessageBarBody>{t("officer.noBook")}</MessageBarBody></MessageBar> : null}
      {saved.state === "failed" ? <MessageBar intent="error"><MessageBarBody>{t("officer.error", { message: saved.message })}</MessageBarBody></MessageBar> : null}
    </Field>
  );
}
