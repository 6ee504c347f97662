// The message tables of the KHOI.* functions and the one place that fills a message's {placeholders}.
import { readSavedLanguage } from "../../preferences/language";
import { en } from "./en";
import { vi, type MessageKey } from "./vi";

export type { MessageKey };
export type Language = "vi" | "en";
/** A placeholder value: text as is, a number in the language's notation, a ratio shown as a percentage,
 *  another message of the table (e.g. an argument's name), or a text given in both languages (from the engine). */
export type MessageParam = string | number | { percent: number } | { label: MessageKey } | { vi: string; en: string };
export type MessageParams = Record<string, MessageParam>;

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { vi, en };

// Set explicitly (tests, a host that knows better), else the officer's choice saved by the task pane.
let chosen: Language | null = null;

export function setFunctionLanguage(language: Language | null): void {
  chosen = language === "vi" || language === "en" ? language : null;
}

export function functionLanguage(): Language {
  return chosen ?? readSavedLanguage();
}

const LOCALE: Record<Language, string> = { vi: "vi-VN", en: "en-US" };

function show(value: MessageParam, language: Language): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    return Number.isFinite(value) ? value.toLocaleString(LOCALE[language], { maximumFractionDigits: 6 }) : String(value);
  }
  if ("label" in value) return MESSAGES[language][value.label];
  if ("vi" in value) return value[language];
  return value.percent.toLocaleString(LOCALE[language], { style: "percent", maximumFractionDigits: 2 });
}

/** The message `key` in `language` (default: the current one) with every {name} replaced by params[name]. */
export function message(key: MessageKey, params: MessageParams = {}, language: Language = functionLanguage()): string {
  const template = MESSAGES[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? show(params[name], language) : whole));
}
