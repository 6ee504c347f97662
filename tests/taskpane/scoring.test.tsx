/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Chấm điểm page over a host backed by a real .xlsx block workbook (ExcelJS, as the standalone page works):
// per unit and layer what is filled and missing with links to the cells, forms made and recorded as sent, returned
// forms previewed (a refused file writes nothing) and then written, the page re-reading the workbook.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import type { CellRef } from "../../src/core/types";
import { parseBlock } from "../../src/core/parse";
import { ScoringPage } from "../../src/taskpane/pages/scoring/ScoringPage";
import type { WorkbookHost } from "../../src/workbook/host";
import { readMasterGrids, updateMasterFile } from "../../src/xlsx/forms";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { fillForm } from "../forms/fill";
import { loadExample } from "../helpers/fixtures";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

// jsdom lacks the encoders the fingerprint and ExcelJS use; Node's are the same API.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function masterBytes(): Promise<Uint8Array> {
  const doc = loadExample("khanh-hoa-khoi-2-2021") as Json;
  delete doc.scores.self.mascopex;
  return writeWorkbook(parseBlock(doc).block!, { formulas: "native" });
}

/** A WorkbookHost over .xlsx bytes: reads and writes go through the same src/xlsx code as the command line. */
function fileHost(initial: Uint8Array, withForms = true) {
  let bytes = initial;
  const visited: CellRef[] = [];
  const host: WorkbookHost = {
    detectFormulaMode: async () => "native",
    inspect: async () => { throw new Error("not used"); },
    applyLayout: async () => { throw new Error("not used"); },
    switchFormulaMode: async () => { throw new Error("not used"); },
    readBlock: () => readWorkbook(bytes),
    goToCell: async (ref) => { visited.push(ref); },
    ...(withForms ? {
      readGrids: () => readMasterGrids(bytes),
      writeCells: async (writes, log) => { bytes = await updateMasterFile(bytes, writes, log); },
    } : {}),
  };
  return { host, visited, bytes: () => bytes };
}

function pickFiles(files: { name: string; data: Uint8Array }[]) {
  const input = screen.getByLabelText(/Nhập phiếu đã điền/) as HTMLInputElement;
  const list = files.map((f) => new File([f.data as Uint8Array<ArrayBuffer>], f.name));
  fireEvent.change(input, { target: { files: list } });
}

const unitItem = (name: string) => screen.getByText(name).closest("li") as HTMLElement;

jest.setTimeout(30_000);

