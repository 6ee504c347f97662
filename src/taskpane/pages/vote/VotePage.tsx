// "Bình xét": the year-end conference on the workbook. Per award tier the nominees the ranking gives, the yes votes
// typed here, the quorum and threshold by the block's rule and the resulting awards (the engine evaluates the draft
// as the officer types); exemplary collectives and individuals; next year's leader and deputy with the rotation's
// suggestion. «Ghi vào sổ» previews every cell, old → new, then writes them with one Nhật ký line each and reads
// the workbook again: nothing lives only in the pane. Reaches the workbook only through the WorkbookHost.
import { useMemo, useState } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../../workbook/host";
import { withNextTerm, type BallotDraft, type BallotWrites } from "../../../workbook/ballot-cells";
import { FindingList, HostError, Progress, messageOf } from "../../components/ValidationReport";
import { PageFrame } from "../../components/PageFrame";
import { useText } from "../../i18n/text";
import { usePageHost, useWorkbookLook } from "../../workbookHost";
import { useInputsChanged } from "../../useInputsChanged";
import { CountsPanel } from "./CountsPanel";
import { ExemplaryPanel } from "./ExemplaryPanel";
import { LeadershipPanel } from "./LeadershipPanel";
import { TierPanel } from "./TierPanel";
import { WritePreview } from "./WritePreview";
import { commitWrites, liveResult, loadBallots, planWrites, StaleBallotsError, type BallotBook } from "./voteFlow";
import { useVoteStyles } from "./voteStyles";

type Look = { state: "reading" } | { state: "notBlock" } | { state: "done"; book: BallotBook };
type Write = { state: "idle" } | { state: "preview"; plan: BallotWrites } | { state: "busy" } | { state: "done"; cells: number } | { state: "stale" };

