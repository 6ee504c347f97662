// The pane's language and texts: <TextProvider> holds the chosen language, useText() gives t() and the switch.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "./lang";
import { vi, type MessageKey, type Messages } from "./vi";
import { en } from "./en";

export type { Lang, MessageKey };

export const tables: Record<Lang, Messages> = { vi, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a wrong key shows in review. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface TextApi {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const TextContext = createContext<TextApi | null>(null);

interface TextProviderProps {
  initialLang?: Lang;
  /** Called when the user switches language (the pane remembers the choice). */
  onLangChange?(lang: Lang): void;
  children: ReactNode;
}

export function TextProvider({ initialLang = "vi", onLangChange, children }: TextProviderProps) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      onLangChange?.(next);
    },
    [onLangChange],
  );
  // Screen readers and hyphenation follow the document language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const api = useMemo<TextApi>(
    () => ({ lang, setLang, t: (key, params) => format(tables[lang][key], params) }),
    [lang, setLang],
  );
  return <TextContext.Provider value={api}>{children}</TextContext.Provider>;
}

export function useText(): TextApi {
  const api = useContext(TextContext);
  if (!api) throw new Error("useText() needs a <TextProvider> above it");
  return api;
}
