// Headless LibreOffice as an independent spreadsheet engine: recalculates .xlsx files from their formulas
// (a fresh profile forces recalculation on load, see tech-notes) and gives the recalculated files back.
import { spawn } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function libreOfficeAvailable(): boolean {
  return existsSync(SOFFICE);
}

/** Recalculates every file in ONE soffice run (start-up dominates) and returns the results by file name.
 *  Names must be plain file names ending in .xlsx. A fresh profile and directory per call: calls may run in parallel. */
export async function recalculate(files: { name: string; data: Uint8Array }[], timeoutMs = 120_000): Promise<Map<string, Uint8Array>> {
  const work = mkdtempSync(join(tmpdir(), "khoi-lo-"));
  try {
    const input = join(work, "in");
    const output = join(work, "out");
    const profile = join(work, "profile");
    mkdirSync(input);
    mkdirSync(output);
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    const paths = files.map((f) => {
      const path = join(input, f.name);
      writeFileSync(path, f.data);
      return path;
    });
    const args = [
      `-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
      "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, ...paths,
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(SOFFICE, args, { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
      child.stdout.on("data", () => undefined);
      const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`soffice timed out after ${timeoutMs} ms`)); }, timeoutMs);
      child.on("error", (error) => { clearTimeout(timer); reject(error); });
      child.on("close", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`soffice exited with ${code}: ${stderr.slice(-500)}`));
      });
    });
    const results = new Map<string, Uint8Array>();
    for (const f of files) {
      const path = join(output, f.name);
      if (!existsSync(path)) throw new Error(`soffice did not convert ${f.name}`);
      results.set(f.name, new Uint8Array(readFileSync(path)));
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
