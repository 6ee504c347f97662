// The installed `khoi` bin (compiled by `npm ci` through the prepare script) runs as a real process.
import { spawnSync } from "child_process";
import { join } from "path";

const root = join(__dirname, "..", "..");

describe("bin/khoi.js", () => {
  it("evaluates a block file as a separate process with exit 0 and JSON on stdout", () => {
    const fixture = join(root, "tests", "fixtures", "examples", "lang-son-cum-ii-2020.json");
    const run = spawnSync("node", [join(root, "bin", "khoi.js"), "evaluate", fixture, "--json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).units[0].id).toBe("ga-dd");
  });

  it("exits 2 without a stack trace for a missing file", () => {
    const run = spawnSync("node", [join(root, "bin", "khoi.js"), "evaluate", "nope.json"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/\bat \S+ \(/);
  });
});
