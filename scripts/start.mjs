// `npm start`: builds the add-in (development), serves the standalone page (app.html: Khối over .xlsx files in any
// browser) on http://127.0.0.1:3001 and runs the dev server on https://localhost:3000, both in the background (pids in
// .khoi/), waits until both answer, prints both URLs and how to load manifest.xml into Excel, and opens the standalone
// page in a browser when there is one (not when CI is set or BROWSER=none). `npm stop` ends both.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { platform } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { isAlive, PID_FILE, ROOT, STANDALONE_PID_FILE, STANDALONE_PORT, STATE } from "./lib/dev-server-state.mjs";

const LOG_FILE = join(STATE, "dev-server.log");
const WEBPACK = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
const MANIFEST = join(ROOT, "manifest.xml");
const PORT = 3000;
const READY_TIMEOUT_MS = 180_000;
// Where the development build goes (and what the standalone page's server serves): dist/, unless KHOI_BUILD_DIR says
// otherwise (the test of this script builds elsewhere, so it never replaces a production build other suites use).
const BUILD_DIR = process.env.KHOI_BUILD_DIR ? resolve(process.env.KHOI_BUILD_DIR) : join(ROOT, "dist");
const STATIC_SERVER = join(ROOT, "scripts", "lib", "static-server.mjs");
const STANDALONE_LOG = join(STATE, "standalone.log");
const STANDALONE_URL = `http://127.0.0.1:${STANDALONE_PORT}/app.html`;

function fail(message) {
  console.error(`\n[khoi] ${message}`);
  process.exit(1);
}

