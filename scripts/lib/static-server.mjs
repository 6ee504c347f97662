// The standalone page's server for `npm start`: serves a built folder (app.html and its files) over plain http on
// 127.0.0.1, so any browser on this computer opens it without a certificate. Run as
// `node scripts/lib/static-server.mjs <folder> <port>`; it stops on SIGTERM (`npm stop`).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const [folder, portText] = process.argv.slice(2);
const port = Number(portText);
if (!folder || !Number.isInteger(port) || port <= 0) {
  console.error("usage: node scripts/lib/static-server.mjs <folder> <port>");
  process.exit(2);
}
const base = normalize(folder + sep);

const server = createServer(async (req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = normalize(join(base, path === "/" ? "app.html" : path));
  if (!file.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${path}`);
  }
});

server.on("error", (error) => {
  console.error(`[khoi] The standalone page's server could not listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => console.log(`[khoi] Serving ${folder} at http://127.0.0.1:${port}/`));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
