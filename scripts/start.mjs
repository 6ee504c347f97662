// `npm start`: builds the add-in (development), runs the dev server on https://localhost:3000 in the background
// (pid in .khoi/), waits until it answers, then prints exactly how to load manifest.xml into Excel. `npm stop` ends it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { platform } from "node:os";
import { join } from "node:path";
import { isAlive, PID_FILE, ROOT, STATE } from "./lib/dev-server-state.mjs";

const LOG_FILE = join(STATE, "dev-server.log");
const WEBPACK = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
const MANIFEST = join(ROOT, "manifest.xml");
const PORT = 3000;
const READY_TIMEOUT_MS = 180_000;

function fail(message) {
  console.error(`\n[khoi] ${message}`);
  process.exit(1);
}

function runningPid() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
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

function printInstructions(scheme) {
  const url = `${scheme}://localhost:${PORT}/taskpane.html`;
  const hasExcel = excelDesktopPresent();
  const lines = [
    "",
    `Khối is being served at ${url}`,
    `  manifest to load into Excel: ${MANIFEST}`,
    `  server log: ${LOG_FILE}    stop it with: npm stop`,
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
      `No Excel desktop was found on this ${platform() === "linux" ? "Linux machine" : "computer"}: use Excel on the web (steps above).`,
    );
  }
  console.log(lines.join("\n"));
}

async function main() {
  const already = runningPid();
  if (already) {
    console.log(`[khoi] The dev server is already running (pid ${already}).`);
    const status = await probe(`https://localhost:${PORT}/taskpane.html`);
    printInstructions(status === 200 ? "https" : "http");
    return;
  }
  if (!existsSync(WEBPACK)) fail("webpack-cli is missing: run `npm ci` first.");
  for (const scheme of ["https", "http"]) {
    if ((await probe(`${scheme}://localhost:${PORT}/`)) !== null) {
      fail(`Port ${PORT} is already in use by another program (not started by npm start). Stop it, then retry.`);
    }
  }

  console.log("[khoi] Building the add-in (development)…");
  const build = spawnSync(process.execPath, [WEBPACK, "--mode", "development", "--stats", "errors-warnings"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (build.status !== 0) fail("The build failed (messages above). Fix them, then run `npm start` again.");

  mkdirSync(STATE, { recursive: true });
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
  printInstructions(ready.scheme);
}

main().catch((error) => fail(error.stack ?? String(error)));
