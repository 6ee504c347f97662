// The "Thiết lập" page with a fake WorkbookHost: pasting units, duplicates flagged, the preview, creating the
// workbook (progress, summary), an error in Vietnamese, and upgrading a workbook that already holds a block.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { detachedWorkbookHost } from "../../src/taskpane/defaultWorkbookHost";
import { SetupPage } from "../../src/taskpane/pages/setup/SetupPage";
import { parseUnitList } from "../../src/taskpane/pages/setup/units";
import type { ApplyOptions, ApplyReport, BlockReading, WorkbookHost, WorkbookInspection } from "../../src/workbook/host";
import type { WorkbookLayout } from "../../src/workbook/model";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";
import { TextEncoder } from "util";

// jsdom (jest 29) lacks TextEncoder, which browsers and Office have; the layout's fingerprint uses it.
globalThis.TextEncoder ??= TextEncoder as unknown as typeof globalThis.TextEncoder;

const PLAIN: WorkbookInspection = { isBlockWorkbook: false, blockSheets: {}, userSheets: ["Sheet1"] };

function reportFor(layout: WorkbookLayout, options: ApplyOptions): ApplyReport {
  return {
    formulas: layout.meta.formulas,
    created: layout.sheets.map((s) => ({ key: s.key, name: s.name })),
    updated: [],
    renamed: [],
    names: layout.names.map((n) => n.name),
    units: options.block.units.length,
    criteria: 17,
    kept: 0,
    moved: [],
    dropped: [],
    log: [],
  };
}

function workbookHost(overrides: Partial<WorkbookHost> = {}) {
  const applyLayout = jest.fn(async (layout: WorkbookLayout, options: ApplyOptions) => reportFor(layout, options));
  const host: WorkbookHost = {
    detectFormulaMode: async () => "native",
    inspect: async () => PLAIN,
    applyLayout,
    readBlock: async (): Promise<BlockReading> => ({ doc: null, findings: [], locate: () => undefined }),
    goToCell: async () => undefined,
    switchFormulaMode: async () => ({ formulas: "native", cells: 0 }),
    ...overrides,
  };
  type ApplyMock = jest.Mock<Promise<ApplyReport>, [WorkbookLayout, ApplyOptions]>;
  return { host, applyLayout: (overrides.applyLayout as ApplyMock | undefined) ?? applyLayout };
}

async function renderSetup(host: WorkbookHost) {
  renderPane(<SetupPage host={host} />, fakeHost(EXCEL_ON_MAC));
  // Let the page's look at the workbook settle.
  await act(async () => undefined);
}

const createButton = () => screen.getByRole("button", { name: "Tạo bảng chấm điểm" }) as HTMLButtonElement;

function fillForm(units: string) {
  fireEvent.change(screen.getByRole("textbox", { name: /Tên khối/ }), { target: { value: "Cụm thi đua số 2" } });
  fireEvent.change(screen.getByRole("textbox", { name: /Năm/ }), { target: { value: "2025" } });
  fireEvent.change(screen.getByRole("textbox", { name: /Đơn vị thành viên/ }), { target: { value: units } });
}

/** Every constant of the layout's Khối sheet, to see which units it lists. */
function blockSheetTexts(layout: WorkbookLayout): unknown[] {
  return layout.sheets.find((s) => s.key === "block")!.regions.flatMap((r) => r.cells.flat());
}

