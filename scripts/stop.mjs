// `npm stop`: ends what `npm start` started (the dev server's whole process group and the standalone page's server),
// using the pids in .khoi/.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { platform } from "node:os";
import { isAlive, PID_FILE, STANDALONE_PID_FILE, STANDALONE_PORT } from "./lib/dev-server-state.mjs";

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

/** Stops the process recorded in `file` and removes the file; returns false only when it would not stop. */
async function stop(file, what, freed) {
  if (!existsSync(file)) {
    console.log(`[khoi] Nothing to stop: \`npm start\` has no ${what} running from this folder.`);
    return true;
  }
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(file, { force: true });
    console.log(`[khoi] The ${what} had already stopped; cleaned up its pid file.`);
    return true;
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
    console.error(`[khoi] Could not stop the ${what} (pid ${pid}). End it by hand, then delete ${file}.`);
    return false;
  }
  rmSync(file, { force: true });
  console.log(`[khoi] Stopped the ${what} (pid ${pid}); ${freed} is free.`);
  return true;
}

async function main() {
  const devServer = await stop(PID_FILE, "dev server", "port 3000");
  const standalone = await stop(STANDALONE_PID_FILE, "standalone page's server", `port ${STANDALONE_PORT}`);
  if (!devServer || !standalone) process.exit(1);
}

main();
