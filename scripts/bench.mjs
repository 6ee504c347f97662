// Compiles the bench (tsconfig.bench.json) and runs it; arguments such as --json and --small pass through.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
if (build.status !== 0) {
  console.error("bench: the TypeScript build failed (see above)");
  process.exit(1);
}
// The pane figures are about what officers load: a production build, not a dev build left in dist/.
const paneScript = join(root, "dist", "taskpane.js");
const isProductionBuild = existsSync(paneScript) && !readFileSync(paneScript, "utf8").slice(0, 2000).includes("eval-source-map");
if (!isProductionBuild) {
  console.error("bench: dist/ holds no production build; building it (npx webpack --mode production)…");
  const web = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (web.status !== 0) {
    console.error("bench: the production build failed");
    process.exit(1);
  }
}
const run = spawnSync("node", [join(root, ".khoi", "bench-build", "bench", "main.js"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(run.status ?? 1);
