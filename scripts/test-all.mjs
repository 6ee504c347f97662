// `npm test`: installs what the suites need (Debian's chromium and LibreOffice Calc when missing), then runs
// the type check, lint, the production build, every jest suite and a small bench, and ends with one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const onlyE2e = process.argv.includes("--only-e2e");
const artifacts = join(root, "tests", "artifacts");
mkdirSync(artifacts, { recursive: true });

/** Debian packages the suites need, with the program that shows each is installed. */
const SYSTEM_PACKAGES = [
  { pkg: "chromium", programs: ["/usr/bin/chromium"], why: "the browser suite (headless task pane)", extra: [] },
  { pkg: "libreoffice-calc-nogui", programs: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"],
    why: "LibreOffice recalculation of the native formulas", extra: ["--no-install-recommends"] },
  { pkg: "poppler-utils", programs: ["/usr/bin/pdftoppm"], why: "the papers' PDFs rendered and measured (pdftoppm, pdfinfo, pdffonts)", extra: ["--no-install-recommends"] },
];

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${label} (${seconds} s)`);
  return ok;
}

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !p.programs.some((program) => existsSync(program)));
  if (missing.length === 0) return true;
  const names = missing.map((p) => p.pkg).join(" ");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    for (const p of missing) console.error(`Missing Debian package «${p.pkg}», needed for ${p.why}.`);
    console.error(`Install it, then run npm test again:  sudo apt-get install -y --no-install-recommends ${names}`);
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!run("apt-get update", "apt-get", ["update", "-qq"], { env })) return false;
  for (const p of missing) {
    if (!run(`install ${p.pkg}`, "apt-get", ["install", "-y", "-qq", ...p.extra, p.pkg], { env })) return false;
  }
  return true;
}

function jestCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites, total: report.numTotalTests };
  } catch {
    return { passed: 0, failed: 1, total: 0 };
  }
}

function main() {
  if (!existsSync(join(root, "node_modules"))) {
    console.error("node_modules is missing: run `npm ci && npm test`.");
    process.exit(1);
  }
  if (!ensureSystemPackages()) process.exit(1);

  const npx = "npx";
  const steps = [];
  const step = (label, command, args) => steps.push({ label, ok: run(label, command, args) });
  if (!onlyE2e) {
    // The package's own scripts, so `npm run typecheck` and `npm run lint` check exactly what the tests check.
    step("typecheck", "npm", ["run", "--silent", "typecheck"]);
    step("lint", "npm", ["run", "--silent", "lint"]);
    step("command line build", npx, ["tsc", "-p", "tsconfig.cli.json"]);
  }
  step("production build", npx, ["webpack", "--mode", "production"]);

  const resultsFile = join(artifacts, "jest-results.json");
  rmSync(resultsFile, { force: true });
  const projects = onlyE2e ? ["e2e"] : ["unit", "dom", "e2e"];
  run("jest", npx, ["jest", "--ci", "--maxWorkers=2", "--selectProjects", ...projects, "--json", `--outputFile=${resultsFile}`]);
  const tests = jestCounts(resultsFile);

  if (!onlyE2e) step("bench (small size)", "node", ["scripts/bench.mjs", "--small"]);

  const stepsPassed = steps.filter((s) => s.ok).length;
  const stepsFailed = steps.length - stepsPassed;
  console.log("\nSummary");
  for (const s of steps) console.log(`  ${s.ok ? "✔" : "✘"} ${s.label}`);
  console.log(`  jest: ${tests.passed} of ${tests.total} tests passed, ${tests.failed} failed`);
  // The closing line counts jest tests plus the checks above (each check counts as one test).
  console.log(`${tests.passed + stepsPassed} passed, ${tests.failed + stepsFailed} failed`);
  process.exit(tests.failed + stepsFailed === 0 ? 0 : 1);
}

main();
