// PDFs of the block's papers through headless LibreOffice (soffice), for officers who send PDFs: each paper alone in
// a small workbook, all converted in one soffice run (start-up dominates) with a fresh profile, so a running
// LibreOffice of the officer's is never disturbed.
import { spawn } from "child_process";
import { existsSync } from "fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import ExcelJS from "exceljs";
import type { PaperSheet } from "../workbook/paper";
import { writeSheet } from "../xlsx/write";

/** The soffice program: $SOFFICE, else `soffice` or `libreoffice` on the PATH, else the usual install places. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SOFFICE) return existsSync(env.SOFFICE) ? env.SOFFICE : null;
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const dir of dirs) for (const name of ["soffice", "libreoffice"]) if (existsSync(join(dir, name))) return join(dir, name);
  for (const path of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice", "C:\\Program Files\\LibreOffice\\program\\soffice.exe"]) {
    if (existsSync(path)) return path;
  }
  return null;
}

/** A file name from a sheet name: letters (Vietnamese kept), digits, spaces and dashes. */
export const pdfName = (sheet: string): string => `${sheet.normalize("NFC").replace(/[^\p{L}\p{N} _-]/gu, "").trim() || "van-ban"}.pdf`;

/** Converts each paper to DIR/<sheet name>.pdf; returns the paths written. Throws with soffice's last words. */
export async function papersToPdf(soffice: string, papers: readonly { paper: PaperSheet; sheet: string }[], dir: string, timeoutMs = 180_000): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), "khoi-pdf-"));
  try {
    const input = join(work, "in");
    const output = join(work, "out");
    await mkdir(input);
    await mkdir(output);
    const files: { xlsx: string; pdf: string; final: string }[] = [];
    for (const [i, { paper, sheet }] of papers.entries()) {
      const wb = new ExcelJS.Workbook();
      wb.creator = "Khối";
      writeSheet(wb, { ...paper.sheet, name: sheet });
      const stem = `paper-${i + 1}`;
      await writeFile(join(input, `${stem}.xlsx`), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      files.push({ xlsx: join(input, `${stem}.xlsx`), pdf: join(output, `${stem}.pdf`), final: join(dir, pdfName(sheet)) });
    }
    const args = [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
      "--convert-to", "pdf", "--outdir", output, ...files.map((f) => f.xlsx)];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, args, { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
      const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`LibreOffice không trả lời sau ${timeoutMs / 1000} giây (timed out)`)); }, timeoutMs);
      child.on("error", (error) => { clearTimeout(timer); reject(error); });
      child.on("close", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`LibreOffice dừng với mã ${code} (exited with ${code}): ${stderr.slice(-300)}`));
      });
    });
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    for (const f of files) {
      if (!existsSync(f.pdf)) throw new Error(`LibreOffice không tạo được ${f.final} (no PDF produced)`);
      await copyFile(f.pdf, f.final);
      written.push(f.final);
    }
    return written;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
