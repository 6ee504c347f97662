// The ribbon command handlers: what they register and that Office is always told the command finished.
import { registerCommands, showPane, SHOW_PANE_ACTION, type CommandOffice, type CompletableEvent } from "../../src/commands/commands";

function event(): CompletableEvent & { done: number } {
  const e = { done: 0, completed: () => void e.done++ };
  return e;
}

describe("registerCommands", () => {
  it("associates the show-pane action, which opens the pane and completes the event", async () => {
    const handlers = new Map<string, (e: CompletableEvent) => void>();
    let shown = 0;
    const office: CommandOffice = {
      actions: { associate: (id, handler) => void handlers.set(id, handler) },
      addin: { showAsTaskpane: async () => void shown++ },
    };
    expect(registerCommands(office)).toBe(true);
    expect([...handlers.keys()]).toEqual([SHOW_PANE_ACTION]);
    expect(SHOW_PANE_ACTION).toBe("Khoi.showPane");

    const e = event();
    handlers.get(SHOW_PANE_ACTION)?.(e);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toBe(1);
    expect(e.done).toBe(1);
  });

  it("registers nothing where Office has no Office.actions (no shared runtime)", () => {
    expect(registerCommands({})).toBe(false);
  });
});

describe("showPane", () => {
  it("completes the event even when Office refuses to show the pane, and passes the error on", async () => {
    const e = event();
    const office: CommandOffice = { addin: { showAsTaskpane: () => Promise.reject(new Error("refused")) } };
    await expect(showPane(office, e)).rejects.toThrow("refused");
    expect(e.done).toBe(1);
  });

  it("says what is missing when Office.addin does not exist", async () => {
    const e = event();
    await expect(showPane({}, e)).rejects.toThrow("SharedRuntime 1.1");
    expect(e.done).toBe(1);
  });
});
