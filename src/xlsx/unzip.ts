// Unzipping a file under the limits of limits.ts: inflated sizes are COUNTED while inflating, in small steps, so a
// bomb is stopped after at most one step past the limit (declared sizes can lie). Two ways, the same parts:
// fflate's inflater (everywhere, synchronous), and the platform's own (DecompressionStream, several times faster:
// the standalone page opens files with it where the browser has it).
import { Unzip, UnzipInflate, UnzipPassThrough, type AsyncFlateStreamHandler, type UnzipDecoder, type UnzipFile } from "fflate";
import { MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from "./limits";

/** The zip goes past a limit: "entries" (too many parts) or "inflated" (too large once unzipped). */
export class LimitExceeded extends Error {}

/** Compressed bytes handed to the inflater at a time: one step inflates to at most ~16 MB (deflate's 1:1032). */
const STEP = 16 * 1024;

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/** Feeds the zip to fflate's Unzip in steps; `onFile` receives each part. */
function feed(bytes: Uint8Array, onFile: (file: UnzipFile) => void, decoders: Parameters<Unzip["register"]>[0][]): void {
  let entries = 0;
  const unzip = new Unzip((file) => {
    if (++entries > MAX_ZIP_ENTRIES) throw new LimitExceeded("entries");
    onFile(file);
  });
  for (const decoder of decoders) unzip.register(decoder);
  for (let at = 0; at < bytes.length; at += STEP) unzip.push(bytes.subarray(at, Math.min(at + STEP, bytes.length)), at + STEP >= bytes.length);
}

/** Every part of the zip, inflated under the limits. Throws LimitExceeded, or fflate's error for a damaged zip. */
export function unzipWithinLimits(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  feed(bytes, (file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (error) throw error;
      total += data.length;
      if (total > MAX_INFLATED_BYTES) throw new LimitExceeded("inflated");
      chunks.push(data);
      if (final) parts.set(file.name, concat(chunks));
    };
    file.start();
  }, [UnzipInflate, UnzipPassThrough]);
  return parts;
}

const platformInflates = ((): boolean => {
  try {
    return typeof DecompressionStream === "function" && typeof Blob === "function" && new DecompressionStream("deflate-raw") !== null;
  } catch {
    return false;
  }
})();

/** unzipWithinLimits with the platform's inflater where there is one (the same parts, the same errors' kinds). */
export async function unzipWithinLimitsQuickly(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  if (!platformInflates) return unzipWithinLimits(bytes);
  const parts = new Map<string, Uint8Array>();
  const done: Promise<void>[] = [];
  const state = { total: 0, stopped: false };

  // A deflated part is collected, then inflated by the browser in chunks, each counted before the next is read.
  class PlatformInflate implements UnzipDecoder {
    static compression = 8;
    ondata: AsyncFlateStreamHandler = () => undefined;
    private compressed: Uint8Array[] = [];
    push(data: Uint8Array, final: boolean): void {
      this.compressed.push(data.slice());
      if (final) void this.inflate();
    }
    private async inflate(): Promise<void> {
      try {
        if (this.compressed.every((c) => c.length === 0)) {
          this.ondata(null, new Uint8Array(0), true); // nothing stored: an empty part, as fflate gives it
          return;
        }
        const reader = new Blob(this.compressed as unknown as ConstructorParameters<typeof Blob>[0]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
        for (;;) {
          const { done: end, value } = await reader.read();
          if (end) break;
          if (state.stopped) {
            await reader.cancel();
            return;
          }
          this.ondata(null, value, false);
        }
        this.ondata(null, new Uint8Array(0), true);
      } catch (error) {
        this.ondata(Object.assign(error instanceof Error ? error : new Error(String(error)), { code: 0 }), new Uint8Array(0), true);
      }
    }
  }

  feed(bytes, (file) => {
    done.push(new Promise<void>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      file.ondata = (error, data, final) => {
        if (state.stopped) return;
        if (error) {
          state.stopped = true;
          reject(error);
          return;
        }
        state.total += data.length;
        if (state.total > MAX_INFLATED_BYTES) {
          state.stopped = true;
          reject(new LimitExceeded("inflated"));
          return;
        }
        chunks.push(data);
        if (final) {
          parts.set(file.name, concat(chunks));
          resolve();
        }
      };
    }));
    file.start();
  }, [PlatformInflate, UnzipPassThrough]);
  await Promise.all(done);
  return parts;
}