function runningPid(file = PID_FILE) {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Resolves with the status code of GET url, or null when nothing answers (yet). */
function probe(url) {
  const get = url.startsWith("https:") ? httpsGet : httpGet;
  return new Promise((resolve) => {
    // The dev certificate may not be trusted on this machine; we only ask whether the server answers.
    const request = get(url, { rejectUnauthorized: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? null);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

function logTail(lines = 25) {
  if (!existsSync(LOG_FILE)) return "(no log)";
  return readFileSync(LOG_FILE, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

async function waitUntilReady(child) {
  let exited = null;
  child.on("exit", (code, signal) => (exited = { code, signal }));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) return { ok: false, why: `the dev server stopped (exit ${exited.code ?? exited.signal})` };
    for (const scheme of ["https", "http"]) {
      const status = await probe(`${scheme}://localhost:${PORT}/taskpane.html`);
      if (status === 200) return { ok: true, scheme };
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  return { ok: false, why: `no answer on port ${PORT} after ${READY_TIMEOUT_MS / 1000} s` };
}

function excelDesktopPresent() {
  if (platform() === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (platform() === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((r) => existsSync(join(r, "Microsoft Office", "root", "Office16", "EXCEL.EXE")));
  }
  return false;
}

/** Starts the standalone page's server in the background unless it already runs; resolves once it answers. */
async function startStandalone() {
  if (runningPid(STANDALONE_PID_FILE)) return { ok: true };
  if ((await probe(`http://127.0.0.1:${STANDALONE_PORT}/`)) !== null) {
    return { ok: false, why: `port ${STANDALONE_PORT} is already in use by another program (set KHOI_STANDALONE_PORT to use another port)` };
  }
  const log = openSync(STANDALONE_LOG, "w");
  const child = spawn(process.execPath, [STATIC_SERVER, BUILD_DIR, String(STANDALONE_PORT)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    windowsHide: true,
  });
  writeFileSync(STANDALONE_PID_FILE, `${child.pid}\n`);
  let exited = false;
  child.on("exit", () => (exited = true));
  for (let i = 0; i < 40 && !exited; i++) {
    if ((await probe(STANDALONE_URL)) === 200) {
      child.unref();
      return { ok: true };
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return { ok: false, why: existsSync(STANDALONE_LOG) ? readFileSync(STANDALONE_LOG, "utf8").trim() || "it did not answer" : "it did not answer" };
}

function onPath(program) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, program)));
}

/** Opens the URL in the user's browser: BROWSER (a command) if set, else the system's opener. Never in CI or with
 *  BROWSER=none; on Linux only with a graphical session. Returns what happened, for the printout. */
function openInBrowser(url) {
  const ci = process.env.CI && !["false", "0"].includes(process.env.CI.toLowerCase());
  if (ci || process.env.BROWSER === "none") return "not opened (CI or BROWSER=none)";
  let command;
  let args = [url];
  if (process.env.BROWSER) command = process.env.BROWSER;
  else if (platform() === "darwin") command = "open";
  else if (platform() === "win32") [command, args] = ["cmd", ["/c", "start", "", url]];
  else if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return "not opened (no graphical session)";
  else if (onPath("xdg-open")) command = "xdg-open";
  else return "not opened (no xdg-open)";
  try {
    const child = spawn(command, args, { detached: true, stdio: "ignore", windowsHide: true });
    child.on("error", () => undefined);
    child.unref();
    return "opened in your browser";
  } catch {
    return "not opened";
  }
}

function printInstructions(scheme, opened) {
  const url = `${scheme}://localhost:${PORT}/taskpane.html`;
  const hasExcel = excelDesktopPresent();
  const lines = [
    "",
    `Khối standalone page (any browser on this computer, no Excel needed): ${STANDALONE_URL}`,
    `  ${opened}. Open, set up, check and save block workbooks (.xlsx) there; nothing leaves this computer.`,
    "",
    `Khối add-in for Excel is being served at ${url}`,
    `  manifest to load into Excel: ${MANIFEST}`,
    `  server logs: ${LOG_FILE}, ${STANDALONE_LOG}    stop both with: npm stop`,
    "",
  ];
  if (scheme !== "https") {
    lines.push(
      "!! The dev server fell back to plain http: Office will NOT load the add-in from http://.",
      "   Create the certificate with `npx office-addin-dev-certs install`, then `npm stop && npm start`.",
      "",
    );
  }
  lines.push(
    "Excel on the web (in a browser on THIS computer, since the add-in is served from localhost):",
    "  1. Open " + url + " once in that browser; if it warns about the certificate, trust it",
    "     (import ~/.office-addin-dev-certs/ca.crt as an authority, or accept the warning).",
    "  2. Open a workbook at https://www.office.com → Excel, in the same browser.",
    "  3. Home → Add-ins → More Settings → Upload My Add-in → Browse… → the manifest above → Upload.",
    "     (Older ribbon: Insert → Add-ins → Office Add-ins → MY ADD-INS → Upload My Add-in.)",
    "  4. The Home tab shows a 'Khối' button; KHOI.* functions work in cells, e.g. =KHOI.RANK(B2:B9).",
    "",
    "Excel on Windows: share the folder that holds manifest.xml (Properties → Sharing → Share), then in Excel",
    "  File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs: Catalog Url",
    "  \\\\<computer>\\<share> → Add catalog → tick Show in Menu → OK; restart Excel;",
    "  Home → Add-ins → Advanced → SHARED FOLDER → Khối → Add.",
    "",
    "Excel on macOS: copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "  (create 'wef' if missing), restart Excel, open a workbook, Home → Add-ins → Khối.",
    "",
    "Details, production builds and IT deployment: docs/sideload-and-deploy.md",
  );
  if (!hasExcel) {
    lines.push(
      "",
      `No Excel desktop was found on this ${platform() === "linux" ? "Linux machine" : "computer"}: use the standalone page, or Excel on the web (steps above).`,
    );
  }
  console.log(lines.join("\n"));
}

async function main() {
  const already = runningPid();
  if (already) {
    console.log(`[khoi] The dev server is already running (pid ${already}).`);
    const standalone = await startStandalone();
    if (!standalone.ok) fail(`The standalone page's server did not start: ${standalone.why}`);
    const status = await probe(`https://localhost:${PORT}/taskpane.html`);
    printInstructions(status === 200 ? "https" : "http", openInBrowser(STANDALONE_URL));
    return;
  }
  if (!existsSync(WEBPACK)) fail("webpack-cli is missing: run `npm ci` first.");
  for (const scheme of ["https", "http"]) {
    if ((await probe(`${scheme}://localhost:${PORT}/`)) !== null) {
      fail(`Port ${PORT} is already in use by another program (not started by npm start). Stop it, then retry.`);
    }
  }

  console.log("[khoi] Building the add-in (development)…");
  const build = spawnSync(process.execPath, [WEBPACK, "--mode", "development", "--output-path", BUILD_DIR, "--stats", "errors-warnings"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (build.status !== 0) fail("The build failed (messages above). Fix them, then run `npm start` again.");

  mkdirSync(STATE, { recursive: true });
  console.log(`[khoi] Serving the standalone page on port ${STANDALONE_PORT} (log: ${STANDALONE_LOG})…`);
  const standalone = await startStandalone();
  if (!standalone.ok) fail(`The standalone page's server did not start: ${standalone.why}`);

  const log = openSync(LOG_FILE, "w");
  console.log(`[khoi] Starting the dev server on port ${PORT} (log: ${LOG_FILE})…`);
  // Detached: its own process group, so `npm stop` can end it with everything it started.
  const child = spawn(process.execPath, [WEBPACK, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    windowsHide: true,
  });
  writeFileSync(PID_FILE, `${child.pid}\n`);

  const ready = await waitUntilReady(child);
  if (!ready.ok) {
    console.error(logTail());
    if (isAlive(child.pid)) {
      console.error(`\n[khoi] The dev server is still starting or stuck (pid ${child.pid}); \`npm stop\` ends it.`);
    } else {
      rmSync(PID_FILE, { force: true });
    }
    fail(`The dev server is not answering: ${ready.why}. See ${LOG_FILE}.`);
  }
  child.unref();
  printInstructions(ready.scheme, openInBrowser(STANDALONE_URL));
}

main().catch((error) => fail(error.stack ?? String(error)));
