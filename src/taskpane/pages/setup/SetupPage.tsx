// "Thiết lập": choose a template, enter the member units and the rules, preview the sheets, then create (or
// upgrade) the block's scoring workbook through the WorkbookHost, with progress and a summary of what was done.
import { useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { nameKey } from "../../../core/text/normalize";
import { buildLayout } from "../../../workbook/build";
import type { ApplyReport, ApplyStep, WorkbookHost, WorkbookInspection } from "../../../workbook/host";
import type { FormulaMode, SheetKey } from "../../../workbook/model";
import { isHostRefusal } from "../../../workbook/refusal";
import { takeInStrayValues, type StrayEntries } from "../../../workbook/stray";
import { takeInLogEntries } from "../../../workbook/take-in-log";
import { planSheets } from "../../../office/plan";
import { BUILT_IN_TEMPLATES, findTemplate } from "../../../templates";
import { useText, type MessageKey } from "../../i18n/text";
import {
  blockFromForm, existingFromDoc, formFromTemplate, formWithExisting, initialForm,
  type ExistingBlock, type SetupForm, type SetupProblem,
} from "./setupModel";
import { PageFrame } from "../../components/PageFrame";
import { RefusalNotice } from "../../components/RefusalNotice";
import { usePanelStyles } from "../../components/panelStyles";
import { usePageHost, useWorkbookLook } from "../../workbookHost";

const useStyles = makeStyles({
  flush: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  description: { display: "block", color: tokens.colorNeutralForeground3 },
  // Two short fields side by side even at 320 px.
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  // An <input> is 20 characters wide by default: let it shrink to its grid column.
  narrow: { minWidth: 0, width: "100%" },
  tier: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tieList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  tieRow: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  line: { display: "block" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
});

type Run =
  | { state: "idle" }
  | { state: "running"; step: ApplyStep; fraction: number }
  | { state: "done"; report: ApplyReport; upgrade: boolean }
  | { state: "failed"; message: string; error: unknown };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SetupPage({ host: given }: { host?: WorkbookHost }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { t, lang } = useText();
  const { host, detached } = usePageHost(given);
  const [form, setForm] = useState<SetupForm>(() => initialForm(new Date().getFullYear()));
  const [mode, setMode] = useState<FormulaMode>("native");
  const [inspection, setInspection] = useState<WorkbookInspection | null>(null);
  const [existing, setExisting] = useState<ExistingBlock | null>(null);
  const [run, setRun] = useState<Run>({ state: "idle" });
  // Units typed by hand under the list (and their typed columns), and the ids typed for the ones taken in.
  const [stray, setStray] = useState<StrayEntries | null>(null);
  const [takenIds, setTakenIds] = useState<Map<string, string> | null>(null);

  // What is in the workbook: a block workbook pre-fills the form so upgrading keeps its units, ids and rules.
  const inspectError = useWorkbookLook(host, detached, async (stillShown) => {
    const detected = await host.detectFormulaMode();
    const found = await host.inspect();
    if (!stillShown()) return;
    // Upgrading keeps the workbook's formulas (native after «Gửi đi» stays native), unless this Excel cannot run KHOI.*.
    setMode(detected === "khoi" && found.isBlockWorkbook && found.formulas ? found.formulas : detected);
    setInspection(found);
    if (!found.isBlockWorkbook) return;
    const reading = await host.readBlock();
    if (!stillShown()) return;
    const before = existingFromDoc(reading.doc);
    setExisting(before);
    setStray(reading.stray && reading.stray.units.length > 0 ? reading.stray : null);
    setForm((f) => formWithExisting(f, before, reading.doc));
  });

  const ids = useMemo(() => new Map([...(existing?.ids ?? []), ...(takenIds ?? [])]), [existing, takenIds]);
  const result = useMemo(() => blockFromForm(form, ids), [form, ids]);
  // Units taken in bring the targets and scores typed for them beside the tables.
  const block = useMemo(() => (result.block && takenIds && stray ? takeInStrayValues(result.block, stray).block : result.block), [result.block, takenIds, stray]);
  const layout = useMemo(() => (block ? buildLayout(block, { formulas: mode, language: lang }) : null), [block, mode, lang]);
  const plans = useMemo(() => {
    if (!layout) return [];
    const owned = inspection?.blockSheets ?? {};
    return planSheets(layout, [...(inspection?.userSheets ?? []), ...Object.values(owned)], owned);
  }, [layout, inspection]);
  const upgrade = inspection?.isBlockWorkbook === true;
  const running = run.state === "running";

  const update = (patch: Partial<SetupForm>) => setForm((f) => ({ ...f, ...patch }));
  const updateTier = (index: number, patch: Partial<SetupForm["tiers"][number]>) =>
    setForm((f) => ({ ...f, tiers: f.tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)) }));
  const chooseTemplate = (id: string) => {
    const template = findTemplate(id);
    if (template) setForm((f) => formFromTemplate(template, { blockName: f.blockName, year: f.year, unitsText: f.unitsText }));
  };
  const tierLabel = (id: string) => form.tiers.find((tier) => tier.id === id)?.label ?? id;
  const tieLabel = (key: string) => {
    if (key.startsWith("group:")) return t("setup.tie.group", { code: key.slice("group:".length) });
    if (key.startsWith("vote:")) return t("setup.tie.vote", { label: tierLabel(key.slice("vote:".length)) });
    if (key === "penalty" || key === "bonus" || key === "exceeded") return t(`setup.tie.${key}`);
    return key;
  };
  const moveUp = (index: number) =>
    setForm((f) => {
      const order = [...f.tieBreak];
      [order[index - 1], order[index]] = [order[index], order[index - 1]];
      return { ...f, tieBreak: order };
    });
  const problemText = (problem: SetupProblem) => {
    if (problem.key === "setup.problem.finding") return lang === "en" ? problem.finding.messageEn : problem.finding.message;
    return "params" in problem ? t(problem.key, problem.params) : t(problem.key);
  };

  const takeInStray = () => {
    if (!stray) return;
    const present = new Set(form.unitsText.split("\n").map((line) => nameKey(line)).filter((k) => k !== ""));
    const added = stray.units.filter((u) => !present.has(nameKey(u.name)));
    setTakenIds(new Map(stray.units.filter((u) => u.id).map((u) => [nameKey(u.name), u.id!] as [string, string])));
    setForm((f) => ({ ...f, unitsText: [f.unitsText.trimEnd(), ...added.map((u) => u.name)].filter((line) => line !== "").join("\n") }));
  };

  async function create() {
    if (!layout || !block) return;
    setRun({ state: "running", step: "inspect", fraction: 0 });
    try {
      const report = await host.applyLayout(layout, {
        block,
        keepValues: true,
        // Units taken in from rows and columns typed outside the tables: a Nhật ký line each (action takeIn).
        ...(takenIds && stray ? { log: takeInLogEntries(stray, block, new Date().toISOString()) } : {}),
        onProgress: (step, fraction) => setRun({ state: "running", step, fraction }),
      });
      setRun({ state: "done", report, upgrade });
      // The workbook is a block workbook now: a second click upgrades it, with the same unit ids.
      const sheets = Object.fromEntries([...report.created, ...report.updated].map((s) => [s.key, s.name])) as Partial<Record<SheetKey, string>>;
      setInspection((before) => ({
        isBlockWorkbook: true,
        layoutVersion: layout.meta.layoutVersion,
        formulas: report.formulas,
        language: layout.meta.language,
        blockId: layout.meta.blockId,
        blockSheets: sheets,
        userSheets: before?.userSheets ?? [],
      }));
      setExisting((before) => ({
        blockName: block.block.name,
        year: String(block.block.year),
        unitsText: form.unitsText,
        ids: new Map([...(before?.ids ?? []), ...result.units.units.map((u) => [nameKey(u.name), u.id] as [string, string])]),
      }));
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error), error });
    }
  }

  const templates = BUILT_IN_TEMPLATES;
  return (
    <PageFrame id="setup-title" title={t("setup.title")} intro={t("setup.intro")} outsideNotice={detached ? t("setup.outside") : null}>
      {inspectError ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("setup.inspect.error", { message: inspectError })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {stray && run.state !== "done" ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t("setup.stray.title")}</MessageBarTitle>
            {t("setup.stray.body", { names: stray.units.map((u) => `«${u.name}» (${u.cell})`).join(", ") })}
            {takenIds ? <Text block>{t("setup.stray.taken")}</Text> : null}
          </MessageBarBody>
          {takenIds ? null : (
            <MessageBarActions>
              <Button appearance="primary" size="small" onClick={takeInStray}>{t("setup.stray.take", { count: stray.units.length })}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ) : null}
      {upgrade && run.state !== "done" ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t("setup.existing.title")}</MessageBarTitle>
            {t("setup.existing.body")}
            {inspection?.layoutVersion !== undefined ? ` ${t("setup.existing.version", { version: inspection.layoutVersion })}` : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t("setup.template")}</legend>
        <RadioGroup value={form.templateId} onChange={(_, data) => chooseTemplate(data.value)} aria-label={t("setup.template")}>
          {templates.map((template) => (
            <Radio
              key={template.id}
              value={template.id}
              label={
                <span>
                  {lang === "en" ? template.nameEn : template.name}
                  <Text size={200} className={styles.description}>
                    {lang === "en" ? template.descriptionEn : template.description}
                  </Text>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </fieldset>

      <div className={styles.section}>
        <Field label={t("setup.blockName")} required>
          <Input className={styles.narrow} value={form.blockName} placeholder={t("setup.blockName.placeholder")} onChange={(_, d) => update({ blockName: d.value })} />
        </Field>
        <div className={styles.pair}>
          <Field label={t("setup.year")} required>
            <Input className={styles.narrow} input={{ className: styles.narrow }} value={form.year} inputMode="numeric" onChange={(_, d) => update({ year: d.value })} />
          </Field>
          <Field label={t("setup.scale")} required>
            <Input className={styles.narrow} input={{ className: styles.narrow }} value={form.scale} inputMode="decimal" onChange={(_, d) => update({ scale: d.value })} />
          </Field>
        </div>
      </div>

      <Field
        label={t("setup.units")}
        hint={`${t("setup.units.hint")} ${t("setup.units.count", { count: result.units.units.length })}`}
        validationState={result.units.duplicates.length > 0 ? "warning" : "none"}
        validationMessage={
          result.units.duplicates.length > 0
            ? result.units.duplicates.map((d) => t("setup.problem.duplicate", { name: d.name, lines: d.lines.join(", ") })).join(" ")
            : undefined
        }
      >
        <Textarea className={styles.narrow} value={form.unitsText} rows={8} resize="vertical" onChange={(_, d) => update({ unitsText: d.value })} />
      </Field>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t("setup.awards")}</legend>
        {form.tiers.map((tier, index) => (
          <div key={tier.id} className={styles.tier} role="group" aria-label={tier.label}>
            <Text weight="semibold">{tier.label}</Text>
            <div className={styles.pair}>
              <Field label={t("setup.award.count")}>
                <Input
                  className={styles.narrow}
                  input={{ className: styles.narrow }}
                  value={tier.count}
                  inputMode="numeric"
                  onChange={(_, d) => updateTier(index, { count: d.value })}
                />
              </Field>
              <Field label={t("setup.award.minScore")}>
                <Input
                  className={styles.narrow}
                  input={{ className: styles.narrow }}
                  value={tier.minScore}
                  inputMode="decimal"
                  onChange={(_, d) => updateTier(index, { minScore: d.value })}
                />
              </Field>
            </div>
          </div>
        ))}
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t("setup.tieBreak")}</legend>
        <Text size={200} className={styles.muted}>
          {t("setup.tieBreak.hint")}
        </Text>
        <ol className={styles.tieList}>
          {form.tieBreak.map((item, index) => (
            <li key={item.key} className={styles.tieRow}>
              <Checkbox
                checked={item.on}
                label={tieLabel(item.key)}
                onChange={(_, d) => update({ tieBreak: form.tieBreak.map((x, i) => (i === index ? { ...x, on: d.checked === true } : x)) })}
              />
              <Button
                size="small"
                appearance="subtle"
                disabled={index === 0}
                aria-label={t("setup.moveUp", { label: tieLabel(item.key) })}
                onClick={() => moveUp(index)}
              >
                ↑
              </Button>
            </li>
          ))}
        </ol>
      </fieldset>

      <section className={panel.panel} aria-labelledby="setup-preview">
        <Text as="h3" id="setup-preview" weight="semibold" className={styles.flush}>
          {t("setup.preview")}
        </Text>
        <Text>{t("setup.preview.counts", { units: result.units.units.length, criteria: result.criteria })}</Text>
        <Text size={200}>{t(mode === "khoi" ? "setup.preview.formulas.khoi" : "setup.preview.formulas.native")}</Text>
        {layout ? (
          <>
            <Text size={200}>{t("setup.preview.sheets")}</Text>
            <ul className={styles.list} aria-label={t("setup.preview.sheets")}>
              {plans.map((plan) => {
                const sheet = layout.sheets.find((s) => s.key === plan.key);
                const tags = [t(plan.action === "create" ? "setup.preview.new" : "setup.preview.update")];
                if (sheet && sheet.visibility !== "visible") tags.push(t("setup.preview.hidden"));
                return <li key={plan.key}>{`${plan.name} (${tags.join(", ")})`}</li>;
              })}
            </ul>
            {plans
              .filter((plan) => plan.action === "create" && plan.name !== plan.wanted)
              .map((plan) => (
                <Text key={plan.key} size={200}>
                  {t("setup.preview.renamed", { wanted: plan.wanted, name: plan.name })}
                </Text>
              ))}
          </>
        ) : null}
        {result.problems.length > 0 ? (
          <ul className={styles.problems}>
            {result.problems.map((problem, i) => (
              <li key={i}>{problemText(problem)}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <Text size={200} className={styles.muted}>
        {t("setup.noUndo")}
      </Text>
      <Button appearance="primary" disabled={!result.block || running} onClick={create}>
        {t(upgrade ? "setup.upgrade" : "setup.create")}
      </Button>

      {run.state === "running" ? (
        <Field validationMessage={t(`setup.progress.${run.step}` as MessageKey)} validationState="none">
          <ProgressBar value={run.fraction} max={1} aria-label={t(`setup.progress.${run.step}` as MessageKey)} />
        </Field>
      ) : null}
      {run.state === "done" ? <Summary report={run.report} upgrade={run.upgrade} /> : null}
      {run.state === "failed" && isHostRefusal(run.error) ? <RefusalNotice refusal={run.error} /> : null}
      {run.state === "failed" && !isHostRefusal(run.error) ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("setup.error.title")}</MessageBarTitle>
            {run.message} {t("setup.error.hint")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </PageFrame>
  );
}

function Summary({ report, upgrade }: { report: ApplyReport; upgrade: boolean }) {
  const styles = useStyles();
  const { t } = useText();
  const lines: string[] = [];
  // The hidden meta sheet is Khối's bookkeeping, not something the officer will look for.
  const created = report.created.filter((s) => s.key !== "meta");
  if (created.length > 0) lines.push(t("setup.done.created", { sheets: created.map((s) => s.name).join(", ") }));
  if (report.updated.length > 0) lines.push(t("setup.done.updated", { sheets: report.updated.map((s) => s.name).join(", ") }));
  for (const r of report.renamed) lines.push(t("setup.done.renamed", { wanted: r.wanted, name: r.name }));
  lines.push(t("setup.done.counts", { units: report.units, criteria: report.criteria, names: report.names.length }));
  if (upgrade || report.kept > 0 || report.dropped.length > 0) {
    lines.push(t("setup.done.kept", { kept: report.kept, moved: report.moved.length, dropped: report.dropped.length }));
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(upgrade ? "setup.done.titleUpgrade" : "setup.done.title")}</MessageBarTitle>
        {lines.map((line) => (
          <span key={line} className={styles.line}>
            {line}
          </span>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
