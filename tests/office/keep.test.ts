// Re-applying a layout on a block workbook keeps every value entered, matched by unit id and criterion code, and
// logs what moved or was dropped in the Nhật ký sheet; earlier log lines stay.
import type { Finding, FindingCode, LayerName } from "../../src/core/types";
import { isGroup } from "../../src/core/types";
import { createOfficeWorkbookHost } from "../../src/office/host";
import { buildLayout } from "../../src/workbook/build";
import type { WorkbookHost } from "../../src/workbook/host";
import { templateBlock } from "./blocks";
import { FakeExcel } from "./fake-excel";

function probe(code: FindingCode, unit: string, criterion = "", layer?: LayerName): Finding {
  return { code, severity: "info", unit, criterion, ...(layer ? { layer } : {}), message: "", messageEn: "" };
}

async function at(host: WorkbookHost, finding: Finding) {
  const ref = (await host.readBlock()).locate(finding);
  if (!ref) throw new Error(`no cell for ${JSON.stringify(finding)}`);
  return ref;
}

function setup() {
  const excel = new FakeExcel(["Sheet1"]);
  const host = createOfficeWorkbookHost({ run: excel.run, clock: { now: () => new Date("2026-01-15T08:30:00.000Z") } });
  return { excel, host };
}

/** The log sheet's entries as rows of six cells, below the hidden key row. */
function logRows(excel: FakeExcel): unknown[][] {
  const sheet = excel.sheet("Nhật ký");
  const rows: unknown[][] = [];
  for (let r = 3; r < 100; r++) {
    const row = [0, 1, 2, 3, 4, 5].map((c) => sheet.cells.get(`${r},${c}`)?.value ?? "");
    if (row.every((v) => v === "")) break;
    rows.push(row);
  }
  return rows;
}

