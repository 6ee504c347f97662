// Remembers the officer's language choice between sessions (localStorage; absent or blocked storage = Vietnamese).
// The task pane writes it; the KHOI.* functions read it, since both run on one page (the shared runtime)
// but in separate bundles, so a module variable of one is not seen by the other.
export type Lang = "vi" | "en";

const KEY = "khoi.language";

/** The storage to use, or null where the webview blocks it (some Office hosts throw on access). */
function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function readSavedLanguage(): Lang {
  let saved: string | null | undefined;
  try {
    saved = storage()?.getItem(KEY);
  } catch {
    saved = null; // blocked storage: the default language is the right answer
  }
  return saved === "en" ? "en" : "vi";
}

export function saveLanguage(lang: Lang): void {
  try {
    storage()?.setItem(KEY, lang);
  } catch {
    // Quota or privacy mode: the choice then lasts for this session only, which is acceptable.
  }
}
