// `npm stop`: ends the dev server that `npm start` started (its whole process group), using the pid in .khoi/.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { platform } from "node:os";
import { isAlive, PID_FILE } from "./lib/dev-server-state.mjs";

/** Signals the process group `npm start` created (detached), falling back to the process alone. */
function signal(pid, name) {
  try {
    process.kill(-pid, name);
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone between the check and the signal.
    }
  }
}

async function main() {
  if (!existsSync(PID_FILE)) {
    console.log("[khoi] Nothing to stop: `npm start` has no dev server running from this folder.");
    return;
  }
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(PID_FILE, { force: true });
    console.log("[khoi] The dev server had already stopped; cleaned up its pid file.");
    return;
  }

  if (platform() === "win32") {
    // No process groups on Windows: taskkill /T ends the server and every child it started.
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "inherit" });
  } else {
    signal(pid, "SIGTERM");
    const deadline = Date.now() + 5000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    if (isAlive(pid)) signal(pid, "SIGKILL");
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (isAlive(pid)) {
    console.error(`[khoi] Could not stop the dev server (pid ${pid}). End it by hand, then delete ${PID_FILE}.`);
    process.exit(1);
  }
  rmSync(PID_FILE, { force: true });
  console.log(`[khoi] Stopped the dev server (pid ${pid}); port 3000 is free.`);
}

main();
