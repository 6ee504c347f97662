// Through LibreOffice: a sealed workbook opened and saved without edits is still intact (recalculation and float
// noise are not edits); prepared for sending either way, no KHOI. formula is left, values-only has no formula at
// all, and what LibreOffice shows on Tổng hợp equals the engine.
import ExcelJS from "exceljs";
import { evaluate } from "../../src/core/evaluate";
import { loadExample, parsedBlock } from "../helpers/fixtures";
import { libreOfficeAvailable, recalculate } from "../helpers/libreoffice";
import { readSummary, summaryDifferences } from "../helpers/summary-cells";
import { writeWorkbook } from "../../src/xlsx/write";
import { sealFile, sendFile, verifyFile } from "../../src/xlsx/seal";
import { readWorkbook } from "../../src/xlsx/read";

const when = new Date("2026-11-30T04:00:00Z");
const run = libreOfficeAvailable() ? describe : describe.skip;

/** Every formula of every sheet (as ExcelJS reads the file). */
async function formulasOf(data: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    const f = (cell as unknown as { formula?: string }).formula;
    if (f) out.push(`${ws.name}!${cell.address}: ${f}`);
  })));
  return out;
}

run("seal and send through LibreOffice", () => {
  const examples = ["lang-son-cum-ii-2020", "khanh-hoa-khoi-2-2021"];
  let files: Map<string, Uint8Array>;
  const made = new Map<string, Uint8Array>();

  beforeAll(async () => {
    for (const name of examples) {
      const block = parsedBlock(loadExample(name));
      const native = await writeWorkbook(block, { formulas: "native" });
      const khoi = await writeWorkbook(block, { formulas: "khoi" });
      const sealed = await sealFile(native, "Nguyễn Văn A", when);
      made.set(`${name}-sealed.xlsx`, sealed.bytes!);
      for (const [label, data] of [["native", native], ["khoi", khoi]] as const) {
        for (const choice of ["native", "values"] as const) {
          const sent = await sendFile(data, choice, "Nguyễn Văn A", when);
          expect(sent.plan.ok).toBe(true);
          made.set(`${name}-${label}-send-${choice}.xlsx`, sent.bytes!);
        }
      }
    }
    files = await recalculate([...made].map(([name, data]) => ({ name, data })));
  }, 180_000);

  it.each(examples)("%s: sealed, then opened and saved by LibreOffice without edits, verifies intact", async (name) => {
    const before = await verifyFile(made.get(`${name}-sealed.xlsx`)!);
    expect(before.status).toBe("intact");
    const after = await verifyFile(files.get(`${name}-sealed.xlsx`)!);
    expect({ status: after.status, changes: after.changes.map((c) => c.message) }).toEqual({ status: "intact", changes: [] });
  });

  it.each(examples.flatMap((n) => ["native", "khoi"].flatMap((m) => ["native", "values"].map((c) => [n, m, c]))))("%s (%s workbook) sent as %s: no KHOI., LibreOffice shows the engine's results, still intact", async (name, mode, choice) => {
    const file = `${name}-${mode}-send-${choice}.xlsx`;
    const sent = made.get(file)!;
    const formulas = await formulasOf(sent);
    expect(formulas.filter((f) => /KHOI\./i.test(f))).toEqual([]);
    if (choice === "values") expect(formulas).toEqual([]);
    else expect(formulas.length).toBeGreaterThan(0);
    const recalculated = files.get(file)!;
    const engine = evaluate(loadExample(name));
    const { rows } = await readSummary(recalculated);
    expect(summaryDifferences(rows, engine.units)).toEqual([]);
    const verified = await verifyFile(recalculated);
    expect({ status: verified.status, changes: verified.changes.map((c) => c.message) }).toEqual({ status: "intact", changes: [] });
    // Read back by khoi evaluate's reader: no finding about formulas, whichever the choice.
    const reading = await readWorkbook(recalculated);
    expect(reading.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
