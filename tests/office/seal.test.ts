// The seal's two writes on the live workbook, on the fake Excel: the very hidden record sheet (created, then
// replaced; read back with Khối's sheets so verify finds it) and «values only» (every formula replaced by the value
// Excel shows, protected sheets protected again).
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import { templateBlock } from "./blocks";
import { FakeExcel } from "./fake-excel";
import { readRecord, SEAL_SHEET } from "../../src/seal";
import { sealWorkbook, verifyWorkbook } from "../../src/taskpane/pages/send/sealFlow";
import { loadExample, parsedBlock } from "../helpers/fixtures";
import { appliedHost } from "./applied-host";

const block = templateBlock([["a", "Công ty A"], ["b", "Công ty B"]]);

const applied = () => appliedHost(block);

it("writes the record sheet very hidden, replaces it, and the host's grids carry it", async () => {
  const { excel, host } = await applied();
  const part = `=${"x".repeat(40)}`; // text that Excel would take for a formula stays text
  await host.writeHiddenSheet!(SEAL_SHEET, [["schema", "khoi-seal/1"], ["hash", "sha256:aa"], ["part", part], ["extra", "1"]]);
  expect(excel.sheet(SEAL_SHEET).visibility).toBe("VeryHidden");
  await host.writeHiddenSheet!(SEAL_SHEET, [["schema", "khoi-seal/1"], ["hash", "sha256:bb"], ["parts", "0"]]);
  expect(excel.sheets.filter((s) => s.name === SEAL_SHEET)).toHaveLength(1);
  expect(excel.value(SEAL_SHEET, "A4")).toBe("");
  const grids = await host.readGrids!();
  const sheet = grids.sheets.find((s) => s.name === SEAL_SHEET);
  expect(sheet?.values.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([["schema", "khoi-seal/1"], ["hash", "sha256:bb"], ["parts", "0"]]);
  // Read as a seal: parts match, but no content — a damaged record, not "never sealed".
  expect(readRecord(grids).state).toBe("damaged");
});

it("values only: every formula becomes the value Excel shows; Khối's sheets stay protected", async () => {
  const { excel, host } = await applied();
  const withFormulas = excel.sheets.flatMap((s) => [...s.cells.entries()].filter(([, c]) => c.formula).map(([k]) => ({ sheet: s.name, k })));
  expect(withFormulas.length).toBeGreaterThan(50);
  // Excel computed some of them; the rest show nothing yet.
  const first = withFormulas[0];
  const cell = excel.sheet(first.sheet).cells.get(first.k)!;
  cell.value = 12.5;
  const protectedBefore = excel.sheets.filter((s) => s.protected).map((s) => s.name);
  const done = await host.formulasToValues!();
  expect(done.cells).toBe(withFormulas.length);
  expect(done.uncomputed).toBe(withFormulas.length - 1);
  expect(excel.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.formula && c.formula.startsWith("=")))).toEqual([]);
  expect(excel.sheet(first.sheet).cells.get(first.k)?.value).toBe(12.5);
  expect(excel.sheets.filter((s) => s.protected).map((s) => s.name)).toEqual(protectedBefore);
});

describe("sealing and verifying through the Office host", () => {
  it("seals a clean block (record, Tổng hợp line, Nhật ký line), verifies intact, then lists a typed-over score", async () => {
    const block = parsedBlock(loadExample("lang-son-cum-ii-2020"));
    const excel = new FakeExcel(["Sheet1"]);
    const host = createOfficeWorkbookHost({ run: excel.run });
    await host.applyLayout(buildLayout(block, { formulas: "native" }), { block, keepValues: true });
    const plan = await sealWorkbook(host, "Nguyễn Văn A", new Date("2026-11-30T04:00:00Z"));
    expect(plan.ok ? "sealed" : plan.findings.map((f) => `${f.code} ${f.cell?.sheet}!${f.cell?.address}`)).toBe("sealed");
    if (!plan.ok) return;
    expect(excel.sheet(SEAL_SHEET).visibility).toBe("VeryHidden");
    expect(String(excel.value(plan.note.cell.sheet, plan.note.cell.address))).toMatch(/^Niêm phong: sha256:[0-9a-f]{64} — 30\/11\/2026 11:00 \(giờ Việt Nam\) — người niêm phong: Nguyễn Văn A\./);
    expect(excel.sheet(plan.note.cell.sheet).protected).toBe(true);
    const grids = await host.readGrids!();
    const logText = grids.sheets.find((s) => s.name === "Nhật ký")!.values.flat().filter((v) => typeof v === "string");
    expect(logText).toContain(`Niêm phong khối: ${plan.hash}`);
    expect((await verifyWorkbook(host)).status).toBe("intact");

    const self = (await host.readBlock()).locate({ code: "SCORE_INVALID", severity: "info", unit: "ga-dd", criterion: "I.1", layer: "self", message: "", messageEn: "" })!;
    const old = excel.value(self.sheet, self.address);
    excel.type(self.sheet, self.address, 1);
    const report = await verifyWorkbook(host);
    expect(report.status).toBe("changed");
    expect(report.changes.map((c) => c.message)).toContain(`${self.sheet}!${self.address}: ${String(old).replace(".", ",")} → 1.`);
  });
});