describe("re-applying on a block workbook", () => {
  const first = templateBlock([["a", "Công ty A"], ["b", "Công ty B"], ["c", "Công ty C"]]);

  async function filledWorkbook() {
    const { excel, host } = setup();
    await host.applyLayout(buildLayout(first, { formulas: "native" }), { block: first, keepValues: true });
    const type = async (finding: Finding, value: string | number) => {
      const ref = await at(host, finding);
      excel.type(ref.sheet, ref.address, value);
      return ref;
    };
    const cells = {
      aSelf: await type(probe("SCORE_INVALID", "a", "II.2", "self"), 4),
      aText: await type(probe("SCORE_INVALID", "a", "II.5", "self"), "4,5"),
      bTarget: await type(probe("TARGET_MISSING", "b", "I.1"), 1000),
      cAppraised: await type(probe("SCORE_INVALID", "c", "III.2", "appraised"), 3),
      cFinal: await type(probe("SCORE_INVALID", "c", "II.1", "final"), "Có"),
      present: await type(probe("VOTE_QUORUM_NOT_MET", "a"), 3),
    };
    return { excel, host, cells };
  }

  it("reads back what was typed (the starting point of the other cases)", async () => {
    const { host } = await filledWorkbook();
    const doc = (await host.readBlock()).doc as { scores: Record<string, Record<string, Record<string, unknown>>>; targets: Record<string, Record<string, unknown>>; votes: { present: number } };
    expect(doc.scores.self.a["II.2"]).toBe(4);
    expect(doc.scores.appraised.c["III.2"]).toBe(3);
    expect(doc.scores.final.c["II.1"]).toBe(true);
    expect(doc.targets.b["I.1"]).toBe(1000);
    expect(doc.votes.present).toBe(3);
  });

  it("keeps every value when nothing changed, in 3 syncs, and logs nothing", async () => {
    const { excel, host, cells } = await filledWorkbook();
    excel.syncs = 0;
    const report = await host.applyLayout(buildLayout(first, { formulas: "native" }), { block: first, keepValues: true });
    expect(excel.syncs).toBe(3);
    expect(excel.suspendedSyncs.at(-1)).toBe(excel.syncs);
    expect(report.kept).toBe(6);
    expect(report.moved).toEqual([]);
    expect(report.dropped).toEqual([]);
    expect(report.log).toEqual([]);
    expect(report.created).toEqual([]);
    expect(report.updated.length).toBe(10);
    expect(excel.value(cells.aSelf.sheet, cells.aSelf.address)).toBe(4);
    expect(excel.value(cells.aText.sheet, cells.aText.address)).toBe("4,5");
    expect(excel.value(cells.bTarget.sheet, cells.bTarget.address)).toBe(1000);
    expect(excel.value(cells.cFinal.sheet, cells.cFinal.address)).toBe("Có");
    expect(excel.value(cells.present.sheet, cells.present.address)).toBe(3);
    expect(logRows(excel)).toEqual([]);
  });

  it("follows units to their new columns, drops the values of a unit and a criterion that are gone, and logs each", async () => {
    const { excel, host, cells } = await filledWorkbook();
    // Next version: unit b leaves, d joins, c now comes first; criterion II.5 is removed from the table.
    const next = templateBlock([["c", "Công ty C"], ["a", "Công ty A"], ["d", "Công ty D"]]);
    for (const node of next.criteria) if (isGroup(node)) node.children = node.children.filter((leaf) => leaf.code !== "II.5");
    const report = await host.applyLayout(buildLayout(next, { formulas: "native" }), { block: next, keepValues: true });

    const aSelf = await at(host, probe("SCORE_INVALID", "a", "II.2", "self"));
    const cAppraised = await at(host, probe("SCORE_INVALID", "c", "III.2", "appraised"));
    expect(aSelf).not.toEqual(cells.aSelf);
    expect(excel.value(aSelf.sheet, aSelf.address)).toBe(4);
    expect(excel.value(cAppraised.sheet, cAppraised.address)).toBe(3);
    const dSelf = await at(host, probe("SCORE_INVALID", "d", "II.2", "self"));
    expect(excel.value(dSelf.sheet, dSelf.address)).toBe("");

    expect(report.dropped.map((d) => [d.kind, d.unit, d.criterion, d.value, d.from])).toEqual([
      ["targets", "b", "I.1", 1000, `Giao ước!${cells.bTarget.address}`],
      ["self", "a", "II.5", "4,5", `Chấm điểm!${cells.aText.address}`],
    ]);
    expect(report.moved.map((m) => [m.kind, m.unit, m.criterion, m.from, m.to])).toEqual(
      expect.arrayContaining([
        ["self", "a", "II.2", `Chấm điểm!${cells.aSelf.address}`, `Chấm điểm!${aSelf.address}`],
        ["appraised", "c", "III.2", `Chấm điểm!${cells.cAppraised.address}`, `Chấm điểm!${cAppraised.address}`],
      ]),
    );
    expect(report.kept).toBe(4);

    const rows = logRows(excel);
    expect(rows.length).toBe(report.moved.length + report.dropped.length);
    expect(rows).toContainEqual([
      "2026-01-15T08:30:00.000Z", "Khối",
      "Bỏ chỉ tiêu giao ước (đơn vị b, tiêu chí I.1): đơn vị «b» không còn trong khối", 1000, "", `Giao ước!${cells.bTarget.address}`,
    ]);
    expect(rows).toContainEqual([
      "2026-01-15T08:30:00.000Z", "Khối",
      "Bỏ điểm tự chấm (đơn vị a, tiêu chí II.5): tiêu chí «II.5» không còn trong bảng tiêu chí", "4,5", "", `Chấm điểm!${cells.aText.address}`,
    ]);
    expect(rows).toContainEqual([
      "2026-01-15T08:30:00.000Z", "Khối",
      `Giữ điểm tự chấm (đơn vị a, tiêu chí II.2), chuyển từ ô Chấm điểm!${cells.aSelf.address} sang ô Chấm điểm!${aSelf.address}`, 4, 4, `Chấm điểm!${aSelf.address}`,
    ]);
  });

  it("keeps earlier log lines when applying again", async () => {
    const { excel, host } = await filledWorkbook();
    const next = templateBlock([["a", "Công ty A"], ["c", "Công ty C"]]);
    await host.applyLayout(buildLayout(next, { formulas: "native" }), { block: next, keepValues: true });
    const before = logRows(excel);
    expect(before.length).toBeGreaterThan(0);
    await host.applyLayout(buildLayout(next, { formulas: "native" }), { block: next, keepValues: true });
    expect(logRows(excel)).toEqual(before);
  });

  it("starting over (keepValues false) empties the inputs but logs every value it dropped", async () => {
    const { excel, host, cells } = await filledWorkbook();
    const report = await host.applyLayout(buildLayout(first, { formulas: "native" }), { block: first, keepValues: false });
    expect(report.kept).toBe(0);
    expect(excel.value(cells.aSelf.sheet, cells.aSelf.address)).toBe("");
    expect(report.dropped.filter((d) => d.unit !== undefined && d.criterion !== undefined).length).toBe(5);
    expect(logRows(excel).length).toBe(report.dropped.length);
  });

  it("keeps a Khối sheet the user renamed under its new name", async () => {
    const { excel, host, cells } = await filledWorkbook();
    excel.renameSheet("Chấm điểm", "Điểm năm 2025");
    const report = await host.applyLayout(buildLayout(first, { formulas: "native" }), { block: first, keepValues: true });
    expect(report.updated.find((s) => s.key === "scores")?.name).toBe("Điểm năm 2025");
    expect(excel.findSheet("Chấm điểm")).toBeUndefined();
    expect(excel.value("Điểm năm 2025", cells.aSelf.address)).toBe(4);
    const formulas = [...excel.sheet("Điểm chi tiết").cells.values()].map((c) => c.formula ?? "").join("\n");
    expect(formulas).toContain("'Điểm năm 2025'!");
  });

  it("writes nothing when the block in the workbook cannot be read, so no value is lost", async () => {
    const { excel, host, cells } = await filledWorkbook();
    // Someone deleted the unit list's and the criteria's names, and the meta sheet's record of them.
    excel.names.delete("khoi_units");
    excel.names.delete("khoi_criteria");
    for (const cell of excel.sheet("_khoi").cells.values()) if (cell.value === "name:khoi_units" || cell.value === "name:khoi_criteria") cell.value = "";
    excel.writes = [];
    await expect(host.applyLayout(buildLayout(first, { formulas: "native" }), { block: first, keepValues: true })).rejects.toThrow(
      "Không đọc được bảng chấm điểm đang có trong sổ nên chưa ghi gì",
    );
    expect(excel.writes).toEqual([]);
    expect(excel.value(cells.aSelf.sheet, cells.aSelf.address)).toBe(4);
  });
});