describe("SetupPage", () => {
  it("offers the built-in templates with their names and descriptions", async () => {
    await renderSetup(workbookHost().host);
    expect(screen.getByRole("heading", { level: 2, name: "Thiết lập bảng chấm điểm" })).toBeTruthy();
    const templates = screen.getByRole("radiogroup", { name: "Bộ tiêu chí mẫu" });
    expect(within(templates).getAllByRole("radio")).toHaveLength(3);
    expect(within(templates).getByRole("radio", { name: /Khối doanh nghiệp \(thang 100 điểm\)/ })).toBeTruthy();
    expect(screen.getByText("Kinh tế 50 %, văn hoá – xã hội 20 %, quốc phòng – an ninh 20 %, thi đua 10 %.")).toBeTruthy();
    // Nothing to create yet: the page says what is missing.
    expect(createButton().disabled).toBe(true);
    expect(screen.getByText("Nhập tên khối.")).toBeTruthy();
    expect(screen.getByText("Nhập ít nhất một đơn vị thành viên.")).toBeTruthy();
  });

  it("flags a unit pasted twice (case and spacing aside) and will not create until it is fixed", async () => {
    const { host, applyLayout } = workbookHost();
    await renderSetup(host);
    fillForm("1. Công ty Điện lực A\n2. Ga Đồng Đăng\n3.   công ty  điện lực a\n");
    expect(screen.getAllByText("Trùng tên «Công ty Điện lực A» ở các dòng 1, 3: mỗi đơn vị chỉ ghi một lần.").length).toBeGreaterThan(0);
    expect(createButton().disabled).toBe(true);
    fireEvent.click(createButton());
    expect(applyLayout).not.toHaveBeenCalled();
  });

  it("creates the workbook from the pasted units: preview, progress, then a summary of what was created", async () => {
    let finish: () => void = () => undefined;
    const applyLayout = jest.fn(
      (layout: WorkbookLayout, options: ApplyOptions) =>
        new Promise<ApplyReport>((resolve) => {
          options.onProgress?.("write", 0.6);
          finish = () => resolve(reportFor(layout, options));
        }),
    );
    const { host } = workbookHost({ applyLayout });
    await renderSetup(host);
    fillForm("Công ty Điện lực A\r\nGa Đồng Đăng\n\n  Cảng   Hải Phòng \n");

    expect(screen.getByText("3 đơn vị × 17 tiêu chí")).toBeTruthy();
    const sheets = screen.getByRole("list", { name: "Các trang tính:" });
    expect(within(sheets).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Hướng dẫn (mới)", "Khối (mới)", "Tiêu chí (mới)", "Giao ước (mới)", "Chấm điểm (mới)", "Điểm chi tiết (mới)",
      "Tổng hợp (mới)", "Bình xét (mới)", "Nhật ký (mới)", "_khoi (mới, ẩn)",
    ]);
    expect(createButton().disabled).toBe(false);

    fireEvent.click(createButton());
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.getAllByText("Đang ghi các trang tính…").length).toBeGreaterThan(0);
    expect(createButton().disabled).toBe(true);

    await act(async () => finish());
    expect(await screen.findByText("Đã tạo bảng chấm điểm")).toBeTruthy();
    expect(screen.getByText(/^Trang tính mới: Hướng dẫn, Khối, Tiêu chí/)).toBeTruthy();
    expect(screen.getByText("3 đơn vị, 17 tiêu chí, 21 vùng có tên.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();

    expect(applyLayout).toHaveBeenCalledTimes(1);
    const [layout, options] = applyLayout.mock.calls[0];
    expect(options.keepValues).toBe(true);
    expect(options.block.block).toMatchObject({ name: "Cụm thi đua số 2", year: 2025 });
    expect(options.block.units.map((u) => [u.id, u.name])).toEqual([
      ["cong-ty-dien-luc-a", "Công ty Điện lực A"],
      ["ga-dong-dang", "Ga Đồng Đăng"],
      ["cang-hai-phong", "Cảng Hải Phòng"],
    ]);
    expect(layout.meta.formulas).toBe("native");
    expect(blockSheetTexts(layout)).toEqual(expect.arrayContaining(["Công ty Điện lực A", "Ga Đồng Đăng", "Cảng Hải Phòng", "Cụm thi đua số 2"]));
    // Created once, the workbook is a block workbook: the button now upgrades.
    expect(screen.getByRole("button", { name: "Nâng cấp bảng chấm điểm" })).toBeTruthy();
  });

  it("passes the chosen rules: scale, award counts and minimum scores, the tie-break chain in order", async () => {
    const { host, applyLayout } = workbookHost();
    await renderSetup(host);
    fillForm("Đơn vị A\nĐơn vị B");
    const merit = screen.getByRole("group", { name: "Bằng khen của Chủ tịch UBND tỉnh" });
    fireEvent.change(within(merit).getByRole("textbox", { name: "Số lượng" }), { target: { value: "3" } });
    fireEvent.change(within(merit).getByRole("textbox", { name: "Điểm tối thiểu" }), { target: { value: "" } });
    // Untick "group I", tick "votes for the flag", then move it above "fewer penalty points".
    fireEvent.click(screen.getByRole("checkbox", { name: "Điểm nhóm I cao hơn" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Nhiều phiếu bầu «Cờ thi đua của UBND tỉnh» hơn" }));
    const up = () => screen.getByRole("button", { name: "Đưa «Nhiều phiếu bầu «Cờ thi đua của UBND tỉnh» hơn» lên trước" });
    // The chain lists the template's choice (group I, penalty, bonus, exceeded), then groups II and III, then the
    // ballots: five moves put "votes for the flag" right after the unticked group I.
    for (let i = 0; i < 5; i++) fireEvent.click(up());
    fireEvent.click(createButton());
    await screen.findByText("Đã tạo bảng chấm điểm");
    const rules = applyLayout.mock.calls[0][1].block.rules;
    expect(rules.scale).toBe(100);
    expect(rules.awards.map((a) => [a.id, a.count, a.minScore])).toEqual([["flag", 1, 90], ["merit", 3, undefined]]);
    expect(rules.tieBreak).toEqual(["vote:flag", "penalty", "bonus", "exceeded"]);
  }, 20_000);

  it("warns in the preview that a user's sheet «Tổng hợp» makes Khối's sheet «Tổng hợp (2)»", async () => {
    const { host } = workbookHost({ inspect: async () => ({ ...PLAIN, userSheets: ["Sheet1", "Tổng hợp"] }) });
    await renderSetup(host);
    fillForm("Đơn vị A");
    expect(screen.getByText("Sổ đã có trang tính «Tổng hợp» của bạn: trang của Khối sẽ tên là «Tổng hợp (2)».")).toBeTruthy();
    expect(screen.getByText("Tổng hợp (2) (mới)")).toBeTruthy();
  });

  it("says in Vietnamese that the workbook could not be created when applyLayout fails", async () => {
    const { host } = workbookHost({ applyLayout: jest.fn(async () => Promise.reject(new Error("AccessDenied: trang tính đang được bảo vệ bằng mật khẩu"))) });
    await renderSetup(host);
    fillForm("Đơn vị A");
    fireEvent.click(createButton());
    expect(await screen.findByText("Không tạo được bảng chấm điểm")).toBeTruthy();
    expect(screen.getByText(/AccessDenied: trang tính đang được bảo vệ bằng mật khẩu/)).toBeTruthy();
    expect(screen.getByText(/Một phần có thể đã được ghi/)).toBeTruthy();
    expect(createButton().disabled).toBe(false);
  });

  it("offers to upgrade a block workbook, says what it keeps, and keeps the units' ids", async () => {
    const doc = {
      format: "khoi-block/1",
      block: { name: "Cụm thi đua II", year: 2024 },
      rules: { scale: 100, tieBreak: ["penalty"], awards: [{ id: "flag", label: "Cờ thi đua của UBND tỉnh", count: 1, minScore: 92 }] },
      units: [{ id: "dl-ls", name: "Công ty Điện lực Lạng Sơn", titles: [], disqualified: null }, { id: "ga-dd", name: "Ga Đồng Đăng", titles: [], disqualified: null }],
    };
    const { host, applyLayout } = workbookHost({
      inspect: async () => ({ isBlockWorkbook: true, layoutVersion: 1, formulas: "native", blockSheets: { summary: "Tổng hợp", block: "Khối" }, userSheets: ["Sheet1"] }),
      readBlock: async () => ({ doc, findings: [], locate: () => undefined }),
    });
    await renderSetup(host);
    expect(screen.getByText("Sổ tính này đã có bảng chấm điểm của Khối")).toBeTruthy();
    expect(screen.getByText(/Nâng cấp giữ lại mọi giá trị đã nhập: chỉ tiêu giao ước, điểm tự chấm, thẩm định, thống nhất/)).toBeTruthy();
    expect((screen.getByRole("textbox", { name: /Tên khối/ }) as HTMLInputElement).value).toBe("Cụm thi đua II");
    expect((screen.getByRole("textbox", { name: /Đơn vị thành viên/ }) as HTMLTextAreaElement).value).toBe("Công ty Điện lực Lạng Sơn\nGa Đồng Đăng");
    expect(screen.getByText("Tổng hợp (cập nhật)")).toBeTruthy();

    // A unit joins; the two already there keep their ids whatever the spacing typed.
    fireEvent.change(screen.getByRole("textbox", { name: /Đơn vị thành viên/ }), { target: { value: "Công ty  Điện lực Lạng Sơn\nGa Đồng Đăng\nXăng dầu Lạng Sơn" } });
    fireEvent.click(screen.getByRole("button", { name: "Nâng cấp bảng chấm điểm" }));
    await screen.findByText("Đã nâng cấp bảng chấm điểm");
    const { block } = applyLayout.mock.calls[0][1];
    expect(block.units.map((u) => u.id)).toEqual(["dl-ls", "ga-dd", "xang-dau-lang-son"]);
    expect(block.rules.awards.find((a) => a.id === "flag")?.minScore).toBe(92);
    expect(block.rules.tieBreak).toEqual(["penalty"]);
  });

  it.each([
    ["a new block in an Excel that runs KHOI.*", false, undefined, "khoi"],
    ["an upgrade of a workbook prepared for sending (native)", true, "native", "native"],
    ["an upgrade of a KHOI.* workbook", true, "khoi", "khoi"],
  ] as const)("chooses the formulas for %s", async (_label, isBlockWorkbook, formulas, expected) => {
    const doc = {
      format: "khoi-block/1",
      block: { name: "Cụm thi đua II", year: 2024 },
      units: [{ id: "a", name: "Đơn vị A" }, { id: "b", name: "Đơn vị B" }],
    };
    const { host, applyLayout } = workbookHost({
      detectFormulaMode: async () => "khoi",
      inspect: async () => ({ isBlockWorkbook, layoutVersion: 1, formulas, blockSheets: {}, userSheets: [] }),
      readBlock: async () => ({ doc: isBlockWorkbook ? doc : null, findings: [], locate: () => undefined }),
    });
    await renderSetup(host);
    if (!isBlockWorkbook) fillForm("Đơn vị A\nĐơn vị B");
    fireEvent.click(screen.getByRole("button", { name: isBlockWorkbook ? "Nâng cấp bảng chấm điểm" : "Tạo bảng chấm điểm" }));
    await screen.findByText(isBlockWorkbook ? "Đã nâng cấp bảng chấm điểm" : "Đã tạo bảng chấm điểm");
    expect(applyLayout.mock.calls[0][0].meta.formulas).toBe(expected);
  });

  it("outside Excel, says at once to open Khối in Excel", async () => {
    await renderSetup(detachedWorkbookHost);
    expect(screen.getByText("Ngăn này đang mở ngoài Excel: hãy mở Khối trong Excel để tạo bảng chấm điểm (thẻ Trang đầu → Khối).")).toBeTruthy();
    await expect(detachedWorkbookHost.applyLayout({} as WorkbookLayout, {} as ApplyOptions)).rejects.toThrow("hãy mở Khối trong Excel");
  });
});

describe("parseUnitList", () => {
  it("makes readable ASCII ids, unique and stable, and keeps the ids the workbook already uses", () => {
    const text = "• Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn – Văn phòng đại diện\nSở Kế hoạch & Đầu tư tỉnh Lạng Sơn – Văn phòng đại diện\n- Ga Đồng Đăng\n\n";
    const first = parseUnitList(text);
    expect(first.units.map((u) => [u.id, u.name, u.line])).toEqual([
      ["so-ke-hoach-va-dau-tu-tinh-lang", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn – Văn phòng đại diện", 1],
      ["so-ke-hoach-dau-tu-tinh-lang-son", "Sở Kế hoạch & Đầu tư tỉnh Lạng Sơn – Văn phòng đại diện", 2],
      ["ga-dong-dang", "Ga Đồng Đăng", 3],
    ]);
    expect(first.duplicates).toEqual([]);
    expect(parseUnitList(text)).toEqual(first);
    // Two names that make the same id: the second takes "-2".
    expect(parseUnitList("Cảng Hải Phòng\nCang Hai Phong").units.map((u) => u.id)).toEqual(["cang-hai-phong", "cang-hai-phong-2"]);
    // A name the workbook knows keeps its id; a new one never takes an id already used.
    const known = new Map([["ga đồng đăng", "ga-dd"], ["cảng hải phòng", "cang-hai-phong"]]);
    expect(parseUnitList("GA ĐỒNG ĐĂNG\nCang Hai Phong", known).units.map((u) => u.id)).toEqual(["ga-dd", "cang-hai-phong-2"]);
  });

  it("normalises decomposed Vietnamese (NFD) to NFC and sees it as the same name", () => {
    const nfd = "Ga Đồng Đăng".normalize("NFD");
    const list = parseUnitList(`Ga Đồng Đăng\n${nfd}`);
    expect(list.units).toHaveLength(1);
    expect(list.duplicates).toEqual([{ name: "Ga Đồng Đăng", lines: [1, 2] }]);
    expect(parseUnitList(nfd).units[0].name).toBe("Ga Đồng Đăng".normalize("NFC"));
  });

  it("takes the name from rows copied out of an Excel list: no STT column, no header, no extra columns", () => {
    const pasted = "STT\tTên đơn vị\tDanh hiệu\n1\tCông ty Điện lực Lạng Sơn\tTTLĐXS\n2\tChi nhánh Ga Đồng Đăng\t\n\t\t\n3.\tCông ty Bảo Minh Lạng Sơn\n";
    expect(parseUnitList(pasted).units.map((u) => [u.name, u.line])).toEqual([
      ["Công ty Điện lực Lạng Sơn", 2],
      ["Chi nhánh Ga Đồng Đăng", 3],
      ["Công ty Bảo Minh Lạng Sơn", 5],
    ]);
    // A one-column list with its header.
    expect(parseUnitList("Tên đơn vị\nCảng vụ Hàng hải Hải Phòng").units.map((u) => u.name)).toEqual(["Cảng vụ Hàng hải Hải Phòng"]);
  });
});
