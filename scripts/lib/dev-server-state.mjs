// Where `npm start` records the dev server it started, so `npm stop` can end it.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const STATE = join(ROOT, ".khoi");
export const PID_FILE = join(STATE, "dev-server.pid");
/** The standalone page's plain-http server (scripts/lib/static-server.mjs). */
export const STANDALONE_PID_FILE = join(STATE, "standalone.pid");
export const STANDALONE_PORT = Number(process.env.KHOI_STANDALONE_PORT || 3001);

/** Whether a process exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
