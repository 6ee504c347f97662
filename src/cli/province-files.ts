// Reads the block workbooks the board gave without holding them all: each file's bytes are read, turned into its small
// summary and dropped. Files are read one at a time per thread (this one and a worker per further core, at most four
// in all), in this thread alone when there are few files or no compiled worker (under ts-jest), and the outcomes are
// merged in file-name order.
import { readdir, readFile, stat } from "fs/promises";
import { existsSync } from "fs";
import { cpus } from "os";
import { join, resolve } from "path";
import { Worker } from "worker_threads";
import type { BlockFileSummary, BoardChoice, FileOutcome, ProvinceFile, SkippedFile } from "../province/types";
import { readProvinceBytes } from "../xlsx/province-read";
// Type-only, so the worker is compiled beside this file (lib/, the bench build) and never loaded in this thread.
import type { WorkerJob } from "./province-worker";

export interface ProvinceInputs {
  blocks: BlockFileSummary[];
  skipped: SkippedFile[];
  choices: BoardChoice[];
  /** Consolidated workbooks whose marks were read. */
  provinceFiles: string[];
}

/** Every .xlsx under a folder (sub-folders too), in name order. */
async function xlsxUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await xlsxUnder(path)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".xlsx")) found.push(path);
  }
  return found;
}

const skip = (file: ProvinceFile, reason: string, reasonEn: string): FileOutcome => ({ skipped: { file, reason, reasonEn } });

/** Reads one file from disk, then as src/xlsx/province-read.ts reads any file's bytes. */
export async function readOneFile(path: string, choicesOnly: boolean): Promise<FileOutcome> {
  let bytes: Uint8Array;
  let file: ProvinceFile;
  try {
    const info = await stat(path);
    bytes = await readFile(path);
    file = { name: path, modified: info.mtimeMs };
  } catch {
    return skip({ name: path, modified: 0 }, "không đọc được tệp", "cannot read the file");
  }
  return readProvinceBytes(file, bytes, choicesOnly);
}

/** The compiled worker beside this file; absent when running from TypeScript sources. */
const WORKER = join(__dirname, "province-worker.js");

async function readAll(jobs: WorkerJob[], onFile?: (path: string) => void): Promise<FileOutcome[]> {
  const threads = Math.min(cpus().length, 4, jobs.length);
  if (threads < 2 || jobs.length < 4 || !__filename.endsWith(".js") || !existsSync(WORKER)) {
    const outcomes: FileOutcome[] = [];
    for (const job of jobs) {
      outcomes.push(await readOneFile(job.path, job.choicesOnly));
      onFile?.(job.path);
    }
    return outcomes;
  }
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const runWorker = () => new Promise<void>((done) => {
    let current = -1;
    const worker = new Worker(WORKER);
    const feed = () => {
      if (next >= jobs.length) {
        void worker.terminate().then(() => done());
        return;
      }
      current = next++;
      worker.postMessage(jobs[current]);
    };
    worker.on("message", (outcome: FileOutcome) => {
      outcomes[current] = outcome;
      onFile?.(jobs[current].path);
      feed();
    });
    // A worker that dies (out of memory on a huge file) skips that file; a fresh worker takes the rest.
    worker.on("error", (error) => {
      const path = jobs[current].path;
      outcomes[current] = skip({ name: path, modified: 0 }, `không đọc được sổ: ${error.message}`, `cannot read the workbook: ${error.message}`);
      void runWorker().then(done);
    });
    feed();
  });
  // This thread reads too (it would only wait otherwise): one worker fewer to start.
  const runHere = async () => {
    while (next < jobs.length) {
      const mine = next++;
      outcomes[mine] = await readOneFile(jobs[mine].path, jobs[mine].choicesOnly);
      onFile?.(jobs[mine].path);
    }
  };
  await Promise.all([runHere(), ...Array.from({ length: threads - 1 }, runWorker)]);
  return outcomes;
}

export interface ReadOptions {
  /** Called after each file, e.g. for a progress line. */
  onFile?: (path: string) => void;
}

/** Reads every path (a file or a folder searched for .xlsx) into block summaries, skipped files and the board's marks. */
export async function readProvinceInputs(paths: readonly string[], choiceFiles: readonly string[] = [], options: ReadOptions = {}): Promise<ProvinceInputs> {
  const out: ProvinceInputs = { blocks: [], skipped: [], choices: [], provinceFiles: [] };
  const files: string[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) files.push(...(await xlsxUnder(path)));
      else files.push(path);
    } catch {
      out.skipped.push({ file: { name: path, modified: 0 }, reason: "không có tệp hay thư mục này", reasonEn: "no such file or folder" });
    }
  }
  // A file named twice (as itself and inside a folder given too) is read once, under the first name given.
  const given = new Set<string>();
  const unique = files.filter((p) => !given.has(resolve(p)) && given.add(resolve(p)));
  const jobs = [
    ...unique.map((path) => ({ path, choicesOnly: false })),
    ...choiceFiles.filter((p) => !given.has(resolve(p))).map((path) => ({ path, choicesOnly: true })),
  ];
  for (const outcome of await readAll(jobs, options.onFile)) {
    if ("block" in outcome) out.blocks.push(outcome.block);
    else if ("skipped" in outcome) out.skipped.push(outcome.skipped);
    else {
      out.choices.push(...outcome.choices);
      out.provinceFiles.push(outcome.provinceFile);
    }
  }
  return out;
}
