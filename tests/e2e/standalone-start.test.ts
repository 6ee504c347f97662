// `npm start` on Linux in CI: it builds, serves the add-in and the standalone page, prints both URLs (and does not try
// to open a browser), both answer on 127.0.0.1; `npm stop` then leaves nothing listening and no process behind.
// The build goes to a temporary folder (KHOI_BUILD_DIR) so the production build other suites use is not replaced.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.setTimeout(900_000);

const ROOT = join(__dirname, "..", "..");
const STATE = join(ROOT, ".khoi");
const PID_FILES = [join(STATE, "dev-server.pid"), join(STATE, "standalone.pid")];
const PORTS = [3000, 3001];

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function fetchText(url: string): Promise<{ status: number; body: string }> {
  const get = url.startsWith("https:") ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    // The dev certificate is not trusted on a CI machine; only the answer matters here.
    const request = get(url, { rejectUnauthorized: false, timeout: 10_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("timeout", () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it("npm start serves the add-in and the standalone page on 127.0.0.1, prints both URLs; npm stop ends both", async () => {
  for (const port of PORTS) {
    if (await listening(port)) throw new Error(`port ${port} is in use (an \`npm start\` already running here? run \`npm stop\`)`);
  }
  const out = mkdtempSync(join(tmpdir(), "khoi-start-"));
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "true", KHOI_BUILD_DIR: out };
  delete env.BROWSER;
  let pids: number[] = [];
  try {
    const start = spawnSync(process.execPath, [join(ROOT, "scripts", "start.mjs")], { cwd: ROOT, env, encoding: "utf8", timeout: 600_000 });
    const printed = `${start.stdout}\n${start.stderr}`;
    pids = PID_FILES.filter((f) => existsSync(f)).map((f) => Number(readFileSync(f, "utf8").trim()));
    expect({ status: start.status, printed: start.status === 0 ? "" : printed }).toEqual({ status: 0, printed: "" });

    const standalone = /standalone page \(any browser[^)]*\): (http:\/\/127\.0\.0\.1:\d+\/app\.html)/.exec(start.stdout)?.[1];
    const pane = /add-in for Excel is being served at (https?:\/\/localhost:3000\/taskpane\.html)/.exec(start.stdout)?.[1];
    expect({ standalone, pane: pane?.replace(/^https?/, "") }).toEqual({ standalone: "http://127.0.0.1:3001/app.html", pane: "://localhost:3000/taskpane.html" });
    expect(start.stdout).toContain("not opened (CI or BROWSER=none)");
    expect(start.stdout).toContain(join(ROOT, "manifest.xml"));

    const page = await fetchText(standalone!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('src="standalone.js"');
    expect(page.body).not.toContain("appsforoffice");
    expect((await fetchText(standalone!.replace("app.html", "standalone.js"))).status).toBe(200);

    const addIn = await fetchText(pane!.replace("localhost", "127.0.0.1"));
    expect(addIn.status).toBe(200);
    expect(addIn.body).toContain("taskpane.js");
    // The dev server serves the standalone page too (same static hosting as dist/).
    expect((await fetchText(pane!.replace("localhost", "127.0.0.1").replace("taskpane.html", "app.html"))).status).toBe(200);
  } finally {
    const stop = spawnSync(process.execPath, [join(ROOT, "scripts", "stop.mjs")], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    rmSync(out, { recursive: true, force: true });
    expect({ status: stop.status, printed: stop.status === 0 ? "" : `${stop.stdout}${stop.stderr}` }).toEqual({ status: 0, printed: "" });
  }
  for (const port of PORTS) expect({ port, listening: await listening(port) }).toEqual({ port, listening: false });
  expect(pids).toHaveLength(2);
  expect(pids.filter(alive)).toEqual([]);
  expect(PID_FILES.filter((f) => existsSync(f))).toEqual([]);
});
