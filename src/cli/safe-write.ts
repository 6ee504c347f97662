// Replacing a file the officer owns: write a temporary file beside it, keep the previous file as a dated backup,
// then rename the temporary file over the original (atomic on one volume), so a crash never leaves half a workbook.
import { copyFile, rename, unlink, writeFile, access } from "fs/promises";
import { basename, dirname, extname, join } from "path";

const pad = (n: number): string => String(n).padStart(2, "0");

/** "20261130-011500" in local time: what the officer sees in the folder. */
export function stamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes bytes to path through a temporary file. With `backup`, the previous file is copied first to
 *  "BOOK.backup-YYYYMMDD-HHMMSS.xlsx" beside it; returns that backup's path. */
export async function replaceFile(path: string, bytes: Uint8Array, options: { backup: boolean; now: Date }): Promise<string | null> {
  const dir = dirname(path);
  const ext = extname(path);
  const stem = basename(path, ext);
  const temp = join(dir, `.${stem}.${process.pid}.${Date.now()}.tmp${ext}`);
  await writeFile(temp, bytes);
  let backup: string | null = null;
  try {
    if (options.backup && (await exists(path))) {
      const base = join(dir, `${stem}.backup-${stamp(options.now)}`);
      backup = `${base}${ext}`;
      for (let i = 2; await exists(backup); i++) backup = `${base}-${i}${ext}`;
      await copyFile(path, backup);
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return backup;
}