export function VotePage({ host: given, now = () => new Date() }: { host?: WorkbookHost; now?: () => Date }) {
  const { t, lang } = useText();
  const styles = useVoteStyles();
  const { host, detached } = usePageHost(given);
  const [look, setLook] = useState<Look>({ state: "reading" });
  const [draft, setDraft] = useState<BallotDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [write, setWrite] = useState<Write>({ state: "idle" });
  const [changedOutside, setChangedOutside] = useState(false);

  async function read(stillShown: () => boolean = () => true) {
    setError(null);
    try {
      const book = await loadBallots(host);
      if (!stillShown()) return;
      setLook(book ? { state: "done", book } : { state: "notBlock" });
      setDraft(book ? book.draft : null);
      setChangedOutside(false);
    } catch (failure) {
      if (stillShown()) setError(messageOf(failure));
    }
  }
  const lookError = useWorkbookLook(host, detached, (stillShown) => read(stillShown));

  const book = look.state === "done" ? look.book : null;
  const dirty = book !== null && draft !== null && JSON.stringify(draft) !== JSON.stringify(book.draft);
  // The sheets changed in Excel: read again at once when nothing is typed here, else say so (typing is never lost).
  useInputsChanged(host, !detached && book !== null, (stillShown) => {
    if (dirty) setChangedOutside(true);
    else void read(stillShown);
  });

  const live = useMemo(() => (book && draft ? liveResult(book, draft) : null), [book, draft]);
  const awardLabels = useMemo(() => new Map((book?.block.rules.awards ?? []).map((a) => [a.id, a.label ?? a.id])), [book]);
  const unitNames = useMemo(() => new Map((book?.block.units ?? []).map((u) => [u.id, u.name])), [book]);

  function edit(next: BallotDraft) {
    setDraft(next);
    if (write.state !== "busy") setWrite({ state: "idle" });
  }

  async function commit(plan: BallotWrites) {
    if (!book || !draft) return;
    setWrite({ state: "busy" });
    try {
      const cells = await commitWrites(host, book, draft, plan, now(), lang);
      await read();
      setWrite({ state: "done", cells });
    } catch (failure) {
      if (failure instanceof StaleBallotsError) setWrite({ state: "stale" });
      else {
        setWrite({ state: "idle" });
        setError(messageOf(failure));
      }
    }
  }

  // The preview is made on the workbook as it is now (a cell typed in the sheet meanwhile shows as its old value).
  async function preview() {
    if (!book || !draft) return;
    setWrite({ state: "busy" });
    try {
      setWrite({ state: "preview", plan: planWrites(book, draft, now(), lang, await host.readBlock()) });
    } catch (failure) {
      setWrite({ state: "idle" });
      setError(messageOf(failure));
    }
  }

  const canWrite = typeof host.writeCells === "function";
  return (
    <PageFrame id="vote-title" title={t("vote.title")} intro={t("vote.intro")} outsideNotice={detached ? t("vote.outside") : null}>
      <div className={styles.row}>
        <Button disabled={detached || look.state === "reading"} onClick={() => void read()}>{t("vote.refresh")}</Button>
      </div>
      {lookError ?? error ? <HostError title={t("vote.error.title")} message={(lookError ?? error)!} /> : null}
      {look.state === "reading" && !detached && !lookError && !error ? <Progress label={t("vote.reading")} /> : null}
      {look.state === "notBlock" ? (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{t("vote.notBlock")}</MessageBarBody></MessageBar>
      ) : null}
      {changedOutside ? (
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t("vote.changedOutside")}</MessageBarBody></MessageBar>
      ) : null}
      {book && draft && live ? (
        <>
          <FindingList findings={live.findings} host={host} title={t("vote.decide")} unitNames={unitNames} />
          <CountsPanel counts={draft.counts} ballots={live.ballots} onChange={(counts) => edit({ ...draft, counts })} />
          {(live.ballots?.tiers ?? []).map((tier) => (
            <TierPanel
              key={tier.id}
              tier={tier}
              yes={draft.yes[tier.id] ?? {}}
              awardLabels={awardLabels}
              unitNames={unitNames}
              onYes={(unit, value) => edit({ ...draft, yes: { ...draft.yes, [tier.id]: { ...draft.yes[tier.id], [unit]: value } } })}
            />
          ))}
          <ExemplaryPanel
            categories={draft.categories}
            nominees={draft.nominees}
            outcomes={live.ballots?.exemplary ?? []}
            units={book.block.units}
            onChange={(categories, nominees) => edit({ ...draft, categories, nominees })}
          />
          <LeadershipPanel
            block={book.block}
            leadership={live.leadership}
            nextLeader={draft.nextLeader}
            nextDeputy={draft.nextDeputy}
            history={withNextTerm(book.block, draft)}
            onChange={(nextLeader, nextDeputy) => edit({ ...draft, nextLeader, nextDeputy })}
          />
          <section className={styles.section} aria-labelledby="vote-write">
            <Text as="h3" id="vote-write" size={300} weight="semibold" className={styles.flush}>{t("vote.write.title")}</Text>
            {!canWrite ? <Text size={200} className={styles.muted}>{t("vote.write.unsupported")}</Text> : (
              <>
                <Text size={200} className={styles.muted}>{dirty || book.suggested ? t("vote.write.unsaved") : t("vote.write.saved")}</Text>
                <div className={styles.row}>
                  <Button appearance="primary" disabled={write.state === "busy"} onClick={() => void preview()}>
                    {t("vote.write.button")}
                  </Button>
                </div>
              </>
            )}
            {write.state === "preview" ? <WritePreview plan={write.plan} unitNames={unitNames} onCommit={() => void commit(write.plan)} onCancel={() => setWrite({ state: "idle" })} /> : null}
            {write.state === "busy" ? <Progress label={t("vote.write.busy")} /> : null}
            {write.state === "done" ? (
              <MessageBar intent="success" layout="multiline"><MessageBarBody>{t("vote.write.done", { count: write.cells })}</MessageBarBody></MessageBar>
            ) : null}
            {write.state === "stale" ? (
              <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t("vote.write.stale")}</MessageBarBody></MessageBar>
            ) : null}
          </section>
        </>
      ) : null}
    </PageFrame>
  );
}
