// `npm run bench`: prints the performance figures as a table, or as one JSON object with --json.
import { execSync } from "child_process";
import { cpus } from "os";
import { benchEngine } from "./engine";
import { benchFunctions } from "./functions";
import { benchPane } from "./pane";
import { benchXlsx } from "./xlsx";
import { benchLibreOffice } from "./libreoffice";
import { benchSize, BenchSize } from "./size";
import { round } from "./timing";

type Section = { name: string; run: (size: BenchSize) => Record<string, number> | Promise<Record<string, number>> };

const SECTIONS: Section[] = [
  { name: "engine", run: benchEngine },
  { name: "functions", run: benchFunctions },
  { name: "xlsx", run: benchXlsx },
  { name: "libreoffice", run: benchLibreOffice },
  { name: "pane", run: benchPane },
  { name: "standalone", run: async (size) => (await import("./standalone")).benchStandalone(size) },
  { name: "office", run: async (size) => (await import("./office")).benchOffice(size) },
  { name: "tables", run: async (size) => (await import("./tables")).benchTables(size) },
  { name: "province", run: async (size) => (await import("./province")).benchProvince(size) },
  { name: "email", run: async (size) => (await import("./email")).benchEmail(size) },
  { name: "seal", run: async (size) => (await import("./seal")).benchSeal(size) },
  { name: "repair", run: async (size) => (await import("./repair")).benchRepair(size) },
  { name: "papers", run: async (size) => (await import("./papers")).benchPapers(size) },
  { name: "vote", run: async (size) => (await import("./vote")).benchVote(size) },
];

function gitCommit(): string {
  try {
    return execSync("git rev-parse --short HEAD", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const size = benchSize(process.argv.includes("--small"));
  const figures: Record<string, number> = {};
  const problems: string[] = [];
  // --only engine,standalone runs just those sections (a budget checked again without the whole bench).
  const onlyArg = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const only = onlyArg ? new Set(onlyArg.split(",")) : null;
  for (const section of SECTIONS) {
    if (only && !only.has(section.name)) continue;
    try {
      Object.assign(figures, await section.run(size));
    } catch (error) {
      problems.push(`${section.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (figures["libreoffice.recalc_15_units_ms"] && figures["engine.block_15_units_ms"]) {
    figures["engine_vs_libreoffice"] = figures["libreoffice.recalc_15_units_ms"] / figures["engine.block_15_units_ms"];
  }
  const cpu = cpus();
  const report = {
    ...Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, round(value)])),
    machine: { cpu: cpu[0]?.model ?? "unknown", cores: cpu.length, node: process.version },
    commit: gitCommit(),
    size: size.small ? "small" : "full",
    ...(problems.length ? { problems } : {}),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    const lines = Object.entries(report)
      .filter(([, value]) => typeof value === "number")
      .map(([key, value]) => `${key.padEnd(width)}  ${String(value).padStart(12)}`);
    process.stdout.write(`Khối bench (${report.size}) — commit ${report.commit}\n${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}\n\n${lines.join("\n")}\n`);
    for (const problem of problems) process.stdout.write(`! ${problem}\n`);
  }
  process.exitCode = problems.length ? 1 : 0;
}

main();
