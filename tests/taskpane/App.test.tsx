// The pane's frame: Vietnamese first, the language switch, and navigation over exactly the listed pages.
import { fireEvent, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { useText } from "../../src/taskpane/i18n/text";
import type { PageEntry } from "../../src/taskpane/pages";
import { EXCEL_ON_MAC, fakeHost, renderPane } from "./renderPane";

describe("App", () => {
  it("opens in Vietnamese with the title and the first step, the set-up page", () => {
    renderPane(<App />, fakeHost(EXCEL_ON_MAC));
    expect(screen.getByRole("heading", { level: 1, name: "Khối" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Thiết lập bảng chấm điểm" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Các bước trong năm" });
    expect(within(nav).getAllByRole("tab")).toEqual([
      within(nav).getByRole("tab", { name: "Thiết lập" }),
      within(nav).getByRole("tab", { name: "Chấm điểm" }),
      within(nav).getByRole("tab", { name: "Kiểm tra" }),
      within(nav).getByRole("tab", { name: "Bảng có sẵn" }),
      within(nav).getByRole("tab", { name: "Bình xét" }),
      within(nav).getByRole("tab", { name: "Văn bản" }),
      within(nav).getByRole("tab", { name: "Gửi đi" }),
      within(nav).getByRole("tab", { name: "Môi trường" }),
    ]);
    expect(document.documentElement.lang).toBe("vi");
  });

  it("switches every text to English and back, and reports the choice", () => {
    const chosen: string[] = [];
    renderPane(<App />, fakeHost(EXCEL_ON_MAC), { onLangChange: (lang) => chosen.push(lang) });
    const vi = screen.getByRole("button", { name: "VI" });
    const en = screen.getByRole("button", { name: "EN" });
    expect(vi.getAttribute("aria-pressed")).toBe("true");
    expect(en.getAttribute("aria-pressed")).toBe("false");

    fireEvent.click(en);
    expect(screen.getByRole("heading", { level: 2, name: "Set up the scoring workbook" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Steps of the year" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Language" })).toBeTruthy();
    expect(screen.queryByText("Môi trường")).toBeNull();
    expect(en.getAttribute("aria-pressed")).toBe("true");
    expect(document.documentElement.lang).toBe("en");

    fireEvent.click(screen.getByRole("button", { name: "VI" }));
    expect(screen.getByRole("heading", { level: 2, name: "Thiết lập bảng chấm điểm" })).toBeTruthy();
    expect(chosen).toEqual(["en", "vi"]);
  });

  it("shows exactly the listed pages, in the year's order, and opens the one clicked", () => {
    function Scoring() {
      return <p>trang chấm điểm</p>;
    }
    function Setup() {
      const { t } = useText();
      return <p>{t("step.setup")}: trang thiết lập</p>;
    }
    // Listed out of order on purpose: the navigation follows the year, not the list.
    const pages: PageEntry[] = [
      { step: "scoring", label: "step.scoring", Component: Scoring },
      { step: "setup", label: "step.setup", Component: Setup },
    ];
    renderPane(<App pages={pages} />, fakeHost(EXCEL_ON_MAC));
    // Fluent keeps a hidden bold copy of each unselected label, so compare tabs by accessible name and position.
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toEqual([screen.getByRole("tab", { name: "Thiết lập" }), screen.getByRole("tab", { name: "Chấm điểm" })]);
    expect(screen.getByText("Thiết lập: trang thiết lập")).toBeTruthy();
    expect(screen.queryByText("Môi trường")).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "Chấm điểm" }));
    expect(screen.getByText("trang chấm điểm")).toBeTruthy();
    expect(screen.queryByText("Thiết lập: trang thiết lập")).toBeNull();
    expect(screen.getByRole("tab", { name: "Chấm điểm" }).getAttribute("aria-selected")).toBe("true");
  });
});
