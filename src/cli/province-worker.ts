// A worker thread of `khoi province`: reads the files it is sent, one at a time, and answers each with its outcome.
import { parentPort } from "worker_threads";
import type { FileOutcome } from "../province/types";
import { readOneFile } from "./province-files";

export interface WorkerJob {
  path: string;
  choicesOnly: boolean;
}

parentPort?.on("message", (job: WorkerJob) => {
  void readOneFile(job.path, job.choicesOnly)
    .catch((error): FileOutcome => {
      const detail = error instanceof Error ? error.message : String(error);
      return { skipped: { file: { name: job.path, modified: 0 }, reason: `không đọc được sổ: ${detail}`, reasonEn: `cannot read the workbook: ${detail}` } };
    })
    .then((outcome) => parentPort?.postMessage(outcome));
});
