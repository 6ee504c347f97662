// Talking to the fake Excel workbook inside the pane's page (tests/e2e/fake-excel-entry.ts): its calls, and the
// self-score cell of a unit and criterion found by the Chấm điểm headers (unit names, codes in column A).
import type { OpenPane } from "./browser";
import type { FakeCellView, FakeHandle } from "./fake-excel-entry";

export function fakeCaller(pane: OpenPane) {
  return <K extends keyof FakeHandle>(name: K, ...args: Parameters<FakeHandle[K]>): Promise<ReturnType<FakeHandle[K]>> =>
    pane.page.evaluate(
      ([n, a]) => (window as unknown as { __KHOI_FAKE__: Record<string, (...x: unknown[]) => unknown> }).__KHOI_FAKE__[n as string](...(a as unknown[])),
      [name, args] as const,
    ) as Promise<ReturnType<FakeHandle[K]>>;
}

/** The first column under a unit's name (Tự chấm) on the row whose column A holds the code. */
export function selfScoreCell(cells: FakeCellView[], unit: string, code: string): string {
  const first = cells.filter((c) => c.value === unit).reduce((a, b) => (b.column < a.column ? b : a));
  const row = cells.find((c) => c.column === 0 && c.value === code)!;
  return `${first.address.replace(/\d+$/, "")}${row.row + 1}`;
}
