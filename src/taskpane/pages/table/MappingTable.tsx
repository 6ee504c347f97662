// The columns Khối found, each with a Dropdown of what it holds: the officer confirms or corrects every column.
import { Dropdown, Option, Text } from "@fluentui/react-components";
import { COLUMN_ROLES, ROLE_LABELS, type ColumnRole, type TableMapping } from "../../../tables";
import { useText } from "../../i18n/text";
import { useTableStyles } from "./tableStyles";

export function MappingTable({ mapping, onCorrect }: { mapping: TableMapping; onCorrect(column: string, role: ColumnRole): void }) {
  const { t, lang } = useText();
  const styles = useTableStyles();
  const labels = ROLE_LABELS[lang];
  const shown = mapping.columns.filter((c) => c.role !== "ignore" || c.heading !== "");
  return (
    <div className={styles.block}>
      <Text as="h3" weight="semibold" className={styles.flush}>{t("table.mapping")}</Text>
      <Text as="p" size={200} className={styles.muted}>{t("table.mapping.hint")}</Text>
      <table className={styles.table} aria-label={t("table.mapping")}>
        <thead>
          <tr>
            <th className={`${styles.th} ${styles.narrow}`}>{t("table.mapping.column")}</th>
            <th className={styles.th}>{t("table.mapping.heading")}</th>
            <th className={styles.th}>{t("table.mapping.role")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.column}>
              <td className={styles.td}>{c.column}</td>
              <td className={styles.td}>{c.heading}</td>
              <td className={styles.td}>
                <Dropdown
                  className={styles.dropdown}
                  aria-label={`${t("table.mapping.role")} ${c.column}`}
                  value={labels[c.role]}
                  selectedOptions={[c.role]}
                  onOptionSelect={(_, data) => {
                    if (data.optionValue && data.optionValue !== c.role) onCorrect(c.column, data.optionValue as ColumnRole);
                  }}
                >
                  {COLUMN_ROLES.map((role) => (
                    <Option key={role} value={role}>{labels[role]}</Option>
                  ))}
                </Dropdown>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
