// "Kiểm tra bảng có sẵn": reads the officer's own ranking table (the region around the selection, or a range),
// proposes what each column holds, checks it without changing a cell, and offers to adopt it into the Khối layout.
// It reaches the workbook only through the WorkbookHost's optional readRegion / highlightCells / clearHighlight,
// and says so when the host has none.
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { rowRuns } from "../../../tables";
import type { WorkbookHost } from "../../../workbook/host";
import { HostError, messageOf, Progress } from "../../components/ValidationReport";
import { PageFrame } from "../../components/PageFrame";
import { useText } from "../../i18n/text";
import { usePageHost } from "../../workbookHost";
import { AdoptPanel } from "./AdoptPanel";
import { MappingTable } from "./MappingTable";
import { TableFindings } from "./TableFindings";
import { checkRegion, correctColumn, type CheckedTable } from "./tableModel";
import { useTableStyles } from "./tableStyles";

type Read =
  | { state: "idle" }
  | { state: "reading" }
  | { state: "notFound"; sheet: string }
  | { state: "found"; table: CheckedTable }
  | { state: "failed"; message: string; error: unknown };

export function TablePage({ host: given }: { host?: WorkbookHost }) {
  const { t } = useText();
  const styles = useTableStyles();
  const { host, detached } = usePageHost(given);
  const [range, setRange] = useState("");
  const [read, setRead] = useState<Read>({ state: "idle" });
  const supported = typeof host.readRegion === "function";

  async function readTable() {
    if (!host.readRegion) return;
    setRead({ state: "reading" });
    try {
      const region = await host.readRegion(undefined, range.trim() || undefined);
      const table = checkRegion(region);
      setRead(table ? { state: "found", table } : { state: "notFound", sheet: region.sheet });
    } catch (error) {
      setRead({ state: "failed", message: messageOf(error), error });
    }
  }

  const table = read.state === "found" ? read.table : null;
  const skipped = table ? table.mapping.skippedRows.filter((s) => s.kind !== "blank").map((s) => s.row) : [];
  return (
    <PageFrame id="table-title" title={t("table.title")} intro={t("table.intro")} outsideNotice={detached ? t("table.outside") : null}>
      {!detached && !supported ? (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{t("table.unsupported")}</MessageBarBody></MessageBar>
      ) : null}
      <div className={styles.row}>
        <Field label={t("table.range.label")}>
          <Input value={range} placeholder={t("table.range.placeholder")} onChange={(_, data) => setRange(data.value)} disabled={detached || !supported} />
        </Field>
        <Button appearance="primary" disabled={detached || !supported || read.state === "reading"} onClick={readTable}>
          {t("table.read")}
        </Button>
      </div>
      {read.state === "reading" ? <Progress label={t("table.reading")} /> : null}
      {read.state === "failed" ? <HostError title={t("table.error.title")} message={read.message} error={read.error} /> : null}
      {read.state === "notFound" ? (
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t("table.notFound", { sheet: read.sheet })}</MessageBarBody></MessageBar>
      ) : null}
      {table ? (
        <>
          <Text as="p" className={styles.flush}>
            {t("table.found", { sheet: table.mapping.sheet ?? "", units: table.mapping.unitRows.length, header: rowRuns(table.mapping.headerRows) })}
            {table.mapping.maximaRow !== null ? ` ${t("table.found.maxima", { row: table.mapping.maximaRow })}` : ""}
            {skipped.length > 0 ? ` ${t("table.skipped", { rows: rowRuns(skipped) })}` : ""}
          </Text>
          <MappingTable mapping={table.mapping} onCorrect={(column, role) => setRead({ state: "found", table: correctColumn(table, column, role) })} />
          <TableFindings sheet={table.mapping.sheet ?? ""} findings={table.findings} host={host} />
          <AdoptPanel table={table} host={host} />
        </>
      ) : null}
    </PageFrame>
  );
}