describe("ScoringPage", () => {
  it("shows each unit's layers, sends forms, previews a refused import without writing, then imports and re-reads", async () => {
    const file = fileHost(await masterBytes());
    renderPane(<ScoringPage host={file.host} now={() => new Date("2021-11-02T08:00:00Z")} />, fakeHost(EXCEL_ON_MAC));
    expect(screen.getByRole("heading", { level: 2, name: "Chấm điểm" })).toBeTruthy();
    await screen.findByText("Công ty Cổ phần Mascopex");

    // Mascopex has not scored: 0 of 10 in every layer, and a link to its first self cell.
    const mascopex = unitItem("Công ty Cổ phần Mascopex");
    expect(within(mascopex).getByText("Tự chấm: 0/10 tiêu chí")).toBeTruthy();
    fireEvent.click(within(mascopex).getAllByRole("button", { name: "bắt đầu nhập" })[0]);
    const self = (await readWorkbook(file.bytes())).locate({ code: "SCORE_MISSING", severity: "info", unit: "mascopex", criterion: "I.1", layer: "self", message: "", messageEn: "" });
    expect(file.visited).toEqual([self]);
    // Mê Trang: two criteria not scored in the self layer, each a link; a divergence beyond the tolerance.
    const meTrang = unitItem("Công ty Cổ phần Cà phê Mê Trang");
    expect(within(meTrang).getByText("Tự chấm: 9/10 tiêu chí")).toBeTruthy();
    expect(within(meTrang).getAllByRole("button", { name: "T" })[0].getAttribute("title")).toMatch(/^Chấm điểm!G\d+$/);
    expect(within(meTrang).getByText("1 tiêu chí tự chấm và thẩm định chênh nhau quá 10 % điểm tối đa:")).toBeTruthy();
    fireEvent.click(within(meTrang).getByRole("button", { name: "III.1" }));
    expect(file.visited[1]).toEqual({ sheet: "Chấm điểm", address: "M15" });
    expect(within(meTrang).getByText(/Chưa gửi phiếu/)).toBeTruthy();

    // Forms out: six forms, recorded as sent in the workbook itself (the page re-reads it).
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Tạo phiếu cho các đơn vị" })); });
    await screen.findByText(/Đã tạo 6 phiếu/);
    await waitFor(() => expect(within(unitItem("Công ty Cổ phần Mascopex")).getByText(/Đã gửi phiếu ngày 2021-11-02/)).toBeTruthy());
    const formName = "Phieu-tu-cham-2021-Cong-ty-Co-phan-Mascopex.xlsx";
    expect(screen.getByRole("button", { name: formName })).toBeTruthy();

    // Returned forms: ben-xe above its maximum is refused, so nothing is written at all.
    const { writeFormFile } = await import("../../src/xlsx/forms");
    const block = parseBlock((await readWorkbook(file.bytes())).doc).block!;
    const mascopexForm = await fillForm((await writeFormFile(block, "mascopex")).bytes, [{ code: "II.1", value: "80,5" }]);
    const benXeForm = await fillForm((await writeFormFile(block, "ben-xe")).bytes, [{ code: "II.1", value: 120 }]);
    const before = file.bytes();
    await act(async () => pickFiles([{ name: "mascopex.xlsx", data: mascopexForm }, { name: "ben-xe.xlsx", data: benXeForm }]));
    await screen.findByText(/1 tệp không được nhận: không có gì được ghi vào sổ/);
    expect(screen.getByText("ben-xe.xlsx: không nhận")).toBeTruthy();
    expect(screen.getByText(/Phiếu tự chấm!E\d+: Tiêu chí II.1: 120 vượt quá điểm tối đa 100./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Ghi \d+ điểm vào sổ/ })).toBeNull();
    expect(file.bytes()).toBe(before);

    // Only Mascopex's form: the preview lists the conversion and the change, then one click writes it.
    await act(async () => pickFiles([{ name: "mascopex.xlsx", data: mascopexForm }]));
    await screen.findByText(/mascopex.xlsx — Công ty Cổ phần Mascopex: 1 điểm thay đổi, 0 giữ nguyên, 9 chưa điền/);
    expect(screen.getByText(/«80,5» là văn bản, đọc thành số 80,5/)).toBeTruthy();
    expect(screen.getByText(/Công ty Cổ phần Mascopex — II.1 Thu nhập bình quân: \(trống\) → 80,5 \(Chấm điểm!H11\)/)).toBeTruthy();
    expect(file.bytes()).toBe(before);
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Ghi 1 điểm vào sổ" })); });
    await screen.findByText("Đã ghi 1 điểm tự chấm và 2 dòng Nhật ký.");
    const doc = (await readWorkbook(file.bytes())).doc as Json;
    expect(doc.scores.self.mascopex).toEqual({ "II.1": 80.5 });
    await waitFor(() => expect(within(unitItem("Công ty Cổ phần Mascopex")).getByText("Tự chấm: 1/10 tiêu chí")).toBeTruthy());
    expect(within(unitItem("Công ty Cổ phần Mascopex")).getByText(/đã nhận phiếu ngày 2021-11-02/)).toBeTruthy();
  });

  it("re-reads the workbook a moment after the officer edits an input sheet, where the host has change events", async () => {
    const file = fileHost(await masterBytes());
    let listener: (() => void) | null = null;
    const stopped = jest.fn();
    file.host.onInputsChanged = async (l) => { listener = l; return stopped; };
    const { unmount } = renderPane(<ScoringPage host={file.host} />, fakeHost(EXCEL_ON_MAC));
    await screen.findByText("Công ty Cổ phần Mascopex");
    expect(within(unitItem("Công ty Cổ phần Mascopex")).getByText("Tự chấm: 0/10 tiêu chí")).toBeTruthy();
    // The officer types two scores for Mascopex in Chấm điểm.
    const reading = await readWorkbook(file.bytes());
    const at = (code: string) => reading.locate({ code: "SCORE_MISSING", severity: "info", unit: "mascopex", criterion: code, layer: "self", message: "", messageEn: "" })!;
    await file.host.writeCells!([{ cell: at("II.1"), value: 80 }, { cell: at("III.1"), value: 70 }], []);
    await act(async () => { listener!(); listener!(); });
    await waitFor(() => expect(within(unitItem("Công ty Cổ phần Mascopex")).getByText("Tự chấm: 2/10 tiêu chí")).toBeTruthy(), { timeout: 5000 });
    unmount();
    expect(stopped).toHaveBeenCalled();
  });

  it("offers no forms on a host that cannot read grids and write cells, and still shows the scoring", async () => {
    const file = fileHost(await masterBytes(), false);
    renderPane(<ScoringPage host={file.host} />, fakeHost(EXCEL_ON_MAC));
    await screen.findByText("Công ty Cổ phần Mascopex");
    expect(screen.getByText(/Nơi này chưa tạo và nhập được phiếu tự chấm/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tạo phiếu cho các đơn vị" })).toBeNull();
  });
});
