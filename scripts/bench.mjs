// Compiles the bench (tsconfig.bench.json) and runs it; arguments such as --json and --small pass through.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
if (build.status !== 0) {
  console.error("bench: the TypeScript build failed (see above)");
  process.exit(1);
}
const run = spawnSync("node", [join(root, ".khoi", "bench-build", "bench", "main.js"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(run.status ?? 1);
