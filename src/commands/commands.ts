// Ribbon command handlers (ExecuteFunction actions). The "Khối" button itself uses ShowTaskpane and needs none;
// "Khoi.showPane" is the same action for surfaces that can only call a function (a second button, a shortcut).

/** The parts of office.js the commands use. */
export interface CommandOffice {
  actions?: { associate(actionId: string, handler: (event: CompletableEvent) => void): void };
  addin?: { showAsTaskpane(): Promise<void> };
}

export interface CompletableEvent {
  completed(): void;
}

export const SHOW_PANE_ACTION = "Khoi.showPane";

/** Opens the task pane; Office shows a busy indicator until the handler calls completed(), even on failure. */
export async function showPane(office: CommandOffice, event: CompletableEvent): Promise<void> {
  try {
    if (!office.addin) throw new Error("Office.addin.showAsTaskpane needs SharedRuntime 1.1");
    await office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

/** Registers every handler; returns false where this Office has no Office.actions (no shared runtime). */
export function registerCommands(office: CommandOffice): boolean {
  if (!office.actions) return false;
  office.actions.associate(SHOW_PANE_ACTION, (event) => {
    void showPane(office, event);
  });
  return true;
}

if (typeof Office !== "undefined") {
  Office.onReady(() => registerCommands(Office as unknown as CommandOffice));
}
