// The "Môi trường" panel shows what the host reports: application, platform, Office build, feature support.
import { screen } from "@testing-library/react";
import { EnvironmentPanel } from "../../src/taskpane/pages/environment/EnvironmentPanel";
import { detachedHost, type Environment } from "../../src/taskpane/host";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

/** The text of the <dd> that follows the <dt> containing `label`. */
function valueOf(label: string): string {
  const term = screen.getAllByRole("term").find((dt) => dt.textContent?.includes(label));
  if (!term) throw new Error(`no row labelled ${label}`);
  return term.nextElementSibling?.textContent ?? "";
}

describe("EnvironmentPanel", () => {
  it("shows Excel on a Mac with its build and every feature supported", () => {
    renderPane(<EnvironmentPanel />, fakeHost(EXCEL_ON_MAC));
    expect(valueOf("Ứng dụng")).toBe("Excel");
    expect(valueOf("Nền tảng")).toBe("macOS");
    expect(valueOf("Phiên bản Office")).toBe("16.89.24091630");
    expect(valueOf("CustomFunctionsRuntime 1.1")).toBe("Có");
    expect(valueOf("CustomFunctionsRuntime 1.2")).toBe("Có");
    expect(valueOf("SharedRuntime 1.1")).toBe("Có");
    expect(screen.getByText("Excel này chạy được hàm KHOI.* và cho ngăn Khối dùng chung với hàm.")).toBeTruthy();
  });

  it("says which feature is missing and that the pane still works", () => {
    const onlyOldFunctions: Environment = {
      host: "Excel",
      platform: "PC",
      version: "16.0.14332.20604",
      support: { customFunctions: true, customFunctionsErrors: false, sharedRuntime: false },
    };
    renderPane(<EnvironmentPanel />, fakeHost(onlyOldFunctions));
    expect(valueOf("Nền tảng")).toBe("Windows");
    expect(valueOf("CustomFunctionsRuntime 1.1")).toBe("Có");
    expect(valueOf("CustomFunctionsRuntime 1.2")).toBe("Không");
    expect(valueOf("SharedRuntime 1.1")).toBe("Không");
    expect(screen.getByText(/Excel này không chạy được hàm KHOI\.\*\. Ngăn Khối vẫn dùng được/)).toBeTruthy();
  });

  it("shows Excel on the web without a version, and an unknown platform as Office names it", () => {
    renderPane(<EnvironmentPanel />, fakeHost({ ...EXCEL_ON_MAC, platform: "OfficeOnline", version: null }));
    expect(valueOf("Nền tảng")).toBe("Excel trên web");
    expect(valueOf("Phiên bản Office")).toBe("Không rõ");
  });

  it("passes through a platform it has no name for", () => {
    renderPane(<EnvironmentPanel />, fakeHost({ ...EXCEL_ON_MAC, platform: "Holographic" }), { lang: "en" });
    expect(valueOf("Platform")).toBe("Holographic");
    expect(valueOf("CustomFunctionsRuntime 1.1")).toBe("Yes");
  });

  it("outside Office, tells the officer where to open Khối", () => {
    renderPane(<EnvironmentPanel />, detachedHost);
    expect(valueOf("Ứng dụng")).toBe("Ngoài Office");
    expect(valueOf("Nền tảng")).toBe("Không rõ");
    expect(valueOf("SharedRuntime 1.1")).toBe("Không");
    expect(screen.getByText(/Hãy mở Khối trong Excel: thẻ Trang đầu \(Home\) → Khối\./)).toBeTruthy();
  });
});
